import { Decimal } from '@bo/core';
import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { compareValues } from '../internal/compare.js';
import { sampleVariance } from '../internal/stats.js';
import { sum } from '../table/aggregates.js';
import { groupBy, type Row } from '../table/group-by.js';
import { toNumber } from '../internal/numbers.js';

/**
 * Where an item whose cumulative share lands exactly on (or crosses) a cut-off goes:
 * - `'inclusive'` (default): cumulative share ≤ cut-off → the higher class (80.00 % at an 80 % cut-off is A);
 * - `'strict'`: cumulative share < cut-off → the higher class (80.00 % is B);
 * - `'crossing'`: the item whose addition crosses the cut-off still belongs to the higher class
 *   (cumulative share before it < cut-off).
 */
export type AbcBoundary = 'inclusive' | 'strict' | 'crossing';

/** Options of {@link abcClassification}. */
export interface AbcOptions {
  /** Item key field (e.g. `'sku'`). Rows with the same key are summed. */
  readonly key: string;
  /** Value field (annual consumption value, revenue, margin…), summed exactly. */
  readonly value: string;
  /** Cumulative-share cut-offs for A and B, as fractions; default `{ a: 0.8, b: 0.95 }` (the 80/15/5 rule). */
  readonly cutoffs?: { readonly a: number; readonly b: number };
  readonly boundary?: AbcBoundary;
}

/** One classified item. */
export interface AbcItem {
  readonly key: unknown;
  readonly value: Decimal;
  /** value ÷ total (Decimal, 40 significant digits). */
  readonly share: Decimal;
  /** Running share including this item. */
  readonly cumulativeShare: Decimal;
  /** 1 = largest. */
  readonly rank: number;
  readonly class: 'A' | 'B' | 'C';
}

/**
 * ABC (Pareto) classification: items sorted by value (descending; ties by key), classified by cumulative
 * share with exact Decimal shares, so a share landing exactly on a cut-off is classified deterministically.
 * There is no standard cut-off; 80/15/5 is the most quoted convention (see reference §B4).
 *
 * @throws `ANALYTICS/NEGATIVE_INPUT` for a negative item value; `ANALYTICS/ZERO_DENOMINATOR` when the total is 0;
 *   `ANALYTICS/INVALID_OPTION` unless 0 < a ≤ b ≤ 1
 * @example
 * ```ts
 * abcClassification(defects, { key: 'cause', value: 'count' }); // qcc Pareto: cum 31.33 58 80 91 100 % → A A A B C
 * ```
 */
export function abcClassification(rows: readonly Row[], options: AbcOptions): AbcItem[] {
  const a = options.cutoffs?.a ?? 0.8;
  const b = options.cutoffs?.b ?? 0.95;
  if (!(a > 0 && a <= b && b <= 1)) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'cut-offs must satisfy 0 < a ≤ b ≤ 1',
      'ngưỡng phải thoả 0 < a ≤ b ≤ 1',
      ['cutoffs'],
      { a, b },
    );
  }
  const boundary = options.boundary ?? 'inclusive';
  const items = groupBy(rows as readonly Record<string, unknown>[], [options.key], { v: sum(options.value) });
  items.forEach((it) => {
    if (it.v.isNegative()) {
      fail(
        ANALYTICS_ERRORS.NEGATIVE_INPUT,
        `item ${String(it[options.key])} has a negative value`,
        `mặt hàng ${String(it[options.key])} có giá trị âm`,
        [options.value],
        { key: String(it[options.key]) },
      );
    }
  });
  const total = items.reduce((acc, it) => acc.plus(it.v), new Decimal(0));
  if (total.isZero()) {
    fail(
      ANALYTICS_ERRORS.ZERO_DENOMINATOR,
      'the values sum to zero: shares are undefined',
      'tổng giá trị bằng 0: không tính được tỷ trọng',
      [options.value],
    );
  }
  const sorted = [...items].sort(
    (x, y) => y.v.comparedTo(x.v) || compareValues(x[options.key], y[options.key]),
  );
  let cum = new Decimal(0);
  return sorted.map((it, i) => {
    const before = cum.div(total);
    cum = cum.plus(it.v);
    const share = it.v.div(total);
    const cumulativeShare = cum.div(total);
    const inClass = (cut: number) =>
      boundary === 'inclusive'
        ? cumulativeShare.lte(cut)
        : boundary === 'strict'
          ? cumulativeShare.lt(cut)
          : before.lt(cut);
    const cls = inClass(a) ? 'A' : inClass(b) ? 'B' : 'C';
    return { key: it[options.key], value: it.v, share, cumulativeShare, rank: i + 1, class: cls };
  });
}

/** Options of {@link xyzClassification}. */
export interface XyzOptions {
  /** Item key field. */
  readonly key: string;
  /** Period field (e.g. a month bucket key); every item gets every period seen in the data. */
  readonly period: string;
  /** Demand/quantity field. */
  readonly value: string;
  /** Coefficient-of-variation cut-offs; default `{ x: 0.5, y: 1.0 }` (X ≤ 0.5 < Y ≤ 1.0 < Z). */
  readonly cutoffs?: { readonly x: number; readonly y: number };
  /** `'population'` (default, σ with n) or `'sample'` (s with n − 1). */
  readonly deviation?: 'population' | 'sample';
}

/** One item's variability class. */
export interface XyzItem {
  readonly key: unknown;
  /** Demand per period, in the order of {@link XyzResult.periods}. A period with no row counts as 0. */
  readonly values: readonly number[];
  readonly mean: number;
  /** Coefficient of variation σ ÷ mean; `null` when the mean is 0 (class Z: no regular demand). */
  readonly cv: number | null;
  readonly class: 'X' | 'Y' | 'Z';
}

/** Result of {@link xyzClassification}. */
export interface XyzResult {
  readonly periods: readonly unknown[];
  readonly items: readonly XyzItem[];
}

/**
 * XYZ classification by demand variability (coefficient of variation per item over periods): X steady,
 * Y variable, Z erratic. Common ERP practice alongside ABC; cut-offs are conventions, configurable.
 * Periods with no row count as zero demand (stated policy: sales data lists what sold). Float64.
 *
 * @example xyzClassification(monthlyQty, { key: 'sku', period: 'month', value: 'qty' }).items
 */
export function xyzClassification(rows: readonly Row[], options: XyzOptions): XyzResult {
  const x = options.cutoffs?.x ?? 0.5;
  const y = options.cutoffs?.y ?? 1;
  if (!(x > 0 && x <= y)) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'cut-offs must satisfy 0 < x ≤ y',
      'ngưỡng phải thoả 0 < x ≤ y',
      ['cutoffs'],
      { x, y },
    );
  }
  const periods: unknown[] = [];
  const periodIdx = new Map<string, number>();
  const keys: unknown[] = [];
  const keyIdx = new Map<string, number>();
  const cells = new Map<string, number>();
  rows.forEach((r, i) => {
    const p = r[options.period];
    const k = r[options.key];
    const pk = `${typeof p}:${String(p)}`;
    const kk = `${typeof k}:${String(k)}`;
    if (!periodIdx.has(pk)) {
      periodIdx.set(pk, periods.length);
      periods.push(p);
    }
    if (!keyIdx.has(kk)) {
      keyIdx.set(kk, keys.length);
      keys.push(k);
    }
    const c = `${keyIdx.get(kk)}|${periodIdx.get(pk)}`;
    cells.set(c, (cells.get(c) ?? 0) + toNumber(r[options.value], ['rows', i, options.value]));
  });
  const order = periods.map((_, i) => i).sort((a, b) => compareValues(periods[a], periods[b]));
  const items = keys.map((key, ki) => {
    const values = order.map((pi) => cells.get(`${ki}|${pi}`) ?? 0);
    const n = values.length;
    const mean = values.reduce((s, v) => s + v, 0) / n;
    const variance =
      n < 2
        ? 0
        : (options.deviation ?? 'population') === 'sample'
          ? sampleVariance(values)
          : (sampleVariance(values) * (n - 1)) / n;
    const cv = mean === 0 ? null : Math.sqrt(variance) / Math.abs(mean);
    const cls: 'X' | 'Y' | 'Z' = cv === null ? 'Z' : cv <= x ? 'X' : cv <= y ? 'Y' : 'Z';
    return { key, values, mean, cv, class: cls };
  });
  return { periods: order.map((i) => periods[i]), items };
}
