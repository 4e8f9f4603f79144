import { z } from 'zod';
import { assertParameter, invalid } from '../errors.js';
import type { ChartOptions } from './control-chart.js';

/**
 * One attribute sample: `count` nonconforming units (p, np) or nonconformities (c, u) found in `size`
 * inspected units (for u charts `size` may be fractional inspection units).
 *
 * @example
 * const s: AttributeSample = { count: 12, size: 50 };
 */
export interface AttributeSample {
  /** Nonconforming units or nonconformities found. */
  readonly count: number;
  /** Units inspected (sample size). */
  readonly size: number;
}

/**
 * Zod schema of an {@link AttributeSample}.
 *
 * @example
 * AttributeSampleSchema.parse({ count: 3, size: 50 });
 */
export const AttributeSampleSchema = z.object({
  count: z.number().int().nonnegative(),
  size: z.number().positive(),
});

/** Validates attribute samples; `binomial` also requires integer sizes and count ≤ size. @internal */
export function validateSamples(samples: readonly AttributeSample[], binomial: boolean): void {
  if (!Array.isArray(samples) || samples.length === 0) {
    throw invalid('QC/EMPTY_DATA', 'samples must be a non-empty array', 'samples phải là mảng không rỗng', [
      'samples',
    ]);
  }
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i]!;
    if (
      !(typeof s.size === 'number' && Number.isFinite(s.size) && s.size > 0) ||
      (binomial && !Number.isInteger(s.size))
    ) {
      throw invalid(
        'QC/INVALID_SIZE',
        `sample ${i}: size must be a positive ${binomial ? 'integer' : 'number'}, got ${String(s.size)}`,
        `mẫu ${i}: cỡ mẫu phải là số ${binomial ? 'nguyên ' : ''}dương, nhận ${String(s.size)}`,
        ['samples', i, 'size'],
        { value: String(s.size) },
      );
    }
    if (!(typeof s.count === 'number' && Number.isInteger(s.count) && s.count >= 0)) {
      throw invalid(
        'QC/INVALID_COUNT',
        `sample ${i}: count must be a non-negative integer, got ${String(s.count)}`,
        `mẫu ${i}: số lượng phải là số nguyên không âm, nhận ${String(s.count)}`,
        ['samples', i, 'count'],
        { value: String(s.count) },
      );
    }
    if (binomial && s.count > s.size) {
      throw invalid(
        'QC/PROPORTION_OUT_OF_RANGE',
        `sample ${i}: ${s.count} nonconforming out of ${s.size} gives a proportion above 1`,
        `mẫu ${i}: ${s.count} lỗi trên ${s.size} cho tỷ lệ lớn hơn 1`,
        ['samples', i, 'count'],
        { count: s.count, size: s.size },
      );
    }
  }
}

/**
 * Options of the attribute charts: {@link ChartOptions} plus probability limits.
 *
 * @example
 * const o: AttributeChartOptions = { probabilityLimits: 0.9973 };
 */
export interface AttributeChartOptions extends ChartOptions {
  /**
   * Use exact binomial (p, np) or Poisson (c, u) quantile limits at this confidence level instead of the normal
   * approximation ± L·σ — qcc's `confidence.level`: LCL = q(α/2), UCL = q(1 − α/2) with q the smallest count
   * whose CDF reaches the probability. 0.9973 matches 3σ coverage.
   */
  readonly probabilityLimits?: number;
}

/** Validates `probabilityLimits` and returns α/2, or undefined. @internal */
export function halfAlpha(options: AttributeChartOptions | undefined): number | undefined {
  const c = options?.probabilityLimits;
  if (c === undefined) return undefined;
  assertParameter(
    c,
    'probabilityLimits',
    (v) => v > 0 && v < 1,
    'a confidence level strictly between 0 and 1',
  );
  return (1 - c) / 2;
}
