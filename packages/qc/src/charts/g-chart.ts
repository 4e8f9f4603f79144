import { invalid } from '../errors.js';
import type { ChartOptions, ControlChart } from './control-chart.js';
import { assertVariation, makeChart, resolveOptions } from './internal.js';

/**
 * g chart for rare events (biểu đồ g; Benneyan 2001, "Number-between g-type statistical quality control
 * charts", Health Care Management Science 4:305–318): the number of units (or days) between events, modelled
 * as geometric with mean ḡ; σ = √(ḡ(ḡ + 1)), limits max(0, ḡ − Lσ) … ḡ + Lσ. A long gap above the UCL signals
 * an improvement; the LCL is usually 0, so worsening shows up through run rules.
 *
 * @example
 * const chart = gChart([12, 30, 7, 45, 22, 18]); chart.ucl[0]
 */
export function gChart(counts: readonly number[], options?: ChartOptions): ControlChart {
  if (!Array.isArray(counts) || counts.length === 0) {
    throw invalid('QC/EMPTY_DATA', 'counts must be a non-empty array', 'counts phải là mảng không rỗng', [
      'counts',
    ]);
  }
  counts.forEach((c, i) => {
    if (!(typeof c === 'number' && Number.isFinite(c) && c >= 0)) {
      throw invalid(
        'QC/INVALID_COUNT',
        `counts[${i}] must be a non-negative number, got ${String(c)}`,
        `counts[${i}] phải là số không âm, nhận ${String(c)}`,
        ['counts', i],
        { value: String(c) },
      );
    }
  });
  const m = counts.length;
  const opts = resolveOptions(options, m);
  let s = 0;
  let k = 0;
  for (let i = 0; i < m; i++) {
    if (opts.included[i] === 1) {
      s += counts[i]!;
      k++;
    }
  }
  const g = opts.baseline?.center ?? s / k;
  const sigma = Math.sqrt(g * (g + 1));
  assertVariation(sigma, 'g chart');
  const L = opts.nsigmas;
  return makeChart(
    'g',
    Float64Array.from(counts),
    new Float64Array(m).fill(g),
    new Float64Array(m).fill(Math.max(0, g - L * sigma)),
    new Float64Array(m).fill(g + L * sigma),
    new Float64Array(m).fill(sigma),
    new Float64Array(m).fill(1),
    { center: g, sigma, method: opts.baseline ? 'baseline' : 'geometric' },
    opts,
  );
}
