import { z } from 'zod';
import { invalid } from '../internal/fail.js';

/**
 * An interview scorecard (phiếu đánh giá phỏng vấn): ratings 1–5 by criterion and a recommendation.
 * @example ScorecardSchema.parse({ candidateId: 'C1', interviewer: 'E007', ratings: { accounting: 4, english: 3 }, recommendation: 'hire' })
 */
export const ScorecardSchema = z.object({
  candidateId: z.string().min(1),
  interviewer: z.string().min(1),
  ratings: z.record(z.string(), z.number().int().min(1).max(5)),
  recommendation: z.enum(['strong-hire', 'hire', 'no-hire', 'strong-no-hire']),
});
/** A scorecard. */
export type Scorecard = z.output<typeof ScorecardSchema>;

/** Scorecards of one candidate, combined. */
export interface ScorecardSummary {
  readonly candidateId: string;
  readonly interviews: number;
  /** Mean rating per criterion over the scorecards that rate it. */
  readonly criterionMeans: Readonly<Record<string, number>>;
  /** Mean of the criterion means. */
  readonly overall: number;
  readonly recommendations: Readonly<Record<Scorecard['recommendation'], number>>;
}

/**
 * Combines a candidate's scorecards: mean rating per criterion, overall mean of those, and recommendation
 * counts. One interviewer may submit one scorecard per candidate.
 * @throws BoValidationError `HR/INVALID_SCORECARD`, `HR/DUPLICATE_SCORECARD`
 * @example summarizeScorecards(cards).get('C1')?.overall // 3.75
 */
export function summarizeScorecards(cards: readonly Scorecard[]): Map<string, ScorecardSummary> {
  const seen = new Set<string>();
  const by = new Map<string, Scorecard[]>();
  cards.forEach((raw, i) => {
    const r = ScorecardSchema.safeParse(raw);
    if (!r.success)
      invalid(
        'HR/INVALID_SCORECARD',
        `invalid scorecard: ${r.error.issues[0]!.message}`,
        'phiếu đánh giá không hợp lệ',
        [i, ...r.error.issues[0]!.path.filter((p): p is string | number => typeof p !== 'symbol')],
      );
    const key = `${raw.candidateId}|${raw.interviewer}`;
    if (seen.has(key))
      invalid(
        'HR/DUPLICATE_SCORECARD',
        `${raw.interviewer} already scored ${raw.candidateId}`,
        'người phỏng vấn đã chấm ứng viên này',
        [i],
      );
    seen.add(key);
    by.set(raw.candidateId, [...(by.get(raw.candidateId) ?? []), raw]);
  });
  const out = new Map<string, ScorecardSummary>();
  for (const [candidateId, list] of by) {
    const sums = new Map<string, { total: number; n: number }>();
    const recommendations = { 'strong-hire': 0, hire: 0, 'no-hire': 0, 'strong-no-hire': 0 };
    for (const c of list) {
      recommendations[c.recommendation]++;
      for (const [k, v] of Object.entries(c.ratings)) {
        const s = sums.get(k) ?? { total: 0, n: 0 };
        sums.set(k, { total: s.total + v, n: s.n + 1 });
      }
    }
    const criterionMeans = Object.fromEntries([...sums].map(([k, s]) => [k, s.total / s.n]));
    const means = Object.values(criterionMeans);
    out.set(candidateId, {
      candidateId,
      interviews: list.length,
      criterionMeans,
      overall: means.length ? means.reduce((a, b) => a + b, 0) / means.length : 0,
      recommendations,
    });
  }
  return out;
}
