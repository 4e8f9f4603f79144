import { type CalendarDate, isCalendarDate } from '@bo/core';
import { z } from 'zod';

/**
 * A `YYYY-MM-DD` calendar date, validated and branded as {@link CalendarDate}.
 * @example CalendarDateSchema.parse('2026-03-31')
 */
export const CalendarDateSchema: z.ZodType<CalendarDate, string> = z
  .string()
  .refine(isCalendarDate, { message: 'must be a real calendar date YYYY-MM-DD' })
  .transform((s) => s as CalendarDate);

/** A month as `YYYY-MM` (tháng). */
export type YearMonth = `${number}-${number}`;

/**
 * A `YYYY-MM` month.
 * @example YearMonthSchema.parse('2026-03')
 */
export const YearMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM')
  .transform((s) => s as YearMonth);

/**
 * A clock time `HH:MM` on a 24-hour clock; `24:00` is allowed as an end of day.
 * @example ClockTimeSchema.parse('22:00')
 */
export const ClockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time HH:MM (00:00–24:00)');

/**
 * A decimal amount as a string (money is never a JS number): `"15000000"`, `"1234.5"`.
 * @example DecimalStringSchema.parse('15000000')
 */
export const DecimalStringSchema = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number as a string');

/**
 * Minutes since midnight of an `HH:MM` clock time. @internal
 * @example clockMinutes('08:30') // 510
 */
export function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
