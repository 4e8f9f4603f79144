import { invalid } from '../errors.js';
import { mean, standardDeviation } from '../math/descriptive.js';
import { normalCdf } from '../math/distributions.js';

/**
 * p-value approximation for the Anderson–Darling normality test with estimated mean and σ, as data:
 * D'Agostino & Stephens (eds.), *Goodness-of-Fit Techniques* (1986), Table 4.9; the same coefficients as R's
 * `nortest::ad.test` and Minitab. Each row applies while A*² < `below`: p = f(a + b·A*² + c·A*⁴).
 *
 * @example
 * AD_PVALUE_TABLE[3].below // Infinity
 */
export const AD_PVALUE_TABLE = Object.freeze([
  { below: 0.2, a: -13.436, b: 101.14, c: -223.73, upperTail: false },
  { below: 0.34, a: -8.318, b: 42.796, c: -59.938, upperTail: false },
  { below: 0.6, a: 0.9177, b: -4.279, c: -1.38, upperTail: true },
  { below: Number.POSITIVE_INFINITY, a: 1.2937, b: -5.709, c: 0.0186, upperTail: true },
] as const);

/**
 * Result of {@link andersonDarling}.
 *
 * @example
 * const r: AndersonDarlingResult = andersonDarling(values); r.normal // true when p ≥ α
 */
export interface AndersonDarlingResult {
  /** A² statistic. */
  readonly statistic: number;
  /** A*² = A²·(1 + 0.75/n + 2.25/n²), small-sample adjusted. */
  readonly adjustedStatistic: number;
  /** Approximate p-value (D'Agostino & Stephens 1986). */
  readonly pValue: number;
  /** Number of observations. */
  readonly n: number;
  /** Significance level used for `normal`. */
  readonly alpha: number;
  /** True when normality is not rejected at `alpha`. */
  readonly normal: boolean;
}

/**
 * Anderson–Darling test of normality (kiểm định phân phối chuẩn) with mean and σ estimated from the data
 * (case 3). Needs at least 8 observations, as `nortest::ad.test`.
 *
 * @example
 * andersonDarling(pistonrings.slice(0, 25).flat()).pValue // > 0.05: no evidence against normality
 */
export function andersonDarling(values: readonly number[], alpha = 0.05): AndersonDarlingResult {
  const n = values.length;
  if (n < 8) {
    throw invalid(
      'QC/EMPTY_DATA',
      `the Anderson–Darling test needs at least 8 values, got ${n}`,
      `kiểm định Anderson–Darling cần ít nhất 8 giá trị, nhận ${n}`,
      ['values'],
      { n },
    );
  }
  const m = mean(values);
  const s = standardDeviation(values);
  if (!(s > 0)) {
    throw invalid(
      'QC/ZERO_VARIATION',
      'all values are equal: normality cannot be tested',
      'mọi giá trị bằng nhau: không thể kiểm định',
      ['values'],
    );
  }
  const y = Float64Array.from(values).sort();
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const zi = (y[i]! - m) / s;
    const zj = (y[n - 1 - i]! - m) / s;
    // ln(1 − Φ(zj)) = ln Φ(−zj): keeps tail precision.
    sum += (2 * i + 1) * (Math.log(normalCdf(zi)) + Math.log(normalCdf(-zj)));
  }
  const a2 = -n - sum / n;
  const adj = a2 * (1 + 0.75 / n + 2.25 / (n * n));
  const row = AD_PVALUE_TABLE.find((r) => adj < r.below)!;
  const e = Math.exp(row.a + row.b * adj + row.c * adj * adj);
  const pValue = Math.min(1, Math.max(0, row.upperTail ? e : 1 - e));
  return { statistic: a2, adjustedStatistic: adj, pValue, n, alpha, normal: pValue >= alpha };
}
