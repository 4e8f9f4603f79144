import { assertFinite, assertParameter } from '../errors.js';
import type { ProcessEstimate } from './control-chart.js';
import type { Subgroups } from './internal.js';
import { seriesOf } from './series-input.js';

/**
 * Options of {@link cusumChart}. `k` and `h` are in units of the standard error of each point.
 *
 * @example
 * const o: CusumOptions = { k: 0.5, h: 5 };
 */
export interface CusumOptions {
  /** Reference value (allowance) k in σ units; default 0.5 (detects a 1σ shift). */
  readonly k?: number;
  /** Decision interval h in σ units; default 5 (qcc); 4 or 5 are usual. */
  readonly h?: number;
  /** Fast initial response: both sums start here (σ units); default 0. */
  readonly headStart?: number;
  /** Fixed target and σ (phase II); default: estimated from the data as the matching Shewhart chart does. */
  readonly baseline?: { readonly center: number; readonly sigma: number };
  /** Points left out of the estimate. */
  readonly exclude?: readonly number[];
  /** Target μ₀ with σ still estimated from the data (ignored when `baseline` is given). */
  readonly target?: number;
}

/**
 * A tabular CUSUM: the one-sided cumulative sums in σ units and the points where they cross h.
 *
 * @example
 * const { upper, lower, signals } = cusumChart(values, { h: 4 });
 */
export interface CusumChart {
  /** Standardised points zᵢ = (x̄ᵢ − target)/(σ/√nᵢ). */
  readonly z: Float64Array;
  /** C⁺ᵢ = max(0, C⁺ᵢ₋₁ + zᵢ − k). */
  readonly upper: Float64Array;
  /** C⁻ᵢ = max(0, C⁻ᵢ₋₁ − zᵢ − k) (a magnitude; qcc plots it negated). */
  readonly lower: Float64Array;
  /** Points where C⁺ > h (`above`) or C⁻ > h (`below`). */
  readonly signals: readonly { readonly index: number; readonly side: 'above' | 'below' }[];
  readonly k: number;
  readonly h: number;
  readonly estimate: ProcessEstimate;
}

/**
 * Tabular CUSUM chart (biểu đồ tổng tích lũy, Montgomery §9.1; NIST e-Handbook 6.3.2.3; qcc `cusum`),
 * standardised: zᵢ = (x̄ᵢ − μ₀)/(σ/√nᵢ), C⁺ᵢ = max(0, C⁺ᵢ₋₁ + zᵢ − k), C⁻ᵢ = max(0, C⁻ᵢ₋₁ − zᵢ − k); a point
 * signals when a sum exceeds h (a sum equal to h does not). Multiply by σ/√n for data units.
 *
 * @example
 * // NIST 6.3.2.3: target 325, σ of the means 0.635, k = 0.5, h = 4.1959/0.635 → first signal at group 14
 * const c = cusumChart(means, { baseline: { center: 325, sigma: 0.635 }, h: 4.1959 / 0.635 });
 */
export function cusumChart(data: Subgroups | readonly number[], options: CusumOptions = {}): CusumChart {
  const k = options.k ?? 0.5;
  const h = options.h ?? 5;
  const head = options.headStart ?? 0;
  assertParameter(k, 'k', (v) => v >= 0, 'a non-negative number');
  assertParameter(h, 'h', (v) => v > 0, 'a positive number');
  assertParameter(head, 'headStart', (v) => v >= 0, 'a non-negative number');
  const { values, sizes, estimate } = seriesOf(data, options.exclude);
  const est = targetOr(baselineOr(estimate, options.baseline), options.baseline ? undefined : options.target);
  const m = values.length;
  const z = new Float64Array(m);
  const upper = new Float64Array(m);
  const lower = new Float64Array(m);
  const signals: { index: number; side: 'above' | 'below' }[] = [];
  let cp = head;
  let cm = head;
  for (let i = 0; i < m; i++) {
    const zi = (values[i]! - est.center) / (est.sigma / Math.sqrt(sizes[i]!));
    z[i] = zi;
    cp = Math.max(0, cp + zi - k);
    cm = Math.max(0, cm - zi - k);
    upper[i] = cp;
    lower[i] = cm;
    if (cp > h) signals.push({ index: i, side: 'above' });
    if (cm > h) signals.push({ index: i, side: 'below' });
  }
  return { z, upper, lower, signals, k, h, estimate: est };
}

/** @internal */
export function baselineOr(
  estimate: ProcessEstimate,
  baseline: { readonly center: number; readonly sigma: number } | undefined,
): ProcessEstimate {
  if (baseline === undefined) return estimate;
  assertFinite(baseline.center, ['baseline', 'center']);
  assertParameter(baseline.sigma, 'baseline.sigma', (v) => v > 0, 'a positive number');
  return { center: baseline.center, sigma: baseline.sigma, method: 'baseline' };
}

/** @internal */
export function targetOr(estimate: ProcessEstimate, target: number | undefined): ProcessEstimate {
  if (target === undefined) return estimate;
  assertFinite(target, ['target']);
  return { ...estimate, center: target };
}
