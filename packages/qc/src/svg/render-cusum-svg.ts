import type { CusumChart } from '../charts/cusum-chart.js';
import { CHART_LABELS } from './chart-labels.js';
import { type SvgOptions, plotSvg } from './plot.js';

/**
 * Renders a tabular CUSUM as SVG: C⁺ above zero, −C⁻ below, the decision interval ±h, and the points beyond h
 * flagged in red.
 *
 * @example
 * writeFileSync('out/cusum.svg', renderCusumSvg(cusumChart(subgroups, { h: 4 }), { locale: 'vi' }));
 */
export function renderCusumSvg(
  cusum: CusumChart,
  options: SvgOptions & { readonly labels?: readonly string[] } = {},
): string {
  const L = CHART_LABELS[options.locale ?? 'en'];
  const up = new Map<number, string[]>();
  const down = new Map<number, string[]>();
  for (const s of cusum.signals) (s.side === 'above' ? up : down).set(s.index, [`${L.cusumUpper} > h`]);
  return plotSvg(
    {
      title: options.title ?? L.titles.cusum,
      n: cusum.upper.length,
      labels: options.labels,
      bands: [],
      lines: [
        { cls: 'ucl', color: '#c62828', value: () => cusum.h, label: `+${L.decision}` },
        { cls: 'center', color: '#2e7d32', value: () => 0 },
        { cls: 'lcl', color: '#c62828', value: () => -cusum.h, label: `−${L.decision}` },
      ],
      series: [
        { cls: 'upper', color: '#1565c0', values: cusum.upper, flagged: up },
        { cls: 'lower', color: '#6a1b9a', values: Float64Array.from(cusum.lower, (v) => -v), flagged: down },
      ],
    },
    options,
  );
}
