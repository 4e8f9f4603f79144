import { parseWith } from '@bo/core';
import { z } from 'zod';
import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { assertSeries } from '../internal/numbers.js';
import { sampleVariance } from '../internal/stats.js';
import {
  assertPeriod,
  assertPositive,
  classicalDecomposition,
  type SeasonalType,
} from '../patterns/decompose.js';
import { normalQuantile } from './normal-quantile.js';
import { minimizeBounded, minimizeScalar } from './optimize.js';

/** Smoothing parameters (float64). `beta`/`gamma`/`phi` are `null` when the component is absent. */
export interface SmoothingParameters {
  /** Level smoothing, 0 < α ≤ 1. */
  readonly alpha: number;
  /** Trend smoothing, 0 ≤ β ≤ 1 (`null`: no trend). */
  readonly beta: number | null;
  /** Seasonal smoothing, 0 ≤ γ ≤ 1 (`null`: no season). */
  readonly gamma: number | null;
  /** Trend damping, 0 < φ ≤ 1 (`null`: undamped). */
  readonly phi: number | null;
}

/** Start values: states before the first one-step forecast at `startIndex`. */
export interface SmoothingInitialState {
  readonly level: number;
  readonly trend: number | null;
  /** Seasonal indices for the first cycle, aligned with the first observation. */
  readonly seasonal: readonly number[] | null;
  /** Index of the first observation that is forecast (and enters the SSE). */
  readonly startIndex: number;
}

/**
 * A fitted exponential smoothing model — plain data (float64 statistics). Feed it to
 * {@link forecastSmoothing} for forecasts and prediction intervals.
 */
export interface SmoothingModel {
  readonly method: 'ses' | 'holt' | 'holt-winters';
  readonly seasonal: SeasonalType | 'none';
  /** Season length (1 without season). */
  readonly period: number;
  readonly params: SmoothingParameters;
  /** Which parameters were fitted by minimising the SSE (the others were given). */
  readonly fitted: ReadonlyArray<'alpha' | 'beta' | 'gamma' | 'phi'>;
  readonly initial: SmoothingInitialState;
  /** Final states: level a, trend b, and seasonal s₁…s_m for the next m periods (R's `coefficients`). */
  readonly coefficients: {
    readonly level: number;
    readonly trend: number | null;
    readonly seasonal: readonly number[] | null;
  };
  /** One-step-ahead forecasts aligned with the series (`null` before `startIndex`). */
  readonly fittedValues: ReadonlyArray<number | null>;
  /** y − fitted (`null` before `startIndex`). */
  readonly residuals: ReadonlyArray<number | null>;
  /** Sum of squared one-step errors. */
  readonly sse: number;
  /** The series the model was fitted on. */
  readonly series: readonly number[];
}

interface FilterSpec {
  readonly seasonal: SeasonalType | 'none';
  readonly period: number;
  readonly trend: boolean;
  readonly damped: boolean;
  readonly l0: number;
  readonly b0: number;
  readonly s0: readonly number[];
  readonly startIndex: number;
}

const EMPTY = new Float64Array(0);

/**
 * The Holt–Winters recursions as in R's `stats:::C_HoltWinters` (with an optional damping factor φ; φ = 1
 * reproduces R). Returns the SSE and, when `keep`, the state paths.
 */
function runFilter(
  y: readonly number[],
  spec: FilterSpec,
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  keep: boolean,
  scratch?: Float64Array,
) {
  const n = y.length;
  const m = spec.period;
  const seasonalOn = spec.seasonal !== 'none';
  const additive = spec.seasonal !== 'multiplicative';
  const len = n - spec.startIndex;
  const season = seasonalOn ? (scratch ?? new Float64Array(len + m)) : EMPTY;
  for (let i = 0; i < m && seasonalOn; i++) season[i] = spec.s0[i] as number;
  let level = spec.l0;
  let trend = spec.trend ? spec.b0 : 0;
  let sse = 0;
  const fitted = keep ? new Array<number | null>(n).fill(null) : null;
  for (let t = spec.startIndex, k = 0; t < n; t++, k++) {
    const dampedTrend = spec.trend ? phi * trend : 0;
    const s = seasonalOn ? (season[k] as number) : additive ? 0 : 1;
    const base = level + dampedTrend;
    const xhat = additive ? base + s : base * s;
    const yt = y[t] as number;
    const res = yt - xhat;
    sse += res * res;
    if (fitted) fitted[t] = xhat;
    const newLevel = alpha * (additive ? yt - s : yt / s) + (1 - alpha) * base;
    if (spec.trend) trend = beta * (newLevel - level) + (1 - beta) * dampedTrend;
    if (seasonalOn) season[k + m] = gamma * (additive ? yt - newLevel : yt / newLevel) + (1 - gamma) * s;
    level = newLevel;
  }
  if (!keep) return { sse, level, trend, seasonal: null, fitted };
  const finalSeason: number[] = [];
  for (let i = 0; seasonalOn && i < m; i++) finalSeason.push(season[len + i] as number);
  return { sse, level, trend, seasonal: seasonalOn ? finalSeason : null, fitted };
}

function checkParam(name: string, v: number | undefined, lo: number, hi: number, openLow: boolean): void {
  if (v === undefined) return;
  if (!(Number.isFinite(v) && (openLow ? v > lo : v >= lo) && v <= hi)) {
    fail(
      ANALYTICS_ERRORS.PARAMETER_OUT_OF_RANGE,
      `${name} must be in ${openLow ? '(' : '['}${lo}, ${hi}], got ${v}`,
      `${name} phải thuộc ${openLow ? '(' : '['}${lo}, ${hi}], nhận ${v}`,
      [name],
      { received: v },
    );
  }
}

function tooShort(required: number, received: number, what: string, whatVi: string): never {
  return fail(
    ANALYTICS_ERRORS.SERIES_TOO_SHORT,
    `${what} needs at least ${required} observations, got ${received}`,
    `${whatVi} cần ít nhất ${required} quan sát, nhận ${received}`,
    ['series'],
    { required, received },
  );
}

interface FitRequest {
  readonly method: SmoothingModel['method'];
  readonly y: readonly number[];
  readonly spec: FilterSpec;
  readonly alpha?: number | undefined;
  readonly beta?: number | undefined;
  readonly gamma?: number | undefined;
  readonly phi?: number | undefined;
  readonly phiBounds?: readonly [number, number];
}

function fit(req: FitRequest): SmoothingModel {
  const { y, spec } = req;
  const names: Array<'alpha' | 'beta' | 'gamma' | 'phi'> = [];
  const start: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  const add = (name: 'alpha' | 'beta' | 'gamma' | 'phi', s: number, lo: number, hi: number) => {
    names.push(name);
    start.push(s);
    lower.push(lo);
    upper.push(hi);
  };
  // R HoltWinters' optim.start = (alpha 0.3, beta 0.1, gamma 0.1), box [0, 1].
  if (req.alpha === undefined) add('alpha', 0.3, 0, 1);
  if (spec.trend && req.beta === undefined) add('beta', 0.1, 0, 1);
  if (spec.seasonal !== 'none' && req.gamma === undefined) add('gamma', 0.1, 0, 1);
  const [phiLo, phiHi] = req.phiBounds ?? [0.8, 0.98];
  if (spec.damped && req.phi === undefined) add('phi', (phiLo + phiHi) / 2, phiLo, phiHi);
  const value = (p: readonly number[], name: string, given: number | undefined, dflt: number) => {
    const i = names.indexOf(name as 'alpha');
    return i >= 0 ? (p[i] as number) : (given ?? dflt);
  };
  const ia = names.indexOf('alpha');
  const ib = names.indexOf('beta');
  const ig = names.indexOf('gamma');
  const ip = names.indexOf('phi');
  const scratch = new Float64Array(y.length - spec.startIndex + spec.period);
  const sseOf = (p: readonly number[]) =>
    runFilter(
      y,
      spec,
      ia >= 0 ? (p[ia] as number) : (req.alpha ?? 1),
      ib >= 0 ? (p[ib] as number) : (req.beta ?? 0),
      ig >= 0 ? (p[ig] as number) : (req.gamma ?? 0),
      ip >= 0 ? (p[ip] as number) : (req.phi ?? 1),
      false,
      scratch,
    ).sse;
  let best: number[] = [];
  if (names.length === 1)
    best = [minimizeScalar((x) => sseOf([x]), lower[0] as number, upper[0] as number).x];
  else if (names.length > 1) best = minimizeBounded(sseOf, start, { lower, upper }).x;
  const alpha = value(best, 'alpha', req.alpha, 1);
  const beta = value(best, 'beta', req.beta, 0);
  const gamma = value(best, 'gamma', req.gamma, 0);
  const phi = value(best, 'phi', req.phi, 1);
  const run = runFilter(y, spec, alpha, beta, gamma, phi, true);
  const fittedValues = run.fitted as Array<number | null>;
  return {
    method: req.method,
    seasonal: spec.seasonal,
    period: spec.period,
    params: {
      alpha,
      beta: spec.trend ? beta : null,
      gamma: spec.seasonal === 'none' ? null : gamma,
      phi: spec.damped ? phi : null,
    },
    fitted: names,
    initial: {
      level: spec.l0,
      trend: spec.trend ? spec.b0 : null,
      seasonal: spec.seasonal === 'none' ? null : [...spec.s0],
      startIndex: spec.startIndex,
    },
    coefficients: { level: run.level, trend: spec.trend ? run.trend : null, seasonal: run.seasonal },
    fittedValues,
    residuals: fittedValues.map((f, i) => (f === null ? null : (y[i] as number) - f)),
    sse: run.sse,
    series: [...y],
  };
}

/** Options of {@link simpleExponentialSmoothing}. */
export interface SesOptions {
  /** α in (0, 1]; fitted by minimising the SSE (Brent) when omitted. */
  readonly alpha?: number;
  /** Level before the first forecast; default y₁ (forecasting starts at y₂, as R and NIST 6.4.3.1). */
  readonly initialLevel?: number;
}

/**
 * Simple exponential smoothing: ŷₜ₊₁ = α yₜ + (1 − α) ŷₜ, started at ŷ₂ = y₁. Same numbers as
 * R `HoltWinters(x, beta = FALSE, gamma = FALSE)` and NIST/SEMATECH e-Handbook §6.4.3.1.
 *
 * @throws `ANALYTICS/SERIES_TOO_SHORT` (fewer than 2 values), `ANALYTICS/PARAMETER_OUT_OF_RANGE`
 * @example
 * ```ts
 * const m = simpleExponentialSmoothing([71, 70, 69, 68, 64, 65, 72, 78, 75, 75, 75, 70], { alpha: 0.1 });
 * m.sse; // 208.8184
 * forecastSmoothing(m, 1).mean; // [71.49875]
 * ```
 */
export function simpleExponentialSmoothing(
  series: readonly number[],
  options: SesOptions = {},
): SmoothingModel {
  assertSeries(series);
  checkParam('alpha', options.alpha, 0, 1, true);
  if (series.length < 2) tooShort(2, series.length, 'simple exponential smoothing', 'làm trơn mũ đơn');
  const spec: FilterSpec = {
    seasonal: 'none',
    period: 1,
    trend: false,
    damped: false,
    l0: options.initialLevel ?? (series[0] as number),
    b0: 0,
    s0: [],
    startIndex: 1,
  };
  return fit({ method: 'ses', y: series, spec, alpha: options.alpha });
}

/** Options of {@link holt}. */
export interface HoltOptions {
  /** α in (0, 1]; fitted when omitted. */
  readonly alpha?: number;
  /** β in [0, 1] (trend smoothing as in R: b = β(ℓₜ − ℓₜ₋₁) + (1 − β)φbₜ₋₁); fitted when omitted. */
  readonly beta?: number;
  /** Damped trend (Gardner & McKenzie 1985). Default `false`. */
  readonly damped?: boolean;
  /** φ in (0, 1]; fitted in `phiBounds` (default [0.8, 0.98], forecast::ets's range) when damped and omitted. */
  readonly phi?: number;
  /** Bounds for fitting φ. */
  readonly phiBounds?: readonly [number, number];
  /**
   * Start values. Default R's: level y₂, trend y₂ − y₁, forecasting from y₃. With `{ level, trend }` the
   * states are taken as after y₁ and forecasting starts at y₂ (NIST §6.4.3.4 convention).
   */
  readonly initial?: { readonly level: number; readonly trend: number };
}

/**
 * Holt's linear trend method (double exponential smoothing), optionally damped. Without damping the
 * numbers equal R `HoltWinters(x, gamma = FALSE)`.
 *
 * @throws `ANALYTICS/SERIES_TOO_SHORT` (fewer than 3 values), `ANALYTICS/PARAMETER_OUT_OF_RANGE`
 * @example
 * ```ts
 * // NIST e-Handbook 6.4.3.4: α = 0.3623, trend γ = 1, S₁ = y₁, b₁ = 0.8
 * const m = holt([6.4, 5.6, 7.8, 8.8, 11, 11.6, 16.7, 15.3, 21.6, 22.4], { alpha: 0.3623, beta: 1, initial: { level: 6.4, trend: 0.8 } });
 * forecastSmoothing(m, 1).mean; // [25.772…]
 * ```
 */
export function holt(series: readonly number[], options: HoltOptions = {}): SmoothingModel {
  assertSeries(series);
  checkParam('alpha', options.alpha, 0, 1, true);
  checkParam('beta', options.beta, 0, 1, false);
  checkParam('phi', options.phi, 0, 1, true);
  const custom = options.initial !== undefined;
  if (series.length < (custom ? 2 : 3))
    tooShort(custom ? 2 : 3, series.length, "Holt's method", 'phương pháp Holt');
  const y0 = series[0] as number;
  const y1 = series[1] as number;
  const spec: FilterSpec = {
    seasonal: 'none',
    period: 1,
    trend: true,
    damped: options.damped === true || options.phi !== undefined,
    l0: options.initial?.level ?? y1,
    b0: options.initial?.trend ?? y1 - y0,
    s0: [],
    startIndex: custom ? 1 : 2,
  };
  return fit({
    method: 'holt',
    y: series,
    spec,
    alpha: options.alpha,
    beta: options.beta,
    phi: options.phi,
    ...(options.phiBounds ? { phiBounds: options.phiBounds } : {}),
  });
}

/**
 * zod schema of {@link HoltWintersOptions} (shape and types; parameter ranges are checked by
 * {@link holtWinters} with `ANALYTICS/PARAMETER_OUT_OF_RANGE`).
 * @example HoltWintersOptionsSchema.parse({ period: 12, seasonal: 'multiplicative' })
 */
export const HoltWintersOptionsSchema = z.object({
  period: z.number().int().min(2),
  seasonal: z.enum(['additive', 'multiplicative']).optional(),
  alpha: z.number().optional(),
  beta: z.number().optional(),
  gamma: z.number().optional(),
  startPeriods: z.number().int().min(2).optional(),
  initial: z
    .object({
      level: z.number().optional(),
      trend: z.number().optional(),
      seasonal: z.array(z.number()).optional(),
    })
    .optional(),
});

/** Options of {@link holtWinters}. */
export interface HoltWintersOptions {
  /** Season length (12 for monthly data, 4 for quarterly). */
  readonly period: number;
  /** `'additive'` (default) or `'multiplicative'`. */
  readonly seasonal?: SeasonalType;
  readonly alpha?: number;
  readonly beta?: number;
  readonly gamma?: number;
  /** Periods used for the start values (R's `start.periods`, default 2). */
  readonly startPeriods?: number;
  /** Override start values (R's `l.start`, `b.start`, `s.start`). */
  readonly initial?: {
    readonly level?: number;
    readonly trend?: number;
    readonly seasonal?: readonly number[];
  };
}

/**
 * Holt–Winters seasonal exponential smoothing, additive or multiplicative — a port of R's
 * `stats::HoltWinters` (R 4.x): start values from `decompose()` of the first `startPeriods` seasons
 * (level and trend = intercept and slope of a regression on the centred-MA trend, seasonal start = the
 * decomposition's figure), forecasting from observation `period + 1`, parameters not given are fitted by
 * minimising the SSE of one-step errors over [0, 1] (R uses L-BFGS-B from (0.3, 0.1, 0.1); bo a
 * deterministic projected Nelder–Mead from the same start, so fitted parameters agree to the optimiser
 * tolerance and the SSE to ~1e-6 relative — see the golden tests).
 *
 * @throws `ANALYTICS/SERIES_TOO_SHORT` (fewer than `startPeriods` seasons or nothing left to fit),
 *   `ANALYTICS/NON_POSITIVE_DATA` (multiplicative with a value ≤ 0), `ANALYTICS/PARAMETER_OUT_OF_RANGE`
 * @example
 * ```ts
 * const m = holtWinters(airPassengers, { period: 12, seasonal: 'multiplicative' });
 * m.params; // { alpha: 0.2756, beta: 0.0327, gamma: 0.8707, phi: null }
 * forecastSmoothing(m, 12).mean[0]; // 447.06
 * ```
 */
export function holtWinters(series: readonly number[], options: HoltWintersOptions): SmoothingModel {
  parseWith(HoltWintersOptionsSchema, options, 'Holt–Winters options', ANALYTICS_ERRORS.INVALID_OPTION);
  assertSeries(series);
  const { period } = options;
  assertPeriod(period);
  const seasonal = options.seasonal ?? 'additive';
  checkParam('alpha', options.alpha, 0, 1, true);
  checkParam('beta', options.beta, 0, 1, false);
  checkParam('gamma', options.gamma, 0, 1, false);
  const startPeriods = options.startPeriods ?? 2;
  if (!Number.isInteger(startPeriods) || startPeriods < 2) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'startPeriods must be an integer ≥ 2',
      'startPeriods phải là số nguyên ≥ 2',
      ['startPeriods'],
    );
  }
  const need = Math.max(startPeriods * period, period + 1);
  if (series.length < need)
    tooShort(need, series.length, `Holt–Winters with period ${period}`, `Holt–Winters với chu kỳ ${period}`);
  if (seasonal === 'multiplicative') assertPositive(series);
  const init = options.initial ?? {};
  if (init.seasonal !== undefined && init.seasonal.length !== period) {
    fail(
      ANALYTICS_ERRORS.LENGTH_MISMATCH,
      `initial.seasonal must have ${period} values`,
      `initial.seasonal phải có ${period} giá trị`,
      ['initial', 'seasonal'],
    );
  }
  let l0 = init.level;
  let b0 = init.trend;
  let s0 = init.seasonal;
  if (l0 === undefined || b0 === undefined || s0 === undefined) {
    const st = classicalDecomposition(series.slice(0, startPeriods * period), { period, type: seasonal });
    const dat = st.trend.filter((t): t is number => t !== null);
    // Ordinary least squares of the trend on 1…k (R: lm(dat ~ seq_along(dat))).
    const k = dat.length;
    const xbar = (k + 1) / 2;
    const ybar = dat.reduce((a, b) => a + b, 0) / k;
    let sxy = 0;
    let sxx = 0;
    dat.forEach((v, i) => {
      sxy += (i + 1 - xbar) * (v - ybar);
      sxx += (i + 1 - xbar) * (i + 1 - xbar);
    });
    const slope = sxy / sxx;
    l0 ??= ybar - slope * xbar;
    b0 ??= slope;
    s0 ??= st.figure;
  }
  const spec: FilterSpec = { seasonal, period, trend: true, damped: false, l0, b0, s0, startIndex: period };
  return fit({
    method: 'holt-winters',
    y: series,
    spec,
    alpha: options.alpha,
    beta: options.beta,
    gamma: options.gamma,
  });
}

/** A point forecast with its prediction interval. */
export interface Forecast {
  /** Point forecasts for h = 1…horizon. */
  readonly mean: readonly number[];
  /** Lower bounds of the prediction interval. */
  readonly lower: readonly number[];
  /** Upper bounds of the prediction interval. */
  readonly upper: readonly number[];
  /** Coverage of the interval, e.g. 0.95. */
  readonly level: number;
}

/**
 * Forecasts `horizon` steps ahead with prediction intervals, as R `predict.HoltWinters(…,
 * prediction.interval = TRUE)`: ŷ ± z·√(σ̂²·vₕ) with σ̂² the sample variance of the one-step residuals and
 * vₕ from ψⱼ = α(1 + β·Σᵢ₌₁ʲ φⁱ) + [j mod m = 0]·γ(1 − α) (Yar & Chatfield 1990; ψ reduces to R's with φ = 1).
 * For multiplicative seasonality R's formula is used; R indexes the trend coefficient instead of a
 * seasonal index when h > m (a known quirk), bo uses the seasonal index sₘ there.
 *
 * @throws `ANALYTICS/INVALID_OPTION` for a horizon < 1 or a level outside (0, 1)
 * @example
 * ```ts
 * const f = forecastSmoothing(holtWinters(y, { period: 12 }), 12, { level: 0.8 });
 * f.mean; f.lower; f.upper;
 * ```
 */
export function forecastSmoothing(
  model: SmoothingModel,
  horizon: number,
  options: { level?: number } = {},
): Forecast {
  if (!Number.isInteger(horizon) || horizon < 1) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'horizon must be a positive integer',
      'tầm dự báo phải là số nguyên dương',
      ['horizon'],
      {
        received: horizon,
      },
    );
  }
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'level must be within (0, 1)',
      'mức tin cậy phải trong (0, 1)',
      ['level'],
      { received: level },
    );
  }
  const { coefficients: c, params, period: m } = model;
  const alpha = params.alpha;
  const beta = params.beta ?? 0;
  const gamma = params.gamma ?? 0;
  const phi = params.phi ?? 1;
  const seasonal = c.seasonal;
  const mean: number[] = [];
  let cumPhi = 0;
  for (let h = 1; h <= horizon; h++) {
    cumPhi += phi ** h;
    const base = c.level + (c.trend ?? 0) * cumPhi;
    const s = seasonal ? (seasonal[(h - 1) % m] as number) : model.seasonal === 'multiplicative' ? 1 : 0;
    mean.push(model.seasonal === 'multiplicative' ? base * s : base + s);
  }
  const res = model.residuals.filter((r): r is number => r !== null);
  const sigma2 = res.length >= 2 ? sampleVariance(res) : 0;
  const psi = (j: number) => {
    let sumPhi = 0;
    for (let i = 1; i <= j; i++) sumPhi += phi ** i;
    return alpha * (1 + beta * sumPhi) + (model.seasonal !== 'none' && j % m === 0 ? gamma * (1 - alpha) : 0);
  };
  const z = normalQuantileFor(level);
  const lower: number[] = [];
  const upper: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    let v = 0;
    if (model.seasonal === 'multiplicative' && seasonal) {
      const rel = (h - 1) % m; // 0-based index of s_rel
      for (let j = 0; j < h; j++) {
        const idx = (((rel - j) % m) + m) % m;
        const ratio = (seasonal[rel] as number) / (seasonal[idx] as number);
        v += (psi(j) * ratio) ** 2;
      }
    } else {
      v = 1;
      for (let j = 1; j < h; j++) v += psi(j) ** 2;
    }
    const half = z * Math.sqrt(sigma2 * v);
    lower.push((mean[h - 1] as number) - half);
    upper.push((mean[h - 1] as number) + half);
  }
  return { mean, lower, upper, level };
}

function normalQuantileFor(level: number): number {
  return normalQuantile((1 + level) / 2);
}
