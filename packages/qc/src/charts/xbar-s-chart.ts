import { assertParameter } from '../errors.js';
import { c4 } from './c4.js';
import type { ChartOptions, ProcessEstimate } from './control-chart.js';
import { assertVariation, makeChart, resolveOptions, validateSubgroups } from './internal.js';
import type { VariablesChartPair } from './xbar-r-chart.js';

/**
 * Options of {@link xbarSChart}.
 *
 * @example
 * const o: XbarSOptions = { sigmaMethod: 'pooled' };
 */
export interface XbarSOptions extends ChartOptions {
  /** `S-bar` (default): mean of sᵢ/c4(nᵢ); `pooled`: √(Σ(nᵢ−1)sᵢ²/Σ(nᵢ−1)) / c4(Σ(nᵢ−1)+1). */
  readonly sigmaMethod?: 'S-bar' | 'pooled';
}

/**
 * X̄–S charts (biểu đồ X̄–S) for subgroups of two or more measurements (any size; sizes may vary).
 *
 * σ = mean of sᵢ/c4(nᵢ) (S̄/c4; qcc `UWAVE-SD`) or the pooled estimate; S chart centre c4(nᵢ)σ and limits
 * c4σ ± L·σ√(1−c4²), clipped at 0 (= B3·S̄, B4·S̄). Float64 statistics.
 *
 * @example
 * const { xbar, dispersion } = xbarSChart(pistonrings.slice(0, 25));
 * dispersion.center[0]; // 0.009240037 (S̄)
 * dispersion.ucl[0]; // 0.01930242
 */
export function xbarSChart(
  subgroups: readonly (readonly number[])[],
  options?: XbarSOptions,
): VariablesChartPair {
  validateSubgroups(subgroups, 2, Number.POSITIVE_INFINITY);
  const m = subgroups.length;
  const opts = resolveOptions(options, m);
  const method = options?.sigmaMethod ?? 'S-bar';
  if (method !== 'S-bar' && method !== 'pooled')
    assertParameter(Number.NaN, 'sigmaMethod', () => false, "'S-bar' or 'pooled'");
  const means = new Float64Array(m);
  const sds = new Float64Array(m);
  const sizes = new Float64Array(m);
  let sumNX = 0;
  let sumN = 0;
  let sumRatio = 0;
  let sumSS = 0;
  let sumDf = 0;
  let k = 0;
  for (let i = 0; i < m; i++) {
    const g = subgroups[i]!;
    const n = g.length;
    let s = 0;
    for (let j = 0; j < n; j++) s += g[j]!;
    const mean = s / n;
    let ss = 0;
    for (let j = 0; j < n; j++) ss += (g[j]! - mean) ** 2;
    const sd = Math.sqrt(ss / (n - 1));
    means[i] = mean;
    sds[i] = sd;
    sizes[i] = n;
    if (opts.included[i] === 1) {
      sumNX += s;
      sumN += n;
      sumRatio += sd / c4(n);
      sumSS += ss;
      sumDf += n - 1;
      k++;
    }
  }
  const center = opts.baseline?.center ?? opts.target ?? sumNX / sumN;
  const sigma =
    opts.baseline?.sigma ?? (method === 'pooled' ? Math.sqrt(sumSS / sumDf) / c4(sumDf + 1) : sumRatio / k);
  assertVariation(sigma, 'X̄–S');
  const estimate: ProcessEstimate = { center, sigma, method: opts.baseline ? 'baseline' : method };
  const L = opts.nsigmas;
  const xc: number[] = [];
  const xl: number[] = [];
  const xu: number[] = [];
  const xs: number[] = [];
  const sc: number[] = [];
  const sl: number[] = [];
  const su: number[] = [];
  const ss: number[] = [];
  for (let i = 0; i < m; i++) {
    const n = sizes[i]!;
    const se = sigma / Math.sqrt(n);
    xc.push(center);
    xs.push(se);
    xl.push(center - L * se);
    xu.push(center + L * se);
    const cn = c4(n);
    const cs = cn * sigma;
    const sse = sigma * Math.sqrt(1 - cn * cn);
    sc.push(cs);
    ss.push(sse);
    sl.push(Math.max(0, cs - L * sse));
    su.push(cs + L * sse);
  }
  return {
    xbar: makeChart(
      'xbar',
      means,
      Float64Array.from(xc),
      Float64Array.from(xl),
      Float64Array.from(xu),
      Float64Array.from(xs),
      sizes,
      estimate,
      opts,
    ),
    dispersion: makeChart(
      'S',
      sds,
      Float64Array.from(sc),
      Float64Array.from(sl),
      Float64Array.from(su),
      Float64Array.from(ss),
      sizes,
      estimate,
      opts,
    ),
    estimate,
  };
}
