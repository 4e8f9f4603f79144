/**
 * The kinds of Shewhart-type charts this package builds.
 * `xbar`, `I`: location; `R`, `S`, `MR`: dispersion; `p`, `np`, `c`, `u`, `laney-p`, `laney-u`, `g`: attributes;
 * `t`: time between events (transformed); `ewma`: exponentially weighted moving average.
 *
 * @example
 * const t: ChartType = 'xbar';
 */
export type ChartType =
  | 'xbar'
  | 'R'
  | 'S'
  | 'I'
  | 'MR'
  | 'p'
  | 'np'
  | 'c'
  | 'u'
  | 'laney-p'
  | 'laney-u'
  | 'g'
  | 't'
  | 'ewma';

/**
 * How σ was estimated.
 * - `R-bar`: mean of Rᵢ/d2(nᵢ) (qcc `UWAVE-R`); `S-bar`: mean of sᵢ/c4(nᵢ) (`UWAVE-SD`);
 *   `pooled`: √(Σ(nᵢ−1)sᵢ²/Σ(nᵢ−1)) / c4(Σ(nᵢ−1)+1) (`RMSDF`); `MR-bar`: M̄R̄/d2(2);
 *   `binomial`, `poisson`, `geometric`: from the attribute model; `laney`: M̄R̄ of z-scores / d2(2);
 *   `baseline`: given (phase II, known standard).
 *
 * @example
 * const m: SigmaMethod = 'R-bar';
 */
export type SigmaMethod =
  | 'R-bar'
  | 'S-bar'
  | 'pooled'
  | 'MR-bar'
  | 'binomial'
  | 'poisson'
  | 'geometric'
  | 'laney'
  | 'baseline';

/**
 * The process parameters a chart's limits were computed from: its centre and σ of one observation
 * (for attribute charts σ is that of the plotted statistic for a unit sample where it applies).
 *
 * @example
 * const baseline: ProcessEstimate = { center: 74.00118, sigma: 0.009785039, method: 'R-bar' };
 */
export interface ProcessEstimate {
  /** Centre of the process (X̿, p̄, c̄, ū, …). */
  readonly center: number;
  /** Process σ (within subgroups for variables charts). */
  readonly sigma: number;
  /** Estimator used. */
  readonly method: SigmaMethod;
}

/**
 * A control chart (biểu đồ kiểm soát) as columnar data: one entry per plotted point in each `Float64Array`
 * (treat them as read-only), so that a million points stay cheap; `Array.from(chart.ucl)` gives a plain array. Limits are per point (they vary with the sample size).
 *
 * `sigma[i]` is the standard error of the plotted statistic at point `i` — the width of one zone (vùng C),
 * used by the run rules. Limits may be clipped (LCL ≥ 0), so rules use `lcl`/`ucl` for "beyond limits".
 *
 * @example
 * const { xbar } = xbarRChart([[74.03, 74.002, 74.019, 73.992, 74.008], [73.995, 73.992, 74.001, 74.011, 74.004]]);
 * xbar.ucl[0] // upper control limit of the first subgroup
 */
export interface ControlChart {
  /** Chart kind. */
  readonly type: ChartType;
  /** Plotted statistic per point (subgroup mean, range, proportion…). */
  readonly statistics: Float64Array;
  /** Centre line per point. */
  readonly center: Float64Array;
  /** Lower control limit per point (may be clipped at the natural bound, e.g. 0). */
  readonly lcl: Float64Array;
  /** Upper control limit per point. */
  readonly ucl: Float64Array;
  /** Standard error of the plotted statistic per point (zone width). */
  readonly sigma: Float64Array;
  /** Sample size per point (1 for individuals). */
  readonly sizes: Float64Array;
  /** Width of the limits in σ (L, usually 3). */
  readonly nsigmas: number;
  /** Parameters the limits were computed from. */
  readonly estimate: ProcessEstimate;
  /** Indices left out of the estimate (assignable causes removed in phase I, or all points in phase II). */
  readonly excluded: readonly number[];
  /** True when limits come from a baseline (phase II), not from these points. */
  readonly phaseTwo: boolean;
  /** Optional axis labels (dates `YYYY-MM-DD`, lot numbers…), one per point. */
  readonly labels?: readonly string[];
}

/**
 * Options shared by all Shewhart chart builders.
 *
 * @example
 * const opts: ChartOptions = { nsigmas: 3, exclude: [14, 22] };
 */
export interface ChartOptions {
  /** Width of the limits in σ; default 3. */
  readonly nsigmas?: number;
  /** Indices (0-based) left out of the estimate, e.g. points with an assignable cause (phase I). */
  readonly exclude?: readonly number[];
  /** Phase II: fixed centre and σ from a baseline (e.g. `phaseOneChart.estimate`) — limits are not re-estimated. */
  readonly baseline?: { readonly center: number; readonly sigma: number };
  /** Axis labels, one per point (dates, lots). */
  readonly labels?: readonly string[];
  /**
   * Variables charts (X̄, I): a target centre line (giá trị mục tiêu) with σ still estimated from the data —
   * Montgomery's "standard given" for the mean only. Ignored when `baseline` is given.
   */
  readonly target?: number;
}

/**
 * The zone lines at ±k σ of a chart (k = 1, 2 give the zone C/B boundaries; k = 2 gives the usual warning
 * limits, giới hạn cảnh báo).
 *
 * @example
 * const warn = zoneLines(chart, 2); // { lower: [...], upper: [...] }
 */
export function zoneLines(chart: ControlChart, k: number): { lower: Float64Array; upper: Float64Array } {
  const n = chart.statistics.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lower[i] = chart.center[i]! - k * chart.sigma[i]!;
    upper[i] = chart.center[i]! + k * chart.sigma[i]!;
  }
  return { lower, upper };
}
