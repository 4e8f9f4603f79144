import { assertParameter } from '../errors.js';
import { binomialCdf, discreteQuantile } from '../math/distributions.js';
import {
  type AttributeChartOptions,
  type AttributeSample,
  halfAlpha,
  validateSamples,
} from './attribute-sample.js';
import type { ControlChart } from './control-chart.js';
import { assertVariation, makeChart, resolveOptions } from './internal.js';

/**
 * p chart (biểu đồ p, tỷ lệ sản phẩm lỗi): proportion nonconforming Dᵢ/nᵢ with p̄ = ΣD/Σn and per-point limits
 * p̄ ± L·√(p̄(1−p̄)/nᵢ), clipped to [0, 1] — variable sample sizes give variable limits.
 * A `baseline.center` is a standard p (phase II); its `sigma` is ignored (binomial).
 *
 * @example
 * // Montgomery orange-juice cans, samples 1–30, n = 50: p̄ 0.2313333, LCL 0.05242755, UCL 0.4102391
 * const chart = pChart(counts.map((count) => ({ count, size: 50 })));
 */
export function pChart(samples: readonly AttributeSample[], options?: AttributeChartOptions): ControlChart {
  return proportionChart('p', samples, options);
}

/**
 * np chart (biểu đồ np, số sản phẩm lỗi): counts Dᵢ with centre nᵢp̄ and limits nᵢp̄ ± L·√(nᵢp̄(1−p̄)),
 * clipped to [0, nᵢ].
 *
 * @example
 * // orange juice: centre 11.56667, LCL 2.621377, UCL 20.51196
 * const chart = npChart(counts.map((count) => ({ count, size: 50 })));
 */
export function npChart(samples: readonly AttributeSample[], options?: AttributeChartOptions): ControlChart {
  return proportionChart('np', samples, options);
}

function proportionChart(
  type: 'p' | 'np',
  samples: readonly AttributeSample[],
  options?: AttributeChartOptions,
): ControlChart {
  validateSamples(samples, true);
  const m = samples.length;
  const opts = resolveOptions(options, m);
  let d = 0;
  let n = 0;
  for (let i = 0; i < m; i++) {
    if (opts.included[i] === 1) {
      d += samples[i]!.count;
      n += samples[i]!.size;
    }
  }
  const pbar = opts.baseline?.center ?? d / n;
  assertParameter(pbar, 'baseline.center', (v) => v >= 0 && v <= 1, 'a proportion in [0, 1]');
  const sigma1 = Math.sqrt(pbar * (1 - pbar));
  assertVariation(sigma1, `${type} chart (p̄ = ${pbar})`);
  const L = opts.nsigmas;
  const a = halfAlpha(options);
  const quantile = (q: number, n: number) => discreteQuantile((k) => binomialCdf(k, n, pbar), q, n);
  const stat: number[] = [];
  const c: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const se: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < m; i++) {
    const s = samples[i]!;
    sizes.push(s.size);
    if (type === 'p') {
      const e = sigma1 / Math.sqrt(s.size);
      stat.push(s.count / s.size);
      c.push(pbar);
      se.push(e);
      lo.push(a === undefined ? Math.max(0, pbar - L * e) : quantile(a, s.size) / s.size);
      hi.push(a === undefined ? Math.min(1, pbar + L * e) : quantile(1 - a, s.size) / s.size);
    } else {
      const e = sigma1 * Math.sqrt(s.size);
      const cn = s.size * pbar;
      stat.push(s.count);
      c.push(cn);
      se.push(e);
      lo.push(a === undefined ? Math.max(0, cn - L * e) : quantile(a, s.size));
      hi.push(a === undefined ? Math.min(s.size, cn + L * e) : quantile(1 - a, s.size));
    }
  }
  return makeChart(
    type,
    Float64Array.from(stat),
    Float64Array.from(c),
    Float64Array.from(lo),
    Float64Array.from(hi),
    Float64Array.from(se),
    Float64Array.from(sizes),
    { center: pbar, sigma: sigma1, method: opts.baseline ? 'baseline' : 'binomial' },
    opts,
  );
}
