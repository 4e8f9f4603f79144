import type { HotellingChart } from '../charts/hotelling-chart.js';
import { CHART_LABELS } from './chart-labels.js';
import { type SvgOptions, plotSvg } from './plot.js';

/**
 * Renders a Hotelling T² chart as SVG: T² per point, the UCL (and the UPL for future points, dashed), points
 * above the limit flagged in red.
 *
 * @example
 * writeFileSync('out/t2.svg', renderHotellingSvg(hotellingT2Chart(observations)));
 */
export function renderHotellingSvg(
  chart: HotellingChart,
  options: SvgOptions & { readonly labels?: readonly string[] } = {},
): string {
  const L = CHART_LABELS[options.locale ?? 'en'];
  const flagged = new Map<number, string[]>(chart.signals.map((i) => [i, [`${L.t2} > ${L.ucl}`]]));
  return plotSvg(
    {
      title: options.title ?? L.titles.t2,
      n: chart.statistics.length,
      labels: options.labels,
      bands: [],
      lines: [
        { cls: 'ucl', color: '#c62828', value: () => chart.ucl, label: L.ucl },
        { cls: 'upl', color: '#ef6c00', value: () => chart.upl, label: L.upl, dashed: true },
        { cls: 'lcl', color: '#333333', value: () => 0 },
      ],
      series: [{ cls: 'series', color: '#1565c0', values: chart.statistics, flagged }],
    },
    options,
  );
}
