import { Decimal, type DecimalInput } from '../decimal.js';
import { BoValidationError } from '../errors/bo-error.js';
import { toDecimal } from '../to-decimal.js';
import { type CalendarDate, calendarDate, toEpochDay, weekday } from '../dates/calendar-date.js';
import type { Period } from './period.js';

/**
 * How much of a working day each weekday is, Monday first: `1` a full day, `0.5` a half day,
 * `0` a rest day. Seven entries.
 */
export type WorkWeek = readonly [Decimal, Decimal, Decimal, Decimal, Decimal, Decimal, Decimal];

/**
 * Builds a {@link WorkWeek} from seven weights, Monday first.
 * @example workWeek([1, 1, 1, 1, 1, 0.5, 0]) // Mon–Fri and Saturday morning
 */
export function workWeek(weights: readonly DecimalInput[]): WorkWeek {
  if (weights.length !== 7) {
    throw new BoValidationError({
      code: 'CORE/INVALID_INPUT',
      message: `a work week needs 7 weights (Monday first), got ${weights.length}`,
      messageVi: `tuần làm việc cần 7 hệ số (bắt đầu thứ Hai), nhận ${weights.length}`,
      path: ['workWeek'],
    });
  }
  return weights.map((w, i) => {
    const d = toDecimal(w, ['workWeek', i]);
    if (d.lt(0) || d.gt(1)) {
      throw new BoValidationError({
        code: 'CORE/INVALID_INPUT',
        message: `workWeek[${i}] must be between 0 and 1, got ${d.toString()}`,
        messageVi: `hệ số ngày thứ ${i + 1} phải từ 0 đến 1`,
        path: ['workWeek', i],
      });
    }
    return d;
  }) as unknown as WorkWeek;
}

/**
 * Monday to Friday.
 * @example workingDays(monthPeriod(2026, 3), { workWeek: MON_FRI }).toString() // '22'
 */
export const MON_FRI: WorkWeek = workWeek([1, 1, 1, 1, 1, 0, 0]);
/**
 * Monday to Saturday (common in Vietnamese factories).
 * @example workingDays(monthPeriod(2026, 3), { workWeek: MON_SAT }).toString() // '26'
 */
export const MON_SAT: WorkWeek = workWeek([1, 1, 1, 1, 1, 1, 0]);
/**
 * Monday to Friday and Saturday morning.
 * @example workingDays(monthPeriod(2026, 3), { workWeek: MON_SAT_HALF }).toString() // '24'
 */
export const MON_SAT_HALF: WorkWeek = workWeek([1, 1, 1, 1, 1, 0.5, 0]);

/** A work week and the holidays that fall out of it. */
export interface WorkCalendar {
  /** The weekly pattern. */
  readonly workWeek: WorkWeek;
  /** Days off (public holidays, compensatory days); a holiday on a rest day changes nothing. */
  readonly holidays?: Iterable<CalendarDate>;
}

/**
 * Working days in a period under a work week and holiday list (half days count 0.5).
 * @example workingDays(monthPeriod(2026, 3), { workWeek: MON_FRI }) // 22
 */
export function workingDays(p: Period, calendar: WorkCalendar): Decimal {
  // Count the days of each weekday arithmetically (whole weeks plus a remainder), then take out the
  // holidays that fall on working weekdays inside the period: O(7 + holidays), not O(days).
  const first = toEpochDay(p.start);
  const last = toEpochDay(p.end);
  const counts = [0, 0, 0, 0, 0, 0, 0];
  const days = last - first + 1;
  const weeks = Math.floor(days / 7);
  for (let i = 0; i < 7; i++) counts[i] = weeks;
  const firstWeekday = weekday(p.start) - 1; // 0 = Monday
  for (let i = 0; i < days % 7; i++)
    counts[(firstWeekday + i) % 7] = (counts[(firstWeekday + i) % 7] as number) + 1;
  const seen = new Set<string>();
  for (const h of calendar.holidays ?? []) {
    const day = calendarDate(h, 'holidays');
    if (seen.has(day) || day < p.start || day > p.end) continue;
    seen.add(day);
    const w = weekday(day) - 1;
    counts[w] = (counts[w] as number) - 1;
  }
  let total = new Decimal(0);
  for (let i = 0; i < 7; i++) {
    const weight = calendar.workWeek[i] as Decimal;
    if (!weight.isZero() && counts[i] !== 0) total = total.plus(weight.times(counts[i] as number));
  }
  return total;
}
