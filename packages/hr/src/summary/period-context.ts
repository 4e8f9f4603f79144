import {
  addDays,
  type CalendarDate,
  Decimal,
  type LegalReference,
  monthOf,
  type Period,
  parameterAt,
  weekday,
} from '@bo/core';
import { invalid } from '../internal/fail.js';
import { OVERTIME_CAPS, type OvertimeCaps } from '../legal/labour-rules.js';
import { DEFAULT_LEAVE_TYPES, type LeaveType } from '../leave/leave-types.js';
import type { WorkSchedule } from '../time/work-schedule.js';

/**
 * Day kinds in a {@link PeriodContext}.
 * @example ctx.dayKind[0] === DAY_WORKING
 */
export const DAY_WORKING = 0;
/**
 * A weekly rest day under the schedule.
 * @example ctx.dayKind[0] === DAY_REST // 1 March 2026 is a Sunday
 */
export const DAY_REST = 1;
/**
 * A public holiday (statutory, compensatory or swapped day off).
 * @example ctx.dayKind[29] === DAY_HOLIDAY // 30 April
 */
export const DAY_HOLIDAY = 2;

/** How the standard working days of the month (ngày công chuẩn) are set. */
export type StandardDaysPolicy =
  /** Working days of the schedule in the month, public holidays included (they are paid days). Default. */
  | 'scheduled'
  /** Working days of the schedule, public holidays left out. */
  | 'scheduled-excluding-holidays'
  /** A fixed number the employer chose (26, 24, 22…), Decree 145/2020 Art. 54(1). */
  | { readonly fixed: number };

/** Options of {@link preparePeriod}. */
export interface PreparePeriodOptions {
  /** Days off: public holidays with compensatory and swapped days (from `holidayDates(publicHolidays(year))`). */
  readonly holidays?: Iterable<string>;
  /** Rest days made working days by a swap. */
  readonly extraWorkingDays?: Iterable<string>;
  readonly standardDays?: StandardDaysPolicy;
  readonly leaveTypes?: readonly LeaveType[];
}

/**
 * Everything about a month that does not depend on the employee, computed once: each day's kind
 * (working, weekly rest, public holiday), scheduled minutes and weight, the standard working days, the
 * overtime caps in force. Reuse it for every employee on the same schedule.
 */
export interface PeriodContext {
  readonly month: string;
  readonly period: Period;
  readonly dates: readonly CalendarDate[];
  readonly dayKind: Uint8Array;
  /** Scheduled normal minutes by the weekly pattern (also on holidays, 0 on rest days). */
  readonly patternMinutes: Int32Array;
  /** Scheduled day weight by the weekly pattern (1, 0.5 or 0). */
  readonly patternWeight: Float64Array;
  readonly standardWorkingDays: number;
  /**
   * Overtime allowed on each day before a `daily` violation: ⌊dailyFractionOfNormal × scheduled minutes⌋
   * on working days (daily mode); in weekly mode the cap is normal + overtime ≤ dailyTotalHours.
   */
  readonly dailyOvertimeLimit: Int32Array;
  readonly schedule: WorkSchedule;
  readonly caps: OvertimeCaps;
  readonly capsReference: LegalReference;
  readonly leaveTypes: ReadonlyMap<string, LeaveType>;
}

/**
 * Prepares a month for {@link summarizePeriod}.
 * @throws BoValidationError `CORE/INVALID_PERIOD` for a bad month; `HR/INVALID_STANDARD_DAYS`
 * @example const ctx = preparePeriod('2026-03', schedule, { holidays: holidayDates(publicHolidays(2026)) });
 */
export function preparePeriod(
  month: string,
  schedule: WorkSchedule,
  options: PreparePeriodOptions = {},
): PeriodContext {
  const period = monthOf(month);
  const holidays = new Set<string>(options.holidays ?? []);
  const extra = new Set<string>(options.extraWorkingDays ?? []);
  const dates: CalendarDate[] = [];
  for (let d = period.start; d <= period.end; d = addDays(d, 1)) dates.push(d);
  const n = dates.length;
  const dayKind = new Uint8Array(n);
  const patternMinutes = new Int32Array(n);
  const patternWeight = new Float64Array(n);
  let scheduled = 0;
  let scheduledNoHolidays = 0;
  const fullDay = schedule.fullDayMinutes;
  for (let i = 0; i < n; i++) {
    const date = dates[i]!;
    const wd = weekday(date) - 1;
    let minutes = schedule.dayMinutes[wd]!;
    let weight = schedule.dayWeights[wd]!;
    if (extra.has(date) && weight === 0) {
      minutes = fullDay;
      weight = 1;
    }
    patternMinutes[i] = minutes;
    patternWeight[i] = weight;
    scheduled += weight;
    if (holidays.has(date)) dayKind[i] = DAY_HOLIDAY;
    else if (weight === 0) dayKind[i] = DAY_REST;
    else {
      dayKind[i] = DAY_WORKING;
      scheduledNoHolidays += weight;
    }
  }
  const policy = options.standardDays ?? 'scheduled';
  let standardWorkingDays: number;
  if (policy === 'scheduled') standardWorkingDays = scheduled;
  else if (policy === 'scheduled-excluding-holidays') standardWorkingDays = scheduledNoHolidays;
  else {
    if (
      !Number.isFinite(policy.fixed) ||
      policy.fixed <= 0 ||
      policy.fixed > 31 ||
      (policy.fixed * 2) % 1 !== 0
    ) {
      invalid(
        'HR/INVALID_STANDARD_DAYS',
        `fixed standard days must be a positive multiple of 0.5 up to 31, got ${policy.fixed}`,
        'số ngày công chuẩn không hợp lệ',
        ['standardDays', 'fixed'],
      );
    }
    standardWorkingDays = policy.fixed;
  }
  const dated = parameterAt(OVERTIME_CAPS, period.start);
  const fraction = new Decimal(dated.value.dailyFractionOfNormal);
  const dailyOvertimeLimit = new Int32Array(n);
  for (let i = 0; i < n; i++) dailyOvertimeLimit[i] = fraction.times(patternMinutes[i]!).floor().toNumber();
  const leaveTypes = new Map((options.leaveTypes ?? DEFAULT_LEAVE_TYPES).map((t) => [t.code, t]));
  return {
    month,
    period,
    dates,
    dayKind,
    patternMinutes,
    patternWeight,
    standardWorkingDays,
    dailyOvertimeLimit,
    schedule,
    caps: dated.value,
    capsReference: dated.reference,
    leaveTypes,
  };
}
