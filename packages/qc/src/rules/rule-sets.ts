import type { ChartType } from '../charts/control-chart.js';
import {
  type RunRule,
  alternatingRule,
  beyondLimitsRule,
  outsideZoneCRule,
  sameSideRule,
  trendRule,
  withinZoneCRule,
  zoneCountRule,
} from './run-rule.js';

const WE = 'Western Electric, Statistical Quality Control Handbook (1956), §1.B zone tests';
const NELSON =
  'L. S. Nelson, "The Shewhart Control Chart — Tests for Special Causes", J. Quality Technology 16(4):237–239 (1984)';

/**
 * The four Western Electric rules (quy tắc Western Electric), as data:
 * WE1 one point beyond 3σ; WE2 2 of 3 beyond 2σ same side; WE3 4 of 5 beyond 1σ same side; WE4 **8** in a row
 * on one side.
 *
 * @example
 * evaluateRules(chart, WESTERN_ELECTRIC_RULES)
 */
export const WESTERN_ELECTRIC_RULES: readonly RunRule[] = Object.freeze([
  beyondLimitsRule({ id: 'WE1', source: WE }),
  zoneCountRule(2, 3, 2, { id: 'WE2', source: WE }),
  zoneCountRule(4, 5, 1, { id: 'WE3', source: WE }),
  sameSideRule(8, { id: 'WE4', source: WE }),
]);

/**
 * The eight Nelson rules (quy tắc Nelson), numbered as in Minitab, SAS (`TESTS=1 TO 8`), JMP and qcc:
 * N1 beyond 3σ; N2 **9** in a row on one side; N3 6 trending; N4 14 alternating; N5 2 of 3 beyond 2σ;
 * N6 4 of 5 beyond 1σ; N7 15 within 1σ; N8 8 beyond 1σ on both sides.
 *
 * @example
 * evaluateRules(chart, NELSON_RULES)
 */
export const NELSON_RULES: readonly RunRule[] = Object.freeze([
  beyondLimitsRule({ id: 'N1', source: NELSON }),
  sameSideRule(9, { id: 'N2', source: NELSON }),
  trendRule(6, { id: 'N3', source: NELSON }),
  alternatingRule(14, { id: 'N4', source: NELSON }),
  zoneCountRule(2, 3, 2, { id: 'N5', source: NELSON }),
  zoneCountRule(4, 5, 1, { id: 'N6', source: NELSON }),
  withinZoneCRule(15, { id: 'N7', source: NELSON }),
  outsideZoneCRule(8, { id: 'N8', source: NELSON }),
]);

/**
 * The rules applied when none are given: the Western Electric rules on location and attribute charts, only
 * "beyond limits" on dispersion charts (R, S, MR) and EWMA charts (whose points are autocorrelated) — zone tests there raise false alarms (qcc#49, JASP#2809) and
 * are used only when asked for explicitly.
 *
 * @example
 * defaultRules('R') // [WE1]
 * defaultRules('xbar') // WE1…WE4
 */
export function defaultRules(type: ChartType): readonly RunRule[] {
  if (type === 'R' || type === 'S' || type === 'MR' || type === 'ewma')
    return WESTERN_ELECTRIC_RULES.slice(0, 1);
  return WESTERN_ELECTRIC_RULES;
}
