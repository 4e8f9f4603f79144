import type { Decimal } from '@bo/core';
import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { compareValues, keyOf } from '../internal/compare.js';
import { toExactDecimal } from '../internal/numbers.js';
import type { Row } from './group-by.js';

/** Options of {@link periodChange}. */
export interface PeriodChangeOptions {
  /** The numeric field compared with its value `lag` rows earlier. */
  readonly field: string;
  /** Rows back (1 = previous period; 12 = same month last year on monthly rows). Default 1. */
  readonly lag?: number;
  /** Compare only within each combination of these fields. */
  readonly partitionBy?: readonly string[];
  /** Order within partitions; default input order. */
  readonly orderBy?: string;
  /** Prefix of the output fields; default the field name (`amountChange`, `amountChangeRatio`). */
  readonly as?: string;
}

/**
 * Period-over-period change (MoM, QoQ, YoY with `lag`). Adds `<as>Change` = current − previous (exact
 * Decimal) and `<as>ChangeRatio` = change ÷ |previous| (Decimal, 40 significant digits). Both are `null`
 * when there is no earlier row or either value is missing; the ratio is `null` when the previous value is
 * zero (growth from zero is undefined — never reported as 0 or ∞).
 *
 * @example
 * ```ts
 * periodChange(monthly, { field: 'revenue', lag: 12 }); // revenueChange, revenueChangeRatio (YoY)
 * ```
 */
export function periodChange(
  rows: readonly Row[],
  options: PeriodChangeOptions,
): Array<Record<string, unknown>> {
  const lag = options.lag ?? 1;
  if (!Number.isInteger(lag) || lag < 1) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'lag must be a positive integer',
      'độ trễ phải là số nguyên dương',
      ['lag'],
      { received: lag },
    );
  }
  const as = options.as ?? options.field;
  const parts = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = (options.partitionBy ?? []).map((f) => keyOf(r[f])).join('\u0001');
    const p = parts.get(k);
    if (p) p.push(i);
    else parts.set(k, [i]);
  });
  const change = new Array<Decimal | null>(rows.length).fill(null);
  const ratio = new Array<Decimal | null>(rows.length).fill(null);
  for (const part of parts.values()) {
    if (options.orderBy !== undefined) {
      const f = options.orderBy;
      part.sort((a, b) => compareValues(rows[a]?.[f], rows[b]?.[f]) || a - b);
    }
    for (let p = lag; p < part.length; p++) {
      const i = part[p] as number;
      const j = part[p - lag] as number;
      const cur = rows[i]?.[options.field];
      const prev = rows[j]?.[options.field];
      if (cur === null || cur === undefined || prev === null || prev === undefined) continue;
      const c = toExactDecimal(cur, ['rows', i, options.field]);
      const pv = toExactDecimal(prev, ['rows', j, options.field]);
      const d = c.minus(pv);
      change[i] = d;
      ratio[i] = pv.isZero() ? null : d.div(pv.abs());
    }
  }
  return rows.map((r, i) => ({ ...r, [`${as}Change`]: change[i], [`${as}ChangeRatio`]: ratio[i] }));
}
