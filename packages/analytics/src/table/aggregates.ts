import { type Currency, Decimal, type FieldPath, isMoney, type Money, money } from '@bo/core';
import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { compareValues, keyOf } from '../internal/compare.js';
import { ExactSum } from '../internal/exact-sum.js';
import { toNumber } from '../internal/numbers.js';
import { assertProbability, fmean, quantileSorted, sampleVariance } from '../internal/stats.js';
import { type MissingPolicy, resolveMissing, SKIP } from './missing.js';

/** A running accumulator created by an {@link Aggregate} for one group. */
export interface Accumulator<T> {
  /** Feeds one row; `rowIndex` is its index in the input (used in error paths). */
  add(row: Readonly<Record<string, unknown>>, rowIndex: number): void;
  /** The aggregate's value for the rows fed so far. */
  result(): T;
}

/**
 * A reusable aggregate (count, sum, mean…): a recipe that creates one {@link Accumulator} per group.
 * Build them with {@link count}, {@link sum}, {@link sumMoney}, {@link mean}, {@link median},
 * {@link quantile}, {@link min}, {@link max}, {@link distinct}, {@link distinctCount},
 * {@link weightedMean}, {@link variance}, {@link stdev}, {@link first}, {@link last}.
 *
 * @example
 * ```ts
 * const spec = { orders: count(), revenue: sum('amount'), avgTicket: mean('amount') };
 * ```
 */
export interface Aggregate<T> {
  /** Name of the aggregate, e.g. `'sum'`. */
  readonly kind: string;
  /** The field it reads, if any. */
  readonly field?: string;
  /** Creates a fresh accumulator. */
  create(): Accumulator<T>;
}

/** Options shared by value aggregates. */
export interface ValueOptions {
  /** What to do with `null`/`undefined` values; default `'error'`. See {@link MissingPolicy}. */
  readonly missing?: MissingPolicy;
}

function valueReader(field: string, options: ValueOptions | undefined) {
  const policy = options?.missing ?? 'error';
  return (row: Readonly<Record<string, unknown>>, rowIndex: number): unknown | typeof SKIP => {
    const v = row[field];
    if (v !== null && v !== undefined) return v;
    return resolveMissing(v, policy, ['rows', rowIndex, field]);
  };
}

function numericCollector<T>(
  field: string,
  options: ValueOptions | undefined,
  finish: (values: number[]) => T,
  kind: string,
): Aggregate<T> {
  const read = valueReader(field, options);
  return {
    kind,
    field,
    create() {
      const values: number[] = [];
      return {
        add(row, i) {
          const v = read(row, i);
          if (v !== SKIP) values.push(toNumber(v, ['rows', i, field]));
        },
        result: () => finish(values),
      };
    },
  };
}

/**
 * Counts rows; with a field, counts rows where that field is present (not null/undefined).
 * @example aggregate(rows, { n: count(), withEmail: count('email') })
 */
export function count(field?: string): Aggregate<number> {
  return {
    kind: 'count',
    ...(field === undefined ? {} : { field }),
    create() {
      let n = 0;
      return {
        add(row) {
          if (field === undefined || (row[field] !== null && row[field] !== undefined)) n++;
        },
        result: () => n,
      };
    },
  };
}

/**
 * Exact sum as a {@link Decimal}: numbers are read by their shortest decimal form, decimal strings,
 * bigints, Decimals and Money amounts exactly — `0.1 + 0.2` sums to exactly `0.3`.
 * An empty set sums to 0 (the sum of nothing is zero; missing values follow the policy).
 * @example aggregate(rows, { revenue: sum('amount') }).revenue.toString()
 */
export function sum(field: string, options?: ValueOptions): Aggregate<Decimal> {
  const read = valueReader(field, options);
  return {
    kind: 'sum',
    field,
    create() {
      const acc = new ExactSum();
      return {
        add(row, i) {
          const v = read(row, i);
          if (v !== SKIP) acc.add(v, ['rows', i, field]);
        },
        result: () => acc.value(),
      };
    },
  };
}

/** Options of {@link sumMoney}. */
export interface SumMoneyOptions extends ValueOptions {
  /** Currency of the result; required to sum an empty set, checked against every value otherwise. */
  readonly currency?: string | Currency;
}

/**
 * Exact sum of a Money column (all values must share one currency).
 * @throws `ANALYTICS/CURRENCY_MISMATCH` naming the row; `ANALYTICS/INVALID_NUMBER` for a non-Money value
 * @example aggregate(rows, { revenue: sumMoney('revenue', { currency: 'VND' }) }).revenue
 */
export function sumMoney(field: string, options?: SumMoneyOptions): Aggregate<Money> {
  const read = valueReader(field, options);
  const wanted =
    options?.currency === undefined
      ? undefined
      : typeof options.currency === 'string'
        ? options.currency
        : options.currency.code;
  return {
    kind: 'sumMoney',
    field,
    create() {
      let total: Decimal = new Decimal(0);
      let currency: Currency | undefined;
      return {
        add(row, i) {
          const v = read(row, i);
          if (v === SKIP) return;
          const path: FieldPath = ['rows', i, field];
          if (!isMoney(v)) {
            fail(
              ANALYTICS_ERRORS.INVALID_NUMBER,
              'expected a Money value',
              'cần một giá trị tiền (Money)',
              path,
            );
          }
          const code = currency?.code ?? wanted;
          if (code !== undefined && v.currency.code !== code) {
            fail(
              ANALYTICS_ERRORS.CURRENCY_MISMATCH,
              `cannot sum ${v.currency.code} into ${code}`,
              `không thể cộng ${v.currency.code} vào ${code}`,
              path,
              { expected: code, received: v.currency.code },
            );
          }
          currency ??= v.currency;
          total = total.plus(v.amount);
        },
        result() {
          const c = currency ?? options?.currency;
          if (c === undefined) {
            return fail(
              ANALYTICS_ERRORS.EMPTY_INPUT,
              `sumMoney('${field}') of no values needs options.currency`,
              `tổng tiền của tập rỗng cần options.currency`,
              [field],
            );
          }
          return money(total, c);
        },
      };
    },
  };
}

/**
 * Arithmetic mean (float64 statistic); `null` when no value remains after the missing policy.
 * @example aggregate([{ x: 1 }, { x: 2 }], { m: mean('x') }).m // 1.5
 */
export function mean(field: string, options?: ValueOptions): Aggregate<number | null> {
  return numericCollector(field, options, (v) => (v.length === 0 ? null : fmean(v)), 'mean');
}

/**
 * Sample variance (n − 1 denominator, as R `var`); `null` for fewer than two values.
 * @example aggregate(rows, { v: variance('qty') })
 */
export function variance(field: string, options?: ValueOptions): Aggregate<number | null> {
  return numericCollector(field, options, (v) => (v.length < 2 ? null : sampleVariance(v)), 'variance');
}

/**
 * Sample standard deviation (n − 1 denominator, as R `sd`); `null` for fewer than two values.
 * @example aggregate(rows, { sd: stdev('qty') })
 */
export function stdev(field: string, options?: ValueOptions): Aggregate<number | null> {
  return numericCollector(
    field,
    options,
    (v) => (v.length < 2 ? null : Math.sqrt(sampleVariance(v))),
    'stdev',
  );
}

/**
 * Quantile by R's default definition (type 7, also numpy/d3/arquero); `null` when there are no values.
 * @example aggregate(rows, { p90: quantile('leadTime', 0.9) })
 */
export function quantile(field: string, p: number, options?: ValueOptions): Aggregate<number | null> {
  assertProbability(p, 'p');
  return numericCollector(
    field,
    options,
    (v) =>
      v.length === 0
        ? null
        : quantileSorted(
            [...v].sort((a, b) => a - b),
            p,
          ),
    'quantile',
  );
}

/**
 * Median (quantile 0.5); `null` when there are no values.
 * @example aggregate([{ x: 1 }, { x: 9 }, { x: 3 }], { m: median('x') }).m // 3
 */
export function median(field: string, options?: ValueOptions): Aggregate<number | null> {
  const q = quantile(field, 0.5, options);
  return { ...q, kind: 'median' };
}

function extreme(
  field: string,
  options: ValueOptions | undefined,
  sign: 1 | -1,
  kind: string,
): Aggregate<unknown> {
  const read = valueReader(field, options);
  return {
    kind,
    field,
    create() {
      let best: unknown = null;
      let seen = false;
      return {
        add(row, i) {
          const v = read(row, i);
          if (v === SKIP) return;
          if (!seen || sign * compareValues(v, best) < 0) best = v;
          seen = true;
        },
        result: () => best,
      };
    },
  };
}

/**
 * Smallest value (numbers, Decimals, Money, strings, dates…), returned as it was; `null` when none.
 * @example aggregate(rows, { firstSale: min('date') })
 */
export function min<T = unknown>(field: string, options?: ValueOptions): Aggregate<T | null> {
  return extreme(field, options, 1, 'min') as Aggregate<T | null>;
}

/**
 * Largest value, returned as it was; `null` when none.
 * @example aggregate(rows, { lastSale: max('date') })
 */
export function max<T = unknown>(field: string, options?: ValueOptions): Aggregate<T | null> {
  return extreme(field, options, -1, 'max') as Aggregate<T | null>;
}

/**
 * Distinct values in first-seen order (Decimals and Money compared by value).
 * @example aggregate(rows, { products: distinct('sku') }).products // ['A', 'B']
 */
export function distinct<T = unknown>(field: string, options?: ValueOptions): Aggregate<T[]> {
  const read = valueReader(field, options);
  return {
    kind: 'distinct',
    field,
    create() {
      const seen = new Set<string>();
      const out: T[] = [];
      return {
        add(row, i) {
          const v = read(row, i);
          if (v === SKIP) return;
          const k = keyOf(v);
          if (!seen.has(k)) {
            seen.add(k);
            out.push(v as T);
          }
        },
        result: () => out,
      };
    },
  };
}

/**
 * Number of distinct values.
 * @example aggregate(rows, { customers: distinctCount('customerId') })
 */
export function distinctCount(field: string, options?: ValueOptions): Aggregate<number> {
  const d = distinct(field, options);
  return {
    kind: 'distinctCount',
    field,
    create() {
      const acc = d.create();
      return { add: acc.add, result: () => acc.result().length };
    },
  };
}

/**
 * Weighted mean Σwᵢxᵢ / Σwᵢ (float64); `null` when no pair remains. A row is skipped (under `'skip'`)
 * when either its value or its weight is missing.
 * @throws `ANALYTICS/ZERO_DENOMINATOR` when the weights sum to zero
 * @example aggregate(rows, { avgPrice: weightedMean('unitPrice', 'quantity') })
 */
export function weightedMean(
  field: string,
  weightField: string,
  options?: ValueOptions,
): Aggregate<number | null> {
  const readV = valueReader(field, options);
  const readW = valueReader(weightField, options);
  return {
    kind: 'weightedMean',
    field,
    create() {
      let sw = 0;
      let swx = 0;
      let n = 0;
      return {
        add(row, i) {
          const v = readV(row, i);
          const w = readW(row, i);
          if (v === SKIP || w === SKIP) return;
          const x = toNumber(v, ['rows', i, field]);
          const wt = toNumber(w, ['rows', i, weightField]);
          sw += wt;
          swx += wt * x;
          n++;
        },
        result() {
          if (n === 0) return null;
          if (sw === 0) {
            return fail(
              ANALYTICS_ERRORS.ZERO_DENOMINATOR,
              `weights '${weightField}' sum to zero`,
              `tổng trọng số '${weightField}' bằng 0`,
              [weightField],
            );
          }
          return swx / sw;
        },
      };
    },
  };
}

/**
 * First value seen (in input order), missing values included as they are.
 * @example aggregate(rows, { name: first('productName') })
 */
export function first<T = unknown>(field: string): Aggregate<T | undefined> {
  return {
    kind: 'first',
    field,
    create() {
      let v: unknown;
      let seen = false;
      return {
        add(row) {
          if (!seen) {
            v = row[field];
            seen = true;
          }
        },
        result: () => v as T | undefined,
      };
    },
  };
}

/**
 * Last value seen (in input order).
 * @example aggregate(rows, { latestPrice: last('price') })
 */
export function last<T = unknown>(field: string): Aggregate<T | undefined> {
  return {
    kind: 'last',
    field,
    create() {
      let v: unknown;
      return {
        add(row) {
          v = row[field];
        },
        result: () => v as T | undefined,
      };
    },
  };
}
