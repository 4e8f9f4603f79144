import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { assertSeries } from '../internal/numbers.js';

function checkWindow(window: number, length: number): void {
  if (!Number.isInteger(window) || window < 1) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'window must be a positive integer',
      'cửa sổ phải là số nguyên dương',
      ['window'],
      { received: window },
    );
  }
  if (length < window) {
    fail(
      ANALYTICS_ERRORS.SERIES_TOO_SHORT,
      `a ${window}-period moving average needs ${window} values, got ${length}`,
      `trung bình trượt ${window} kỳ cần ${window} giá trị, nhận ${length}`,
      ['series'],
      {
        required: window,
        received: length,
      },
    );
  }
}

/**
 * Trailing simple moving average: value i is the mean of observations i − window + 1 … i (`null` before
 * the window is full).
 *
 * @example movingAverage([1, 2, 3, 4], 2) // [null, 1.5, 2.5, 3.5]
 */
export function movingAverage(series: readonly number[], window: number): Array<number | null> {
  assertSeries(series);
  checkWindow(window, series.length);
  const out: Array<number | null> = [];
  let s = 0;
  series.forEach((y, i) => {
    s += y;
    if (i >= window) s -= series[i - window] as number;
    out.push(i >= window - 1 ? s / window : null);
  });
  return out;
}

/**
 * Weighted moving average with the given weights (oldest first, normalised to sum 1).
 *
 * @example weightedMovingAverage([10, 20, 30], [1, 2, 3]) // [null, null, 23.33…]
 */
export function weightedMovingAverage(
  series: readonly number[],
  weights: readonly number[],
): Array<number | null> {
  assertSeries(series);
  assertSeries(weights, 'weights');
  checkWindow(weights.length, series.length);
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0)
    fail(ANALYTICS_ERRORS.ZERO_DENOMINATOR, 'weights sum to zero', 'tổng trọng số bằng 0', ['weights']);
  const k = weights.length;
  return series.map((_, i) => {
    if (i < k - 1) return null;
    let s = 0;
    for (let j = 0; j < k; j++) s += (weights[j] as number) * (series[i - k + 1 + j] as number);
    return s / total;
  });
}

/**
 * Moving-average forecast: every future period is forecast by the mean of the last `window` observations.
 *
 * @example movingAverageForecast([10, 12, 14, 16], 3, 2) // [14, 14]
 */
export function movingAverageForecast(series: readonly number[], window: number, horizon: number): number[] {
  const ma = movingAverage(series, window);
  const last = ma[ma.length - 1] as number;
  return new Array<number>(Math.max(0, horizon)).fill(last);
}
