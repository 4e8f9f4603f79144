import type { ChartType, ControlChart } from '../charts/control-chart.js';
import { assertParameter } from '../errors.js';
import type { RuleSignal } from '../rules/evaluate-rules.js';

/**
 * Labels of the SVG rendering in English and Vietnamese.
 *
 * @example
 * CHART_LABELS.vi.center // 'Đường tâm'
 */
export const CHART_LABELS = Object.freeze({
  en: {
    ucl: 'UCL',
    lcl: 'LCL',
    center: 'CL',
    point: 'Sample',
    signal: 'signal',
    titles: {
      xbar: 'X̄ chart',
      R: 'R chart',
      S: 'S chart',
      I: 'Individuals chart',
      MR: 'Moving range chart',
      p: 'p chart',
      np: 'np chart',
      c: 'c chart',
      u: 'u chart',
      'laney-p': 'Laney p′ chart',
      'laney-u': 'Laney u′ chart',
      g: 'g chart',
      t: 't chart (transformed)',
      ewma: 'EWMA chart',
    } satisfies Record<ChartType, string>,
  },
  vi: {
    ucl: 'GHT',
    lcl: 'GHD',
    center: 'Đường tâm',
    point: 'Mẫu',
    signal: 'tín hiệu',
    titles: {
      xbar: 'Biểu đồ X̄',
      R: 'Biểu đồ R',
      S: 'Biểu đồ S',
      I: 'Biểu đồ giá trị đơn',
      MR: 'Biểu đồ khoảng biến thiên di động',
      p: 'Biểu đồ p',
      np: 'Biểu đồ np',
      c: 'Biểu đồ c',
      u: 'Biểu đồ u',
      'laney-p': 'Biểu đồ Laney p′',
      'laney-u': 'Biểu đồ Laney u′',
      g: 'Biểu đồ g',
      t: 'Biểu đồ t (đã biến đổi)',
      ewma: 'Biểu đồ EWMA',
    } satisfies Record<ChartType, string>,
  },
});

/**
 * Options of {@link renderChartSvg}.
 *
 * @example
 * const o: SvgOptions = { locale: 'vi', width: 900, signals };
 */
export interface SvgOptions {
  /** Pixel width; default 800. */
  readonly width?: number;
  /** Pixel height; default 400. */
  readonly height?: number;
  /** Label language; default `en`. */
  readonly locale?: 'en' | 'vi';
  /** Title; default the chart type's name. */
  readonly title?: string;
  /** Signals to flag (red points with the rule ids as tooltip), e.g. from `evaluateRules`. */
  readonly signals?: readonly RuleSignal[];
  /** Shade the ±1σ/±2σ zones; default true. */
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
export function renderChartSvg(chart: ControlChart, options: SvgOptions = {}): string {
  const width = options.width ?? 800;
  const height = options.height ?? 400;
  assertParameter(width, 'width', (v) => v >= 200 && v <= 20000, 'between 200 and 20 000');
  assertParameter(height, 'height', (v) => v >= 150 && v <= 20000, 'between 150 and 20 000');
  const locale = options.locale ?? 'en';
  const L = CHART_LABELS[locale];
  const fmt = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumSignificantDigits: 6 });
  const n = chart.statistics.length;
  const margin = { top: 40, right: 150, bottom: 50, left: 70 };
  const pw = width - margin.left - margin.right;
  const ph = height - margin.top - margin.bottom;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, chart.statistics[i]!, chart.lcl[i]!);
    hi = Math.max(hi, chart.statistics[i]!, chart.ucl[i]!);
  }
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.08;
  lo -= pad;
  hi += pad;
  const x = (i: number) => margin.left + (n === 1 ? pw / 2 : (i / (n - 1)) * pw);
  const y = (v: number) => margin.top + ((hi - v) / (hi - lo)) * ph;
  const r = (v: number) => Math.round(v * 100) / 100;
  const step = (values: (i: number) => number) => {
    const half = n === 1 ? pw / 2 : pw / (n - 1) / 2;
    let d = '';
    for (let i = 0; i < n; i++) {
      const x0 = Math.max(margin.left, x(i) - half);
      const x1 = Math.min(margin.left + pw, x(i) + half);
      d += `${i === 0 ? 'M' : 'L'}${r(x0)},${r(y(values(i)))}L${r(x1)},${r(y(values(i)))}`;
    }
    return d;
  };
  // Zone edges at centre + kσ, kept inside the (possibly clipped) control limits.
  const edge = (i: number, k: number) =>
    Math.min(chart.ucl[i]!, Math.max(chart.lcl[i]!, chart.center[i]! + k * chart.sigma[i]!));
  const band = (k0: number, k1: number) => {
    const top = step((i) => edge(i, k1));
    const bottomPts: string[] = [];
    const half = n === 1 ? pw / 2 : pw / (n - 1) / 2;
    for (let i = n - 1; i >= 0; i--) {
      const v = edge(i, k0);
      bottomPts.push(
        `L${r(Math.min(margin.left + pw, x(i) + half))},${r(y(v))}L${r(Math.max(margin.left, x(i) - half))},${r(y(v))}`,
      );
    }
    return `${top}${bottomPts.join('')}Z`;
  };
  const flagged = new Map<number, string[]>();
  for (const s of options.signals ?? []) flagged.set(s.index, [...(flagged.get(s.index) ?? []), s.rule]);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img">`,
  );
  const title = options.title ?? L.titles[chart.type];
  out.push(`<title>${esc(title)}</title>`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${margin.left}" y="24" font-size="15" font-weight="bold">${esc(title)}</text>`);
  if (options.zones !== false) {
    out.push(`<g class="zones" stroke="none">`);
    out.push(
      `<path class="zone-a" d="${band(2, 3)}" fill="#fdecea"/><path class="zone-a" d="${band(-3, -2)}" fill="#fdecea"/>`,
    );
    out.push(
      `<path class="zone-b" d="${band(1, 2)}" fill="#fff8e1"/><path class="zone-b" d="${band(-2, -1)}" fill="#fff8e1"/>`,
    );
    out.push(`<path class="zone-c" d="${band(-1, 1)}" fill="#e8f5e9"/>`);
    out.push('</g>');
  }
  // Axes and y ticks.
  out.push(
    `<g class="axes" stroke="#333" fill="none"><path d="M${margin.left},${margin.top}V${margin.top + ph}H${margin.left + pw}"/></g>`,
  );
  const ticks = niceTicks(lo, hi, 5);
  out.push('<g class="y-ticks" fill="#333" text-anchor="end">');
  for (const t of ticks)
    out.push(`<text x="${margin.left - 6}" y="${r(y(t) + 4)}">${esc(fmt.format(t))}</text>`);
  out.push('</g>');
  const every = Math.max(1, Math.ceil(n / 12));
  out.push('<g class="x-ticks" fill="#333" text-anchor="middle">');
  for (let i = 0; i < n; i += every) {
    const label = chart.labels?.[i] ?? String(i + 1);
    out.push(`<text x="${r(x(i))}" y="${margin.top + ph + 16}">${esc(label)}</text>`);
  }
  out.push(`<text x="${margin.left + pw / 2}" y="${height - 8}">${esc(L.point)}</text>`);
  out.push('</g>');
  // Limits and centre.
  out.push(
    `<path class="ucl" d="${step((i) => chart.ucl[i]!)}" stroke="#c62828" stroke-width="1.5" fill="none"/>`,
  );
  out.push(
    `<path class="lcl" d="${step((i) => chart.lcl[i]!)}" stroke="#c62828" stroke-width="1.5" fill="none"/>`,
  );
  out.push(
    `<path class="center" d="${step((i) => chart.center[i]!)}" stroke="#2e7d32" stroke-width="1.5" fill="none"/>`,
  );
  if (options.warningLimits) {
    for (const k of [2, -2]) {
      out.push(
        `<path class="warning" d="${step((i) => chart.center[i]! + k * chart.sigma[i]!)}" stroke="#ef6c00" stroke-dasharray="4 3" fill="none"/>`,
      );
    }
  }
  const last = n - 1;
  const right = margin.left + pw + 6;
  out.push(
    `<text class="ucl-label" x="${right}" y="${r(y(chart.ucl[last]!) + 4)}" fill="#c62828">${esc(L.ucl)} ${esc(fmt.format(chart.ucl[last]!))}</text>`,
  );
  out.push(
    `<text class="center-label" x="${right}" y="${r(y(chart.center[last]!) + 4)}" fill="#2e7d32">${esc(L.center)} ${esc(fmt.format(chart.center[last]!))}</text>`,
  );
  out.push(
    `<text class="lcl-label" x="${right}" y="${r(y(chart.lcl[last]!) + 4)}" fill="#c62828">${esc(L.lcl)} ${esc(fmt.format(chart.lcl[last]!))}</text>`,
  );
  // Data.
  let d = '';
  for (let i = 0; i < n; i++) d += `${i === 0 ? 'M' : 'L'}${r(x(i))},${r(y(chart.statistics[i]!))}`;
  out.push(`<path class="series" d="${d}" stroke="#1565c0" stroke-width="1.2" fill="none"/>`);
  out.push('<g class="points">');
  for (let i = 0; i < n; i++) {
    const rules = flagged.get(i);
    const v = chart.statistics[i]!;
    const tip = `${chart.labels?.[i] ?? i + 1}: ${fmt.format(v)}${rules ? ` — ${L.signal} ${rules.join(', ')}` : ''}`;
    out.push(
      `<circle cx="${r(x(i))}" cy="${r(y(v))}" r="${rules ? 4.5 : 3}" fill="${rules ? '#d32f2f' : '#1565c0'}"${rules ? ' class="flagged"' : ''}><title>${esc(tip)}</title></circle>`,
    );
  }
  out.push('</g></svg>');
  return out.join('\n');
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function niceTicks(lo: number, hi: number, count: number): number[] {
  const span = hi - lo;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const stepSize = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / stepSize) * stepSize; t <= hi + stepSize * 1e-9; t += stepSize)
    ticks.push(Math.round(t / stepSize) * stepSize || 0);
  return ticks;
}
