import { parseWith } from '@bo/core';
import { z } from 'zod';
import { type SpecLimits, SpecLimitsSchema } from '../capability/process-capability.js';
import { illegalState, invalid } from '../errors.js';
import { type SamplingPlan, lotDecision } from '../sampling/sampling-plan.js';
import { type Signature, SignatureSchema } from './timestamp.js';

/**
 * A characteristic to inspect (đặc tính kiểm tra): measured against specs, or checked pass/fail.
 *
 * @example
 * const c: Characteristic = { id: 'diameter', name: 'Inside diameter (mm)', kind: 'variable', spec: { lsl: 73.95, usl: 74.05 } };
 */
export type Characteristic =
  | {
      readonly id: string;
      readonly name: string;
      readonly kind: 'variable';
      readonly spec: SpecLimits;
      readonly unit?: string;
    }
  | { readonly id: string; readonly name: string; readonly kind: 'attribute'; readonly criterion: string };

/**
 * An inspection plan (kế hoạch kiểm tra): what to check on each sampled unit.
 *
 * @example
 * const plan: InspectionPlan = { id: 'IP-RING', name: 'Piston ring incoming', characteristics: [diameter, scratches] };
 */
export interface InspectionPlan {
  readonly id: string;
  readonly name: string;
  readonly characteristics: readonly Characteristic[];
}

/**
 * Zod schema of {@link InspectionPlan}.
 *
 * @example
 * InspectionPlanSchema.parse(plan);
 */
export const InspectionPlanSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  characteristics: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({
          id: z.string().min(1),
          name: z.string().min(1),
          kind: z.literal('variable'),
          spec: SpecLimitsSchema,
          unit: z.string().optional(),
        }),
        z.object({
          id: z.string().min(1),
          name: z.string().min(1),
          kind: z.literal('attribute'),
          criterion: z.string().min(1),
        }),
      ]),
    )
    .min(1),
});

/**
 * The results for one sampled unit: a measurement per variable characteristic, pass/fail per attribute.
 *
 * @example
 * const u: UnitResult = { unit: 'S-001', values: { diameter: 74.012 }, checks: { scratches: true } };
 */
export interface UnitResult {
  readonly unit: string;
  readonly values?: Readonly<Record<string, number>>;
  readonly checks?: Readonly<Record<string, boolean>>;
}

/**
 * An inspection record (hồ sơ kiểm tra) of a lot.
 *
 * @example
 * const record: InspectionRecord = { planId: 'IP-RING', lotId: 'LOT-7', lotSize: 1000, units, inspected: { by: 'qc.minh', at: '2026-11-03T08:15:00Z' } };
 */
export interface InspectionRecord {
  readonly planId: string;
  readonly lotId: string;
  readonly lotSize: number;
  readonly units: readonly UnitResult[];
  readonly inspected: Signature;
}

/**
 * The evaluation of an inspection record against its plan.
 *
 * @example
 * const e = evaluateInspection(plan, record); e.nonconformingUnits
 */
export interface InspectionEvaluation {
  readonly lotId: string;
  readonly unitsInspected: number;
  /** Units with at least one nonconforming characteristic. */
  readonly nonconformingUnits: number;
  /** Total nonconformities (defects) over all units and characteristics. */
  readonly nonconformities: number;
  /** Nonconformities per characteristic id (feeds {@link paretoAnalysis}). */
  readonly byCharacteristic: Readonly<Record<string, number>>;
  /** Per unit, the ids of the characteristics that failed. */
  readonly failures: readonly { readonly unit: string; readonly characteristics: readonly string[] }[];
}

/**
 * Evaluates an inspection record: each measurement against its spec (outside LSL/USL = nonconforming), each
 * attribute check pass/fail. Every unit must report every characteristic of the plan.
 *
 * @example
 * evaluateInspection(plan, record).byCharacteristic // { diameter: 1, scratches: 2 }
 */
export function evaluateInspection(plan: InspectionPlan, record: InspectionRecord): InspectionEvaluation {
  parseWith(InspectionPlanSchema, plan, 'inspection plan', 'QC/INVALID_INPUT');
  if (record.planId !== plan.id) {
    throw invalid(
      'QC/INVALID_INPUT',
      `record is for plan ${record.planId}, not ${plan.id}`,
      `hồ sơ thuộc kế hoạch ${record.planId}, không phải ${plan.id}`,
      ['planId'],
    );
  }
  const sig = SignatureSchema.safeParse(record.inspected);
  if (!sig.success)
    throw invalid(
      'QC/INVALID_INPUT',
      'inspected must name who and when (UTC, to the second)',
      'cần ghi rõ người và thời điểm kiểm tra',
      ['inspected'],
    );
  if (record.units.length === 0)
    throw invalid('QC/EMPTY_DATA', 'no units inspected', 'chưa kiểm tra đơn vị nào', ['units']);
  const byCharacteristic: Record<string, number> = Object.fromEntries(
    plan.characteristics.map((c) => [c.id, 0]),
  );
  const failures: { unit: string; characteristics: string[] }[] = [];
  let nonconformities = 0;
  record.units.forEach((u, i) => {
    const failed: string[] = [];
    for (const c of plan.characteristics) {
      let ok: boolean;
      if (c.kind === 'variable') {
        const v = u.values?.[c.id];
        if (typeof v !== 'number' || !Number.isFinite(v)) {
          throw invalid(
            'QC/INVALID_INPUT',
            `unit ${u.unit}: missing measurement '${c.id}'`,
            `đơn vị ${u.unit}: thiếu số đo '${c.id}'`,
            ['units', i, 'values', c.id],
          );
        }
        ok = (c.spec.lsl === undefined || v >= c.spec.lsl) && (c.spec.usl === undefined || v <= c.spec.usl);
      } else {
        const v = u.checks?.[c.id];
        if (typeof v !== 'boolean') {
          throw invalid(
            'QC/INVALID_INPUT',
            `unit ${u.unit}: missing check '${c.id}'`,
            `đơn vị ${u.unit}: thiếu kết quả kiểm '${c.id}'`,
            ['units', i, 'checks', c.id],
          );
        }
        ok = v;
      }
      if (!ok) {
        failed.push(c.id);
        byCharacteristic[c.id] = (byCharacteristic[c.id] ?? 0) + 1;
        nonconformities++;
      }
    }
    if (failed.length > 0) failures.push({ unit: u.unit, characteristics: failed });
  });
  return {
    lotId: record.lotId,
    unitsInspected: record.units.length,
    nonconformingUnits: failures.length,
    nonconformities,
    byCharacteristic,
    failures,
  };
}

/**
 * Lot disposition (quyết định xử lý lô): accept, reject, rework, or use as is under a concession (nhân nhượng).
 *
 * @example
 * const d: LotDisposition = { decision: 'use-as-is', concession: { reference: 'CON-12', by: 'qa.manager', at: '2026-11-04T09:00:00Z' } };
 */
export type LotDisposition =
  | {
      readonly decision: 'accept' | 'reject' | 'rework';
      readonly decided: Signature;
      readonly reason?: string;
    }
  | {
      readonly decision: 'use-as-is';
      readonly decided: Signature;
      readonly concession: Signature & { readonly reference: string };
      readonly reason?: string;
    };

/**
 * Decides a lot. With a sampling plan, the plan's verdict (accept when nonconforming units ≤ Ac) is the default;
 * an override to `rework` or `use-as-is` is allowed on a rejected lot only, and `use-as-is` needs a concession
 * signed by someone (ISO 9001:2015 §8.7).
 *
 * @example
 * disposeLot(evaluation, { plan, decided: { by: 'qc.minh', at: '2026-11-03T10:00:00Z' } }).decision // 'accept'
 */
export function disposeLot(
  evaluation: InspectionEvaluation,
  input: {
    plan?: SamplingPlan;
    decided: Signature;
    override?: 'rework' | 'use-as-is' | 'reject';
    concession?: Signature & { reference: string };
    reason?: string;
  },
): LotDisposition {
  const sig = SignatureSchema.safeParse(input.decided);
  if (!sig.success)
    throw invalid(
      'QC/INVALID_INPUT',
      'decided must name who and when',
      'cần ghi rõ người và thời điểm quyết định',
      ['decided'],
    );
  const verdict = input.plan
    ? lotDecision(input.plan, evaluation.nonconformingUnits)
    : evaluation.nonconformingUnits === 0
      ? 'accept'
      : 'reject';
  const reason = input.reason !== undefined ? { reason: input.reason } : {};
  if (input.override === undefined) {
    return { decision: verdict === 'reject' ? 'reject' : 'accept', decided: input.decided, ...reason };
  }
  if (verdict !== 'reject' && input.override !== 'reject') {
    throw illegalState(
      'QC/INVALID_TRANSITION',
      `the lot passed inspection; '${input.override}' applies to rejected lots only`,
      `lô đạt kiểm tra; '${input.override}' chỉ áp dụng cho lô bị loại`,
      { override: input.override },
    );
  }
  if (input.override === 'use-as-is') {
    const c = input.concession;
    if (c === undefined || !SignatureSchema.safeParse(c).success || !c.reference) {
      throw invalid(
        'QC/INVALID_INPUT',
        'use-as-is needs a concession with a reference, who approved it and when',
        'sử dụng nguyên trạng cần có nhân nhượng: số tham chiếu, người duyệt và thời điểm',
        ['concession'],
      );
    }
    return { decision: 'use-as-is', decided: input.decided, concession: c, ...reason };
  }
  return { decision: input.override, decided: input.decided, ...reason };
}
