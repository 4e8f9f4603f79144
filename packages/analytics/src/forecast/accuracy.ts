import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { assertSeries } from '../internal/numbers.js';

/** Forecast accuracy measures (float64), as defined by Hyndman & Koehler (2006) and R `forecast::accuracy`. */
export interface Accuracy {
  /** Mean error (bias), mean(y − ŷ). */
  readonly me: number;
  /** Mean absolute error. */
  readonly mae: number;
  /** Root mean squared error. */
  readonly rmse: number;
  /** Mean absolute percentage error, in percent; `null` when an actual is 0 (undefined). */
  readonly mape: number | null;
  /** Symmetric MAPE, 200·|e| ÷ (|y| + |ŷ|) averaged, in percent (pairs with y = ŷ = 0 count as 0). */
  readonly smape: number;
  /** Mean absolute scaled error (needs `training`); `null` when not computed. */
  readonly mase: number | null;
}

/** Options of {@link accuracy}. */
export interface AccuracyOptions {
  /** In-sample series used to scale MASE by the MAE of the (seasonal) naive forecast. */
  readonly training?: readonly number[];
  /** Seasonal lag of the naive forecast for MASE; default 1. */
  readonly seasonalPeriod?: number;
}

/**
 * Accuracy of forecasts against actuals: ME, MAE, RMSE, MAPE, sMAPE and MASE (Hyndman & Koehler 2006,
 * "Another look at measures of forecast accuracy", IJF 22(4)).
 *
 * @throws `ANALYTICS/LENGTH_MISMATCH`, `ANALYTICS/EMPTY_INPUT`, `ANALYTICS/ZERO_DENOMINATOR` (MASE with a
 *   constant training series)
 * @example accuracy([3, 5], [2, 6]).mae // 1
 */
export function accuracy(
  actual: readonly number[],
  forecast: readonly number[],
  options: AccuracyOptions = {},
): Accuracy {
  assertSeries(actual, 'actual');
  assertSeries(forecast, 'forecast');
  if (actual.length !== forecast.length) {
    fail(
      ANALYTICS_ERRORS.LENGTH_MISMATCH,
      `actual has ${actual.length} values, forecast ${forecast.length}`,
      `số giá trị thực tế (${actual.length}) khác số dự báo (${forecast.length})`,
      ['forecast'],
    );
  }
  const n = actual.length;
  if (n === 0)
    fail(ANALYTICS_ERRORS.EMPTY_INPUT, 'no values to compare', 'không có giá trị để so sánh', ['actual']);
  let me = 0;
  let mae = 0;
  let mse = 0;
  let mape = 0;
  let smape = 0;
  let zeroActual = false;
  for (let i = 0; i < n; i++) {
    const y = actual[i] as number;
    const f = forecast[i] as number;
    const e = y - f;
    me += e;
    mae += Math.abs(e);
    mse += e * e;
    if (y === 0) zeroActual = true;
    else mape += Math.abs(e / y);
    const d = Math.abs(y) + Math.abs(f);
    smape += d === 0 ? 0 : (2 * Math.abs(e)) / d;
  }
  let mase: number | null = null;
  if (options.training !== undefined) {
    const t = assertSeries(options.training, 'training');
    const m = options.seasonalPeriod ?? 1;
    if (t.length <= m) {
      fail(
        ANALYTICS_ERRORS.SERIES_TOO_SHORT,
        `MASE needs more than ${m} training values`,
        `MASE cần hơn ${m} giá trị huấn luyện`,
        ['training'],
      );
    }
    let scale = 0;
    for (let i = m; i < t.length; i++) scale += Math.abs((t[i] as number) - (t[i - m] as number));
    scale /= t.length - m;
    if (scale === 0) {
      fail(
        ANALYTICS_ERRORS.ZERO_DENOMINATOR,
        'MASE is undefined: the naive forecast is perfect on the training data',
        'MASE không xác định: dự báo ngây thơ khớp hoàn toàn dữ liệu huấn luyện',
        ['training'],
      );
    }
    mase = mae / n / scale;
  }
  return {
    me: me / n,
    mae: mae / n,
    rmse: Math.sqrt(mse / n),
    mape: zeroActual ? null : (100 * mape) / n,
    smape: (100 * smape) / n,
    mase,
  };
}
