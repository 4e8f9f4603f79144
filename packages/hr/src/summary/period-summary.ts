import { type CalendarDate, Decimal, isCalendarDate, type LegalReference, type Period } from '@bo/core';
import { invalid } from '../internal/fail.js';
import type { LeaveDay, TimesheetDay } from '../time/timesheet.js';
import { nightOverlap } from '../time/work-schedule.js';
import { DAY_HOLIDAY, DAY_WORKING, type PeriodContext } from './period-context.js';

/** Overtime minutes of one kind of day, split by day and night hours. */
export interface OvertimeMinutes {
  /** Overtime minutes between 06:00 and 22:00. */
  readonly day: number;
  /** Overtime minutes between 22:00 and 06:00 (Labour Code 2019 Art. 106). */
  readonly night: number;
  /**
   * Part of `night` worked on a day with daytime overtime before it: Decree 145/2020 Art. 57 pays night
   * overtime + 20 % of the *daytime overtime* rate in that case instead of the normal daytime rate.
   */
  readonly nightAfterDayOvertime: number;
}

/** A breach of an overtime cap: reported, never silently cut. */
export interface OvertimeViolation {
  /** `daily` (normal day), `rest-day` (weekly rest day or holiday), `monthly` or `yearly`. */
  readonly rule: 'daily' | 'rest-day' | 'monthly' | 'yearly';
  /** The day, for daily rules. */
  readonly date?: CalendarDate;
  readonly limitMinutes: number;
  readonly actualMinutes: number;
  readonly reference: LegalReference;
}

/**
 * One employee's month for payroll (bảng tổng hợp công) — the contract between @bo/hr and @bo/payroll.
 *
 * Days are multiples of 0.25 (full or half scheduled days, full or half leave days), exact in binary.
 * Minutes are integers; hours for pay are `minutes / 60` (do it in Decimal: {@link minutesToHours}).
 *
 * Identities (tested): `paidDays = workedDays + paidLeaveDays + publicHolidayDays`;
 * `scheduledDays = paidDays + unpaidDays + socialInsuranceLeaveDays`; `unpaidDays = unpaidLeaveDays + absentDays`.
 */
export interface PayrollPeriodSummary {
  readonly employeeId: string;
  /** The month. */
  readonly period: Period;
  /** First and last day employed inside the month. */
  readonly employed: Period;
  /** Standard working days of the month (ngày công chuẩn), by the context's policy; the daily-rate divisor. */
  readonly standardWorkingDays: number;
  /** Scheduled days (public holidays included) while employed. */
  readonly scheduledDays: number;
  /** Scheduled days of the month before the hire date or after the last day employed. */
  readonly outsideEmploymentDays: number;
  /** Scheduled non-holiday days actually worked (minus leave taken on them). */
  readonly workedDays: number;
  /** Employer-paid leave days (annual, paid personal leave). */
  readonly paidLeaveDays: number;
  /** Public holidays (and compensatory/swapped days off) on scheduled days while employed: paid. */
  readonly publicHolidayDays: number;
  /** Days the employer pays: worked + paid leave + public holidays. */
  readonly paidDays: number;
  /** Unpaid leave days. */
  readonly unpaidLeaveDays: number;
  /** Scheduled days with neither work nor leave (vắng không phép): unpaid. */
  readonly absentDays: number;
  /** Days not paid: unpaid leave + absences. */
  readonly unpaidDays: number;
  /** Days on social-insurance leave (sickness, maternity): paid by the fund, not the employer. */
  readonly socialInsuranceLeaveDays: number;
  /** Leave days by leave type code. */
  readonly leaveDaysByType: Readonly<Record<string, number>>;
  /** Normal (non-overtime) minutes worked. */
  readonly normalMinutes: number;
  /** Scheduled minutes not worked on days attended (late arrival, early leave). */
  readonly shortfallMinutes: number;
  /** Night minutes within normal hours (night premium ≥ 30 %, Art. 98(2)). */
  readonly nightMinutes: number;
  /** Overtime by kind of day (Art. 98(1): ≥ 150 % / 200 % / 300 %). */
  readonly overtime: {
    readonly normalDay: OvertimeMinutes;
    readonly weeklyRestDay: OvertimeMinutes;
    readonly publicHoliday: OvertimeMinutes;
  };
  /** All overtime minutes of the month. */
  readonly overtimeMinutes: number;
  /** Overtime in the calendar year up to the end of this month (given YTD + this month). */
  readonly overtimeMinutesYearToDate: number;
  /** Cap breaches; empty when within the limits. */
  readonly violations: readonly OvertimeViolation[];
}

/** One employee's inputs for a month. */
export interface EmployeePeriodInput {
  readonly employeeId: string;
  /** First day of employment (hire date), when inside or after the month start. */
  readonly employedFrom?: string;
  /** Last day of employment, when inside the month. */
  readonly employedTo?: string;
  readonly timesheet: readonly TimesheetDay[];
  readonly leave?: readonly LeaveDay[];
  /** Overtime minutes already worked this calendar year before the month (for the yearly cap). */
  readonly overtimeMinutesBeforePeriod?: number;
  /** The employer may use the 300 h/year cap (Labour Code Art. 107(3); Decree 145 Art. 61). */
  readonly extendedOvertimeCap?: boolean;
}

/**
 * Converts minutes to hours exactly, as a Decimal.
 * @example minutesToHours(90).toString() // '1.5'
 */
export function minutesToHours(minutes: number): Decimal {
  return new Decimal(minutes).div(60);
}

// Module-level copies of imported bindings used in the hot loop (loaders may turn imports into getters).
const WORKING: number = DAY_WORKING;
const HOLIDAY: number = DAY_HOLIDAY;
const overlap = nightOverlap;

const SCRATCH_LEAVE = new Float64Array(31);
const SCRATCH_ATTENDED = new Uint8Array(31);
const SCRATCH_OT = new Int32Array(9);

function clock(text: string, path: (string | number)[]): number {
  if (typeof text === 'string' && text.length === 5 && text.charCodeAt(2) === 58) {
    const h = (text.charCodeAt(0) - 48) * 10 + (text.charCodeAt(1) - 48);
    const m = (text.charCodeAt(3) - 48) * 10 + (text.charCodeAt(4) - 48);
    if (h >= 0 && m >= 0 && m < 60 && (h < 24 || (h === 24 && m === 0))) return h * 60 + m;
  }
  return invalid(
    'HR/INVALID_TIMESHEET',
    `time must be HH:MM, got ${JSON.stringify(text)}`,
    'giờ phải có dạng HH:MM',
    path,
  );
}

function dayIndex(ctx: PeriodContext, date: string, path: (string | number)[]): number {
  if (
    typeof date !== 'string' ||
    date.length !== 10 ||
    !date.startsWith(ctx.month) ||
    date.charCodeAt(7) !== 45
  ) {
    invalid(
      'HR/DATE_OUTSIDE_PERIOD',
      `${JSON.stringify(date)} is not a day of ${ctx.month}`,
      `ngày ${date} không thuộc tháng ${ctx.month}`,
      path,
    );
  }
  const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  if (!(d >= 1 && d <= ctx.dates.length))
    invalid(
      'HR/DATE_OUTSIDE_PERIOD',
      `${date} is not a day of ${ctx.month}`,
      `ngày ${date} không thuộc tháng ${ctx.month}`,
      path,
    );
  return d - 1;
}

/**
 * Summarises one employee's month for payroll from the timesheet and leave days: standard working days,
 * worked/paid/unpaid days, leave by type, normal, night and overtime minutes by kind of day (normal day,
 * weekly rest day, public holiday; day and night), with the overtime caps checked and breaches reported
 * (Labour Code 2019 Art. 106–107; Decree 145/2020 Art. 60–62).
 *
 * Conventions: minutes beyond the day's scheduled normal minutes (less leave taken that day) are
 * overtime; all time on rest days and holidays is overtime; a segment past midnight belongs to the day it
 * starts; a half-day leave halves the day's normal minutes.
 * @throws BoValidationError `HR/DATE_OUTSIDE_PERIOD`, `HR/INVALID_TIMESHEET`, `HR/OVERLAPPING_SEGMENTS`,
 *   `HR/DUPLICATE_TIMESHEET_DAY`, `HR/WORK_OUTSIDE_EMPLOYMENT`, `HR/UNKNOWN_LEAVE_TYPE`, `HR/LEAVE_OVERLAP`,
 *   `HR/LEAVE_ON_NON_WORKING_DAY`, `HR/LEAVE_OUTSIDE_EMPLOYMENT`
 * @example
 * const ctx = preparePeriod('2026-03', schedule, { holidays: holidayDates(publicHolidays(2026)) });
 * const summary = summarizePeriod(ctx, { employeeId: 'E1', timesheet, leave });
 * summary.paidDays // 22
 */
export function summarizePeriod(ctx: PeriodContext, input: EmployeePeriodInput): PayrollPeriodSummary {
  const n = ctx.dates.length;
  if (input.employedFrom !== undefined && !isCalendarDate(input.employedFrom)) {
    invalid(
      'HR/INVALID_TIMESHEET',
      `employedFrom must be a date YYYY-MM-DD, got ${JSON.stringify(input.employedFrom)}`,
      'ngày bắt đầu làm việc không hợp lệ',
      ['employedFrom'],
    );
  }
  if (input.employedTo !== undefined && !isCalendarDate(input.employedTo)) {
    invalid(
      'HR/INVALID_TIMESHEET',
      `employedTo must be a date YYYY-MM-DD, got ${JSON.stringify(input.employedTo)}`,
      'ngày nghỉ việc không hợp lệ',
      ['employedTo'],
    );
  }
  const first =
    input.employedFrom !== undefined && input.employedFrom > ctx.period.start
      ? dayIndex(ctx, input.employedFrom, ['employedFrom'])
      : 0;
  const last =
    input.employedTo !== undefined && input.employedTo < ctx.period.end
      ? dayIndex(ctx, input.employedTo, ['employedTo'])
      : n - 1;
  if (input.employedTo !== undefined && input.employedTo < ctx.period.start) {
    invalid(
      'HR/WORK_OUTSIDE_EMPLOYMENT',
      `employment ended ${input.employedTo}, before ${ctx.month}`,
      'người lao động đã nghỉ việc trước kỳ này',
      ['employedTo'],
    );
  }
  if (input.employedFrom !== undefined && input.employedFrom > ctx.period.end) {
    invalid(
      'HR/WORK_OUTSIDE_EMPLOYMENT',
      `employment starts ${input.employedFrom}, after ${ctx.month}`,
      'người lao động bắt đầu làm việc sau kỳ này',
      ['employedFrom'],
    );
  }
  const { dayKind, patternMinutes, patternWeight, caps } = ctx;
  // Scratch buffers shared across calls (no callbacks run inside, so no re-entrancy): no allocation per employee.
  const leaveFraction = SCRATCH_LEAVE.fill(0, 0, n);
  const leaveDaysByType: Record<string, number> = {};
  let paidLeaveDays = 0;
  let unpaidLeaveDays = 0;
  let siLeaveDays = 0;
  const leave = input.leave ?? [];
  for (let k = 0; k < leave.length; k++) {
    const l = leave[k]!;
    const i = dayIndex(ctx, l.date, ['leave', k, 'date']);
    const type = ctx.leaveTypes.get(l.type);
    if (type === undefined)
      invalid('HR/UNKNOWN_LEAVE_TYPE', `unknown leave type ${l.type}`, `loại nghỉ ${l.type} không tồn tại`, [
        'leave',
        k,
        'type',
      ]);
    if (i < first || i > last)
      invalid(
        'HR/LEAVE_OUTSIDE_EMPLOYMENT',
        `leave on ${l.date} is outside employment`,
        'ngày nghỉ nằm ngoài thời gian làm việc',
        ['leave', k, 'date'],
      );
    const scheduledWorkday = dayKind[i] === WORKING;
    if (!scheduledWorkday) {
      if (type.countsWorkingDaysOnly)
        invalid(
          'HR/LEAVE_ON_NON_WORKING_DAY',
          `${l.date} is a rest day or public holiday: no ${l.type} leave is charged`,
          `ngày ${l.date} là ngày nghỉ, không tính nghỉ phép`,
          ['leave', k, 'date'],
        );
      continue;
    }
    const f = l.fraction ?? 1;
    if (leaveFraction[i]! + f > 1)
      invalid(
        'HR/LEAVE_OVERLAP',
        `leave on ${l.date} adds up to more than one day`,
        `ngày nghỉ ${l.date} bị trùng`,
        ['leave', k, 'date'],
      );
    leaveFraction[i] = leaveFraction[i]! + f;
    const days = f * patternWeight[i]!;
    leaveDaysByType[l.type] = (leaveDaysByType[l.type] ?? 0) + days;
    if (type.pay === 'employer') paidLeaveDays += days;
    else if (type.pay === 'unpaid') unpaidLeaveDays += days;
    else siLeaveDays += days;
  }

  const attended = SCRATCH_ATTENDED.fill(0, 0, n);
  const restCap = caps.restDayHours * 60;
  const dailyTotalCap = caps.dailyTotalHours * 60;
  const weekly = ctx.schedule.hoursMode === 'weekly';
  let normalMinutes = 0;
  let nightMinutes = 0;
  let shortfall = 0;
  let workedDays = 0;
  // [normal, rest, holiday] × [day, night, nightAfterDay]
  const ot = SCRATCH_OT.fill(0);
  const violations: OvertimeViolation[] = [];
  const ts = input.timesheet;
  for (let k = 0; k < ts.length; k++) {
    const entry = ts[k]!;
    const i = dayIndex(ctx, entry.date, ['timesheet', k, 'date']);
    if (i < first || i > last)
      invalid(
        'HR/WORK_OUTSIDE_EMPLOYMENT',
        `time recorded on ${entry.date}, outside employment`,
        `chấm công ngày ${entry.date} ngoài thời gian làm việc`,
        ['timesheet', k, 'date'],
      );
    if (attended[i] === 1)
      invalid(
        'HR/DUPLICATE_TIMESHEET_DAY',
        `${entry.date} appears twice in the timesheet`,
        `ngày ${entry.date} bị chấm công hai lần`,
        ['timesheet', k, 'date'],
      );
    attended[i] = 1;
    const kind = dayKind[i]!;
    const base = kind === WORKING ? 0 : kind === HOLIDAY ? 6 : 3;
    let budget = kind === WORKING ? Math.round(patternMinutes[i]! * (1 - leaveFraction[i]!)) : 0;
    const dayBudget = budget;
    let prevEnd = -1;
    let dayOt = 0;
    let dayOtDay = 0;
    let dayNormal = 0;
    const segs = entry.segments;
    if (!segs || segs.length === 0)
      invalid(
        'HR/INVALID_TIMESHEET',
        `${entry.date} has no worked segment`,
        'ngày chấm công không có giờ làm',
        ['timesheet', k, 'segments'],
      );
    for (let j = 0; j < segs.length; j++) {
      const seg = segs[j]!;
      let s = clock(seg.start, ['timesheet', k, 'segments', j, 'start']);
      let e = clock(seg.end, ['timesheet', k, 'segments', j, 'end']);
      if (e <= s) e += 1440;
      if (s < prevEnd) {
        // after a segment past midnight, a later segment may continue the next morning
        if (prevEnd > 1440 && s + 1440 >= prevEnd) {
          s += 1440;
          e += 1440;
        } else {
          invalid(
            'HR/OVERLAPPING_SEGMENTS',
            `segments of ${entry.date} overlap or are out of order`,
            `các khoảng giờ ngày ${entry.date} bị chồng lấn`,
            ['timesheet', k, 'segments', j],
          );
        }
      }
      if (e > 2880)
        invalid(
          'HR/INVALID_TIMESHEET',
          `segments of ${entry.date} run past the next day`,
          'khoảng giờ vượt quá ngày hôm sau',
          ['timesheet', k, 'segments', j, 'end'],
        );
      prevEnd = e;
      let x = s;
      if (!seg.overtime && budget > 0) {
        const take = Math.min(budget, e - s);
        budget -= take;
        dayNormal += take;
        nightMinutes += overlap(s, s + take);
        x = s + take;
      }
      if (x < e) {
        const night = overlap(x, e);
        const day = e - x - night;
        const startsInDay = overlap(x, x + 1) === 0;
        ot[base] = ot[base]! + day;
        ot[base + 1] = ot[base + 1]! + night;
        if (night > 0 && (dayOtDay > 0 || (startsInDay && day > 0))) ot[base + 2] = ot[base + 2]! + night;
        dayOtDay += day;
        dayOt += e - x;
      }
    }
    normalMinutes += dayNormal;
    if (kind === WORKING) {
      if (dayNormal > 0) workedDays += patternWeight[i]! * (1 - leaveFraction[i]!);
      shortfall += dayBudget - dayNormal;
      const limit = weekly ? Math.max(0, dailyTotalCap - dayNormal) : ctx.dailyOvertimeLimit[i]!;
      if (dayOt > limit)
        violations.push({
          rule: 'daily',
          date: ctx.dates[i]!,
          limitMinutes: limit,
          actualMinutes: dayOt,
          reference: ctx.capsReference,
        });
    } else if (dayOt > restCap) {
      violations.push({
        rule: 'rest-day',
        date: ctx.dates[i]!,
        limitMinutes: restCap,
        actualMinutes: dayOt,
        reference: ctx.capsReference,
      });
    }
  }

  let scheduledDays = 0;
  let publicHolidayDays = 0;
  let absentDays = 0;
  let outsideEmploymentDays = 0;
  for (let i = 0; i < first; i++) outsideEmploymentDays += patternWeight[i]!;
  for (let i = last + 1; i < n; i++) outsideEmploymentDays += patternWeight[i]!;
  for (let i = first; i <= last; i++) {
    const w = patternWeight[i]!;
    if (w === 0) continue;
    scheduledDays += w;
    if (dayKind[i] === HOLIDAY) publicHolidayDays += w;
    else if (attended[i] === 0) absentDays += w * (1 - leaveFraction[i]!);
  }
  const overtimeMinutes = ot[0]! + ot[1]! + ot[3]! + ot[4]! + ot[6]! + ot[7]!;
  const monthlyLimit = caps.monthlyHours * 60;
  if (overtimeMinutes > monthlyLimit)
    violations.push({
      rule: 'monthly',
      limitMinutes: monthlyLimit,
      actualMinutes: overtimeMinutes,
      reference: ctx.capsReference,
    });
  const before = input.overtimeMinutesBeforePeriod ?? 0;
  if (!Number.isInteger(before) || before < 0)
    invalid(
      'HR/INVALID_TIMESHEET',
      'overtimeMinutesBeforePeriod must be a whole number ≥ 0',
      'số phút làm thêm lũy kế không hợp lệ',
      ['overtimeMinutesBeforePeriod'],
    );
  const ytd = before + overtimeMinutes;
  const yearlyLimit = (input.extendedOvertimeCap ? caps.yearlyHoursExtended : caps.yearlyHours) * 60;
  if (ytd > yearlyLimit)
    violations.push({
      rule: 'yearly',
      limitMinutes: yearlyLimit,
      actualMinutes: ytd,
      reference: ctx.capsReference,
    });
  const paidDays = workedDays + paidLeaveDays + publicHolidayDays;
  const unpaidDays = unpaidLeaveDays + absentDays;
  return {
    employeeId: input.employeeId,
    period: ctx.period,
    employed: { start: ctx.dates[first]!, end: ctx.dates[last]! },
    standardWorkingDays: ctx.standardWorkingDays,
    scheduledDays,
    outsideEmploymentDays,
    workedDays,
    paidLeaveDays,
    publicHolidayDays,
    paidDays,
    unpaidLeaveDays,
    absentDays,
    unpaidDays,
    socialInsuranceLeaveDays: siLeaveDays,
    leaveDaysByType,
    normalMinutes,
    shortfallMinutes: shortfall,
    nightMinutes,
    overtime: {
      normalDay: { day: ot[0]!, night: ot[1]!, nightAfterDayOvertime: ot[2]! },
      weeklyRestDay: { day: ot[3]!, night: ot[4]!, nightAfterDayOvertime: ot[5]! },
      publicHoliday: { day: ot[6]!, night: ot[7]!, nightAfterDayOvertime: ot[8]! },
    },
    overtimeMinutes,
    overtimeMinutesYearToDate: ytd,
    violations,
  };
}
