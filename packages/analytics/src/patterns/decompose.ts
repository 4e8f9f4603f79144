import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { assertSeries } from '../internal/numbers.js';

/** Seasonal model: the season adds to the trend, or multiplies it. */
export type SeasonalType = 'additive' | 'multiplicative';

/** Result of {@link classicalDecomposition}; `null` where the centred moving average is undefined. */
export interface Decomposition {
  readonly type: SeasonalType;
  readonly period: number;
  /** Centred moving average (2×m MA for even m). */
  readonly trend: ReadonlyArray<number | null>;
  /** Seasonal component repeated along the series. */
  readonly seasonal: readonly number[];
  /** Remainder: y − T − S, or y ÷ (T·S). */
  readonly random: ReadonlyArray<number | null>;
  /**
   * The seasonal indices, one per position in the cycle starting at the first observation
   * (mean 0 for additive, mean 1 for multiplicative).
   */
  readonly figure: readonly number[];
}

/** @internal Throws unless period is an integer ≥ 2. */
export function assertPeriod(period: number): void {
  if (!Number.isInteger(period) || period < 2) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      `period must be an integer ≥ 2, got ${period}`,
      `chu kỳ mùa vụ phải là số nguyên ≥ 2, nhận ${period}`,
      ['period'],
    );
  }
}

/**
 * Centred moving average of order `order` (for even order the 2×m MA with weights ½, 1, …, 1, ½ ÷ m),
 * `null` at the ends where the window does not fit. This is R's `filter(x, w, sides = 2)` with
 * `decompose`'s weights.
 *
 * @example centredMovingAverage([397, 376, 460, 501, 455, 390], 4) // [null, null, 440.75, 449.75, null, null]
 */
export function centredMovingAverage(series: readonly number[], order: number): Array<number | null> {
  assertSeries(series);
  assertPeriod(order);
  const w =
    order % 2 === 0
      ? [0.5, ...new Array<number>(order - 1).fill(1), 0.5].map((x) => x / order)
      : new Array<number>(order).fill(1 / order);
  const half = Math.floor(w.length / 2);
  return series.map((_, i) => {
    if (i < half || i + half >= series.length) return null;
    let s = 0;
    for (let j = 0; j < w.length; j++) s += (w[j] as number) * (series[i - half + j] as number);
    return s;
  });
}

/**
 * Classical decomposition by moving averages (ratio- or difference-to-moving-average), exactly as R's
 * `stats::decompose` (= statsmodels `seasonal_decompose`): trend = centred MA; detrended = y − T or y ÷ T;
 * seasonal index = mean detrended value per position in the cycle, normalised to mean 0 (additive) or
 * mean 1 (multiplicative).
 *
 * @throws `ANALYTICS/SERIES_TOO_SHORT` with fewer than two full periods; `ANALYTICS/NON_POSITIVE_DATA`
 *   for a multiplicative decomposition of data with values ≤ 0
 * @example
 * ```ts
 * // HP-12C Solutions Handbook p. 79: quarterly sales 1978–1980
 * classicalDecomposition([397, 376, 460, 501, 455, 390, 530, 560, 513, 434, 562, 593], { period: 4, type: 'multiplicative' }).figure;
 * // [0.995556, 0.826797, 1.063158, 1.114490]
 * ```
 */
export function classicalDecomposition(
  series: readonly number[],
  options: { period: number; type?: SeasonalType },
): Decomposition {
  const { period } = options;
  const type = options.type ?? 'additive';
  assertSeries(series);
  assertPeriod(period);
  if (series.length < 2 * period) {
    fail(
      ANALYTICS_ERRORS.SERIES_TOO_SHORT,
      `decomposition needs at least two full periods (${2 * period} values), got ${series.length}`,
      `phân tách cần ít nhất hai chu kỳ đầy đủ (${2 * period} giá trị), nhận ${series.length}`,
      ['series'],
      { required: 2 * period, received: series.length },
    );
  }
  if (type === 'multiplicative') assertPositive(series);
  const trend = centredMovingAverage(series, period);
  const detrended = series.map((y, i) => {
    const t = trend[i];
    if (t === null || t === undefined) return null;
    return type === 'additive' ? y - t : y / t;
  });
  const figure: number[] = [];
  for (let p = 0; p < period; p++) {
    let s = 0;
    let n = 0;
    for (let i = p; i < series.length; i += period) {
      const d = detrended[i];
      if (d !== null && d !== undefined) {
        s += d;
        n++;
      }
    }
    figure.push(s / n);
  }
  const centre = figure.reduce((a, b) => a + b, 0) / period;
  const norm = figure.map((x) => (type === 'additive' ? x - centre : x / centre));
  const seasonal = series.map((_, i) => norm[i % period] as number);
  const random = series.map((y, i) => {
    const t = trend[i];
    if (t === null || t === undefined) return null;
    return type === 'additive' ? y - (seasonal[i] as number) - t : y / (seasonal[i] as number) / t;
  });
  return { type, period, trend, seasonal, random, figure: norm };
}

/** @internal */
export function assertPositive(series: readonly number[], field = 'series'): void {
  const i = series.findIndex((y) => !(y > 0));
  if (i >= 0) {
    fail(
      ANALYTICS_ERRORS.NON_POSITIVE_DATA,
      `multiplicative seasonality needs strictly positive data; ${field}[${i}] = ${series[i]}`,
      `mùa vụ dạng nhân cần dữ liệu dương; ${field}[${i}] = ${series[i]}`,
      [field, i],
      { received: series[i] },
    );
  }
}
