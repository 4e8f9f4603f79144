import { assertParameter, invalid } from '../errors.js';
import { normalCdf, normalQuantile } from '../math/distributions.js';

/**
 * The conventional long-term shift of the process mean (1.5σ) assumed by Six Sigma sigma-level tables
 * (Motorola; Harry & Schroeder, *Six Sigma*, 2000), so that 6σ ↔ 3.4 DPMO. Pass `shift: 0` for the
 * short-term (unshifted) convention.
 *
 * @example
 * SIGMA_SHIFT // 1.5
 */
export const SIGMA_SHIFT = 1.5;

/**
 * Defects per million opportunities: defects / (units × opportunities per unit) × 10⁶.
 *
 * @example
 * dpmo({ defects: 34, units: 10_000, opportunities: 1000 }) // 3.4
 */
export function dpmo(input: { defects: number; units: number; opportunities: number }): number {
  const { defects, units, opportunities } = input;
  assertParameter(defects, 'defects', (v) => v >= 0, 'a non-negative number');
  assertParameter(units, 'units', (v) => v > 0, 'a positive number');
  assertParameter(opportunities, 'opportunities', (v) => v > 0, 'a positive number');
  return (defects / (units * opportunities)) * 1e6;
}

/**
 * Yield (hiệu suất) from defects per unit under the Poisson model: Y = e^(−DPU).
 *
 * @example
 * poissonYield({ defects: 10, units: 100 }) // e^(−0.1) = 0.9048
 */
export function poissonYield(input: { defects: number; units: number }): number {
  assertParameter(input.defects, 'defects', (v) => v >= 0, 'a non-negative number');
  assertParameter(input.units, 'units', (v) => v > 0, 'a positive number');
  return Math.exp(-input.defects / input.units);
}

/**
 * First-pass yield (FPY, tỷ lệ đạt ngay lần đầu): units passing a step the first time, without rework,
 * over units entering it.
 *
 * @example
 * firstPassYield({ unitsIn: 200, passedFirstTime: 180 }) // 0.9
 */
export function firstPassYield(input: { unitsIn: number; passedFirstTime: number }): number {
  assertParameter(input.unitsIn, 'unitsIn', (v) => v > 0, 'a positive number');
  assertParameter(
    input.passedFirstTime,
    'passedFirstTime',
    (v) => v >= 0 && v <= input.unitsIn,
    `between 0 and unitsIn (${input.unitsIn})`,
  );
  return input.passedFirstTime / input.unitsIn;
}

/**
 * Rolled throughput yield (RTY): the product of the first-pass yields of every step.
 *
 * @example
 * rolledThroughputYield([0.9, 0.95, 0.98]) // 0.8379
 */
export function rolledThroughputYield(yields: readonly number[]): number {
  if (yields.length === 0)
    throw invalid('QC/EMPTY_DATA', 'yields must not be empty', 'danh sách hiệu suất không được rỗng', [
      'yields',
    ]);
  let p = 1;
  yields.forEach((y, i) => {
    if (!(Number.isFinite(y) && y >= 0 && y <= 1)) {
      throw invalid(
        'QC/PROPORTION_OUT_OF_RANGE',
        `yields[${i}] must be in [0, 1], got ${y}`,
        `yields[${i}] phải trong [0, 1], nhận ${y}`,
        ['yields', i],
        { value: y },
      );
    }
    p *= y;
  });
  return p;
}

/**
 * Sigma level (mức sigma) of a defect rate: Φ⁻¹(1 − DPMO/10⁶) + shift, with the 1.5σ shift by default
 * ({@link SIGMA_SHIFT}); 3.4 DPMO → 6.0, 66 807 DPMO → 3.0.
 *
 * @example
 * sigmaLevel(3.4) // 6.0
 * sigmaLevel(3.4, { shift: 0 }) // 4.5
 */
export function sigmaLevel(dpmoValue: number, options: { shift?: number } = {}): number {
  assertParameter(dpmoValue, 'dpmo', (v) => v > 0 && v < 1e6, 'strictly between 0 and 1 000 000');
  return -normalQuantile(dpmoValue / 1e6) + (options.shift ?? SIGMA_SHIFT);
}

/**
 * DPMO of a sigma level (inverse of {@link sigmaLevel}).
 *
 * @example
 * dpmoAtSigmaLevel(6) // 3.4
 */
export function dpmoAtSigmaLevel(level: number, options: { shift?: number } = {}): number {
  assertParameter(level, 'level', () => true, 'a finite number');
  return normalCdf(-(level - (options.shift ?? SIGMA_SHIFT))) * 1e6;
}
