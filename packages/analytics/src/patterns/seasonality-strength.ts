import { sampleVariance } from '../internal/stats.js';
import { classicalDecomposition, type SeasonalType } from './decompose.js';

/** Strength of trend and seasonality, each in [0, 1]. */
export interface SeasonalityStrength {
  /** F_S = max(0, 1 − Var(R) ÷ Var(S ∘ R)); near 1 = strongly seasonal. */
  readonly seasonal: number;
  /** F_T = max(0, 1 − Var(R) ÷ Var(T ∘ R)); near 1 = strong trend. */
  readonly trend: number;
}

/**
 * Strength of seasonality and trend from a classical decomposition (Wang, Smith & Hyndman 2006,
 * "Characteristic-based clustering for time series data"; Hyndman & Athanasopoulos, *Forecasting: Principles
 * and Practice* 3rd ed. §4.3): F_S = max(0, 1 − Var(R)/Var(S + R)), F_T = max(0, 1 − Var(R)/Var(T + R)).
 * For a multiplicative decomposition the same ratio is taken on the multiplicative parts (S·R and T·R).
 * Only the points where the centred moving average exists are used. Float64.
 *
 * @example seasonalityStrength(airPassengers, { period: 12, type: 'multiplicative' }).seasonal // ≈ 0.99
 */
export function seasonalityStrength(
  series: readonly number[],
  options: { period: number; type?: SeasonalType },
): SeasonalityStrength {
  const d = classicalDecomposition(series, options);
  const mult = d.type === 'multiplicative';
  const r: number[] = [];
  const sr: number[] = [];
  const tr: number[] = [];
  d.random.forEach((rv, i) => {
    const t = d.trend[i];
    if (rv === null || t === null || t === undefined) return;
    const s = d.seasonal[i] as number;
    r.push(rv);
    sr.push(mult ? s * rv : s + rv);
    tr.push(mult ? t * rv : t + rv);
  });
  const vr = sampleVariance(r);
  const clamp = (x: number) => (Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0);
  return { seasonal: clamp(1 - vr / sampleVariance(sr)), trend: clamp(1 - vr / sampleVariance(tr)) };
}
