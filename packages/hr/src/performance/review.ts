import { z } from 'zod';
import { invalid } from '../internal/fail.js';
import { CalendarDateSchema } from '../internal/schemas.js';

/**
 * A review cycle (kỳ đánh giá): its dates, the rating scale, how rater groups are weighted, and how goals
 * and ratings combine into the final score.
 * @example ReviewCycleSchema.parse({ id: '2026H1', start: '2026-01-01', end: '2026-06-30', scale: { min: 1, max: 5 },
 *   raterWeights: { self: 0.2, manager: 0.6, peer: 0.2 }, goalWeight: 0.5 })
 */
export const ReviewCycleSchema = z
  .object({
    id: z.string().min(1),
    start: CalendarDateSchema,
    end: CalendarDateSchema,
    scale: z
      .object({ min: z.number(), max: z.number() })
      .refine((s) => s.max > s.min, { message: 'scale max must exceed min' }),
    raterWeights: z.object({ self: z.number().min(0), manager: z.number().min(0), peer: z.number().min(0) }),
    /** Share of the final score from goal attainment (the rest from ratings), 0–1. */
    goalWeight: z.number().min(0).max(1),
    /** Attainment above this (1.2 = 120 %) is capped. */
    attainmentCap: z.number().min(1).default(1.2),
  })
  .refine((c) => c.end >= c.start, { message: 'cycle ends before it starts', path: ['end'] })
  .refine((c) => c.raterWeights.self + c.raterWeights.manager + c.raterWeights.peer > 0, {
    message: 'rater weights are all zero',
    path: ['raterWeights'],
  });
/** A review cycle. */
export type ReviewCycle = z.output<typeof ReviewCycleSchema>;

/**
 * A goal or KPI with a weight, a target and the actual result.
 * @example GoalSchema.parse({ id: 'g1', title: 'Close books by day 5', weight: 3, target: 5, actual: 4, direction: 'lower-is-better' })
 */
export const GoalSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  weight: z.number().positive(),
  target: z.number().refine((t) => t !== 0, 'target must not be 0'),
  actual: z.number(),
  direction: z.enum(['higher-is-better', 'lower-is-better']).default('higher-is-better'),
});
/** A goal. */
export type Goal = z.input<typeof GoalSchema>;

/** A rating by one rater. */
export interface Rating {
  readonly rater: string;
  readonly relation: 'self' | 'manager' | 'peer';
  readonly score: number;
}

/** The result of {@link scoreReview}, with each part shown. */
export interface ReviewScore {
  /** Σ wᵢ × min(attainmentᵢ, cap) / Σ wᵢ, attainment = actual/target (or target/actual when lower is better). */
  readonly goalAttainment: number;
  /** Goal attainment mapped onto the scale: min + (max − min) × attainment / cap. */
  readonly goalScore: number;
  /** Mean rating per rater group present. */
  readonly relationMeans: Readonly<Partial<Record<Rating['relation'], number>>>;
  /** Σ w_g × mean_g / Σ w_g over the rater groups present (weights renormalised when a group is missing). */
  readonly ratingScore: number;
  /** goalWeight × goalScore + (1 − goalWeight) × ratingScore. */
  readonly finalScore: number;
}

/**
 * Scores one employee's review with stated formulas (see {@link ReviewScore}). Scores are float64.
 * @throws BoValidationError `HR/INVALID_REVIEW_CYCLE`, `HR/INVALID_GOAL`, `HR/RATING_OUT_OF_SCALE`, `HR/NO_RATINGS`
 * @example scoreReview(cycle, goals, [{ rater: 'E1', relation: 'self', score: 4 }, { rater: 'M1', relation: 'manager', score: 3 }]).finalScore
 */
export function scoreReview(
  cycleInput: unknown,
  goals: readonly Goal[],
  ratings: readonly Rating[],
): ReviewScore {
  const c = ReviewCycleSchema.safeParse(cycleInput);
  if (!c.success)
    invalid(
      'HR/INVALID_REVIEW_CYCLE',
      `invalid review cycle: ${c.error.issues[0]!.message}`,
      'kỳ đánh giá không hợp lệ',
      c.error.issues[0]!.path.filter((p): p is string | number => typeof p !== 'symbol'),
    );
  const cycle = c.data;
  let weightSum = 0;
  let attained = 0;
  goals.forEach((raw, i) => {
    const g = GoalSchema.safeParse(raw);
    if (!g.success)
      invalid('HR/INVALID_GOAL', `invalid goal: ${g.error.issues[0]!.message}`, 'mục tiêu không hợp lệ', [
        i,
        ...g.error.issues[0]!.path.filter((p): p is string | number => typeof p !== 'symbol'),
      ]);
    const { weight, target, actual, direction } = g.data;
    const ratio =
      direction === 'higher-is-better'
        ? actual / target
        : actual === 0
          ? cycle.attainmentCap
          : target / actual;
    attained += weight * Math.min(Math.max(ratio, 0), cycle.attainmentCap);
    weightSum += weight;
  });
  const goalAttainment = weightSum > 0 ? attained / weightSum : 0;
  const { min, max } = cycle.scale;
  const goalScore = min + ((max - min) * goalAttainment) / cycle.attainmentCap;
  const groups: Record<Rating['relation'], number[]> = { self: [], manager: [], peer: [] };
  ratings.forEach((r, i) => {
    if (!(r.score >= min && r.score <= max))
      invalid(
        'HR/RATING_OUT_OF_SCALE',
        `rating ${r.score} is outside ${min}–${max}`,
        `điểm ${r.score} ngoài thang ${min}–${max}`,
        [i, 'score'],
      );
    groups[r.relation].push(r.score);
  });
  const relationMeans: Partial<Record<Rating['relation'], number>> = {};
  let num = 0;
  let den = 0;
  for (const rel of ['self', 'manager', 'peer'] as const) {
    const list = groups[rel];
    if (list.length === 0) continue;
    const mean = list.reduce((a, b) => a + b, 0) / list.length;
    relationMeans[rel] = mean;
    num += cycle.raterWeights[rel] * mean;
    den += cycle.raterWeights[rel];
  }
  if (den === 0 && cycle.goalWeight < 1)
    invalid(
      'HR/NO_RATINGS',
      'no ratings from a weighted rater group',
      'chưa có đánh giá từ nhóm người đánh giá có trọng số',
      ['ratings'],
    );
  const ratingScore = den === 0 ? 0 : num / den;
  const finalScore = cycle.goalWeight * goalScore + (1 - cycle.goalWeight) * ratingScore;
  return { goalAttainment, goalScore, relationMeans, ratingScore, finalScore };
}
