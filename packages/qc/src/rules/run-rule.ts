import { invalid } from '../errors.js';

/**
 * The patterns a run rule (quy tắc phát hiện nguyên nhân đặc biệt) can test for:
 * - `beyond-limits`: one point outside the control limits;
 * - `zone-count`: `count` of `length` consecutive points beyond `sigmas` σ on the same side;
 * - `same-side`: `length` points in a row on one side of the centre line;
 * - `trend`: `length` points in a row steadily increasing or decreasing (ties break the run);
 * - `alternating`: `length` points in a row alternating up and down;
 * - `within-zone-c`: `length` points in a row within ±1σ (either side);
 * - `outside-zone-c`: `length` points in a row beyond ±1σ with points on both sides.
 *
 * @example
 * const kind: RunRuleKind = 'same-side';
 */
export type RunRuleKind =
  | 'beyond-limits'
  | 'zone-count'
  | 'same-side'
  | 'trend'
  | 'alternating'
  | 'within-zone-c'
  | 'outside-zone-c';

/**
 * A run rule as data: its pattern and parameters (run length explicit — 7, 8 or 9 points on one side differ
 * between AIAG, Western Electric and Nelson).
 *
 * @example
 * const aiag: RunRule = sameSideRule(7, { id: 'AIAG-RUN7' });
 */
export interface RunRule {
  /** Short id reported in signals, e.g. `WE4`, `N2`. */
  readonly id: string;
  /** Pattern tested. */
  readonly kind: RunRuleKind;
  /** Number of consecutive points in the pattern (1 for `beyond-limits`). */
  readonly length: number;
  /** For `zone-count`: how many of the `length` points must be beyond `sigmas`. */
  readonly count?: number;
  /** For `zone-count`: zone boundary in σ of the plotted statistic (1 = zone C/B, 2 = zone B/A). */
  readonly sigmas?: number;
  /** Whether the rule is a zone test (uses σ zones; off on dispersion charts by default). */
  readonly zoneRule: boolean;
  /** English description. */
  readonly description: string;
  /** Vietnamese description. */
  readonly descriptionVi: string;
  /** Where the rule is defined. */
  readonly source: string;
}

type RuleMeta = { readonly id?: string; readonly source?: string };

function checkLength(length: number, min: number): void {
  if (!Number.isInteger(length) || length < min) {
    throw invalid(
      'QC/INVALID_RULE',
      `rule length must be an integer ≥ ${min}, got ${length}`,
      `độ dài quy tắc phải là số nguyên ≥ ${min}, nhận ${length}`,
      ['length'],
      { length },
    );
  }
}

/**
 * One point beyond the control limits.
 *
 * @example
 * beyondLimitsRule({ id: 'N1' })
 */
export function beyondLimitsRule(meta: RuleMeta = {}): RunRule {
  return {
    id: meta.id ?? 'beyond-limits',
    kind: 'beyond-limits',
    length: 1,
    zoneRule: false,
    description: 'one point beyond the control limits',
    descriptionVi: 'một điểm nằm ngoài giới hạn kiểm soát',
    source: meta.source ?? 'Shewhart',
  };
}

/**
 * `count` of `length` consecutive points beyond `sigmas` σ on the same side (WE2: 2 of 3 beyond 2σ; WE3: 4 of 5
 * beyond 1σ). The signal is given at the point completing the pattern, which is itself beyond `sigmas`.
 *
 * @example
 * zoneCountRule(2, 3, 2, { id: 'WE2' })
 */
export function zoneCountRule(count: number, length: number, sigmas: number, meta: RuleMeta = {}): RunRule {
  checkLength(length, 1);
  if (!Number.isInteger(count) || count < 1 || count > length) {
    throw invalid(
      'QC/INVALID_RULE',
      `count must be an integer 1…${length}, got ${count}`,
      `count phải là số nguyên 1…${length}, nhận ${count}`,
      ['count'],
      { count },
    );
  }
  if (!(sigmas > 0)) {
    throw invalid(
      'QC/INVALID_RULE',
      `sigmas must be positive, got ${sigmas}`,
      `sigmas phải dương, nhận ${sigmas}`,
      ['sigmas'],
      { sigmas },
    );
  }
  return {
    id: meta.id ?? `zone-${count}-of-${length}-beyond-${sigmas}s`,
    kind: 'zone-count',
    length,
    count,
    sigmas,
    zoneRule: true,
    description: `${count} of ${length} points in a row beyond ${sigmas}σ on the same side`,
    descriptionVi: `${count} trên ${length} điểm liên tiếp vượt ${sigmas}σ cùng một phía`,
    source: meta.source ?? 'custom',
  };
}

/**
 * `length` points in a row on the same side of the centre line (WE: 8, Nelson: 9, AIAG: 7). A point on the
 * centre line breaks the run.
 *
 * @example
 * sameSideRule(9, { id: 'N2' })
 */
export function sameSideRule(length: number, meta: RuleMeta = {}): RunRule {
  checkLength(length, 2);
  return {
    id: meta.id ?? `same-side-${length}`,
    kind: 'same-side',
    length,
    zoneRule: true,
    description: `${length} points in a row on the same side of the centre line`,
    descriptionVi: `${length} điểm liên tiếp cùng một phía đường tâm`,
    source: meta.source ?? 'custom',
  };
}

/**
 * `length` points in a row steadily increasing or decreasing (Nelson 3: 6). Equal neighbours break the run.
 *
 * @example
 * trendRule(6, { id: 'N3' })
 */
export function trendRule(length: number, meta: RuleMeta = {}): RunRule {
  checkLength(length, 3);
  return {
    id: meta.id ?? `trend-${length}`,
    kind: 'trend',
    length,
    zoneRule: false,
    description: `${length} points in a row steadily increasing or decreasing`,
    descriptionVi: `${length} điểm liên tiếp tăng dần hoặc giảm dần`,
    source: meta.source ?? 'custom',
  };
}

/**
 * `length` points in a row alternating up and down (Nelson 4: 14).
 *
 * @example
 * alternatingRule(14, { id: 'N4' })
 */
export function alternatingRule(length: number, meta: RuleMeta = {}): RunRule {
  checkLength(length, 3);
  return {
    id: meta.id ?? `alternating-${length}`,
    kind: 'alternating',
    length,
    zoneRule: false,
    description: `${length} points in a row alternating up and down`,
    descriptionVi: `${length} điểm liên tiếp lên xuống xen kẽ`,
    source: meta.source ?? 'custom',
  };
}

/**
 * `length` points in a row within ±1σ of the centre line (stratification; Nelson 7: 15).
 *
 * @example
 * withinZoneCRule(15, { id: 'N7' })
 */
export function withinZoneCRule(length: number, meta: RuleMeta = {}): RunRule {
  checkLength(length, 2);
  return {
    id: meta.id ?? `within-1s-${length}`,
    kind: 'within-zone-c',
    length,
    zoneRule: true,
    description: `${length} points in a row within 1σ of the centre line`,
    descriptionVi: `${length} điểm liên tiếp nằm trong vùng ±1σ quanh đường tâm`,
    source: meta.source ?? 'custom',
  };
}

/**
 * `length` points in a row beyond ±1σ with points on both sides (mixture; Nelson 8: 8).
 *
 * @example
 * outsideZoneCRule(8, { id: 'N8' })
 */
export function outsideZoneCRule(length: number, meta: RuleMeta = {}): RunRule {
  checkLength(length, 2);
  return {
    id: meta.id ?? `outside-1s-${length}`,
    kind: 'outside-zone-c',
    length,
    zoneRule: true,
    description: `${length} points in a row beyond 1σ on both sides of the centre line`,
    descriptionVi: `${length} điểm liên tiếp nằm ngoài vùng ±1σ ở cả hai phía`,
    source: meta.source ?? 'custom',
  };
}
