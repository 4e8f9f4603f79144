import { z } from 'zod';
import { CalendarDateSchema, ClockTimeSchema } from '../internal/schemas.js';

/**
 * A worked interval of one day (clock times; an end at or before the start runs past midnight and belongs
 * to the day the interval starts). `overtime: true` marks time worked as overtime even inside the normal
 * minutes (e.g. an approved early start); otherwise minutes beyond the scheduled normal minutes of a working
 * day are overtime, and every minute on a weekly rest day or public holiday is overtime.
 * @example TimeSegmentSchema.parse({ start: '08:00', end: '12:00' })
 */
export const TimeSegmentSchema = z.object({
  start: ClockTimeSchema,
  end: ClockTimeSchema,
  overtime: z.boolean().optional(),
});
/** A worked interval. */
export type TimeSegment = z.output<typeof TimeSegmentSchema>;

/**
 * One employee's worked time on one date (bảng chấm công), segments in time order, breaks left out.
 * @example TimesheetDaySchema.parse({ date: '2026-03-02', segments: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }] })
 */
export const TimesheetDaySchema = z.object({
  date: CalendarDateSchema,
  segments: z.array(TimeSegmentSchema).min(1),
});
/** One day of a timesheet (plain strings accepted; validated by the summary). */
export interface TimesheetDay {
  readonly date: string;
  readonly segments: readonly TimeSegment[];
}

/**
 * A day (or half day) of leave of a given leave type code.
 * @example LeaveDaySchema.parse({ date: '2026-03-10', type: 'ANNUAL', fraction: 0.5 })
 */
export const LeaveDaySchema = z.object({
  date: CalendarDateSchema,
  type: z.string().min(1),
  fraction: z.union([z.literal(1), z.literal(0.5)]).default(1),
});
/** A day or half day of leave. */
export interface LeaveDay {
  readonly date: string;
  readonly type: string;
  /** 1 (default) or 0.5. */
  readonly fraction?: 1 | 0.5;
}
