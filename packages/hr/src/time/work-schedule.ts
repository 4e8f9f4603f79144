import { parseWith, valueAt } from '@bo/core';
import { z } from 'zod';
import { invalid } from '../internal/fail.js';
import { ClockTimeSchema, clockMinutes } from '../internal/schemas.js';
import { NIGHT_WINDOW, type NightWindow } from '../legal/labour-rules.js';

/**
 * A shift (ca làm việc): clock start and end (an end at or before the start runs past midnight) and the
 * unpaid break in minutes. Its normal minutes are (end − start − break).
 * @example ShiftSchema.parse({ code: 'HC', start: '08:00', end: '17:00', breakMinutes: 60 }) // 480 normal minutes
 */
export const ShiftSchema = z.object({
  code: z.string().min(1),
  start: ClockTimeSchema,
  end: ClockTimeSchema,
  breakMinutes: z.number().int().min(0).default(0),
});
/** A shift. */
export type Shift = z.output<typeof ShiftSchema>;

/**
 * A weekly work schedule (lịch làm việc): the shift code worked on each weekday, Monday first (`null` for
 * the weekly rest day), the full-day length used to turn minutes into days, and whether normal hours are
 * set per day or per week (Labour Code 2019 Art. 105: ≤ 8 h/day, or ≤ 10 h/day and ≤ 48 h/week). Each
 * working day must be a full or a half day.
 * @example
 * parseWorkSchedule({ id: 'office', name: 'Văn phòng', shifts: [{ code: 'HC', start: '08:00', end: '17:00', breakMinutes: 60 }],
 *   week: ['HC', 'HC', 'HC', 'HC', 'HC', null, null], fullDayMinutes: 480, hoursMode: 'daily' })
 */
export const WorkScheduleSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  shifts: z.array(ShiftSchema).min(1),
  week: z.array(z.string().min(1).nullable()).length(7, 'week lists 7 days, Monday first'),
  fullDayMinutes: z.number().int().min(60).max(600).default(480),
  hoursMode: z.enum(['daily', 'weekly']).default('daily'),
});

/** A validated work schedule, with each weekday's normal minutes and day weight precomputed. */
export interface WorkSchedule extends z.output<typeof WorkScheduleSchema> {
  /** Normal minutes scheduled per ISO weekday, Monday first. */
  readonly dayMinutes: readonly number[];
  /** Day weight per weekday: 1 full, 0.5 half, 0 rest. */
  readonly dayWeights: readonly number[];
}

/**
 * Normal (non-break) minutes of a shift.
 * @example shiftMinutes({ code: 'HC', start: '08:00', end: '17:00', breakMinutes: 60 }) // 480
 */
export function shiftMinutes(shift: Shift): number {
  const s = clockMinutes(shift.start);
  let e = clockMinutes(shift.end);
  if (e <= s) e += 1440;
  return e - s - shift.breakMinutes;
}

/**
 * Validates a schedule: shift codes exist, breaks fit, each day is a full or half day, normal hours keep
 * to ≤ 8 h/day (daily mode) or ≤ 10 h/day and ≤ 48 h/week (weekly mode) (Labour Code 2019 Art. 105).
 * @throws BoValidationError `HR/INVALID_SCHEDULE`, `HR/NORMAL_HOURS_EXCEEDED`
 * @example const schedule = parseWorkSchedule(input);
 */
export function parseWorkSchedule(input: unknown): WorkSchedule {
  const s = parseWith(WorkScheduleSchema, input, 'work schedule', 'HR/INVALID_SCHEDULE');
  const byCode = new Map(s.shifts.map((sh) => [sh.code, sh]));
  const dayMinutes: number[] = [];
  const dayWeights: number[] = [];
  s.week.forEach((code, i) => {
    if (code === null) {
      dayMinutes.push(0);
      dayWeights.push(0);
      return;
    }
    const shift = byCode.get(code);
    if (!shift)
      invalid('HR/INVALID_SCHEDULE', `week[${i}] names unknown shift ${code}`, `ca ${code} không tồn tại`, [
        'week',
        i,
      ]);
    const minutes = shiftMinutes(shift);
    if (minutes <= 0)
      invalid(
        'HR/INVALID_SCHEDULE',
        `shift ${code} has no working time after its break`,
        `ca ${code} không có thời gian làm việc`,
        ['shifts', s.shifts.indexOf(shift), 'breakMinutes'],
      );
    const weight = minutes >= s.fullDayMinutes ? 1 : minutes * 2 >= s.fullDayMinutes ? 0.5 : -1;
    if (weight < 0)
      invalid(
        'HR/INVALID_SCHEDULE',
        `shift ${code} (${minutes} min) is neither a full nor a half day of ${s.fullDayMinutes} min`,
        `ca ${code} không phải cả ngày hay nửa ngày`,
        ['week', i],
      );
    const dailyMax = s.hoursMode === 'daily' ? 8 * 60 : 10 * 60;
    if (minutes > dailyMax)
      invalid(
        'HR/NORMAL_HOURS_EXCEEDED',
        `normal hours of ${minutes / 60} h on week[${i}] exceed ${dailyMax / 60} h/day (Labour Code Art. 105)`,
        `giờ làm việc bình thường vượt ${dailyMax / 60} giờ/ngày`,
        ['week', i],
        { minutes },
      );
    dayMinutes.push(minutes);
    dayWeights.push(weight);
  });
  const weekly = dayMinutes.reduce((a, b) => a + b, 0);
  if (weekly > 48 * 60)
    invalid(
      'HR/NORMAL_HOURS_EXCEEDED',
      `normal hours of ${weekly / 60} h/week exceed 48 h (Labour Code Art. 105)`,
      'giờ làm việc bình thường vượt 48 giờ/tuần',
      ['week'],
      { minutes: weekly },
    );
  return { ...s, dayMinutes, dayWeights };
}

/**
 * Minutes of a clock interval that fall in night hours (22:00–06:00, Labour Code 2019 Art. 106). `end` at
 * or before `start` runs past midnight.
 * @example nightMinutesBetween('20:00', '02:00') // 240
 */
export function nightMinutesBetween(start: string, end: string): number {
  const s = clockMinutes(start);
  let e = clockMinutes(end);
  if (e <= s) e += 1440;
  return nightOverlap(s, e);
}

const DEFAULT_NIGHT: NightWindow = valueAt(NIGHT_WINDOW, '2021-01-01');

/**
 * Night minutes in [s, e), minutes from the start of the entry's day (0 ≤ s < e ≤ 2880), for a night window
 * that starts in the evening and ends the next morning. @internal
 * @example nightOverlap(20 * 60, 26 * 60) // 240 (20:00–02:00)
 */
export function nightOverlap(s: number, e: number, w: NightWindow = DEFAULT_NIGHT): number {
  // three windows: [0, end), [start, 1440 + end), [1440 + start, 2880)
  let n = 0;
  let hi = Math.min(e, w.endMinute);
  if (hi > s) n += hi - s;
  let lo = Math.max(s, w.startMinute);
  hi = Math.min(e, 1440 + w.endMinute);
  if (hi > lo) n += hi - lo;
  lo = Math.max(s, 1440 + w.startMinute);
  if (e > lo) n += e - lo;
  return n;
}
