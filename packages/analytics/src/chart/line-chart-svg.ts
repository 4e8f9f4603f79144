import { ANALYTICS_ERRORS, fail } from '../errors.js';

/** One observed point. */
export interface ChartPoint {
  /** x label (e.g. a month key `2026-01`). */
  readonly label: string;
  readonly value: number;
}

/** One forecast point with its prediction interval. */
export interface ChartForecastPoint extends ChartPoint {
  readonly lower?: number;
  readonly upper?: number;
}

/** Options of {@link lineChartSvg}. */
export interface LineChartOptions {
  readonly history: readonly ChartPoint[];
  readonly forecast?: readonly ChartForecastPoint[];
  readonly title?: string;
  /** Width and height in px; default 720 × 360. */
  readonly width?: number;
  readonly height?: number;
  /** Formats y tick labels; default compact numbers (1.2k, 3.4M). */
  readonly formatValue?: (v: number) => string;
  /** Legend labels; default `['History', 'Forecast', 'Interval']`. */
  readonly legend?: readonly [string, string, string];
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r2 = (v: number) => String(Math.round(v * 100) / 100);

function compact(v: number): string {
  const a = Math.abs(v);
  const fmt = (x: number, suffix: string) => `${String(Math.round(x * 10) / 10)}${suffix}`;
  if (a >= 1e9) return fmt(v / 1e9, 'B');
  if (a >= 1e6) return fmt(v / 1e6, 'M');
  if (a >= 1e3) return fmt(v / 1e3, 'k');
  return String(Math.round(v * 100) / 100);
}

function niceStep(range: number, ticks: number): number {
  const raw = range / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const n = raw / mag;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag;
}

/**
 * A small, dependency-free SVG line chart of a history and its forecast with a shaded prediction interval —
 * returned as a string (pure: no DOM, no I/O). Deterministic output for the same input.
 *
 * @throws `ANALYTICS/EMPTY_INPUT` with no points; `ANALYTICS/INVALID_NUMBER` for a non-finite value
 * @example
 * ```ts
 * const svg = lineChartSvg({
 *   title: 'Doanh thu tháng',
 *   history: [{ label: '2026-01', value: 120 }, { label: '2026-02', value: 135 }],
 *   forecast: [{ label: '2026-03', value: 140, lower: 125, upper: 155 }],
 * });
 * ```
 */
export function lineChartSvg(options: LineChartOptions): string {
  const history = options.history;
  const forecast = options.forecast ?? [];
  const all = [...history, ...forecast];
  if (all.length === 0)
    fail(ANALYTICS_ERRORS.EMPTY_INPUT, 'nothing to draw', 'không có dữ liệu để vẽ', ['history']);
  const values: number[] = [];
  all.forEach((p, i) => {
    for (const v of [p.value, (p as ChartForecastPoint).lower, (p as ChartForecastPoint).upper]) {
      if (v === undefined) continue;
      if (!Number.isFinite(v))
        fail(
          ANALYTICS_ERRORS.INVALID_NUMBER,
          `point ${i} has a non-finite value`,
          `điểm ${i} có giá trị không hữu hạn`,
          ['points', i],
        );
      values.push(v);
    }
  });
  const W = options.width ?? 720;
  const H = options.height ?? 360;
  const fmt = options.formatValue ?? compact;
  const [lh, lf, li] = options.legend ?? ['History', 'Forecast', 'Interval'];
  const m = { top: options.title ? 36 : 16, right: 32, bottom: 48, left: 64 };
  const pw = W - m.left - m.right;
  const ph = H - m.top - m.bottom;
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const step = niceStep(hi - lo, 5);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const n = all.length;
  const x = (i: number) => m.left + (n === 1 ? pw / 2 : (i * pw) / (n - 1));
  const y = (v: number) => m.top + ph - ((v - lo) / (hi - lo)) * ph;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
  );
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  if (options.title)
    out.push(
      `<text x="${W / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${esc(options.title)}</text>`,
    );
  for (let v = lo; v <= hi + step / 2; v += step) {
    out.push(`<line x1="${m.left}" x2="${W - m.right}" y1="${r2(y(v))}" y2="${r2(y(v))}" stroke="#e5e7eb"/>`);
    out.push(
      `<text x="${m.left - 6}" y="${r2(y(v) + 4)}" text-anchor="end" fill="#374151">${esc(fmt(v))}</text>`,
    );
  }
  const every = Math.max(1, Math.ceil(n / 12));
  all.forEach((p, i) => {
    if (i !== n - 1 && (i % every !== 0 || n - 1 - i < every)) return;
    out.push(
      `<text x="${r2(x(i))}" y="${H - m.bottom + 16}" text-anchor="middle" fill="#374151">${esc(p.label)}</text>`,
    );
  });
  const band = forecast
    .map((p, k) => ({ ...p, i: history.length + k }))
    .filter((p) => p.lower !== undefined && p.upper !== undefined);
  if (band.length > 0) {
    const upper = band.map((p) => `${r2(x(p.i))},${r2(y(p.upper as number))}`);
    const lower = [...band].reverse().map((p) => `${r2(x(p.i))},${r2(y(p.lower as number))}`);
    out.push(
      `<polygon points="${[...upper, ...lower].join(' ')}" fill="#93c5fd" fill-opacity="0.45" stroke="none"/>`,
    );
  }
  const path = (pts: Array<{ i: number; v: number }>) =>
    pts.map((p, k) => `${k === 0 ? 'M' : 'L'}${r2(x(p.i))},${r2(y(p.v))}`).join(' ');
  if (history.length > 0)
    out.push(
      `<path d="${path(history.map((p, i) => ({ i, v: p.value })))}" fill="none" stroke="#111827" stroke-width="1.5"/>`,
    );
  if (forecast.length > 0) {
    const joined = [
      ...(history.length > 0
        ? [{ i: history.length - 1, v: (history[history.length - 1] as ChartPoint).value }]
        : []),
      ...forecast.map((p, k) => ({ i: history.length + k, v: p.value })),
    ];
    out.push(
      `<path d="${path(joined)}" fill="none" stroke="#2563eb" stroke-width="2" stroke-dasharray="6 3"/>`,
    );
  }
  const ly = H - 14;
  out.push(
    `<line x1="${m.left}" x2="${m.left + 20}" y1="${ly}" y2="${ly}" stroke="#111827" stroke-width="1.5"/><text x="${m.left + 24}" y="${ly + 4}">${esc(lh)}</text>`,
  );
  if (forecast.length > 0) {
    out.push(
      `<line x1="${m.left + 110}" x2="${m.left + 130}" y1="${ly}" y2="${ly}" stroke="#2563eb" stroke-width="2" stroke-dasharray="6 3"/><text x="${m.left + 134}" y="${ly + 4}">${esc(lf)}</text>`,
    );
  }
  if (band.length > 0)
    out.push(
      `<rect x="${m.left + 220}" y="${ly - 5}" width="20" height="10" fill="#93c5fd" fill-opacity="0.45"/><text x="${m.left + 244}" y="${ly + 4}">${esc(li)}</text>`,
    );
  out.push('</svg>');
  return out.join('\n');
}
