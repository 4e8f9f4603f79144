import { assertParameter } from '../errors.js';
import { logGamma } from '../math/special.js';

/**
 * The unbiasing constant c4(n) = √(2/(n−1))·Γ(n/2)/Γ((n−1)/2), so that E[s] = c4·σ for n normal observations
 * (formula as in qcc `qcc.c4`; tabulated for n ≤ 25 in {@link CONTROL_CHART_CONSTANTS}).
 *
 * @example
 * c4(5) // 0.9399856
 */
export function c4(n: number): number {
  const hit = cache[n];
  if (hit !== undefined) return hit;
  assertParameter(n, 'n', (v) => Number.isInteger(v) && v >= 2, 'an integer ≥ 2');
  const value = Math.sqrt(2 / (n - 1)) * Math.exp(logGamma(n / 2) - logGamma((n - 1) / 2));
  if (n < 1024) cache[n] = value;
  return value;
}

/** Memo of c4 for small n (pure function of n). */
const cache: number[] = [];
