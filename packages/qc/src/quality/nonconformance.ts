import { z } from 'zod';
import { illegalState, invalid } from '../errors.js';
import { type Signature, SignatureSchema } from './timestamp.js';

/**
 * Status of a nonconformance and its corrective action (CAPA), in order:
 * open → containment → root-cause → action → verification → closed.
 *
 * @example
 * const s: CapaStatus = 'root-cause';
 */
export type CapaStatus = 'open' | 'containment' | 'root-cause' | 'action' | 'verification' | 'closed';

/**
 * Root-cause categories (6M, Ishikawa; as qcc `causeEffectDiagram`).
 *
 * @example
 * const c: CauseCategory = 'machines';
 */
export type CauseCategory =
  | 'measurements'
  | 'materials'
  | 'personnel'
  | 'environment'
  | 'methods'
  | 'machines';

/**
 * The events that move a nonconformance forward, each signed (who/when). `reopen` sends a verification found
 * ineffective back to action.
 *
 * @example
 * const e: CapaEvent = { type: 'contain', by: 'qa.lan', at: '2026-11-03T09:00:00Z', actions: ['Quarantine lot 7'] };
 */
export type CapaEvent =
  | (Signature & { readonly type: 'contain'; readonly actions: readonly string[] })
  | (Signature & {
      readonly type: 'analyse';
      readonly method: '5-why' | 'ishikawa' | '8d' | 'fault-tree' | 'other';
      readonly rootCause: string;
      readonly category: CauseCategory;
    })
  | (Signature & {
      readonly type: 'plan-action';
      readonly actions: readonly {
        readonly description: string;
        readonly owner: string;
        readonly due: string;
      }[];
    })
  | (Signature & { readonly type: 'verify'; readonly effective: boolean; readonly evidence: string })
  | (Signature & { readonly type: 'reopen'; readonly reason: string })
  | (Signature & { readonly type: 'close'; readonly note?: string });

/**
 * Legal transitions, as data: for each status, the events it accepts and the status each leads to.
 * `verify` leads to `verification` whether or not the action was effective; only an effective verification may
 * be closed, an ineffective one is reopened.
 *
 * @example
 * CAPA_TRANSITIONS.open // { contain: 'containment' }
 */
export const CAPA_TRANSITIONS: Readonly<
  Record<CapaStatus, Readonly<Partial<Record<CapaEvent['type'], CapaStatus>>>>
> = Object.freeze({
  open: { contain: 'containment' },
  containment: { analyse: 'root-cause' },
  'root-cause': { 'plan-action': 'action' },
  action: { verify: 'verification' },
  verification: { close: 'closed', reopen: 'action' },
  closed: {},
});

/**
 * A nonconformance report (NCR, báo cáo sự không phù hợp) with its CAPA workflow and full signed history.
 *
 * @example
 * const ncr = openNonconformance({ id: 'NCR-1', title: 'Diameter out of spec', …, opened: { by: 'qc.minh', at: '2026-11-03T08:30:00Z' } });
 */
export interface Nonconformance {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly source: 'inspection' | 'process' | 'complaint' | 'audit' | 'supplier';
  readonly severity: 'minor' | 'major' | 'critical';
  readonly lotId?: string;
  readonly quantity?: number;
  readonly status: CapaStatus;
  readonly opened: Signature;
  /** Every event applied, in order. */
  readonly history: readonly CapaEvent[];
  /** Linked customer complaints (ids). */
  readonly complaintIds: readonly string[];
}

/**
 * Input of {@link openNonconformance}.
 *
 * @example
 * const input: NonconformanceInput = { id: 'NCR-1', title: 'Diameter out of spec', description: '…', source: 'inspection', severity: 'major', opened };
 */
export type NonconformanceInput = Omit<Nonconformance, 'status' | 'history' | 'complaintIds'>;

/**
 * Zod schema of {@link NonconformanceInput}.
 *
 * @example
 * NonconformanceInputSchema.parse(input);
 */
export const NonconformanceInputSchema = z.object({
  id: z.string().trim().min(1),
  title: z.string().trim().min(1),
  description: z.string(),
  source: z.enum(['inspection', 'process', 'complaint', 'audit', 'supplier']),
  severity: z.enum(['minor', 'major', 'critical']),
  lotId: z.string().optional(),
  quantity: z.number().int().nonnegative().optional(),
  opened: SignatureSchema,
});

/**
 * Opens a nonconformance report in status `open`.
 *
 * @example
 * openNonconformance({ id: 'NCR-1', title: 'Ø out of spec', description: 'Lot 7: 3 rings > USL', source: 'inspection', severity: 'major', opened: { by: 'qc.minh', at: '2026-11-03T08:30:00Z' } })
 */
export function openNonconformance(input: NonconformanceInput): Nonconformance {
  const parsed = NonconformanceInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(
      'QC/INVALID_INPUT',
      `invalid nonconformance: ${issue.message}`,
      `báo cáo không phù hợp không hợp lệ: ${issue.message}`,
      issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    );
  }
  return { ...input, status: 'open', history: [], complaintIds: [] };
}

const EventSchemas = {
  contain: z.object({ actions: z.array(z.string().trim().min(1)).min(1) }),
  analyse: z.object({
    method: z.enum(['5-why', 'ishikawa', '8d', 'fault-tree', 'other']),
    rootCause: z.string().trim().min(1),
    category: z.enum(['measurements', 'materials', 'personnel', 'environment', 'methods', 'machines']),
  }),
  'plan-action': z.object({
    actions: z
      .array(
        z.object({
          description: z.string().trim().min(1),
          owner: z.string().trim().min(1),
          due: z.iso.date(),
        }),
      )
      .min(1),
  }),
  verify: z.object({ effective: z.boolean(), evidence: z.string().trim().min(1) }),
  reopen: z.object({ reason: z.string().trim().min(1) }),
  close: z.object({ note: z.string().optional() }),
} as const;

/**
 * Applies an event to a nonconformance and returns the updated report (the input is not changed). Rejects,
 * with a `BoStateError` `QC/INVALID_TRANSITION`, any event the current status does not accept (see
 * {@link CAPA_TRANSITIONS}), closing an ineffective verification, and events dated before the previous one.
 *
 * @example
 * ncr = advanceNonconformance(ncr, { type: 'contain', by: 'qa.lan', at: '2026-11-03T09:00:00Z', actions: ['Quarantine lot 7'] });
 */
export function advanceNonconformance(ncr: Nonconformance, event: CapaEvent): Nonconformance {
  const next = CAPA_TRANSITIONS[ncr.status][event.type];
  if (next === undefined) {
    const allowed = Object.keys(CAPA_TRANSITIONS[ncr.status]);
    throw illegalState(
      'QC/INVALID_TRANSITION',
      `${ncr.id}: '${event.type}' is not allowed in status '${ncr.status}' (allowed: ${allowed.join(', ') || 'none'})`,
      `${ncr.id}: không thể '${event.type}' khi đang ở trạng thái '${ncr.status}' (cho phép: ${allowed.join(', ') || 'không'})`,
      { id: ncr.id, from: ncr.status, event: event.type, allowed },
    );
  }
  const sig = SignatureSchema.safeParse({ by: event.by, at: event.at });
  if (!sig.success) {
    throw invalid(
      'QC/INVALID_INPUT',
      `${event.type}: who (by) and when (at, UTC to the second) are required`,
      `${event.type}: cần ghi người thực hiện và thời điểm (UTC)`,
      [sig.error.issues[0]?.path[0] === 'by' ? 'by' : 'at'],
    );
  }
  const payload = EventSchemas[event.type].safeParse(event);
  if (!payload.success) {
    const issue = payload.error.issues[0]!;
    throw invalid(
      'QC/INVALID_INPUT',
      `${event.type}: ${issue.message}`,
      `${event.type}: ${issue.message}`,
      issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    );
  }
  const last = ncr.history.at(-1)?.at ?? ncr.opened.at;
  if (event.at < last) {
    throw illegalState(
      'QC/INVALID_TRANSITION',
      `${event.type} at ${event.at} is before the previous step (${last})`,
      `${event.type} lúc ${event.at} sớm hơn bước trước (${last})`,
      { at: event.at, previous: last },
    );
  }
  if (event.type === 'close') {
    const verification = [...ncr.history].reverse().find((e) => e.type === 'verify');
    if (verification?.type === 'verify' && !verification.effective) {
      throw illegalState(
        'QC/INVALID_TRANSITION',
        `${ncr.id}: the action was verified as not effective; reopen it instead of closing`,
        `${ncr.id}: hành động được xác nhận là không hiệu lực; hãy mở lại thay vì đóng`,
        { id: ncr.id },
      );
    }
  }
  return { ...ncr, status: next, history: [...ncr.history, event] };
}

/**
 * A customer complaint (khiếu nại của khách hàng), linked to the nonconformances it raised.
 *
 * @example
 * const c: CustomerComplaint = { id: 'CC-9', customer: 'ACME', description: 'Rings leak', received: { by: 'cs.hoa', at: '2026-11-05T02:00:00Z' }, nonconformanceIds: [] };
 */
export interface CustomerComplaint {
  readonly id: string;
  readonly customer: string;
  readonly description: string;
  readonly lotId?: string;
  readonly received: Signature;
  readonly nonconformanceIds: readonly string[];
}

/**
 * Links a complaint and a nonconformance both ways (idempotent) and returns both updated.
 *
 * @example
 * const { complaint, nonconformance } = linkComplaint(complaint, ncr);
 */
export function linkComplaint(
  complaint: CustomerComplaint,
  nonconformance: Nonconformance,
): { complaint: CustomerComplaint; nonconformance: Nonconformance } {
  if (nonconformance.status === 'closed') {
    throw illegalState(
      'QC/INVALID_TRANSITION',
      `${nonconformance.id} is closed; open a new nonconformance for this complaint`,
      `${nonconformance.id} đã đóng; hãy mở báo cáo mới cho khiếu nại này`,
      { id: nonconformance.id },
    );
  }
  return {
    complaint: complaint.nonconformanceIds.includes(nonconformance.id)
      ? complaint
      : { ...complaint, nonconformanceIds: [...complaint.nonconformanceIds, nonconformance.id] },
    nonconformance: nonconformance.complaintIds.includes(complaint.id)
      ? nonconformance
      : { ...nonconformance, complaintIds: [...nonconformance.complaintIds, complaint.id] },
  };
}
