import { z } from 'zod';
import { addDays, type CalendarDate, isCalendarDate } from '../dates/calendar-date.js';
import { BoRuleError } from '../errors/bo-error.js';
import { parseWith } from '../errors/from-zod.js';
import { type LegalReference, LegalReferenceSchema } from './legal-reference.js';

/** One value of a parameter, in force from `from` until the next value's `from` (or `to`, inclusive). */
export interface DatedValue<T> {
  /** First day the value applies. */
  readonly from: CalendarDate;
  /** Last day the value applies, when it lapses without a successor (leaves a gap). */
  readonly to?: CalendarDate;
  /** The value. */
  readonly value: T;
  /** The legal text that sets it. */
  readonly reference: LegalReference;
}

/**
 * A law-given figure whose value changes over time (OpenFisca's idea, typed): a rate, an amount, a
 * scale, a table. Looked up by date with {@link parameterAt}.
 */
export interface Parameter<T> {
  /** Stable id, dotted by domain: `vn.pit.personalDeduction`. */
  readonly id: string;
  /** What it is, in English (and Vietnamese where useful). */
  readonly description: string;
  /** Unit of the value: `VND`, `rate`, `days`, `hours`, `scale`… */
  readonly unit: string;
  /** Values by effective date, ascending. */
  readonly values: readonly DatedValue<T>[];
  /** Whether lookups may fall into a gap between a value's `to` and the next `from` (default false). */
  readonly allowGaps?: boolean;
}

const dateString = z.string().refine(isCalendarDate, 'must be a real date YYYY-MM-DD');

/**
 * zod schema of a {@link Parameter} whose values fit `value`. Checks ascending, non-overlapping dates and gaps.
 * @example parameterSchema(z.string()).safeParse(definition).success
 */
export function parameterSchema<V extends z.ZodType>(value: V) {
  return z
    .object({
      id: z.string().min(1),
      description: z.string().min(1),
      unit: z.string().min(1),
      allowGaps: z.boolean().optional(),
      values: z
        .array(
          z
            .object({ from: dateString, to: dateString.optional(), value, reference: LegalReferenceSchema })
            .strict()
            .refine((v) => v.to === undefined || v.to >= v.from, {
              message: 'to must not be before from',
              path: ['to'],
            }),
        )
        .min(1, 'a parameter needs at least one value'),
    })
    .strict()
    .superRefine((p, ctx) => {
      for (let i = 1; i < p.values.length; i++) {
        const prev = p.values[i - 1]!;
        const cur = p.values[i]!;
        if (cur.from <= prev.from) {
          ctx.addIssue({
            code: 'custom',
            message: `values must be in ascending date order with distinct dates (${cur.from} after ${prev.from})`,
            path: ['values', i, 'from'],
          });
        } else if (prev.to !== undefined && prev.to >= cur.from) {
          ctx.addIssue({
            code: 'custom',
            message: `value ends ${prev.to}, overlapping the next value from ${cur.from}`,
            path: ['values', i - 1, 'to'],
          });
        } else if (
          prev.to !== undefined &&
          !p.allowGaps &&
          addDays(prev.to as CalendarDate, 1) !== cur.from
        ) {
          ctx.addIssue({
            code: 'custom',
            message: `gap between ${prev.to} and ${cur.from} is not allowed (set allowGaps)`,
            path: ['values', i - 1, 'to'],
          });
        }
      }
    });
}

/**
 * Validates a parameter definition and returns it typed. Values are kept as given.
 * @throws BoValidationError `CORE/INVALID_PARAMETER` naming the offending value
 * @example
 * const baseSalary = defineParameter({
 *   id: 'vn.baseSalary', description: 'Mức lương cơ sở — base salary', unit: 'VND',
 *   values: [
 *     { from: '2024-07-01', value: '2340000', reference: { document: 'Decree 73/2024/ND-CP' } },
 *   ],
 * }, z.string());
 */
export function defineParameter<V extends z.ZodType>(
  definition: {
    readonly id: string;
    readonly description: string;
    readonly unit: string;
    readonly values: readonly {
      readonly from: string;
      readonly to?: string;
      readonly value: z.input<V>;
      readonly reference: LegalReference;
    }[];
    readonly allowGaps?: boolean;
  },
  valueSchema: V,
): Parameter<z.output<V>> {
  return parseWith(
    parameterSchema(valueSchema),
    definition,
    `parameter ${definition?.id ?? ''}`.trim(),
    'CORE/INVALID_PARAMETER',
  ) as unknown as Parameter<z.output<V>>;
}

/**
 * The value of a parameter in force on a date, with its reference and dates.
 * @throws BoRuleError `CORE/NO_PARAMETER_VALUE` when the date is before the first value or in a gap
 * @example parameterAt(baseSalary, '2026-03-15').value // '2340000'
 */
export function parameterAt<T>(parameter: Parameter<T>, date: CalendarDate | string): DatedValue<T> {
  const values = parameter.values;
  // Binary search for the last value whose `from` ≤ date.
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as DatedValue<T>).from <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const hit = found >= 0 ? (values[found] as DatedValue<T>) : undefined;
  if (!hit || (hit.to !== undefined && date > hit.to)) {
    const first = values[0]?.from;
    throw new BoRuleError({
      code: 'CORE/NO_PARAMETER_VALUE',
      message: `${parameter.id} has no value in force on ${date}${first ? ` (first value from ${first})` : ''}`,
      messageVi: `tham số ${parameter.id} không có giá trị áp dụng ngày ${date}`,
      path: [parameter.id],
      details: { date, first },
    });
  }
  return hit;
}

/** Shorthand for `parameterAt(p, date).value`. @example valueAt(baseSalary, '2026-03-15') */
export function valueAt<T>(parameter: Parameter<T>, date: CalendarDate | string): T {
  return parameterAt(parameter, date).value;
}
