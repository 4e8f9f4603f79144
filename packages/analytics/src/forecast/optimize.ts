/** Options of {@link minimizeBounded}. */
export interface MinimizeOptions {
  /** Lower bounds, one per parameter. */
  readonly lower: readonly number[];
  /** Upper bounds, one per parameter. */
  readonly upper: readonly number[];
  /** Stop when the simplex’s function values differ by less than this (relative) and its size is below 1e-7; default 1e-10. */
  readonly tolerance?: number;
  /** Maximum function evaluations per restart; default 2000. */
  readonly maxEvaluations?: number;
  /** Restarts from the best point (guards against a collapsed simplex); default 4. */
  readonly restarts?: number;
}

/** Result of a minimisation. */
export interface MinimizeResult {
  readonly x: number[];
  readonly value: number;
  readonly evaluations: number;
}

/**
 * Deterministic bounded minimiser: Nelder–Mead (Lagarias et al. 1998 coefficients 1, 2, ½, ½) with every
 * trial point projected into the box, restarted from the best vertex until it stops improving. No
 * randomness: the same inputs always give the same result.
 *
 * @example
 * ```ts
 * minimizeBounded((p) => (p[0]! - 0.3) ** 2, [0.5], { lower: [0], upper: [1] }).x; // ≈ [0.3]
 * ```
 */
export function minimizeBounded(
  fn: (x: readonly number[]) => number,
  start: readonly number[],
  options: MinimizeOptions,
): MinimizeResult {
  const n = start.length;
  const tol = options.tolerance ?? 1e-10;
  const maxEval = options.maxEvaluations ?? 2000;
  const clamp = (x: number[]) =>
    x.map((v, i) => Math.min(options.upper[i] as number, Math.max(options.lower[i] as number, v)));
  let evaluations = 0;
  const f = (x: number[]) => {
    evaluations++;
    const v = fn(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const centroid = new Array<number>(n).fill(0);
  let worst: number[] = [];
  const lower = options.lower;
  const upper = options.upper;
  // centroid + t·(centroid − worst), projected into the box
  const along = (t: number): number[] => {
    const out = new Array<number>(n);
    for (let j = 0; j < n; j++) {
      const c = centroid[j] as number;
      out[j] = Math.min(upper[j] as number, Math.max(lower[j] as number, c + t * (c - (worst[j] as number))));
    }
    return out;
  };
  let best = clamp([...start]);
  let bestValue = f(best);
  for (let round = 0; round <= (options.restarts ?? 4); round++) {
    const simplex: number[][] = [best];
    for (let i = 0; i < n; i++) {
      const p = [...best];
      const range = (options.upper[i] as number) - (options.lower[i] as number);
      const step = 0.1 * range || 0.1;
      p[i] = (p[i] as number) + ((p[i] as number) + step > (options.upper[i] as number) ? -step : step);
      simplex.push(clamp(p));
    }
    const values = simplex.map(f);
    let local = 0;
    while (local < maxEval) {
      // insertion sort of the n + 1 vertices by value (stable, allocation-free)
      for (let i = 1; i <= n; i++) {
        const v = values[i] as number;
        const p = simplex[i] as number[];
        let j = i - 1;
        while (j >= 0 && (values[j] as number) > v) {
          values[j + 1] = values[j] as number;
          simplex[j + 1] = simplex[j] as number[];
          j--;
        }
        values[j + 1] = v;
        simplex[j + 1] = p;
      }
      const lo = values[0] as number;
      const hi = values[n] as number;
      let size = 0;
      for (let i = 1; i <= n; i++)
        for (let j = 0; j < n; j++)
          size = Math.max(size, Math.abs((simplex[i] as number[])[j]! - (simplex[0] as number[])[j]!));
      if (Math.abs(hi - lo) <= tol * (Math.abs(lo) + 1e-30) && size < 1e-7) break;
      if (size < 1e-12) break;
      centroid.fill(0);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) centroid[j] = (centroid[j] as number) + (simplex[i] as number[])[j]! / n;
      worst = simplex[n] as number[];
      const xr = along(1);
      const fr = f(xr);
      local++;
      if (fr < lo) {
        const xe = along(2);
        const fe = f(xe);
        local++;
        if (fe < fr) {
          simplex[n] = xe;
          values[n] = fe;
        } else {
          simplex[n] = xr;
          values[n] = fr;
        }
      } else if (fr < (values[n - 1] as number)) {
        simplex[n] = xr;
        values[n] = fr;
      } else {
        const outside = fr < hi;
        const xc = along(outside ? 0.5 : -0.5);
        const fc = f(xc);
        local++;
        if (fc < (outside ? fr : hi)) {
          simplex[n] = xc;
          values[n] = fc;
        } else {
          const b = simplex[0] as number[];
          for (let i = 1; i <= n; i++) {
            simplex[i] = clamp((simplex[i] as number[]).map((v, j) => b[j]! + 0.5 * (v - b[j]!)));
            values[i] = f(simplex[i] as number[]);
            local++;
          }
        }
      }
    }
    let bi = 0;
    for (let i = 1; i <= n; i++) if ((values[i] as number) < (values[bi] as number)) bi = i;
    const improved = (values[bi] as number) < bestValue - tol * Math.abs(bestValue);
    if ((values[bi] as number) <= bestValue) {
      best = simplex[bi] as number[];
      bestValue = values[bi] as number;
    }
    if (!improved && round > 0) break;
  }
  return { x: best, value: bestValue, evaluations };
}

/**
 * One-dimensional minimisation on [lower, upper] by Brent's method (golden section + parabolic steps,
 * Brent 1973 "Algorithms for Minimization without Derivatives" ch. 5 — the algorithm of R's `optimize`).
 *
 * @example minimizeScalar((x) => (x - 2) ** 2, 0, 5).x // ≈ 2
 */
export function minimizeScalar(
  fn: (x: number) => number,
  lower: number,
  upper: number,
  tolerance = 1e-10,
): { x: number; value: number } {
  const c = (3 - Math.sqrt(5)) * 0.5;
  const eps = Math.sqrt(Number.EPSILON);
  let a = lower;
  let b = upper;
  let v = a + c * (b - a);
  let w = v;
  let x = v;
  let d = 0;
  let e = 0;
  let fx = fn(x);
  let fv = fx;
  let fw = fx;
  const tol3 = tolerance / 3;
  for (let iter = 0; iter < 1000; iter++) {
    const xm = (a + b) * 0.5;
    const tol1 = eps * Math.abs(x) + tol3;
    const t2 = tol1 * 2;
    if (Math.abs(x - xm) <= t2 - (b - a) * 0.5) break;
    let p = 0;
    let q = 0;
    let r = 0;
    if (Math.abs(e) > tol1) {
      r = (x - w) * (fx - fv);
      q = (x - v) * (fx - fw);
      p = (x - v) * q - (x - w) * r;
      q = (q - r) * 2;
      if (q > 0) p = -p;
      else q = -q;
      r = e;
      e = d;
    }
    if (Math.abs(p) >= Math.abs(q * 0.5 * r) || p <= q * (a - x) || p >= q * (b - x)) {
      e = x < xm ? b - x : a - x;
      d = c * e;
    } else {
      d = p / q;
      const u = x + d;
      if (u - a < t2 || b - u < t2) d = x < xm ? tol1 : -tol1;
    }
    const u = Math.abs(d) >= tol1 ? x + d : d > 0 ? x + tol1 : x - tol1;
    const fu = fn(u);
    if (fu <= fx) {
      if (u < x) b = x;
      else a = x;
      v = w;
      fv = fw;
      w = x;
      fw = fx;
      x = u;
      fx = fu;
    } else {
      if (u < x) a = u;
      else b = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  // The optimum of an SSE may sit on a bound (e.g. α = 1): check the ends explicitly.
  const fl = fn(lower);
  const fh = fn(upper);
  if (fl < fx) return { x: lower, value: fl };
  if (fh < fx) return { x: upper, value: fh };
  return { x, value: fx };
}
