import { assertParameter, invalid } from '../errors.js';
import { binomialCdf, hypergeometricCdf, poissonCdf } from '../math/distributions.js';

/**
 * Probability model of an OC curve: `binomial` (type B, large lots), `poisson` (approximation, or
 * nonconformities per 100 items), `hypergeometric` (type A, isolated finite lot; needs `lotSize`).
 *
 * @example
 * const m: OcModel = 'binomial';
 */
export type OcModel = 'binomial' | 'poisson' | 'hypergeometric';

/**
 * A plan as the OC functions need it.
 *
 * @example
 * const plan: AttributePlan = { sampleSize: 80, acceptance: 2 };
 */
export interface AttributePlan {
  readonly sampleSize: number;
  readonly acceptance: number;
  /** Lot size N; needed by the hypergeometric model and for AOQ. */
  readonly lotSize?: number;
}

function checkPlan(plan: AttributePlan): void {
  assertParameter(plan.sampleSize, 'sampleSize', (v) => Number.isInteger(v) && v >= 1, 'a positive integer');
  assertParameter(
    plan.acceptance,
    'acceptance',
    (v) => Number.isInteger(v) && v >= 0 && v <= plan.sampleSize,
    'an integer 0…n',
  );
  if (plan.lotSize !== undefined)
    assertParameter(
      plan.lotSize,
      'lotSize',
      (v) => Number.isInteger(v) && v >= plan.sampleSize,
      'an integer ≥ n',
    );
}

/**
 * Probability of acceptance Pa(p) of a single sampling plan (xác suất chấp nhận lô) at fraction
 * nonconforming p.
 *
 * @example
 * probabilityOfAcceptance({ sampleSize: 80, acceptance: 2 }, 0.01) // 0.953447
 */
export function probabilityOfAcceptance(plan: AttributePlan, p: number, model: OcModel = 'binomial'): number {
  checkPlan(plan);
  assertParameter(p, 'p', (v) => v >= 0 && v <= 1, 'a proportion in [0, 1]');
  const { sampleSize: n, acceptance: c } = plan;
  if (model === 'binomial') return binomialCdf(c, n, p);
  if (model === 'poisson') return poissonCdf(c, n * p);
  if (model === 'hypergeometric') {
    if (plan.lotSize === undefined) {
      throw invalid(
        'QC/INVALID_PARAMETER',
        'the hypergeometric model needs lotSize',
        'mô hình siêu bội cần lotSize',
        ['lotSize'],
      );
    }
    return hypergeometricCdf(c, plan.lotSize, Math.round(p * plan.lotSize), n);
  }
  throw invalid(
    'QC/INVALID_PARAMETER',
    `unknown OC model ${String(model)}`,
    `mô hình OC không hợp lệ ${String(model)}`,
    ['model'],
  );
}

/**
 * Operating characteristic curve (đường đặc tính hiệu quả): Pa at each p.
 *
 * @example
 * ocCurve({ sampleSize: 80, acceptance: 2 }, [0.005, 0.01, 0.02])
 */
export function ocCurve(
  plan: AttributePlan,
  ps: readonly number[],
  model: OcModel = 'binomial',
): { p: number; pa: number }[] {
  return ps.map((p) => ({ p, pa: probabilityOfAcceptance(plan, p, model) }));
}

/**
 * Average outgoing quality under rectifying inspection (rejected lots screened 100 %):
 * AOQ(p) = Pa(p)·p·(N − n)/N (p·Pa when no lot size is given).
 *
 * @example
 * averageOutgoingQuality({ sampleSize: 80, acceptance: 2, lotSize: 1000 }, 0.02)
 */
export function averageOutgoingQuality(plan: AttributePlan, p: number, model: OcModel = 'binomial'): number {
  const pa = probabilityOfAcceptance(plan, p, model);
  const factor = plan.lotSize === undefined ? 1 : (plan.lotSize - plan.sampleSize) / plan.lotSize;
  return pa * p * factor;
}

/**
 * Average outgoing quality limit: the maximum of AOQ over p, and where it occurs (grid search then
 * golden-section refinement).
 *
 * @example
 * averageOutgoingQualityLimit({ sampleSize: 80, acceptance: 2, lotSize: 1000 }) // { aoql: ≈0.0156, atP: ≈0.032 }
 */
export function averageOutgoingQualityLimit(
  plan: AttributePlan,
  model: OcModel = 'binomial',
): { aoql: number; atP: number } {
  checkPlan(plan);
  const f = (p: number) => averageOutgoingQuality(plan, p, model);
  const upper = Math.min(1, (plan.acceptance + 10) / plan.sampleSize);
  let best = 0;
  let bestP = 0;
  const steps = 400;
  for (let i = 1; i <= steps; i++) {
    const p = (upper * i) / steps;
    const v = f(p);
    if (v > best) {
      best = v;
      bestP = p;
    }
  }
  let a = Math.max(0, bestP - upper / steps);
  let b = Math.min(1, bestP + upper / steps);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 80; i++) {
    const x1 = b - g * (b - a);
    const x2 = a + g * (b - a);
    if (f(x1) < f(x2)) a = x1;
    else b = x2;
  }
  const atP = model === 'hypergeometric' ? bestP : (a + b) / 2;
  return { aoql: Math.max(best, f(atP)), atP };
}
