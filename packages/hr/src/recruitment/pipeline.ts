import { Decimal, parseWith } from '@bo/core';
import { z } from 'zod';
import { invalid, stateError } from '../internal/fail.js';
import { CalendarDateSchema, DecimalStringSchema } from '../internal/schemas.js';

/**
 * Stages of the hiring pipeline.
 * @example PIPELINE_STAGES.includes('offer') // true
 */
export const PIPELINE_STAGES = [
  'applied',
  'screening',
  'interview',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
  'declined',
] as const;
/** A pipeline stage. */
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/**
 * Allowed stage changes — data you may replace with your own pipeline. Final stages (`hired`, `rejected`,
 * `withdrawn`, `declined`) allow none.
 * @example PIPELINE_TRANSITIONS.offer // ['hired', 'declined', 'rejected', 'withdrawn']
 */
export const PIPELINE_TRANSITIONS: Readonly<Record<PipelineStage, readonly PipelineStage[]>> = {
  applied: ['screening', 'rejected', 'withdrawn'],
  screening: ['interview', 'rejected', 'withdrawn'],
  interview: ['interview', 'offer', 'rejected', 'withdrawn'],
  offer: ['hired', 'declined', 'rejected', 'withdrawn'],
  hired: [],
  rejected: [],
  withdrawn: [],
  declined: [],
};

/**
 * A job requisition (yêu cầu tuyển dụng): the position, how many, the salary range and status.
 * @example RequisitionSchema.parse({ id: 'R1', title: 'Kế toán viên', orgUnit: 'Finance', openings: 2, openedOn: '2026-03-01', status: 'open' })
 */
export const RequisitionSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    orgUnit: z.string().min(1),
    openings: z.number().int().positive(),
    openedOn: CalendarDateSchema,
    status: z.enum(['draft', 'open', 'on-hold', 'filled', 'cancelled']),
    salaryMin: DecimalStringSchema.optional(),
    salaryMax: DecimalStringSchema.optional(),
  })
  .refine(
    (r) =>
      r.salaryMin === undefined || r.salaryMax === undefined || new Decimal(r.salaryMin).lte(r.salaryMax),
    {
      message: 'salaryMin is above salaryMax',
      path: ['salaryMax'],
    },
  );
/** A requisition. */
export type Requisition = z.output<typeof RequisitionSchema>;

/**
 * A candidate (ứng viên) for a requisition, with the stage history and facts used for screening
 * (`attributes`: years of experience, degree, languages…).
 * @example CandidateSchema.parse({ id: 'C1', requisitionId: 'R1', fullName: 'Lê Văn Bình', appliedOn: '2026-03-05', stage: 'applied', history: [{ stage: 'applied', on: '2026-03-05' }] })
 */
export const CandidateSchema = z.object({
  id: z.string().min(1),
  requisitionId: z.string().min(1),
  fullName: z.string().min(1),
  email: z.string().email().optional(),
  phone: z.string().optional(),
  nationalId: z.string().optional(),
  birthDate: CalendarDateSchema.optional(),
  appliedOn: CalendarDateSchema,
  source: z.string().optional(),
  stage: z.enum(PIPELINE_STAGES),
  history: z
    .array(z.object({ stage: z.enum(PIPELINE_STAGES), on: CalendarDateSchema, note: z.string().optional() }))
    .min(1),
  attributes: z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])).default({}),
});
/** A candidate. */
export type Candidate = z.output<typeof CandidateSchema>;

/**
 * Validates a candidate.
 * @throws BoValidationError `HR/INVALID_CANDIDATE`
 * @example const c = parseCandidate(raw);
 */
export function parseCandidate(input: unknown): Candidate {
  return parseWith(CandidateSchema, input, 'candidate', 'HR/INVALID_CANDIDATE');
}

/**
 * Moves a candidate to another stage, returning a new candidate with the change in its history.
 * @throws BoStateError `HR/ILLEGAL_TRANSITION` when the pipeline does not allow the move;
 *   BoValidationError `HR/DATES_OUT_OF_ORDER` when the date is before the last stage change
 * @example moveCandidate(candidate, 'screening', '2026-03-06')
 */
export function moveCandidate(
  candidate: Candidate,
  to: PipelineStage,
  on: string,
  transitions: Readonly<Record<string, readonly string[]>> = PIPELINE_TRANSITIONS,
): Candidate {
  const allowed = transitions[candidate.stage] ?? [];
  if (!allowed.includes(to)) {
    stateError(
      'HR/ILLEGAL_TRANSITION',
      `a candidate cannot move from ${candidate.stage} to ${to}`,
      `ứng viên không thể chuyển từ ${candidate.stage} sang ${to}`,
      ['stage'],
      { from: candidate.stage, to, allowed },
    );
  }
  const last = candidate.history[candidate.history.length - 1]!;
  if (on < last.on)
    invalid(
      'HR/DATES_OUT_OF_ORDER',
      `stage change on ${on} is before the last one (${last.on})`,
      'ngày chuyển bước trước bước trước đó',
      ['on'],
    );
  return {
    ...candidate,
    stage: to,
    history: [...candidate.history, { stage: to, on: on as Candidate['appliedOn'] }],
  };
}

/** How far a requisition has got. */
export interface RequisitionProgress {
  readonly requisitionId: string;
  readonly openings: number;
  readonly hired: number;
  readonly remaining: number;
  /** Candidates still in the pipeline (not hired, rejected, withdrawn or declined), by stage. */
  readonly active: Readonly<Partial<Record<PipelineStage, number>>>;
  /** `filled` once hires reach the openings; otherwise the requisition's own status. */
  readonly status: Requisition['status'];
}

/**
 * Openings filled and candidates by stage for a requisition.
 * @example requisitionProgress(requisition, candidates) // { openings: 2, hired: 1, remaining: 1, active: { interview: 3 }, status: 'open' }
 */
export function requisitionProgress(
  requisition: Requisition,
  candidates: readonly Candidate[],
): RequisitionProgress {
  const mine = candidates.filter((c) => c.requisitionId === requisition.id);
  const hired = mine.filter((c) => c.stage === 'hired').length;
  const active: Partial<Record<PipelineStage, number>> = {};
  for (const c of mine) {
    if ((PIPELINE_TRANSITIONS[c.stage] ?? []).length === 0) continue;
    active[c.stage] = (active[c.stage] ?? 0) + 1;
  }
  return {
    requisitionId: requisition.id,
    openings: requisition.openings,
    hired,
    remaining: Math.max(0, requisition.openings - hired),
    active,
    status: hired >= requisition.openings ? 'filled' : requisition.status,
  };
}
