import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { assertSeries } from '../internal/numbers.js';
import { fmean, quantileSorted, sampleVariance } from '../internal/stats.js';
import { classicalDecomposition, type SeasonalType } from './decompose.js';

/** One observation's anomaly verdict. */
export interface AnomalyFlag {
  readonly index: number;
  readonly value: number;
  /** The score compared with the threshold (z, or distance beyond a fence in IQRs); `null` when not scored. */
  readonly score: number | null;
  readonly anomaly: boolean;
}

function checkPositive(name: string, v: number): void {
  if (!(Number.isFinite(v) && v > 0)) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      `${name} must be a positive number`,
      `${name} phải là số dương`,
      [name],
      { received: v },
    );
  }
}

/**
 * Flags values whose z-score |x − x̄| ÷ s (sample standard deviation) exceeds `threshold` (default 3).
 * A constant series has no anomalies (all scores 0).
 *
 * @example zScoreAnomalies([10, 11, 9, 10, 50, 10, 11, 9, 10, 10], { threshold: 2 }).filter((f) => f.anomaly) // index 4
 */
export function zScoreAnomalies(
  series: readonly number[],
  options: { threshold?: number } = {},
): AnomalyFlag[] {
  assertSeries(series);
  const threshold = options.threshold ?? 3;
  checkPositive('threshold', threshold);
  if (series.length < 2) return series.map((value, index) => ({ index, value, score: null, anomaly: false }));
  const m = fmean(series);
  const s = Math.sqrt(sampleVariance(series));
  return series.map((value, index) => {
    const score = s === 0 ? 0 : Math.abs(value - m) / s;
    return { index, value, score, anomaly: score > threshold };
  });
}

/**
 * Tukey's fences (Tukey 1977, *Exploratory Data Analysis*): flags values below Q1 − k·IQR or above
 * Q3 + k·IQR (k = 1.5 default; quartiles R type 7). The score is the distance beyond the nearer fence in
 * IQRs (0 inside the fences).
 *
 * @example iqrAnomalies([1, 2, 3, 4, 100]).map((f) => f.anomaly) // [false, false, false, false, true]
 */
export function iqrAnomalies(series: readonly number[], options: { k?: number } = {}): AnomalyFlag[] {
  assertSeries(series);
  const k = options.k ?? 1.5;
  checkPositive('k', k);
  if (series.length === 0) return [];
  const sorted = [...series].sort((a, b) => a - b);
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  const iqr = q3 - q1;
  const lo = q1 - k * iqr;
  const hi = q3 + k * iqr;
  return series.map((value, index) => {
    const beyond = value < lo ? lo - value : value > hi ? value - hi : 0;
    return {
      index,
      value,
      score: iqr === 0 ? (beyond === 0 ? 0 : Number.POSITIVE_INFINITY) : beyond / iqr,
      anomaly: value < lo || value > hi,
    };
  });
}

/**
 * Seasonal-residual anomalies: decomposes the series (classical, {@link classicalDecomposition}) and flags
 * points whose remainder is extreme by a robust z-score |r − median(r)| ÷ (1.4826·MAD) above `threshold`
 * (default 3.5, Iglewicz & Hoaglin 1993). Points at the ends, where the moving average is undefined, get
 * `score: null`. A multiplicative remainder is scored on its log.
 *
 * @example seasonalResidualAnomalies(monthlySales, { period: 12, type: 'multiplicative' }).filter((f) => f.anomaly)
 */
export function seasonalResidualAnomalies(
  series: readonly number[],
  options: { period: number; type?: SeasonalType; threshold?: number },
): AnomalyFlag[] {
  const threshold = options.threshold ?? 3.5;
  checkPositive('threshold', threshold);
  const d = classicalDecomposition(series, options);
  const mult = d.type === 'multiplicative';
  const res = d.random.map((r) => (r === null ? null : mult ? Math.log(r) : r));
  const vals = res.filter((r): r is number => r !== null).sort((a, b) => a - b);
  const med = quantileSorted(vals, 0.5);
  const mad = quantileSorted(
    vals.map((v) => Math.abs(v - med)).sort((a, b) => a - b),
    0.5,
  );
  const scale = 1.4826 * mad;
  return series.map((value, index) => {
    const r = res[index];
    if (r === null || r === undefined) return { index, value, score: null, anomaly: false };
    const score = scale === 0 ? (r === med ? 0 : Number.POSITIVE_INFINITY) : Math.abs(r - med) / scale;
    return { index, value, score, anomaly: score > threshold };
  });
}
