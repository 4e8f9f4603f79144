import { assertParameter } from '../errors.js';
import type { ControlChart } from './control-chart.js';
import { baselineOr, targetOr } from './cusum-chart.js';
import type { Subgroups } from './internal.js';
import { seriesOf } from './series-input.js';

/**
 * Options of {@link ewmaChart}.
 *
 * @example
 * const o: EwmaOptions = { lambda: 0.3, nsigmas: 3 };
 */
export interface EwmaOptions {
  /** Smoothing weight λ in (0, 1]; default 0.2. */
  readonly lambda?: number;
  /** Limit width L in σ_z; default 3. */
  readonly nsigmas?: number;
  /** `exact` (default): time-varying σ_zᵢ; `asymptotic`: the steady-state σ_z for every point. */
  readonly limits?: 'exact' | 'asymptotic';
  /** Fixed target and σ (phase II); default: estimated as the matching Shewhart chart does. */
  readonly baseline?: { readonly center: number; readonly sigma: number };
  /** Points left out of the estimate. */
  readonly exclude?: readonly number[];
  /** Target μ₀ with σ still estimated from the data (ignored when `baseline` is given). */
  readonly target?: number;
}

/**
 * EWMA chart (biểu đồ trung bình trượt có trọng số mũ; Montgomery §9.2, NIST 6.3.2.4, qcc `ewma`):
 * z₀ = target, zᵢ = λx̄ᵢ + (1 − λ)zᵢ₋₁, limits target ± L·σ_zᵢ with the exact
 * σ²_zᵢ = σ²/nᵢ · λ/(2 − λ) · (1 − (1 − λ)^(2i)). Returned as a {@link ControlChart} of type `ewma` whose
 * `sigma` column is σ_zᵢ; `evaluateRules` defaults to "beyond limits" only for it.
 *
 * @example
 * // NIST 6.3.2.4: λ = 0.3, target 50, σ 2.0539 → asymptotic limits 47.4115 … 52.5884
 * const chart = ewmaChart(values, { lambda: 0.3, baseline: { center: 50, sigma: 2.0539 }, limits: 'asymptotic' });
 */
export function ewmaChart(data: Subgroups | readonly number[], options: EwmaOptions = {}): ControlChart {
  const lambda = options.lambda ?? 0.2;
  const L = options.nsigmas ?? 3;
  assertParameter(lambda, 'lambda', (v) => v > 0 && v <= 1, 'in (0, 1]');
  assertParameter(L, 'nsigmas', (v) => v > 0, 'a positive number');
  const { values, sizes, estimate } = seriesOf(data, options.exclude);
  const est = targetOr(baselineOr(estimate, options.baseline), options.baseline ? undefined : options.target);
  const m = values.length;
  const z = new Float64Array(m);
  const center = new Float64Array(m).fill(est.center);
  const lcl = new Float64Array(m);
  const ucl = new Float64Array(m);
  const se = new Float64Array(m);
  const asymptotic = options.limits === 'asymptotic';
  let prev = est.center;
  let decay = 1;
  for (let i = 0; i < m; i++) {
    prev = lambda * values[i]! + (1 - lambda) * prev;
    z[i] = prev;
    decay *= (1 - lambda) ** 2;
    const s =
      (est.sigma / Math.sqrt(sizes[i]!)) * Math.sqrt((lambda / (2 - lambda)) * (asymptotic ? 1 : 1 - decay));
    se[i] = s;
    lcl[i] = est.center - L * s;
    ucl[i] = est.center + L * s;
  }
  return {
    type: 'ewma',
    statistics: z,
    center,
    lcl,
    ucl,
    sigma: se,
    sizes,
    nsigmas: L,
    estimate: est,
    excluded: options.baseline ? [] : [...(options.exclude ?? [])].sort((a, b) => a - b),
    phaseTwo: options.baseline !== undefined,
  };
}
