import { assertParameter } from '../errors.js';
import { evaluateRules } from '../rules/evaluate-rules.js';
import type { RunRule } from '../rules/run-rule.js';
import { beyondLimitsRule } from '../rules/run-rule.js';
import type { ControlChart } from './control-chart.js';

/**
 * Options of {@link phaseOne}.
 *
 * @example
 * const o: PhaseOneOptions = { maxIterations: 5 };
 */
export interface PhaseOneOptions {
  /** Rules whose signals count as assignable causes; default: beyond the control limits only. */
  readonly rules?: readonly RunRule[];
  /** Stop after this many re-estimations; default 10. */
  readonly maxIterations?: number;
}

/**
 * The outcome of a phase I study.
 *
 * @example
 * const { result, excluded, iterations } = phaseOne(fit, charts);
 */
export interface PhaseOneResult<T> {
  /** The final fit, estimated without the excluded points. */
  readonly result: T;
  /** Points dropped as assignable causes, ascending. */
  readonly excluded: readonly number[];
  /** Points dropped at each round (the last round drops nothing when the study converged). */
  readonly iterations: readonly (readonly number[])[];
  /** False when `maxIterations` was reached while points were still signalling. */
  readonly converged: boolean;
}

/**
 * Phase I (giai đoạn I) of a control-chart study: estimate the limits, drop the points that signal (assignable
 * causes), re-estimate, and repeat until no point signals. The final estimate is the baseline for phase II
 * (`{ baseline: result.estimate }`).
 *
 * `fit` builds the chart(s) with the given points excluded; `charts` picks the charts to test (e.g. both X̄ and R).
 * A signal on moving range j (observations j and j + 1) drops observation j + 1, the later of the two, unless
 * one of the two is already dropped (list the individuals chart first so its signals take precedence).
 *
 * @example
 * const study = phaseOne(
 *   (exclude) => xbarRChart(subgroups, { exclude }),
 *   (pair) => [pair.xbar, pair.dispersion],
 * );
 * const monitor = xbarRChart(newSubgroups, { baseline: study.result.estimate });
 */
export function phaseOne<T>(
  fit: (exclude: readonly number[]) => T,
  charts: (fitted: T) => readonly ControlChart[],
  options: PhaseOneOptions = {},
): PhaseOneResult<T> {
  const max = options.maxIterations ?? 10;
  assertParameter(max, 'maxIterations', (v) => Number.isInteger(v) && v >= 1, 'an integer ≥ 1');
  const rules = options.rules ?? [beyondLimitsRule()];
  const excluded = new Set<number>();
  const iterations: number[][] = [];
  let result = fit([]);
  for (let round = 0; round < max; round++) {
    const dropped = new Set<number>();
    for (const chart of charts(result)) {
      const mr = chart.type === 'MR';
      for (const s of evaluateRules(chart, rules)) {
        const point = mr ? s.index + 1 : s.index;
        const gone = (j: number) => excluded.has(j) || dropped.has(j);
        if (mr ? !gone(s.index) && !gone(point) : !gone(point)) dropped.add(point);
      }
    }
    const list = [...dropped].sort((a, b) => a - b);
    iterations.push(list);
    if (list.length === 0)
      return { result, excluded: [...excluded].sort((a, b) => a - b), iterations, converged: true };
    for (const i of list) excluded.add(i);
    result = fit([...excluded].sort((a, b) => a - b));
  }
  return { result, excluded: [...excluded].sort((a, b) => a - b), iterations, converged: false };
}
