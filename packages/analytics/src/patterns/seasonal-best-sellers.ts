import { type CalendarDate, calendarDate, Decimal } from '@bo/core';
import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { compareValues, keyOf } from '../internal/compare.js';
import { toExactDecimal } from '../internal/numbers.js';
import { bucketKey, bucketRange, bucketStart } from '../time/bucket.js';
import type { Row } from '../table/group-by.js';
import { centredMovingAverage } from './decompose.js';

/** Options of {@link seasonalBestSellers}. */
export interface SeasonalBestSellersOptions {
  /** Field holding the sale's {@link CalendarDate}. */
  readonly date: string;
  /** Product key field. */
  readonly product: string;
  /** Value field (revenue or quantity), summed exactly. */
  readonly value: string;
  /** `'month'` (12 seasons) or `'quarter'` (4 seasons). */
  readonly season: 'month' | 'quarter';
  /** How many products to list per season; default 5. */
  readonly top?: number;
}

/** A product within a season. */
export interface SeasonalSeller {
  readonly product: unknown;
  readonly rank: number;
  /** Total value sold in this season (all years), exact. */
  readonly value: Decimal;
  /** value ÷ the season's total (Decimal). */
  readonly share: Decimal;
  /** The product's seasonal index for this season (1 = average; `null` when it has under two years of data). */
  readonly seasonalIndex: number | null;
}

/** One season (month 1–12 or quarter 1–4) with its best sellers. */
export interface SeasonSummary {
  readonly season: number;
  /** Total value of all products in the season, exact. */
  readonly total: Decimal;
  /** Best sellers by value, descending (ties by product key). */
  readonly top: readonly SeasonalSeller[];
  /** Share of the season's total carried by the listed top products. */
  readonly topShare: Decimal;
  /** Products most concentrated in this season (highest seasonal index first, at most `top`). */
  readonly mostSeasonal: ReadonlyArray<{ readonly product: unknown; readonly seasonalIndex: number }>;
}

/** Per-product seasonal profile. */
export interface ProductSeasonality {
  readonly product: unknown;
  readonly total: Decimal;
  /** Seasonal index per season (index 0 = January or Q1), ratio-to-moving-average, mean 1; `null` when not computable. */
  readonly indices: ReadonlyArray<number | null>;
  /** Season (1-based) with the highest index, `null` when indices are not computable. */
  readonly peakSeason: number | null;
}

/** Result of {@link seasonalBestSellers}. */
export interface SeasonalBestSellersResult {
  readonly seasons: readonly SeasonSummary[];
  readonly products: readonly ProductSeasonality[];
  /** First and last bucket of the data (e.g. `2023-01`, `2025-12`). */
  readonly range: { readonly from: string; readonly to: string };
}

/**
 * "What sells best at each time of year": for every season (month or quarter) the top products by value with
 * their share of the season's revenue, and for every product its seasonal index per season by
 * ratio-to-moving-average (the classical-decomposition method of R `decompose`, applied per product to its
 * monthly/quarterly series; months with no sale count as 0 sold). Two views, because they differ: the best
 * sellers of December are often the year-round leaders, while the *most seasonal* products are those whose
 * December index is highest.
 *
 * Values are exact Decimals; seasonal indices are float64 statistics and need two full years of history.
 *
 * @throws `ANALYTICS/EMPTY_INPUT` with no rows; `CORE/INVALID_DATE` for a bad date; `ANALYTICS/INVALID_NUMBER`
 * @example
 * ```ts
 * const r = seasonalBestSellers(sales, { date: 'date', product: 'sku', value: 'revenue', season: 'quarter', top: 3 });
 * r.seasons[3].top; // best sellers of Q4 with their share of Q4 revenue
 * ```
 */
export function seasonalBestSellers(
  rows: readonly Row[],
  options: SeasonalBestSellersOptions,
): SeasonalBestSellersResult {
  const unit = options.season;
  const m = unit === 'month' ? 12 : 4;
  const top = options.top ?? 5;
  if (!Number.isInteger(top) || top < 1) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'top must be a positive integer',
      'top phải là số nguyên dương',
      ['top'],
      { received: top },
    );
  }
  if (rows.length === 0)
    fail(ANALYTICS_ERRORS.EMPTY_INPUT, 'no sales rows', 'không có dòng bán hàng nào', ['rows']);
  const products: unknown[] = [];
  const productIdx = new Map<string, number>();
  const perBucket = new Map<string, Decimal>(); // `${productIdx}|${bucket}`
  let minB: string | undefined;
  let maxB: string | undefined;
  rows.forEach((r, i) => {
    const date: CalendarDate = calendarDate(r[options.date], ['rows', i, options.date]);
    const b = bucketKey(date, unit);
    const v = toExactDecimal(r[options.value], ['rows', i, options.value]);
    const p = r[options.product];
    const pk = keyOf(p);
    let pi = productIdx.get(pk);
    if (pi === undefined) {
      pi = products.length;
      productIdx.set(pk, pi);
      products.push(p);
    }
    const key = `${pi}|${b}`;
    perBucket.set(key, (perBucket.get(key) ?? new Decimal(0)).plus(v));
    if (minB === undefined || b < minB) minB = b;
    if (maxB === undefined || b > maxB) maxB = b;
  });
  const buckets = bucketRange(minB as string, maxB as string, unit);
  const seasonOf = (b: string) => {
    const month = Number(bucketStart(b, unit).slice(5, 7));
    return unit === 'month' ? month - 1 : Math.floor((month - 1) / 3);
  };
  const positions = buckets.map(seasonOf);
  // season totals per product (exact)
  const bySeason = products.map(() => new Array<Decimal>(m).fill(new Decimal(0)));
  const totals = products.map(() => new Decimal(0));
  const series = products.map((_, pi) =>
    buckets.map((b, k) => {
      const v = perBucket.get(`${pi}|${b}`) ?? new Decimal(0);
      const s = positions[k] as number;
      (bySeason[pi] as Decimal[])[s] = (bySeason[pi] as Decimal[])[s]!.plus(v);
      totals[pi] = (totals[pi] as Decimal).plus(v);
      return v.toNumber();
    }),
  );
  const profiles: ProductSeasonality[] = products.map((product, pi) => {
    const indices = seasonalIndices(series[pi] as number[], positions, m);
    let peak: number | null = null;
    indices.forEach((x, s) => {
      if (x !== null && (peak === null || x > (indices[peak - 1] as number))) peak = s + 1;
    });
    return { product, total: totals[pi] as Decimal, indices, peakSeason: peak };
  });
  const seasons: SeasonSummary[] = [];
  for (let s = 0; s < m; s++) {
    const total = products.reduce<Decimal>(
      (acc, _, pi) => acc.plus((bySeason[pi] as Decimal[])[s] as Decimal),
      new Decimal(0),
    );
    const ranked = products
      .map((product, pi) => ({ product, value: (bySeason[pi] as Decimal[])[s] as Decimal, pi }))
      .filter((x) => !x.value.isZero())
      .sort((a, b) => b.value.comparedTo(a.value) || compareValues(a.product, b.product))
      .slice(0, top);
    const sellers = ranked.map((x, i) => ({
      product: x.product,
      rank: i + 1,
      value: x.value,
      share: total.isZero() ? new Decimal(0) : x.value.div(total),
      seasonalIndex: (profiles[x.pi] as ProductSeasonality).indices[s] ?? null,
    }));
    const topValue = ranked.reduce((acc, x) => acc.plus(x.value), new Decimal(0));
    const mostSeasonal = profiles
      .filter((p) => p.indices[s] !== null && p.indices[s] !== undefined)
      .map((p) => ({ product: p.product, seasonalIndex: p.indices[s] as number }))
      .sort((a, b) => b.seasonalIndex - a.seasonalIndex || compareValues(a.product, b.product))
      .slice(0, top);
    seasons.push({
      season: s + 1,
      total,
      top: sellers,
      topShare: total.isZero() ? new Decimal(0) : topValue.div(total),
      mostSeasonal,
    });
  }
  return { seasons, products: profiles, range: { from: minB as string, to: maxB as string } };
}

/** Ratio-to-centred-MA indices per season position, normalised to mean 1; `null`s when under two cycles or a season has no ratio. */
function seasonalIndices(
  y: readonly number[],
  positions: readonly number[],
  m: number,
): Array<number | null> {
  if (y.length < 2 * m) return new Array<number | null>(m).fill(null);
  const cma = centredMovingAverage(y, m);
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  cma.forEach((t, i) => {
    if (t === null || t <= 0) return;
    const s = positions[i] as number;
    sums[s] = (sums[s] as number) + (y[i] as number) / t;
    counts[s] = (counts[s] as number) + 1;
  });
  if (counts.some((c) => c === 0)) return new Array<number | null>(m).fill(null);
  const raw = sums.map((s, i) => s / (counts[i] as number));
  const mean = raw.reduce((a, b) => a + b, 0) / m;
  if (mean === 0) return new Array<number | null>(m).fill(null);
  return raw.map((x) => x / mean);
}
