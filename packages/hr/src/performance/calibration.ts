import { invalid } from '../internal/fail.js';

/** One band of a target distribution: a label and its share (shares add up to 1). */
export interface DistributionBand {
  readonly label: string;
  readonly share: number;
}

/** A calibrated result. */
export interface CalibratedRating {
  readonly employeeId: string;
  readonly score: number;
  readonly label: string;
  /** 1-based position by score, best first (ties by employee id). */
  readonly rank: number;
}

/** Outcome of {@link calibrate}. */
export interface Calibration {
  readonly ratings: readonly CalibratedRating[];
  /** Target head count per band (largest-remainder rounding of share × n). */
  readonly targetCounts: Readonly<Record<string, number>>;
  /** Actual head count per band (differs from the target only where equal scores straddle a boundary). */
  readonly actualCounts: Readonly<Record<string, number>>;
}

/**
 * Calibrates scores to a target distribution (forced ranking): bands from best to worst, e.g.
 * `[{ label: 'A', share: 0.1 }, { label: 'B', share: 0.2 }, { label: 'C', share: 0.5 }, { label: 'D', share: 0.2 }]`.
 * Target counts are share × n rounded by largest remainder (they add up to n); employees are sorted by
 * score, best first, and filled into bands in order; employees with equal scores always share a band (the
 * better one), so actual counts may exceed a target at a tie.
 * @throws BoValidationError `HR/INVALID_DISTRIBUTION`
 * @example calibrate([{ employeeId: 'E1', score: 4.2 }, …], bands).ratings[0].label // 'A'
 */
export function calibrate(
  scores: readonly { readonly employeeId: string; readonly score: number }[],
  bands: readonly DistributionBand[],
): Calibration {
  const total = bands.reduce((s, b) => s + b.share, 0);
  if (bands.length === 0 || bands.some((b) => !(b.share >= 0)) || Math.abs(total - 1) > 1e-9) {
    invalid(
      'HR/INVALID_DISTRIBUTION',
      `band shares must be ≥ 0 and add up to 1, got ${total}`,
      'tỷ lệ phân bổ phải cộng lại bằng 1',
      ['bands'],
    );
  }
  const n = scores.length;
  const raw = bands.map((b) => b.share * n);
  const counts = raw.map(Math.floor);
  let left = n - counts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, rem: r - Math.floor(r) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const o of order) {
    if (left === 0) break;
    counts[o.i]!++;
    left--;
  }
  const sorted = [...scores].sort((a, b) => b.score - a.score || (a.employeeId < b.employeeId ? -1 : 1));
  const cumulative: number[] = [];
  let acc = 0;
  for (const c of counts) cumulative.push((acc += c));
  const ratings: CalibratedRating[] = [];
  sorted.forEach((s, idx) => {
    const prev = sorted[idx - 1];
    let label: string;
    if (prev !== undefined && prev.score === s.score) label = ratings[idx - 1]!.label;
    else {
      let b = 0;
      while (b < bands.length - 1 && idx >= cumulative[b]!) b++;
      label = bands[b]!.label;
    }
    ratings.push({ employeeId: s.employeeId, score: s.score, label, rank: idx + 1 });
  });
  const targetCounts = Object.fromEntries(bands.map((b, i) => [b.label, counts[i]!]));
  const actualCounts = Object.fromEntries(
    bands.map((b) => [b.label, ratings.filter((r) => r.label === b.label).length]),
  );
  return { ratings, targetCounts, actualCounts };
}
