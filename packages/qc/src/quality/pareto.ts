import { invalid } from '../errors.js';

/**
 * One row of a Pareto table.
 *
 * @example
 * // { category: 'contact num.', count: 94, cumulative: 94, percent: 31.33, cumulativePercent: 31.33, vital: true }
 */
export interface ParetoRow {
  readonly category: string;
  readonly count: number;
  readonly cumulative: number;
  /** Share of the total, in %. */
  readonly percent: number;
  /** Cumulative share, in %. */
  readonly cumulativePercent: number;
  /** Among the "vital few": the rows needed to reach the cut-off (80 % by default), the crossing row included. */
  readonly vital: boolean;
}

/**
 * Pareto analysis of defect causes (phân tích Pareto): categories sorted by count (ties keep input order),
 * with cumulative counts and percentages, and the vital few up to the cumulative cut-off line (default 80 %).
 * A category landing exactly on the line is vital.
 *
 * @example
 * // qcc vignette: contact num. 94, price code 80, supplier code 66 reach exactly 80.00 %
 * paretoAnalysis({ 'price code': 80, 'schedule date': 27, 'supplier code': 66, 'contact num.': 94, 'part num.': 33 })
 */
export function paretoAnalysis(
  counts: Readonly<Record<string, number>> | readonly { readonly category: string; readonly count: number }[],
  options: { cutoffPercent?: number } = {},
): ParetoRow[] {
  const cutoff = options.cutoffPercent ?? 80;
  if (!(cutoff > 0 && cutoff <= 100)) {
    throw invalid(
      'QC/INVALID_PARAMETER',
      `cutoffPercent must be in (0, 100], got ${cutoff}`,
      `cutoffPercent phải trong (0, 100], nhận ${cutoff}`,
      ['cutoffPercent'],
    );
  }
  const entries = Array.isArray(counts)
    ? (counts as readonly { category: string; count: number }[]).map((e) => [e.category, e.count] as const)
    : Object.entries(counts as Record<string, number>);
  if (entries.length === 0)
    throw invalid('QC/EMPTY_DATA', 'no categories to analyse', 'không có nhóm nào để phân tích', ['counts']);
  entries.forEach(([c, n], i) => {
    if (!(Number.isFinite(n) && n >= 0)) {
      throw invalid(
        'QC/INVALID_COUNT',
        `count of '${c}' must be a non-negative number, got ${n}`,
        `số lượng của '${c}' phải là số không âm, nhận ${n}`,
        ['counts', Array.isArray(counts) ? i : c],
      );
    }
  });
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (total === 0)
    throw invalid('QC/EMPTY_DATA', 'all counts are zero', 'mọi số lượng đều bằng 0', ['counts']);
  const sorted = entries.map((e, i) => ({ e, i })).sort((a, b) => b.e[1] - a.e[1] || a.i - b.i);
  let cumulative = 0;
  let reached = false;
  return sorted.map(({ e: [category, count] }) => {
    cumulative += count;
    const cumulativePercent = (cumulative / total) * 100;
    const vital = !reached;
    // A tolerance of 1e-9 % keeps an exact 80.00 % on the line despite float rounding.
    if (cumulativePercent >= cutoff - 1e-9) reached = true;
    return { category, count, cumulative, percent: (count / total) * 100, cumulativePercent, vital };
  });
}
