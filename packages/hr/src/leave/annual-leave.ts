import {
  addDays,
  type CalendarDate,
  calendarDate,
  dateParts,
  Decimal,
  type LegalReference,
  MON_FRI,
  maxDate,
  minDate,
  monthPeriod,
  intersect,
  parameterAt,
  type RoundingMode,
  roundDecimal,
  type WorkWeek,
  workingDays,
} from '@bo/core';
import { invalid } from '../internal/fail.js';
import { ANNUAL_LEAVE, ANNUAL_LEAVE_PRORATION } from '../legal/labour-rules.js';

/** Inputs of {@link annualLeaveEntitlement}. */
export interface AnnualLeaveInput {
  readonly year: number;
  /** Job type (Labour Code Art. 113(1)): normal 12, heavy 14, especially heavy 16 days. */
  readonly jobType: 'normal' | 'heavy' | 'especially-heavy';
  /** First day with the employer, for seniority (Art. 114). */
  readonly serviceStart: string;
  /** First day employed in the year, when after 1 January. */
  readonly employedFrom?: string;
  /** Last day employed in the year, when before 31 December. */
  readonly employedTo?: string;
  /** Week used to count the working days of a month (default Monday–Friday). */
  readonly workWeek?: WorkWeek;
  /** Months actually worked, when the caller counts them from attendance (overrides the calendar count). */
  readonly monthsWorked?: number;
  /** Rounding of a pro-rated result (default whole days, half-up). */
  readonly rounding?: { readonly increment: string; readonly mode: RoundingMode };
}

/** An annual leave entitlement with its basis. */
export interface AnnualLeaveEntitlement {
  readonly year: number;
  readonly baseDays: number;
  /** Whole years with the employer at the end of the year (or the last day employed). */
  readonly serviceYears: number;
  readonly seniorityDays: number;
  /** Base + seniority: the entitlement for a full year. */
  readonly fullYearDays: number;
  readonly monthsCounted: number;
  /** Pro-rated before rounding: fullYearDays × months / 12. */
  readonly exactDays: Decimal;
  /** The entitlement: exact days rounded by the stated rule (no rounding for a full year). */
  readonly days: Decimal;
  readonly references: readonly LegalReference[];
}

function ymd(d: CalendarDate): [number, number, number] {
  const p = dateParts(d);
  return [p.year, p.month, p.day];
}

/**
 * Annual leave for a year: 12, 14 or 16 working days by job type (Labour Code 2019 Art. 113(1)), plus
 * 1 day for every full 5 years with the employer (Art. 114), pro-rated for a partial year:
 * full-year days / 12 × months worked, a month counting when at least half of its working days fall in
 * employment (Decree 145/2020 Art. 66). Rounding of a pro-rated result is explicit: by default to whole
 * days, half-up (the rule of the former Decree 45/2013 Art. 7 under the 2012 Code; Decree 145 gives only
 * the formula), configurable.
 * @throws BoValidationError `HR/INVALID_LEAVE_INPUT`; `CORE/INVALID_DATE` naming a malformed date
 * @example
 * annualLeaveEntitlement({ year: 2026, jobType: 'normal', serviceStart: '2026-04-15', employedFrom: '2026-04-15' }).days // 9 (12 × 9 / 12)
 */
export function annualLeaveEntitlement(input: AnnualLeaveInput): AnnualLeaveEntitlement {
  const { year } = input;
  if (!Number.isInteger(year) || year < 1900 || year > 9998)
    invalid('HR/INVALID_LEAVE_INPUT', `year must be a whole year, got ${year}`, 'năm không hợp lệ', ['year']);
  calendarDate(input.serviceStart, 'serviceStart');
  if (input.employedFrom !== undefined) calendarDate(input.employedFrom, 'employedFrom');
  if (input.employedTo !== undefined) calendarDate(input.employedTo, 'employedTo');
  const yearStart = `${year}-01-01` as CalendarDate;
  const yearEnd = `${year}-12-31` as CalendarDate;
  const from = (input.employedFrom ?? yearStart) as CalendarDate;
  const to = (input.employedTo ?? yearEnd) as CalendarDate;
  if (from > to || from > yearEnd || to < yearStart) {
    invalid(
      'HR/INVALID_LEAVE_INPUT',
      `employment ${from} – ${to} does not overlap ${year}`,
      `thời gian làm việc không thuộc năm ${year}`,
      ['employedFrom'],
    );
  }
  if (input.serviceStart > from) {
    invalid(
      'HR/INVALID_LEAVE_INPUT',
      'service start is after the first day employed in the year',
      'ngày bắt đầu làm việc sau ngày làm việc đầu năm',
      ['serviceStart'],
    );
  }
  const rule = parameterAt(ANNUAL_LEAVE, to);
  const proration = parameterAt(ANNUAL_LEAVE_PRORATION, to);
  const baseDays =
    input.jobType === 'normal'
      ? rule.value.normal
      : input.jobType === 'heavy'
        ? rule.value.heavy
        : rule.value.especiallyHeavy;
  const [sy, sm, sd] = ymd(input.serviceStart as CalendarDate);
  const [ey, em, ed] = ymd(addDays(minDate(to, yearEnd), 1));
  const serviceMonths = (ey - sy) * 12 + (em - sm) - (ed < sd ? 1 : 0);
  const serviceYears = Math.floor(serviceMonths / 12);
  const seniorityDays = Math.floor(serviceYears / rule.value.seniorityStepYears) * rule.value.seniorityDays;
  const fullYearDays = baseDays + seniorityDays;
  let monthsCounted = input.monthsWorked ?? 0;
  if (input.monthsWorked === undefined) {
    const threshold = new Decimal(proration.value.monthCountsFromFraction);
    const week = input.workWeek ?? MON_FRI;
    const employed = { start: maxDate(from, yearStart), end: minDate(to, yearEnd) };
    for (let m = 1; m <= 12; m++) {
      const month = monthPeriod(year, m);
      const part = intersect(month, employed);
      if (!part) continue;
      const all = workingDays(month, { workWeek: week });
      if (all.isZero() || workingDays(part, { workWeek: week }).gte(all.times(threshold))) monthsCounted++;
    }
  } else if (!Number.isInteger(input.monthsWorked) || input.monthsWorked < 0 || input.monthsWorked > 12) {
    invalid(
      'HR/INVALID_LEAVE_INPUT',
      'monthsWorked must be a whole number 0–12',
      'số tháng làm việc phải từ 0 đến 12',
      ['monthsWorked'],
    );
  }
  const exactDays = new Decimal(fullYearDays).times(monthsCounted).div(12);
  const rounding = input.rounding ?? { increment: '1', mode: 'half-up' as RoundingMode };
  const days =
    monthsCounted === 12
      ? exactDays
      : roundDecimal(exactDays, { increment: rounding.increment, mode: rounding.mode });
  return {
    year,
    baseDays,
    serviceYears,
    seniorityDays,
    fullYearDays,
    monthsCounted,
    exactDays,
    days,
    references: [rule.reference, proration.reference],
  };
}
