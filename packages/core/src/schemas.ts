import { z } from 'zod';
import { type CalendarDate, isCalendarDate } from './dates/calendar-date.js';
import type { Decimal } from './decimal.js';
import { CURRENCIES } from './money/currency.js';
import { type Money, money } from './money/money.js';
import { type Period, period } from './periods/period.js';
import { ROUNDING_MODES, type RoundingMode } from './rounding.js';
import { toDecimal } from './to-decimal.js';

/**
 * zod schema of a calendar date `YYYY-MM-DD` that exists (2026-02-30 fails), output as {@link CalendarDate}.
 * @example CalendarDateSchema.parse('2026-03-31')
 */
export const CalendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'must be a real calendar date YYYY-MM-DD' })
  .transform((s) => s as CalendarDate);

/**
 * zod schema of a `YYYY-MM` month.
 * @example YearMonthSchema.parse('2026-03')
 */
export const YearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');

/**
 * zod schema of an exact decimal written as a string (`'1234.50'`, `'-3'`), output as a Decimal.
 * Numbers are refused here on purpose: JSON carries money as strings.
 * @example DecimalStringSchema.parse('0.08').toString() // '0.08'
 */
export const DecimalStringSchema = z
  .string()
  .regex(/^[+-]?(\d+(\.\d*)?|\.\d+)$/, 'must be a decimal number written as a string')
  .transform((s): Decimal => toDecimal(s));

/**
 * zod schema of a currency code bo knows (ISO 4217, see `CURRENCIES`).
 * @example CurrencyCodeSchema.parse('VND')
 */
export const CurrencyCodeSchema = z
  .string()
  .refine((c) => Object.hasOwn(CURRENCIES, c), { message: 'must be an ISO 4217 currency code bo knows' });

/**
 * zod schema of money in its JSON form `{ amount: '1234567', currency: 'VND' }`, output as {@link Money}.
 * @example MoneySchema.parse({ amount: '19.99', currency: 'USD' }).amount.toString() // '19.99'
 */
export const MoneySchema = z
  .object({
    amount: z.string().regex(/^[+-]?(\d+(\.\d*)?|\.\d+)$/, 'must be a decimal string'),
    currency: CurrencyCodeSchema,
  })
  .strict()
  .transform((m): Money => money(m.amount, m.currency));

/**
 * zod schema of a period `{ start, end }` (both included, end not before start), output as {@link Period}.
 * @example PeriodSchema.parse({ start: '2026-03-01', end: '2026-03-31' })
 */
export const PeriodSchema = z
  .object({ start: CalendarDateSchema, end: CalendarDateSchema })
  .strict()
  .refine((p) => p.end >= p.start, { message: 'end must not be before start', path: ['end'] })
  .transform((p): Period => period(p.start, p.end));

/**
 * zod schema of a {@link RoundingMode}.
 * @example RoundingModeSchema.parse('half-even')
 */
export const RoundingModeSchema = z.enum(ROUNDING_MODES as [RoundingMode, ...RoundingMode[]]);
