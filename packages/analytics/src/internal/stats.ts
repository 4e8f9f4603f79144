import { ANALYTICS_ERRORS, fail } from '../errors.js';

/** @internal Sum with Neumaier compensation (float64). */
export function fsum(values: readonly number[]): number {
  let s = 0;
  let c = 0;
  for (const v of values) {
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/** @internal Arithmetic mean (float64). */
export function fmean(values: readonly number[]): number {
  return fsum(values) / values.length;
}

/** @internal Sample variance (n − 1 denominator), as R `var`. */
export function sampleVariance(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  const m = fmean(values);
  let s = 0;
  for (const v of values) s += (v - m) * (v - m);
  return s / (n - 1);
}

/** @internal Quantile of already-sorted values, R type 7 (the default of R, numpy, d3, arquero). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  if (lo + 1 >= n) return a;
  const b = sorted[lo + 1] as number;
  return a + (h - lo) * (b - a);
}

/** @internal Throws unless 0 ≤ p ≤ 1. */
export function assertProbability(p: number, field: string): void {
  if (!(p >= 0 && p <= 1)) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      `${field} must be within [0, 1], got ${p}`,
      `${field} phải trong [0, 1], nhận ${p}`,
      [field],
    );
  }
}
