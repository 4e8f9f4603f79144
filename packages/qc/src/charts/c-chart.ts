import { assertParameter, invalid } from '../errors.js';
import { discreteQuantile, poissonCdf } from '../math/distributions.js';
import { type AttributeChartOptions, halfAlpha } from './attribute-sample.js';
import type { ControlChart } from './control-chart.js';
import { assertVariation, makeChart, resolveOptions } from './internal.js';

/**
 * c chart (biểu đồ c, số khuyết tật): nonconformities per inspection unit of constant size, centre c̄, limits
 * max(0, c̄ − L√c̄) … c̄ + L√c̄. A `baseline.center` is a standard c (phase II).
 *
 * @example
 * // Montgomery circuit boards, samples 1–26: c̄ 19.84615, LCL 6.481447, UCL 33.21086
 * const chart = cChart([21, 24, 16, 12, 15, 5, 28, 20, 31, 25, 20, 24, 16, 19, 10, 17, 13, 22, 18, 39, 30, 24, 16, 19, 17, 15]);
 */
export function cChart(counts: readonly number[], options?: AttributeChartOptions): ControlChart {
  if (!Array.isArray(counts) || counts.length === 0) {
    throw invalid('QC/EMPTY_DATA', 'counts must be a non-empty array', 'counts phải là mảng không rỗng', [
      'counts',
    ]);
  }
  counts.forEach((c, i) => {
    if (!(typeof c === 'number' && Number.isInteger(c) && c >= 0)) {
      throw invalid(
        'QC/INVALID_COUNT',
        `counts[${i}] must be a non-negative integer, got ${String(c)}`,
        `counts[${i}] phải là số nguyên không âm, nhận ${String(c)}`,
        ['counts', i],
        { value: String(c) },
      );
    }
  });
  const samples = counts.map((count) => ({ count, size: 1 }));
  const m = samples.length;
  const opts = resolveOptions(options, m);
  let total = 0;
  let k = 0;
  for (let i = 0; i < m; i++) {
    if (opts.included[i] === 1) {
      total += samples[i]!.count;
      k++;
    }
  }
  const cbar = opts.baseline?.center ?? total / k;
  assertParameter(cbar, 'baseline.center', (v) => v >= 0, 'a non-negative mean count');
  const sigma = Math.sqrt(cbar);
  assertVariation(sigma, 'c chart');
  const L = opts.nsigmas;
  const a = halfAlpha(options);
  const q = (p: number) => discreteQuantile((k) => poissonCdf(k, cbar), p, Math.ceil(cbar + 50 * sigma + 50));
  return makeChart(
    'c',
    Float64Array.from(counts),
    new Float64Array(m).fill(cbar),
    new Float64Array(m).fill(a === undefined ? Math.max(0, cbar - L * sigma) : q(a)),
    new Float64Array(m).fill(a === undefined ? cbar + L * sigma : q(1 - a)),
    new Float64Array(m).fill(sigma),
    new Float64Array(m).fill(1),
    { center: cbar, sigma, method: opts.baseline ? 'baseline' : 'poisson' },
    opts,
  );
}
