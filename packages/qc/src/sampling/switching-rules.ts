import { illegalState, invalid } from '../errors.js';
import { AQL_VALUES, type InspectionLevel } from './iso2859-tables.js';
import {
  type InspectionSeverity,
  type SamplingPlan,
  aqlColumn,
  lotDecision,
  samplingPlan,
} from './sampling-plan.js';

/**
 * Numbers of the ISO 2859-1:1999 §9.3 switching rules, as data.
 *
 * @example
 * SWITCHING_RULES.normalToTightened // { rejected: 2, window: 5 }
 */
export const SWITCHING_RULES = Object.freeze({
  source:
    'ISO 2859-1:1999 §9.3 (= ANSI/ASQ Z1.4-2003 §8.3, MIL-STD-105E §8.3); switching score per ISO 2859-1:1999 §9.3.3',
  /** 2 of 5 or fewer consecutive lots not accepted on normal → tightened. */
  normalToTightened: { rejected: 2, window: 5 },
  /** 5 consecutive lots accepted on tightened → normal. */
  tightenedToNormal: { accepted: 5 },
  /** Switching score at which normal → reduced is allowed (production steady, authority approves). */
  switchingScoreForReduced: 30,
  /** Score added per accepted lot when Ac ≤ 1. */
  scoreStepSmallAc: 2,
  /** Score added when Ac ≥ 2 and the lot would have been accepted at the AQL one step tighter. */
  scoreStepLargeAc: 3,
  /** Cumulative lots not accepted on tightened before inspection is discontinued. */
  discontinueAfterRejectedOnTightened: 5,
});

/**
 * State of the switching procedure (quy tắc chuyển đổi) — plain data, replayable from the lot results.
 *
 * @example
 * let state = startSwitching({ aql: 1, level: 'II', reducedApproved: true });
 */
export interface SwitchingState {
  readonly severity: InspectionSeverity | 'discontinued';
  readonly aql: number;
  readonly level: InspectionLevel;
  /** The responsible authority allows reduced inspection. */
  readonly reducedApproved: boolean;
  /** Outcomes (true = accepted) of the latest lots on the current severity, newest last (at most 5 kept). */
  readonly recent: readonly boolean[];
  /** Lots not accepted since tightened inspection began. */
  readonly rejectedOnTightened: number;
  /** ISO switching score (normal inspection only). */
  readonly switchingScore: number;
  /** Lots inspected so far. */
  readonly lots: number;
}

/**
 * One lot's result fed to the switching procedure.
 *
 * @example
 * const lot: LotResult = { lotSize: 1000, nonconforming: 1 };
 */
export interface LotResult {
  readonly lotSize: number;
  /** Nonconforming items found in the sample (original inspection, not resubmission). */
  readonly nonconforming: number;
  /** False when production is irregular or delayed (forces reduced → normal, blocks normal → reduced). */
  readonly productionSteady?: boolean;
}

/**
 * What happened to a lot.
 *
 * @example
 * const { state, plan, decision, switchedTo } = recordLot(state, { lotSize: 1000, nonconforming: 0 });
 */
export interface LotOutcome {
  readonly state: SwitchingState;
  readonly plan: SamplingPlan;
  readonly decision: 'accept' | 'reject' | 'accept-reinstate-normal';
  /** New severity if this lot triggered a switch, with the reason. */
  readonly switchedTo?: { readonly severity: SwitchingState['severity']; readonly reason: string };
}

/**
 * Starts the switching procedure on normal inspection (ISO 2859-1 §9.2).
 *
 * @example
 * startSwitching({ aql: 1 })
 */
export function startSwitching(config: {
  aql: number;
  level?: InspectionLevel;
  reducedApproved?: boolean;
}): SwitchingState {
  aqlColumn(config.aql);
  return {
    severity: 'normal',
    aql: config.aql,
    level: config.level ?? 'II',
    reducedApproved: config.reducedApproved ?? false,
    recent: [],
    rejectedOnTightened: 0,
    switchingScore: 0,
    lots: 0,
  };
}

/**
 * Feeds one lot to the switching procedure: picks the plan for the current severity, decides the lot and
 * returns the next state (a pure function: replay the lots to rebuild the state).
 *
 * - normal → tightened: 2 of the last ≤ 5 lots not accepted; tightened → normal: 5 in a row accepted;
 * - tightened → discontinued: 5 lots not accepted on tightened (then {@link resumeInspection});
 * - normal → reduced: switching score ≥ 30, production steady and `reducedApproved`; the score adds 2 per
 *   accepted lot when Ac ≤ 1, or 3 when Ac ≥ 2 and the lot would also pass at the AQL one step tighter, and
 *   resets to 0 otherwise;
 * - reduced → normal: a lot not accepted, a lot accepted between Ac and Re, or production not steady.
 *
 * @example
 * let s = startSwitching({ aql: 1 });
 * s = recordLot(s, { lotSize: 1000, nonconforming: 3 }).state; // rejected (Ac 2)
 * s = recordLot(s, { lotSize: 1000, nonconforming: 4 }).state; // 2 of 2 rejected → tightened
 */
export function recordLot(state: SwitchingState, lot: LotResult): LotOutcome {
  if (state.severity === 'discontinued') {
    throw illegalState(
      'QC/DISCONTINUED',
      'inspection under ISO 2859-1 is discontinued after 5 lots not accepted on tightened inspection; resume after corrective action',
      'việc kiểm tra đã bị đình chỉ sau 5 lô không được chấp nhận ở chế độ kiểm tra chặt; chỉ tiếp tục sau khi có hành động khắc phục',
      { lots: state.lots },
    );
  }
  const severity = state.severity;
  const plan = samplingPlan({ lotSize: lot.lotSize, aql: state.aql, level: state.level, severity });
  const decision = lotDecision(plan, lot.nonconforming);
  const accepted = decision !== 'reject';
  const steady = lot.productionSteady !== false;
  const recent = [...state.recent, accepted].slice(-SWITCHING_RULES.normalToTightened.window);
  const base = { ...state, lots: state.lots + 1 };
  const to = (next: SwitchingState['severity'], reason: string): LotOutcome => ({
    state: { ...base, severity: next, recent: [], rejectedOnTightened: 0, switchingScore: 0 },
    plan,
    decision,
    switchedTo: { severity: next, reason },
  });
  if (severity === 'normal') {
    const rejected = recent.filter((a) => !a).length;
    if (rejected >= SWITCHING_RULES.normalToTightened.rejected)
      return to('tightened', `${rejected} of the last ${recent.length} lots not accepted`);
    const score = nextScore(state, plan, lot, accepted);
    if (score >= SWITCHING_RULES.switchingScoreForReduced && steady && state.reducedApproved) {
      return to('reduced', `switching score ${score} ≥ ${SWITCHING_RULES.switchingScoreForReduced}`);
    }
    return { state: { ...base, recent, switchingScore: score }, plan, decision };
  }
  if (severity === 'tightened') {
    const rejectedOnTightened = state.rejectedOnTightened + (accepted ? 0 : 1);
    if (rejectedOnTightened >= SWITCHING_RULES.discontinueAfterRejectedOnTightened) {
      return {
        ...to('discontinued', `${rejectedOnTightened} lots not accepted on tightened inspection`),
        state: { ...base, severity: 'discontinued', recent: [], rejectedOnTightened, switchingScore: 0 },
      };
    }
    const run = trailingAccepted(recent);
    if (run >= SWITCHING_RULES.tightenedToNormal.accepted)
      return to('normal', `${run} consecutive lots accepted`);
    return { state: { ...base, recent, rejectedOnTightened }, plan, decision };
  }
  if (decision === 'reject') return to('normal', 'lot not accepted on reduced inspection');
  if (decision === 'accept-reinstate-normal')
    return to('normal', 'nonconforming count between Ac and Re on reduced inspection');
  if (!steady) return to('normal', 'production irregular or delayed');
  return { state: { ...base, recent }, plan, decision };
}

/**
 * Resumes a discontinued procedure on tightened inspection once corrective action has been taken
 * (ISO 2859-1 §9.4).
 *
 * @example
 * state = resumeInspection(state);
 */
export function resumeInspection(state: SwitchingState): SwitchingState {
  if (state.severity !== 'discontinued') {
    throw illegalState(
      'QC/INVALID_TRANSITION',
      `inspection is ${state.severity}, not discontinued`,
      `việc kiểm tra đang ở chế độ ${state.severity}, không bị đình chỉ`,
    );
  }
  return { ...state, severity: 'tightened', recent: [], rejectedOnTightened: 0, switchingScore: 0 };
}

function trailingAccepted(recent: readonly boolean[]): number {
  let n = 0;
  for (let i = recent.length - 1; i >= 0 && recent[i]; i--) n++;
  return n;
}

function nextScore(state: SwitchingState, plan: SamplingPlan, lot: LotResult, accepted: boolean): number {
  if (plan.acceptance <= 1) return accepted ? state.switchingScore + SWITCHING_RULES.scoreStepSmallAc : 0;
  const col = aqlColumn(state.aql);
  if (col === 0) return 0;
  const tighter = samplingPlan({
    lotSize: lot.lotSize,
    aql: AQL_VALUES[col - 1]!,
    level: state.level,
    severity: 'normal',
  });
  if (tighter.sampleSize !== plan.sampleSize) {
    throw invalid(
      'QC/UNKNOWN_AQL',
      'the AQL one step tighter uses another sample size; the switching score is not defined here',
      'AQL chặt hơn một bậc dùng cỡ mẫu khác; không xác định được điểm chuyển đổi',
      ['aql'],
    );
  }
  return lot.nonconforming <= tighter.acceptance
    ? state.switchingScore + SWITCHING_RULES.scoreStepLargeAc
    : 0;
}
