import { assertParameter } from '../errors.js';
import { discreteQuantile, poissonCdf } from '../math/distributions.js';
import {
  type AttributeChartOptions,
  type AttributeSample,
  halfAlpha,
  validateSamples,
} from './attribute-sample.js';
import type { ControlChart } from './control-chart.js';
import { assertVariation, makeChart, resolveOptions } from './internal.js';

/**
 * u chart (biểu đồ u, số khuyết tật trên một đơn vị): xᵢ/nᵢ nonconformities per unit, ū = Σx/Σn, per-point
 * limits ū ± L·√(ū/nᵢ), LCL ≥ 0.
 *
 * @example
 * // Montgomery personal computers, 20 samples of 5: ū 1.93, LCL 0.06613305, UCL 3.793867
 * const chart = uChart(counts.map((count) => ({ count, size: 5 })));
 */
export function uChart(samples: readonly AttributeSample[], options?: AttributeChartOptions): ControlChart {
  validateSamples(samples, false);
  const m = samples.length;
  const opts = resolveOptions(options, m);
  let x = 0;
  let n = 0;
  for (let i = 0; i < m; i++) {
    if (opts.included[i] === 1) {
      x += samples[i]!.count;
      n += samples[i]!.size;
    }
  }
  const ubar = opts.baseline?.center ?? x / n;
  assertParameter(ubar, 'baseline.center', (v) => v >= 0, 'a non-negative rate');
  assertVariation(Math.sqrt(ubar), 'u chart');
  const L = opts.nsigmas;
  const a = halfAlpha(options);
  const q = (p: number, n: number) => {
    const lambda = ubar * n;
    return (
      discreteQuantile((k) => poissonCdf(k, lambda), p, Math.ceil(lambda + 50 * Math.sqrt(lambda) + 50)) / n
    );
  };
  const stat: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const se: number[] = [];
  for (const s of samples) {
    const e = Math.sqrt(ubar / s.size);
    stat.push(s.count / s.size);
    se.push(e);
    lo.push(a === undefined ? Math.max(0, ubar - L * e) : q(a, s.size));
    hi.push(a === undefined ? ubar + L * e : q(1 - a, s.size));
  }
  return makeChart(
    'u',
    Float64Array.from(stat),
    new Float64Array(m).fill(ubar),
    Float64Array.from(lo),
    Float64Array.from(hi),
    Float64Array.from(se),
    Float64Array.from(samples, (s) => s.size),
    { center: ubar, sigma: Math.sqrt(ubar), method: opts.baseline ? 'baseline' : 'poisson' },
    opts,
  );
}
