import { z } from 'zod';
import { invalid } from '../internal/fail.js';
import type { Candidate } from './pipeline.js';

/**
 * One screening criterion over a candidate attribute, scored 0–1:
 * - `scale`: numeric, linear from `min` (0) to `max` (1), clamped;
 * - `at-least`: numeric ≥ `threshold` scores 1, else 0;
 * - `flag`: `true` scores 1;
 * - `one-of`: the value is in `values`.
 * A `required` criterion knocks out candidates who score 0 on it.
 * @example ScreeningCriterionSchema.parse({ key: 'years', weight: 2, kind: 'scale', min: 0, max: 5 })
 */
export const ScreeningCriterionSchema = z.discriminatedUnion('kind', [
  z.object({
    key: z.string(),
    weight: z.number().positive(),
    required: z.boolean().default(false),
    kind: z.literal('scale'),
    min: z.number(),
    max: z.number(),
  }),
  z.object({
    key: z.string(),
    weight: z.number().positive(),
    required: z.boolean().default(false),
    kind: z.literal('at-least'),
    threshold: z.number(),
  }),
  z.object({
    key: z.string(),
    weight: z.number().positive(),
    required: z.boolean().default(false),
    kind: z.literal('flag'),
  }),
  z.object({
    key: z.string(),
    weight: z.number().positive(),
    required: z.boolean().default(false),
    kind: z.literal('one-of'),
    values: z.array(z.string()).min(1),
  }),
]);
/** A screening criterion. */
export type ScreeningCriterion = z.input<typeof ScreeningCriterionSchema>;

/** A screened candidate. */
export interface ScreeningResult {
  readonly candidateId: string;
  /** Weighted score 0–1: Σ weightᵢ × scoreᵢ / Σ weightᵢ. */
  readonly score: number;
  readonly criterionScores: Readonly<Record<string, number>>;
  /** Required criteria the candidate failed (knocked out when non-empty). */
  readonly knockedOutBy: readonly string[];
  /** 1-based rank among candidates not knocked out; undefined when knocked out. */
  readonly rank: number | undefined;
  readonly shortlisted: boolean;
}

function criterionScore(c: z.output<typeof ScreeningCriterionSchema>, value: unknown): number {
  switch (c.kind) {
    case 'scale': {
      if (typeof value !== 'number' || c.max === c.min) return 0;
      return Math.min(1, Math.max(0, (value - c.min) / (c.max - c.min)));
    }
    case 'at-least':
      return typeof value === 'number' && value >= c.threshold ? 1 : 0;
    case 'flag':
      return value === true ? 1 : 0;
    case 'one-of':
      return typeof value === 'string' && c.values.includes(value) ? 1 : 0;
  }
}

/**
 * Screens candidates by weighted criteria and ranks them: knocked-out candidates (a required criterion
 * scored 0) are not ranked; the rest are ranked by score, then by application date, then id; the top
 * `shortlistSize` are shortlisted. Scores are float64 (a ranking, not money).
 * @throws BoValidationError `HR/INVALID_CRITERIA`
 * @example screenCandidates(candidates, [{ key: 'yearsExperience', weight: 2, kind: 'scale', min: 0, max: 5 }], 3)
 */
export function screenCandidates(
  candidates: readonly Candidate[],
  criteria: readonly ScreeningCriterion[],
  shortlistSize: number,
): ScreeningResult[] {
  const parsed = z.array(ScreeningCriterionSchema).min(1).safeParse(criteria);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    invalid(
      'HR/INVALID_CRITERIA',
      `invalid screening criteria: ${issue.message}`,
      'tiêu chí sàng lọc không hợp lệ',
      issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    );
  }
  const list = parsed.data;
  const totalWeight = list.reduce((s, c) => s + c.weight, 0);
  const scored = candidates.map((cand) => {
    const criterionScores: Record<string, number> = {};
    const knockedOutBy: string[] = [];
    let sum = 0;
    for (const c of list) {
      const s = criterionScore(c, cand.attributes[c.key]);
      criterionScores[c.key] = s;
      sum += c.weight * s;
      if (c.required && s === 0) knockedOutBy.push(c.key);
    }
    return { cand, score: sum / totalWeight, criterionScores, knockedOutBy };
  });
  const ranked = scored
    .filter((s) => s.knockedOutBy.length === 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.cand.appliedOn < b.cand.appliedOn ? -1 : a.cand.appliedOn > b.cand.appliedOn ? 1 : 0) ||
        (a.cand.id < b.cand.id ? -1 : 1),
    );
  const rankOf = new Map(ranked.map((s, i) => [s.cand.id, i + 1]));
  return scored
    .map((s) => {
      const rank = rankOf.get(s.cand.id);
      return {
        candidateId: s.cand.id,
        score: s.score,
        criterionScores: s.criterionScores,
        knockedOutBy: s.knockedOutBy,
        rank,
        shortlisted: rank !== undefined && rank <= shortlistSize,
      };
    })
    .sort((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY));
}
