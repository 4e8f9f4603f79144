import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { assertSeries } from '../internal/numbers.js';
import { type Accuracy, accuracy } from './accuracy.js';

/** Options of {@link rollingOriginBacktest}. */
export interface BacktestOptions {
  /** Size of the first training window. */
  readonly initial: number;
  /** Steps forecast from each origin. */
  readonly horizon: number;
  /** Origin advance between folds; default 1. */
  readonly step?: number;
  /** `'expanding'` (default: train on everything before the origin) or `'sliding'` (fixed `initial` length). */
  readonly window?: 'expanding' | 'sliding';
  /** Seasonal lag for MASE scaling; default 1. */
  readonly seasonalPeriod?: number;
}

/** One fold of a back-test. */
export interface BacktestFold {
  /** Index of the first forecast observation. */
  readonly origin: number;
  readonly actual: readonly number[];
  readonly forecast: readonly number[];
}

/** Result of {@link rollingOriginBacktest}: folds, accuracy pooled over all forecasts, and per horizon. */
export interface BacktestResult {
  readonly folds: readonly BacktestFold[];
  readonly overall: Accuracy;
  /** MAE and RMSE by step ahead (index 0 = one step ahead). */
  readonly byHorizon: ReadonlyArray<{ readonly h: number; readonly mae: number; readonly rmse: number }>;
}

/**
 * Rolling-origin evaluation ("time-series cross-validation", Tashman 2000): fit on data up to each origin,
 * forecast `horizon` steps, compare with what happened, move the origin by `step`.
 *
 * @throws `ANALYTICS/SERIES_TOO_SHORT` when no fold fits; `ANALYTICS/LENGTH_MISMATCH` when the model returns
 *   the wrong number of forecasts
 * @example
 * ```ts
 * rollingOriginBacktest(y, { initial: 36, horizon: 3 }, (train, h) =>
 *   forecastSmoothing(holtWinters(train, { period: 12 }), h).mean);
 * ```
 */
export function rollingOriginBacktest(
  series: readonly number[],
  options: BacktestOptions,
  model: (training: readonly number[], horizon: number) => readonly number[],
): BacktestResult {
  assertSeries(series);
  const { initial, horizon } = options;
  const step = options.step ?? 1;
  for (const [name, v] of [
    ['initial', initial],
    ['horizon', horizon],
    ['step', step],
  ] as const) {
    if (!Number.isInteger(v) || v < 1) {
      fail(
        ANALYTICS_ERRORS.INVALID_OPTION,
        `${name} must be a positive integer`,
        `${name} phải là số nguyên dương`,
        [name],
        { received: v },
      );
    }
  }
  const folds: BacktestFold[] = [];
  for (let origin = initial; origin + horizon <= series.length; origin += step) {
    const from = options.window === 'sliding' ? origin - initial : 0;
    const training = series.slice(from, origin);
    const forecast = model(training, horizon);
    if (forecast.length !== horizon) {
      fail(
        ANALYTICS_ERRORS.LENGTH_MISMATCH,
        `model returned ${forecast.length} forecasts, expected ${horizon}`,
        `mô hình trả về ${forecast.length} dự báo, cần ${horizon}`,
        ['model'],
      );
    }
    folds.push({ origin, actual: series.slice(origin, origin + horizon), forecast: [...forecast] });
  }
  if (folds.length === 0) {
    fail(
      ANALYTICS_ERRORS.SERIES_TOO_SHORT,
      `series of ${series.length} values is too short for initial ${initial} + horizon ${horizon}`,
      `chuỗi ${series.length} giá trị quá ngắn cho initial ${initial} + horizon ${horizon}`,
      ['series'],
    );
  }
  const actual = folds.flatMap((f) => f.actual);
  const forecast = folds.flatMap((f) => f.forecast);
  const overall = accuracy(actual, forecast, {
    training: series.slice(0, initial),
    ...(options.seasonalPeriod ? { seasonalPeriod: options.seasonalPeriod } : {}),
  });
  const byHorizon = Array.from({ length: horizon }, (_, k) => {
    const errs = folds.map((f) => (f.actual[k] as number) - (f.forecast[k] as number));
    return {
      h: k + 1,
      mae: errs.reduce((a, e) => a + Math.abs(e), 0) / errs.length,
      rmse: Math.sqrt(errs.reduce((a, e) => a + e * e, 0) / errs.length),
    };
  });
  return { folds, overall, byHorizon };
}
