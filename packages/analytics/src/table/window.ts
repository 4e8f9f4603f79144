import { Decimal } from '@bo/core';
import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { compareValues, keyOf } from '../internal/compare.js';
import { toExactDecimal, toNumber } from '../internal/numbers.js';
import { type MissingPolicy, resolveMissing, SKIP } from './missing.js';
import type { Row } from './group-by.js';

/** Reducers available in windows: `sum` is exact (Decimal); the others are float64. */
export type WindowReducer = 'sum' | 'mean' | 'min' | 'max' | 'count';

/** Options shared by {@link rolling} and {@link cumulative}. */
export interface WindowOptions {
  /** The numeric field to reduce. */
  readonly field: string;
  /** The reducer. */
  readonly reduce: WindowReducer;
  /** Output field name; default `${field}_${reduce}` (e.g. `amount_sum`). */
  readonly as?: string;
  /** Compute separately for each combination of these fields (SQL `PARTITION BY`). */
  readonly partitionBy?: readonly string[];
  /** Order within each partition (SQL `ORDER BY`); default: input order. Output keeps input order. */
  readonly orderBy?: string;
  /** Missing values: `'error'` (default), `'skip'` (left out of the window) or `{ treatAs }`. */
  readonly missing?: MissingPolicy;
}

/** Options of {@link rolling}. */
export interface RollingOptions extends WindowOptions {
  /** Window size in rows (trailing, current row included). */
  readonly window: number;
  /** Minimum number of values for a result; default `window`. Fewer gives `null`. */
  readonly minPeriods?: number;
}

function partitions(rows: readonly Row[], options: WindowOptions): number[][] {
  const parts = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = (options.partitionBy ?? []).map((f) => keyOf(r[f])).join('\u0001');
    const p = parts.get(k);
    if (p) p.push(i);
    else parts.set(k, [i]);
  });
  const out = [...parts.values()];
  if (options.orderBy !== undefined) {
    const f = options.orderBy;
    for (const p of out) p.sort((a, b) => compareValues(rows[a]?.[f], rows[b]?.[f]) || a - b);
  }
  return out;
}

function reduceValues(
  values: readonly unknown[],
  reduce: WindowReducer,
  idx: readonly number[],
  field: string,
): unknown {
  switch (reduce) {
    case 'count':
      return values.length;
    case 'sum': {
      let s = new Decimal(0);
      values.forEach((v, j) => {
        s = s.plus(toExactDecimal(v, ['rows', idx[j] as number, field]));
      });
      return s;
    }
    default: {
      if (values.length === 0) return null;
      const nums = values.map((v, j) => toNumber(v, ['rows', idx[j] as number, field]));
      if (reduce === 'mean') return nums.reduce((a, b) => a + b, 0) / nums.length;
      return reduce === 'min' ? Math.min(...nums) : Math.max(...nums);
    }
  }
}

function run(
  rows: readonly Row[],
  options: WindowOptions,
  size: number | null,
  minPeriods: number,
): Array<Record<string, unknown>> {
  const as = options.as ?? `${options.field}_${options.reduce}`;
  const policy = options.missing ?? 'error';
  const results = new Array<unknown>(rows.length);
  for (const part of partitions(rows, options)) {
    // Trailing window: the values (and their row indexes) still inside it.
    const vals: { v: unknown; pos: number; row: number }[] = [];
    // Running state for cumulative windows (no re-scan: O(n)).
    let runSum = new Decimal(0);
    let runNum = 0;
    let runMin = Number.POSITIVE_INFINITY;
    let runMax = Number.NEGATIVE_INFINITY;
    let runCount = 0;
    part.forEach((rowIdx, pos) => {
      const raw = resolveMissing(rows[rowIdx]?.[options.field], policy, ['rows', rowIdx, options.field]);
      if (size === null) {
        if (raw !== SKIP) {
          runCount++;
          if (options.reduce === 'sum')
            runSum = runSum.plus(toExactDecimal(raw, ['rows', rowIdx, options.field]));
          else if (options.reduce !== 'count') {
            const x = toNumber(raw, ['rows', rowIdx, options.field]);
            runNum += x;
            runMin = Math.min(runMin, x);
            runMax = Math.max(runMax, x);
          }
        }
        results[rowIdx] =
          runCount < minPeriods && options.reduce !== 'count' && options.reduce !== 'sum'
            ? null
            : options.reduce === 'sum'
              ? runSum
              : options.reduce === 'count'
                ? runCount
                : options.reduce === 'mean'
                  ? runNum / runCount
                  : options.reduce === 'min'
                    ? runMin
                    : runMax;
        return;
      }
      if (raw !== SKIP) vals.push({ v: raw, pos, row: rowIdx });
      while (vals.length > 0 && (vals[0] as { pos: number }).pos <= pos - size) vals.shift();
      results[rowIdx] =
        pos + 1 < minPeriods || vals.length < minPeriods
          ? null
          : reduceValues(
              vals.map((x) => x.v),
              options.reduce,
              vals.map((x) => x.row),
              options.field,
            );
    });
  }
  return rows.map((r, i) => ({ ...r, [as]: results[i] }));
}

/**
 * Trailing rolling window over rows (e.g. 3-month moving sum of revenue). Windows count rows, so fill
 * missing periods first ({@link fillBuckets}) when rows are periods.
 *
 * @example
 * ```ts
 * rolling(monthly, { field: 'revenue', reduce: 'mean', window: 3, as: 'ma3' });
 * // ma3 is null for the first two months, then the 3-month mean
 * ```
 */
export function rolling(rows: readonly Row[], options: RollingOptions): Array<Record<string, unknown>> {
  if (!Number.isInteger(options.window) || options.window < 1) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'window must be a positive integer',
      'cửa sổ phải là số nguyên dương',
      ['window'],
      {
        received: options.window,
      },
    );
  }
  return run(rows, options, options.window, options.minPeriods ?? options.window);
}

/**
 * Cumulative (running) window: running total, running mean, running max… from the start of each partition.
 *
 * @example
 * ```ts
 * cumulative(monthly, { field: 'revenue', reduce: 'sum', as: 'ytd', partitionBy: ['year'] });
 * ```
 */
export function cumulative(rows: readonly Row[], options: WindowOptions): Array<Record<string, unknown>> {
  return run(rows, options, null, 1);
}
