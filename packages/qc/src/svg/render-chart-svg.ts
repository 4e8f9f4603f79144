import type { ControlChart } from '../charts/control-chart.js';
import type { RuleSignal } from '../rules/evaluate-rules.js';
import { CHART_LABELS } from './chart-labels.js';
import { type PlotLine, type SvgOptions, plotSvg } from './plot.js';

/**
 * Options of {@link renderChartSvg}.
 *
 * @example
 * const o: ChartSvgOptions = { locale: 'vi', signals, warningLimits: true };
 */
export interface ChartSvgOptions extends SvgOptions {
  /** Signals to flag (red points with the rule ids as tooltip), e.g. from `evaluateRules`. */
  readonly signals?: readonly RuleSignal[];
  /** Shade the zones A/B/C (±1σ/±2σ/±3σ, kept inside the limits); default true. */
  readonly zones?: boolean;
  /** Draw the ±2σ warning limits as dashed lines; default false. */
  readonly warningLimits?: boolean;
}

/**
 * Renders a control chart as a standalone SVG string (no charting library, no DOM): zones A/B/C, centre line,
 * control limits (stepped when they vary with the sample size), the points, flagged points in red with the rules
 * that fired, axis labels (the chart's `labels` — e.g. dates — or sample numbers) and a title, in English or
 * Vietnamese. Pure: the same chart gives the same string.
 *
 * @example
 * import { writeFileSync } from 'node:fs';
 * const svg = renderChartSvg(xbar, { locale: 'vi', signals: evaluateRules(xbar) });
 * writeFileSync('out/xbar.svg', svg);
 */
export function renderChartSvg(chart: ControlChart, options: ChartSvgOptions = {}): string {
  const L = CHART_LABELS[options.locale ?? 'en'];
  const { center, sigma, lcl, ucl } = chart;
  const edge = (k: number) => (i: number) => Math.min(ucl[i]!, Math.max(lcl[i]!, center[i]! + k * sigma[i]!));
  const bands =
    options.zones === false
      ? []
      : [
          { cls: 'zone-a', fill: '#fdecea', lower: edge(2), upper: edge(3) },
          { cls: 'zone-a', fill: '#fdecea', lower: edge(-3), upper: edge(-2) },
          { cls: 'zone-b', fill: '#fff8e1', lower: edge(1), upper: edge(2) },
          { cls: 'zone-b', fill: '#fff8e1', lower: edge(-2), upper: edge(-1) },
          { cls: 'zone-c', fill: '#e8f5e9', lower: edge(-1), upper: edge(1) },
        ];
  const lines: PlotLine[] = [
    { cls: 'ucl', color: '#c62828', value: (i) => ucl[i]!, label: L.ucl },
    { cls: 'lcl', color: '#c62828', value: (i) => lcl[i]!, label: L.lcl },
    { cls: 'center', color: '#2e7d32', value: (i) => center[i]!, label: L.center },
  ];
  if (options.warningLimits) {
    for (const k of [2, -2])
      lines.push({
        cls: 'warning',
        color: '#ef6c00',
        value: (i) => center[i]! + k * sigma[i]!,
        dashed: true,
      });
  }
  const flagged = new Map<number, string[]>();
  for (const s of options.signals ?? []) flagged.set(s.index, [...(flagged.get(s.index) ?? []), s.rule]);
  return plotSvg(
    {
      title: options.title ?? L.titles[chart.type],
      n: chart.statistics.length,
      labels: chart.labels,
      bands,
      lines,
      series: [{ cls: 'series', color: '#1565c0', values: chart.statistics, flagged }],
    },
    options,
  );
}
