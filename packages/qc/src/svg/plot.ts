import { assertParameter } from '../errors.js';
import { CHART_LABELS } from './chart-labels.js';

/**
 * Options shared by the SVG renderers.
 *
 * @example
 * const o: SvgOptions = { locale: 'vi', width: 900 };
 */
export interface SvgOptions {
  /** Pixel width; default 800. */
  readonly width?: number;
  /** Pixel height; default 400. */
  readonly height?: number;
  /** Label language; default `en`. */
  readonly locale?: 'en' | 'vi';
  /** Title; default the chart's name in the locale. */
  readonly title?: string;
}

/** A horizontal (possibly stepped) line. @internal */
export interface PlotLine {
  readonly cls: string;
  readonly color: string;
  readonly value: (i: number) => number;
  readonly label?: string;
  readonly dashed?: boolean;
}

/** What to draw. @internal */
export interface PlotSpec {
  readonly title: string;
  readonly n: number;
  readonly labels: readonly string[] | undefined;
  readonly bands: readonly {
    readonly cls: string;
    readonly fill: string;
    readonly lower: (i: number) => number;
    readonly upper: (i: number) => number;
  }[];
  readonly lines: readonly PlotLine[];
  readonly series: readonly {
    readonly cls: string;
    readonly color: string;
    readonly values: ArrayLike<number>;
    readonly flagged: ReadonlyMap<number, readonly string[]>;
  }[];
}

/** Draws a {@link PlotSpec} as a standalone SVG string. @internal */
export function plotSvg(spec: PlotSpec, options: SvgOptions): string {
  const width = options.width ?? 800;
  const height = options.height ?? 400;
  assertParameter(width, 'width', (v) => v >= 200 && v <= 20000, 'between 200 and 20 000');
  assertParameter(height, 'height', (v) => v >= 150 && v <= 20000, 'between 150 and 20 000');
  const locale = options.locale ?? 'en';
  const L = CHART_LABELS[locale];
  const fmt = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumSignificantDigits: 6 });
  const { n } = spec;
  const margin = { top: 40, right: 150, bottom: 50, left: 70 };
  const pw = width - margin.left - margin.right;
  const ph = height - margin.top - margin.bottom;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const see = (v: number) => {
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  };
  for (let i = 0; i < n; i++) {
    for (const s of spec.series) see(s.values[i]!);
    for (const l of spec.lines) see(l.value(i));
  }
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.08;
  lo -= pad;
  hi += pad;
  const x = (i: number) => margin.left + (n === 1 ? pw / 2 : (i / (n - 1)) * pw);
  const y = (v: number) => margin.top + ((hi - v) / (hi - lo)) * ph;
  const r = (v: number) => Math.round(v * 100) / 100;
  const half = n === 1 ? pw / 2 : pw / (n - 1) / 2;
  const left = (i: number) => r(Math.max(margin.left, x(i) - half));
  const right = (i: number) => r(Math.min(margin.left + pw, x(i) + half));
  const step = (value: (i: number) => number) => {
    let d = '';
    for (let i = 0; i < n; i++)
      d += `${i === 0 ? 'M' : 'L'}${left(i)},${r(y(value(i)))}L${right(i)},${r(y(value(i)))}`;
    return d;
  };
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img">`,
  );
  out.push(`<title>${esc(spec.title)}</title>`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${margin.left}" y="24" font-size="15" font-weight="bold">${esc(spec.title)}</text>`);
  if (spec.bands.length > 0) {
    out.push('<g class="zones" stroke="none">');
    for (const b of spec.bands) {
      let back = '';
      for (let i = n - 1; i >= 0; i--)
        back += `L${right(i)},${r(y(b.lower(i)))}L${left(i)},${r(y(b.lower(i)))}`;
      out.push(`<path class="${b.cls}" d="${step(b.upper)}${back}Z" fill="${b.fill}"/>`);
    }
    out.push('</g>');
  }
  out.push(
    `<g class="axes" stroke="#333" fill="none"><path d="M${margin.left},${margin.top}V${margin.top + ph}H${margin.left + pw}"/></g>`,
  );
  out.push('<g class="y-ticks" fill="#333" text-anchor="end">');
  for (const t of niceTicks(lo, hi, 5))
    out.push(`<text x="${margin.left - 6}" y="${r(y(t) + 4)}">${esc(fmt.format(t))}</text>`);
  out.push('</g>');
  // Thin the x labels so they never overlap: about 6.5 px per character at the default font size.
  let longest = String(n).length;
  if (spec.labels) for (const label of spec.labels) longest = Math.max(longest, label.length);
  const fits = Math.max(1, Math.floor(pw / (longest * 6.5 + 10)));
  const every = Math.max(1, Math.ceil(n / 12), Math.ceil(n / fits));
  out.push('<g class="x-ticks" fill="#333" text-anchor="middle">');
  for (let i = 0; i < n; i += every) {
    out.push(
      `<text x="${r(x(i))}" y="${margin.top + ph + 16}">${esc(spec.labels?.[i] ?? String(i + 1))}</text>`,
    );
  }
  out.push(`<text x="${margin.left + pw / 2}" y="${height - 8}">${esc(L.point)}</text>`);
  out.push('</g>');
  const last = n - 1;
  for (const l of spec.lines) {
    out.push(
      `<path class="${l.cls}" d="${step(l.value)}" stroke="${l.color}" stroke-width="${l.dashed ? 1 : 1.5}"${l.dashed ? ' stroke-dasharray="4 3"' : ''} fill="none"/>`,
    );
    if (l.label !== undefined) {
      out.push(
        `<text class="${l.cls}-label" x="${margin.left + pw + 6}" y="${r(y(l.value(last)) + 4)}" fill="${l.color}">${esc(l.label)} ${esc(fmt.format(l.value(last)))}</text>`,
      );
    }
  }
  for (const s of spec.series) {
    let d = '';
    for (let i = 0; i < n; i++) d += `${i === 0 ? 'M' : 'L'}${r(x(i))},${r(y(s.values[i]!))}`;
    out.push(`<path class="${s.cls}" d="${d}" stroke="${s.color}" stroke-width="1.2" fill="none"/>`);
    out.push(`<g class="points ${s.cls}-points">`);
    for (let i = 0; i < n; i++) {
      const rules = s.flagged.get(i);
      const v = s.values[i]!;
      const tip = `${spec.labels?.[i] ?? i + 1}: ${fmt.format(v)}${rules ? ` — ${L.signal} ${rules.join(', ')}` : ''}`;
      out.push(
        `<circle cx="${r(x(i))}" cy="${r(y(v))}" r="${rules ? 4.5 : 3}" fill="${rules ? '#d32f2f' : s.color}"${rules ? ' class="flagged"' : ''}><title>${esc(tip)}</title></circle>`,
      );
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function niceTicks(lo: number, hi: number, count: number): number[] {
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const stepSize = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / stepSize) * stepSize; t <= hi + stepSize * 1e-9; t += stepSize) {
    ticks.push(Math.round(t / stepSize) * stepSize || 0);
  }
  return ticks;
}
