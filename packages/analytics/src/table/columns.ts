import {
  type CalendarDate,
  type Decimal,
  isCalendarDate,
  isMoney,
  type Money,
  money,
  toDecimal,
} from '@bo/core';
import { z } from 'zod';
import { ANALYTICS_ERRORS, fail } from '../errors.js';

/**
 * zod column types for analytics tables. Money columns are exact: a decimal column accepts a decimal
 * string, a bigint, a Decimal or a JS number with an exact shortest form, and yields a {@link Decimal}.
 *
 * @example
 * ```ts
 * const SaleRow = z.object({ date: columns.date(), sku: z.string(), amount: columns.decimal() });
 * const sales = parseRows(SaleRow, raw); // typed, validated rows
 * ```
 */
export const columns = {
  /** A `YYYY-MM-DD` {@link CalendarDate}. */
  date: (): z.ZodType<CalendarDate> =>
    z.custom<CalendarDate>((v) => isCalendarDate(v), { message: 'expected a real calendar date YYYY-MM-DD' }),
  /** An exact decimal (money amount, quantity…) → {@link Decimal}. */
  decimal: (): z.ZodType<Decimal, unknown> =>
    z.unknown().transform((v, ctx) => {
      try {
        return toDecimal(v);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'expected a finite decimal number' });
        return z.NEVER;
      }
    }),
  /** A finite float64 (for statistics). */
  number: (): z.ZodNumber => z.number().finite(),
  /** A Money value in the given currency (or a `{ amount, currency }` object). */
  money: (currency: string): z.ZodType<Money, unknown> =>
    z.unknown().transform((v, ctx) => {
      try {
        if (isMoney(v)) {
          if (v.currency.code !== currency) throw new Error('currency');
          return v;
        }
        return money(toDecimal(v), currency);
      } catch {
        ctx.addIssue({ code: 'custom', message: `expected an amount in ${currency}` });
        return z.NEVER;
      }
    }),
} as const;

/**
 * Validates every row against a zod object schema and returns the parsed rows.
 *
 * @throws BoValidationError `ANALYTICS/INVALID_ROW` with path `[rowIndex, field]` for the first bad cell
 * @example
 * ```ts
 * parseRows(z.object({ sku: z.string(), qty: z.number().int() }), [{ sku: 'A', qty: 2 }]);
 * ```
 */
export function parseRows<S extends z.ZodType>(
  schema: S,
  rows: readonly unknown[],
  label = 'rows',
): Array<z.output<S>> {
  return rows.map((row, i) => {
    const r = schema.safeParse(row);
    if (r.success) return r.data;
    const issue = r.error.issues[0];
    const field = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
    return fail(
      ANALYTICS_ERRORS.INVALID_ROW,
      `${label}[${i}]${field.length ? `.${field.join('.')}` : ''}: ${issue?.message ?? 'does not match the schema'}`,
      `${label}[${i}]${field.length ? `.${field.join('.')}` : ''}: ${issue?.message ?? 'không đúng lược đồ'}`,
      [i, ...field],
      { row: i, column: field.join('.') },
    );
  });
}
