import { assertParameter } from '../errors.js';
import { betaI, gammaP, gammaQ, invertCdf, logGamma } from './special.js';

/**
 * Standard normal cumulative distribution Φ(z), float64, accurate to ~1e-15 (via the incomplete gamma
 * function, so the tails keep their relative precision).
 *
 * @throws `QC/INVALID_PARAMETER` (path `['z']`) when `z` is NaN
 * @example
 * normalCdf(1.959963984540054) // 0.975
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) assertParameter(z, 'z', () => false, 'a number');
  // the incomplete gamma function has no value at infinity: the limits
  if (z === Number.POSITIVE_INFINITY) return 1;
  if (z === Number.NEGATIVE_INFINITY) return 0;
  const q = 0.5 * gammaQ(0.5, 0.5 * z * z);
  return z < 0 ? q : 1 - q;
}

const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

/**
 * Standard normal quantile Φ⁻¹(p) for 0 < p < 1 (Acklam's rational approximation refined by one Halley step:
 * full float64 precision); −∞ at 0 and +∞ at 1.
 *
 * @throws `QC/INVALID_PARAMETER` (path `['p']`) unless 0 ≤ p ≤ 1
 *
 * @example
 * normalQuantile(0.975) // 1.959963984540054
 */
export function normalQuantile(p: number): number {
  assertParameter(p, 'p', (v) => v >= 0 && v <= 1, 'a probability from 0 to 1');
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  let x: number;
  const plow = 0.02425;
  if (p < plow) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
      ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  } else if (p <= 1 - plow) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) /
      (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x =
      -(((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
      ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  }
  // One Halley refinement against the accurate CDF.
  for (let i = 0; i < 2; i++) {
    const e = p < 0.5 ? normalCdf(x) - p : -(normalCdf(-x) - (1 - p));
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    x = x - u / (1 + (x * u) / 2);
  }
  return x;
}

/** χ² CDF with `df` degrees of freedom. @internal */
export function chiSquareCdf(x: number, df: number): number {
  return gammaP(df / 2, x / 2);
}

/** χ² quantile. @internal */
export function chiSquareQuantile(p: number, df: number): number {
  return invertCdf((x) => chiSquareCdf(x, df), p, 0, Math.max(1, df * 4));
}

/** Beta(a, b) quantile. @internal */
export function betaQuantile(p: number, a: number, b: number): number {
  return invertCdf((x) => betaI(x, a, b), p, 0, 1);
}

/** F(d1, d2) quantile. @internal */
export function fQuantile(p: number, d1: number, d2: number): number {
  const x = betaQuantile(p, d1 / 2, d2 / 2);
  return (d2 * x) / (d1 * (1 - x));
}

/** ln C(n, k). @internal */
export function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/** P(X ≤ c) for X ~ Binomial(n, p). @internal */
export function binomialCdf(c: number, n: number, p: number): number {
  if (c < 0) return 0;
  if (c >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  // I_{1-p}(n - c, c + 1) is the exact binomial CDF.
  return betaI(1 - p, n - c, c + 1);
}

/** P(X ≤ c) for X ~ Poisson(λ). @internal */
export function poissonCdf(c: number, lambda: number): number {
  if (c < 0) return 0;
  if (lambda <= 0) return 1;
  return gammaQ(Math.floor(c) + 1, lambda);
}

/** P(X ≤ c) for X ~ Hypergeometric(N population, D defectives, n drawn). @internal */
export function hypergeometricCdf(c: number, N: number, D: number, n: number): number {
  let total = 0;
  const lo = Math.max(0, n - (N - D));
  const hi = Math.min(c, n, D);
  const denom = logChoose(N, n);
  for (let x = lo; x <= hi; x++) total += Math.exp(logChoose(D, x) + logChoose(N - D, n - x) - denom);
  return Math.min(1, total);
}

/** Smallest integer k with P(X ≤ k) ≥ q for a discrete CDF on 0…max (R's `qbinom`/`qpois` convention). @internal */
export function discreteQuantile(cdf: (k: number) => number, q: number, max: number): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    // A relative fuzz of 1e-12, as R uses, keeps exact-boundary cases on the lower value.
    if (cdf(mid) >= q * (1 - 64 * Number.EPSILON)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
