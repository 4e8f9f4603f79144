import { CONSTANTS_MAX_N, chartConstants } from '../constants/control-chart-constants.js';
import type { ChartOptions, ControlChart, ProcessEstimate } from './control-chart.js';
import {
  type Subgroups,
  assertVariation,
  isFlatSubgroups,
  makeChart,
  resolveOptions,
  validateFlatSubgroups,
  validateSubgroups,
} from './internal.js';

/**
 * An X̄ chart and its companion R or S chart, with the estimate both were computed from.
 *
 * @example
 * const { xbar, dispersion, estimate } = xbarRChart(subgroups);
 */
export interface VariablesChartPair {
  /** Chart of subgroup means. */
  readonly xbar: ControlChart;
  /** Chart of subgroup ranges (X̄–R) or standard deviations (X̄–S). */
  readonly dispersion: ControlChart;
  /** Centre and within-subgroup σ both charts use. */
  readonly estimate: ProcessEstimate;
}

/**
 * X̄–R charts (biểu đồ X̄–R) for subgroups of 2…25 measurements; sizes may vary.
 *
 * - Centre X̿ = Σnᵢx̄ᵢ / Σnᵢ; σ = mean of Rᵢ/d2(nᵢ) (R̄/d2 for equal sizes; qcc `UWAVE-R`), with the
 *   published 3-decimal d2 so limits match Montgomery and qcc digit for digit.
 * - X̄ limits X̿ ± L·σ/√nᵢ; R chart centre d2(nᵢ)σ, limits max(0, d2σ − L·d3σ) … d2σ + L·d3σ (= D3R̄, D4R̄).
 * - `exclude` leaves assignable-cause subgroups out of the estimate (phase I); `baseline` fixes centre and σ
 *   (phase II). Statistics are float64.
 *
 * @example
 * // Montgomery's piston rings, subgroups 1–25 (qcc `pistonrings`): X̄ limits 73.98805 … 74.01430
 * const { xbar, dispersion } = xbarRChart(pistonrings.slice(0, 25));
 * xbar.ucl[0]; // 74.014304
 * dispersion.ucl[0]; // 0.048125
 */
export function xbarRChart(subgroups: Subgroups, options?: ChartOptions): VariablesChartPair {
  let m: number;
  let means: Float64Array;
  let ranges: Float64Array;
  let sizes: Float64Array;
  if (isFlatSubgroups(subgroups)) {
    // A typed array can only hold numbers: check finiteness after the pass instead of value by value.
    const typed = ArrayBuffer.isView(subgroups.values);
    const flat = validateFlatSubgroups(subgroups, 2, CONSTANTS_MAX_N, !typed);
    m = flat.count;
    ({ means, ranges, sizes } = flatMeansRanges(flat.values, flat.size, m));
    if (!allFinite(means)) validateFlatSubgroups(subgroups, 2, CONSTANTS_MAX_N, true);
  } else {
    validateSubgroups(subgroups, 2, CONSTANTS_MAX_N);
    m = subgroups.length;
    ({ means, ranges, sizes } = nestedMeansRanges(subgroups));
  }
  const opts = resolveOptions(options, m);
  let sumNX = 0;
  let sumN = 0;
  let sumRatio = 0;
  let k = 0;
  for (let i = 0; i < m; i++) {
    if (opts.included[i] === 1) {
      const n = sizes[i]!;
      sumNX += n * means[i]!;
      sumN += n;
      sumRatio += ranges[i]! / D2[n]!;
      k++;
    }
  }
  const center = opts.baseline?.center ?? opts.target ?? sumNX / sumN;
  const sigma = opts.baseline?.sigma ?? sumRatio / k;
  assertVariation(sigma, 'X̄–R');
  const estimate: ProcessEstimate = { center, sigma, method: opts.baseline ? 'baseline' : 'R-bar' };
  const L = opts.nsigmas;
  const xc = new Float64Array(m);
  const xl = new Float64Array(m);
  const xu = new Float64Array(m);
  const xs = new Float64Array(m);
  const rc = new Float64Array(m);
  const rl = new Float64Array(m);
  const ru = new Float64Array(m);
  const rs = new Float64Array(m);
  let constant = true;
  for (let i = 1; i < m && constant; i++) constant = sizes[i] === sizes[0];
  for (let i = 0; i < m; i++) {
    const n = sizes[i]!;
    const se = sigma / Math.sqrt(n);
    const cr = D2[n]! * sigma;
    const sr = D3[n]! * sigma;
    if (constant) {
      xc.fill(center);
      xs.fill(se);
      xl.fill(center - L * se);
      xu.fill(center + L * se);
      rc.fill(cr);
      rs.fill(sr);
      rl.fill(Math.max(0, cr - L * sr));
      ru.fill(cr + L * sr);
      break;
    }
    xc[i] = center;
    xs[i] = se;
    xl[i] = center - L * se;
    xu[i] = center + L * se;
    rc[i] = cr;
    rs[i] = sr;
    rl[i] = Math.max(0, cr - L * sr);
    ru[i] = cr + L * sr;
  }
  return {
    xbar: makeChart('xbar', means, xc, xl, xu, xs, sizes, estimate, opts),
    dispersion: makeChart('R', ranges, rc, rl, ru, rs, sizes, estimate, opts),
    estimate,
  };
}

/** d2 and d3 indexed by n (published d2 used for estimation). */
const D2: number[] = [];
const D3: number[] = [];
for (let n = 2; n <= CONSTANTS_MAX_N; n++) {
  D2[n] = chartConstants(n).d2;
  D3[n] = chartConstants(n).d3;
}

function nestedMeansRanges(subgroups: readonly (readonly number[])[]) {
  const m = subgroups.length;
  const means = new Float64Array(m);
  const ranges = new Float64Array(m);
  const sizes = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const g = subgroups[i]!;
    const n = g.length;
    let s = 0;
    let lo = g[0]!;
    let hi = lo;
    for (let j = 0; j < n; j++) {
      const x = g[j]!;
      s += x;
      if (x < lo) lo = x;
      else if (x > hi) hi = x;
    }
    means[i] = s / n;
    ranges[i] = hi - lo;
    sizes[i] = n;
  }
  return { means, ranges, sizes };
}

function flatMeansRanges(values: ArrayLike<number>, n: number, m: number) {
  const means = new Float64Array(m);
  const ranges = new Float64Array(m);
  const sizes = new Float64Array(m).fill(n);
  for (let i = 0, off = 0; i < m; i++, off += n) {
    let s = 0;
    let lo = values[off]!;
    let hi = lo;
    for (let j = off; j < off + n; j++) {
      const x = values[j]!;
      s += x;
      if (x < lo) lo = x;
      else if (x > hi) hi = x;
    }
    means[i] = s / n;
    ranges[i] = hi - lo;
  }
  return { means, ranges, sizes };
}

/** True when no value is NaN or ±Infinity (a sum of non-finite values is never finite). */
function allFinite(xs: Float64Array): boolean {
  let acc = 0;
  for (let i = 0; i < xs.length; i++) acc += xs[i]! * 0;
  return acc === 0;
}
