/**
 * Float64 descriptive statistics used by the charts. Internal: callers validate input first.
 * @internal
 */

/** Arithmetic mean. @internal */
export function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s / xs.length;
}

/** Sample variance with the n − 1 divisor (two-pass). @internal */
export function variance(xs: ArrayLike<number>): number {
  const m = mean(xs);
  let ss = 0;
  for (let i = 0; i < xs.length; i++) {
    const d = xs[i]! - m;
    ss += d * d;
  }
  return ss / (xs.length - 1);
}

/** Sample standard deviation (n − 1 divisor). @internal */
export function standardDeviation(xs: ArrayLike<number>): number {
  return Math.sqrt(variance(xs));
}
