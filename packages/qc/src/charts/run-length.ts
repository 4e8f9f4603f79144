import { assertParameter, invalid } from '../errors.js';
import { normalCdf } from '../math/distributions.js';

/**
 * Average run length of a chart at one shift: the expected number of points until the first signal.
 *
 * @example
 * // { at: 1, arl: 8.38 }
 */
export interface RunLengthPoint {
  /** Shift of the process mean, in standard errors of a plotted point. */
  readonly at: number;
  /** Average run length (points until a signal). */
  readonly arl: number;
}

/** Nodes and weights of the n-point Gauss–Legendre rule on [a, b] (Newton on Pₙ, float64). */
function gaussLegendre(n: number, a: number, b: number): { x: Float64Array; w: Float64Array } {
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  const mid = (a + b) / 2;
  const half = (b - a) / 2;
  for (let i = 0; i < Math.ceil(n / 2); i++) {
    let t = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p0 = 1;
      let p1 = t;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * t * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      dp = (n * (t * p1 - p0)) / (t * t - 1);
      const step = p1 / dp;
      t -= step;
      if (Math.abs(step) < 1e-15) break;
    }
    const weight = (2 / ((1 - t * t) * dp * dp)) * half;
    x[i] = mid - half * t;
    x[n - 1 - i] = mid + half * t;
    w[i] = weight;
    w[n - 1 - i] = weight;
  }
  return { x, w };
}

/** Solves A·v = rhs in place (Gaussian elimination with partial pivoting); A is n×n, row-major. */
function solve(A: Float64Array, rhs: Float64Array, n: number): Float64Array {
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(A[r * n + col]!) > Math.abs(A[pivot * n + col]!)) pivot = r;
    if (pivot !== col) {
      for (let c = 0; c < n; c++) {
        const t = A[col * n + c]!;
        A[col * n + c] = A[pivot * n + c]!;
        A[pivot * n + c] = t;
      }
      const t = rhs[col]!;
      rhs[col] = rhs[pivot]!;
      rhs[pivot] = t;
    }
    const d = A[col * n + col]!;
    for (let r = col + 1; r < n; r++) {
      const f = A[r * n + col]! / d;
      if (f === 0) continue;
      for (let c = col; c < n; c++) A[r * n + c]! -= f * A[col * n + c]!;
      rhs[r]! -= f * rhs[col]!;
    }
  }
  const v = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = rhs[r]!;
    for (let c = r + 1; c < n; c++) s -= A[r * n + c]! * v[c]!;
    v[r] = s / A[r * n + r]!;
  }
  return v;
}

const density = (z: number): number => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);

/** Quadrature points: enough for the integral equations to agree with R's `spc` to 6 significant digits. */
const NODES = 64;

/**
 * ARL of the upper one-sided CUSUM S = max(0, S + z − k) from `start`, signal when S > h, for points
 * z ~ N(μ, 1): the integral equation L(s) = 1 + Φ(k − s − μ)·L(0) + ∫₀ʰ L(y) φ(y + k − s − μ) dy
 * (Page 1954) solved by the Nyström method on Gauss–Legendre nodes, with the atom at 0 as one more
 * unknown.
 */
function upperCusumArl(k: number, h: number, mu: number, start: number): number {
  const { x, w } = gaussLegendre(NODES, 0, h);
  const m = NODES + 1; // unknowns: L(0), L(x₁), …, L(xₙ)
  const A = new Float64Array(m * m);
  const rhs = new Float64Array(m).fill(1);
  const row = (r: number, s: number) => {
    A[r * m] = (r === 0 ? 1 : 0) - normalCdf(k - s - mu);
    for (let j = 0; j < NODES; j++)
      A[r * m + j + 1] = (r === j + 1 ? 1 : 0) - w[j]! * density(x[j]! + k - s - mu);
  };
  row(0, 0);
  for (let i = 0; i < NODES; i++) row(i + 1, x[i]!);
  const L = solve(A, rhs, m);
  let arl = 1 + normalCdf(k - start - mu) * L[0]!;
  for (let j = 0; j < NODES; j++) arl += w[j]! * density(x[j]! + k - start - mu) * L[j + 1]!;
  return arl;
}

/**
 * Average run length of a tabular CUSUM (see {@link cusumChart}) with reference value k and decision
 * interval h in standard errors, for mean shifts δ (in standard errors of a plotted point): the
 * expected number of points until C⁺ or C⁻ exceeds h. One side solves Page's integral equation
 * numerically (Nyström method, 64 Gauss–Legendre nodes); both sides combine as
 * 1/ARL = 1/ARL⁺ + 1/ARL⁻ (Lucas & Crosier 1982; exact for the usual designs started at 0, an
 * approximation with a head start). Agrees with R `spc::xcusum.arl` to 6 significant digits;
 * k = 0.5, h = 4 gives 168 in control and 8.38 for a 1σ shift, h = 5 gives 465 and 10.4
 * (Montgomery, Introduction to Statistical Quality Control, Table 9.3).
 * @throws BoValidationError `QC/INVALID_PARAMETER` (path `[name]`)
 * @example
 * cusumArl({ k: 0.5, h: 4 }, [0, 1]).map((p) => p.arl) // [167.68, 8.38]
 */
export function cusumArl(
  design: {
    readonly k?: number;
    readonly h: number;
    readonly headStart?: number;
    readonly sided?: 'two' | 'upper' | 'lower';
  },
  shifts: readonly number[],
): RunLengthPoint[] {
  const k = design.k ?? 0.5;
  const h = design.h;
  const start = design.headStart ?? 0;
  const sided = design.sided ?? 'two';
  assertParameter(k, 'k', (v) => v >= 0, 'a non-negative number');
  assertParameter(h, 'h', (v) => v > 0 && v <= 50, 'a positive number up to 50');
  assertParameter(start, 'headStart', (v) => v >= 0 && v < h, 'at least 0 and below h');
  checkShifts(shifts);
  return shifts.map((mu) => {
    const up = sided === 'lower' ? Number.POSITIVE_INFINITY : upperCusumArl(k, h, mu, start);
    const down = sided === 'upper' ? Number.POSITIVE_INFINITY : upperCusumArl(k, h, -mu, start);
    return { at: mu, arl: 1 / (1 / up + 1 / down) };
  });
}

/**
 * Average run length of a two-sided EWMA chart (see {@link ewmaChart}) with smoothing λ and
 * asymptotic limits ±L·√(λ/(2 − λ)) standard errors around the target, started at the target, for
 * mean shifts δ (in standard errors of a plotted point): the integral equation
 * L(u) = 1 + ∫ L(y) φ((y − (1 − λ)u)/λ − δ)/λ dy over the in-control band (Crowder 1987), solved by the
 * Nyström method on 64 Gauss–Legendre nodes. Agrees with R `spc::xewma.arl` to 6 significant
 * digits; λ = 0.1, L = 2.814 gives 500 in control and 10.3 for a 1σ shift (Montgomery Table 9.11;
 * Lucas & Saccucci 1990). The chart's exact (time-varying) early limits are a little tighter, so its
 * run lengths are a little shorter at the start.
 * @throws BoValidationError `QC/INVALID_PARAMETER` (path `[name]`)
 * @example
 * ewmaArl({ lambda: 0.1, L: 2.814 }, [0, 1]).map((p) => p.arl) // [499.58, 10.33]
 */
export function ewmaArl(
  design: { readonly lambda: number; readonly L: number },
  shifts: readonly number[],
): RunLengthPoint[] {
  const { lambda, L } = design;
  assertParameter(lambda, 'lambda', (v) => v > 0 && v <= 1, 'in (0, 1]');
  assertParameter(L, 'L', (v) => v > 0 && v <= 10, 'a positive number up to 10');
  checkShifts(shifts);
  const c = L * Math.sqrt(lambda / (2 - lambda));
  const { x, w } = gaussLegendre(NODES, -c, c);
  return shifts.map((mu) => {
    const A = new Float64Array(NODES * NODES);
    const rhs = new Float64Array(NODES).fill(1);
    for (let i = 0; i < NODES; i++) {
      for (let j = 0; j < NODES; j++) {
        const kernel = density((x[j]! - (1 - lambda) * x[i]!) / lambda - mu) / lambda;
        A[i * NODES + j] = (i === j ? 1 : 0) - w[j]! * kernel;
      }
    }
    const Lx = solve(A, rhs, NODES);
    let arl = 1;
    for (let j = 0; j < NODES; j++) arl += w[j]! * (density(x[j]! / lambda - mu) / lambda) * Lx[j]!;
    return { at: mu, arl };
  });
}

function checkShifts(shifts: readonly number[]): void {
  shifts.forEach((s, i) => {
    if (typeof s !== 'number' || !Number.isFinite(s) || Math.abs(s) > 10) {
      throw invalid(
        'QC/INVALID_PARAMETER',
        `shifts[${i}] must be a finite number of standard errors (|δ| ≤ 10), got ${String(s)}`,
        `shifts[${i}] phải là số hữu hạn (|δ| ≤ 10), nhận ${String(s)}`,
        ['shifts', i],
      );
    }
  });
}
