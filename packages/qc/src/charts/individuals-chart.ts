import { chartConstants } from '../constants/control-chart-constants.js';
import type { ChartOptions, ControlChart, ProcessEstimate } from './control-chart.js';
import { assertVariation, makeChart, resolveOptions, validateSeries } from './internal.js';

/**
 * An individuals chart and its moving-range chart.
 *
 * @example
 * const { individuals, movingRange } = individualsChart([49.6, 47.6, 49.9]);
 */
export interface IndividualsChartPair {
  /** Chart of the individual values (point i = observation i). */
  readonly individuals: ControlChart;
  /** Chart of moving ranges |xᵢ − xᵢ₋₁|: point j is the range of observations j and j+1 (one point fewer). */
  readonly movingRange: ControlChart;
  /** Centre and σ = M̄R̄/d2(2). */
  readonly estimate: ProcessEstimate;
}

/**
 * Individuals and moving-range charts (I-MR, biểu đồ giá trị đơn và khoảng biến thiên di động).
 *
 * σ = M̄R̄/d2(2) = M̄R̄/1.128 (span 2); I limits x̄ ± L·σ; MR chart centre M̄R̄ = d2σ, limits 0 … d2σ + L·d3σ
 * (≈ 3.267·M̄R̄). An excluded observation also drops the two moving ranges it takes part in.
 *
 * @example
 * // NIST/SEMATECH e-Handbook 6.3.2.2: UCL 55.8041, LCL 45.8159
 * const { individuals } = individualsChart([49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1]);
 * individuals.ucl[0]; // 55.80409
 */
export function individualsChart(values: readonly number[], options?: ChartOptions): IndividualsChartPair {
  validateSeries(values, 'values', 2);
  const m = values.length;
  const opts = resolveOptions(options, m);
  const { d2, d3 } = chartConstants(2);
  let sum = 0;
  let k = 0;
  let mrSum = 0;
  let mrCount = 0;
  const mr = new Float64Array(m - 1);
  for (let i = 0; i < m; i++) {
    const x = values[i]!;
    if (opts.included[i] === 1) {
      sum += x;
      k++;
    }
    if (i > 0) {
      const r = Math.abs(x - values[i - 1]!);
      mr[i - 1] = r;
      if (opts.included[i] === 1 && opts.included[i - 1] === 1) {
        mrSum += r;
        mrCount++;
      }
    }
  }
  const center = opts.baseline?.center ?? opts.target ?? sum / k;
  const sigma = opts.baseline?.sigma ?? (mrCount > 0 ? mrSum / mrCount / d2 : 0);
  assertVariation(sigma, 'I-MR');
  const estimate: ProcessEstimate = { center, sigma, method: opts.baseline ? 'baseline' : 'MR-bar' };
  const L = opts.nsigmas;
  const ones = new Float64Array(m).fill(1);
  const ic = new Float64Array(m).fill(center);
  const is = new Float64Array(m).fill(sigma);
  const il = new Float64Array(m).fill(center - L * sigma);
  const iu = new Float64Array(m).fill(center + L * sigma);
  const mc = new Float64Array(m - 1).fill(d2 * sigma);
  const ms = new Float64Array(m - 1).fill(d3 * sigma);
  const ml = new Float64Array(m - 1).fill(Math.max(0, d2 * sigma - L * d3 * sigma));
  const mu = new Float64Array(m - 1).fill(d2 * sigma + L * d3 * sigma);
  const mrOpts = {
    ...opts,
    excluded: opts.excluded
      .flatMap((i) => [i - 1, i])
      .filter((j, p, a) => j >= 0 && j < m - 1 && a.indexOf(j) === p),
    labels: opts.labels?.slice(1),
  };
  return {
    individuals: makeChart('I', Float64Array.from(values), ic, il, iu, is, ones, estimate, opts),
    movingRange: makeChart('MR', mr, mc, ml, mu, ms, ones.subarray(1), estimate, mrOpts),
    estimate,
  };
}
