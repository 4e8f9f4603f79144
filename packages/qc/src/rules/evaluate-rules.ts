import type { ControlChart } from '../charts/control-chart.js';
import { defaultRules } from './rule-sets.js';
import type { RunRule } from './run-rule.js';

/**
 * Which side of the centre line a signal points to: `above`/`below`, `both` for patterns spanning both sides
 * (alternation, stratification, mixture); trends report `above` for increasing and `below` for decreasing.
 *
 * @example
 * const s: SignalSide = 'above';
 */
export type SignalSide = 'above' | 'below' | 'both';

/**
 * An out-of-control signal (tín hiệu mất kiểm soát): the rule that fired, the point at which it fired, the
 * points forming the pattern, and the side.
 *
 * @example
 * // { rule: 'WE1', index: 36, points: [36], side: 'above' }
 */
export interface RuleSignal {
  /** Id of the rule that fired (`WE1`, `N2`, …). */
  readonly rule: string;
  /** Index (0-based) of the point completing the pattern. */
  readonly index: number;
  /** Indices of the points forming the pattern (ending at `index`). */
  readonly points: readonly number[];
  /** Side of the centre line. */
  readonly side: SignalSide;
}

/**
 * Options of {@link evaluateRules}.
 *
 * @example
 * const o: EvaluateRulesOptions = { onLimitIsBeyond: true };
 */
export interface EvaluateRulesOptions {
  /** Count a point exactly on a control limit as beyond it (Minitab's "on or beyond"); default false (qcc). */
  readonly onLimitIsBeyond?: boolean;
}

/** The series a rule looks at. @internal */
interface Series {
  readonly x: Float64Array;
  readonly z: Float64Array;
  readonly lcl: Float64Array;
  readonly ucl: Float64Array;
}

/**
 * Applies run rules to a chart and returns every signal, ordered by point then by the rule's position in
 * `rules`. Run patterns flag every point from the one completing the pattern onward (a 10-point run under a
 * 9-point rule signals at points 9 and 10), as qcc and Minitab do. Zones use each point's own σ.
 * Defaults to {@link defaultRules} for the chart type (no zone tests on R/S/MR charts).
 *
 * @example
 * const signals = evaluateRules(xbar, NELSON_RULES);
 * // [{ rule: 'N5', index: 34, points: [32, 33, 34], side: 'above' }, …]
 */
export function evaluateRules(
  chart: ControlChart,
  rules: readonly RunRule[] = defaultRules(chart.type),
  options: EvaluateRulesOptions = {},
): RuleSignal[] {
  const n = chart.statistics.length;
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) z[i] = (chart.statistics[i]! - chart.center[i]!) / chart.sigma[i]!;
  const series: Series = { x: chart.statistics, z, lcl: chart.lcl, ucl: chart.ucl };
  const perRule = rules.map((rule) => applyRule(rule, series, options.onLimitIsBeyond === true));
  if (perRule.length === 1) return perRule[0]!;
  const all: { s: RuleSignal; r: number }[] = [];
  perRule.forEach((list, r) => {
    for (const s of list) all.push({ s, r });
  });
  all.sort((a, b) => a.s.index - b.s.index || a.r - b.r);
  return all.map((a) => a.s);
}

/**
 * One signal per point: the one from the rule listed first in `rules` (qcc reports the lowest-numbered rule
 * when several fire at a point).
 *
 * @example
 * firstSignalPerPoint(evaluateRules(xbar, WESTERN_ELECTRIC_RULES))
 */
export function firstSignalPerPoint(signals: readonly RuleSignal[]): RuleSignal[] {
  const out: RuleSignal[] = [];
  for (const s of signals) if (out.length === 0 || out[out.length - 1]!.index !== s.index) out.push(s);
  return out;
}

function windowPoints(end: number, length: number): number[] {
  const pts = new Array<number>(length);
  for (let k = 0; k < length; k++) pts[k] = end - length + 1 + k;
  return pts;
}

function applyRule(rule: RunRule, s: Series, inclusive: boolean): RuleSignal[] {
  const out: RuleSignal[] = [];
  const { x, z, lcl, ucl } = s;
  const n = x.length;
  const L = rule.length;
  switch (rule.kind) {
    case 'beyond-limits': {
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        const above = inclusive ? v >= ucl[i]! : v > ucl[i]!;
        const below = inclusive ? v <= lcl[i]! : v < lcl[i]!;
        if (above || below)
          out.push({ rule: rule.id, index: i, points: [i], side: above ? 'above' : 'below' });
      }
      return out;
    }
    case 'zone-count': {
      const k = rule.sigmas!;
      const m = rule.count!;
      let up = 0;
      let down = 0;
      for (let i = 0; i < n; i++) {
        const zi = z[i]!;
        if (zi > k) up++;
        else if (zi < -k) down++;
        if (i >= L) {
          const zo = z[i - L]!;
          if (zo > k) up--;
          else if (zo < -k) down--;
        }
        if (i < L - 1) continue;
        if (zi > k && up >= m)
          out.push({
            rule: rule.id,
            index: i,
            points: windowPoints(i, L).filter((j) => z[j]! > k),
            side: 'above',
          });
        else if (zi < -k && down >= m)
          out.push({
            rule: rule.id,
            index: i,
            points: windowPoints(i, L).filter((j) => z[j]! < -k),
            side: 'below',
          });
      }
      return out;
    }
    case 'same-side': {
      let run = 0;
      let side = 0;
      for (let i = 0; i < n; i++) {
        const zi = z[i]!;
        const sd = zi > 0 ? 1 : zi < 0 ? -1 : 0;
        run = sd !== 0 && sd === side ? run + 1 : sd !== 0 ? 1 : 0;
        side = sd;
        if (run >= L)
          out.push({
            rule: rule.id,
            index: i,
            points: windowPoints(i, L),
            side: side > 0 ? 'above' : 'below',
          });
      }
      return out;
    }
    case 'trend': {
      let run = 1;
      let dir = 0;
      for (let i = 1; i < n; i++) {
        const d = x[i]! - x[i - 1]!;
        const sd = d > 0 ? 1 : d < 0 ? -1 : 0;
        run = sd !== 0 && sd === dir ? run + 1 : sd !== 0 ? 2 : 1;
        dir = sd;
        if (run >= L)
          out.push({
            rule: rule.id,
            index: i,
            points: windowPoints(i, L),
            side: dir > 0 ? 'above' : 'below',
          });
      }
      return out;
    }
    case 'alternating': {
      let run = 1;
      let prev = 0;
      for (let i = 1; i < n; i++) {
        const d = x[i]! - x[i - 1]!;
        const sd = d > 0 ? 1 : d < 0 ? -1 : 0;
        run = sd === 0 ? 1 : prev !== 0 && sd === -prev ? run + 1 : 2;
        prev = sd;
        if (run >= L) out.push({ rule: rule.id, index: i, points: windowPoints(i, L), side: 'both' });
      }
      return out;
    }
    case 'within-zone-c': {
      let run = 0;
      for (let i = 0; i < n; i++) {
        run = Math.abs(z[i]!) < 1 ? run + 1 : 0;
        if (run >= L) out.push({ rule: rule.id, index: i, points: windowPoints(i, L), side: 'both' });
      }
      return out;
    }
    case 'outside-zone-c': {
      let run = 0;
      let lastAbove = -1;
      let lastBelow = -1;
      for (let i = 0; i < n; i++) {
        const zi = z[i]!;
        if (zi > 1) {
          run++;
          lastAbove = i;
        } else if (zi < -1) {
          run++;
          lastBelow = i;
        } else run = 0;
        if (run >= L && lastAbove > i - L && lastBelow > i - L)
          out.push({ rule: rule.id, index: i, points: windowPoints(i, L), side: 'both' });
      }
      return out;
    }
  }
}
