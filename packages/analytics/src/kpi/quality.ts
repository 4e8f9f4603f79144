import { Decimal } from '@bo/core';
import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { normalQuantile } from '../forecast/normal-quantile.js';
import { type Figure, figures, kpi, type KpiResult, ratio } from './kpi-result.js';

/**
 * Opportunities per million in DPMO (Six Sigma convention).
 * @example new Decimal('0.005').times(PER_MILLION).toString() // '5000'
 */
export const PER_MILLION = '1000000';
/**
 * Long-term to short-term shift in the Motorola sigma level (1.5σ; reference §B3).
 * @example normalQuantile(1 - 3.4e-6) + SIGMA_SHIFT // ≈ 6
 */
export const SIGMA_SHIFT = 1.5;

function notAbove(a: Decimal, b: Decimal, name: string, of: string): void {
  if (a.gt(b))
    fail(ANALYTICS_ERRORS.INVALID_OPTION, `${name} cannot exceed ${of}`, `${name} không thể lớn hơn ${of}`, [
      name,
    ]);
}

/**
 * Defect rate = defective units ÷ inspected units (proportion nonconforming).
 * @example defectRate({ defective: 12, inspected: 400 }).value.toString() // '0.03'
 */
export function defectRate(input: {
  defective: Figure;
  inspected: Figure;
}): KpiResult<{ defective: Decimal; inspected: Decimal }> {
  const f = figures(input, ['defective', 'inspected']);
  notAbove(f.defective, f.inspected, 'defective', 'inspected');
  return kpi('defectRate', ratio(f.defective, f.inspected, 'inspected'), 'ratio', f);
}

/**
 * DPMO = defects ÷ (units × opportunities per unit) × 10⁶; also DPU, DPO and yield = 1 − DPO in the inputs.
 * Worked example (mysixsigmatrainer): 1000 units × 10 opportunities, 50 defects → 5 000.
 * @example dpmo({ defects: 50, units: 1000, opportunitiesPerUnit: 10 }).value.toString() // '5000'
 */
export function dpmo(input: { defects: Figure; units: Figure; opportunitiesPerUnit: Figure }): KpiResult<{
  defects: Decimal;
  units: Decimal;
  opportunitiesPerUnit: Decimal;
  dpu: Decimal;
  dpo: Decimal;
  yield: Decimal;
}> {
  const f = figures(input, ['defects', 'units', 'opportunitiesPerUnit']);
  const dpoValue = ratio(f.defects, f.units.times(f.opportunitiesPerUnit), 'opportunities');
  return kpi('dpmo', dpoValue.times(PER_MILLION), 'per-million', {
    ...f,
    dpu: ratio(f.defects, f.units, 'units'),
    dpo: dpoValue,
    yield: new Decimal(1).minus(dpoValue),
  });
}

/**
 * Short-term sigma level = Φ⁻¹(1 − DPMO ÷ 10⁶) + 1.5 (float64 normal quantile; Motorola convention).
 * Worked example (learngxp): 83 934 drives × 8 checks, 3 432 defects → DPMO 5 111.16, sigma ≈ 4.07.
 * @throws `ANALYTICS/INVALID_OPTION` unless 0 < DPMO < 10⁶
 * @example sigmaLevel({ dpmo: 3.4 }).value.toFixed(2) // '6.00'
 */
export function sigmaLevel(input: { dpmo: Figure }): KpiResult<{ dpmo: Decimal; shift: number }> {
  const f = figures(input, ['dpmo']);
  const p = f.dpmo.div(PER_MILLION).toNumber();
  if (!(p > 0 && p < 1))
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'DPMO must be between 0 and 1 000 000 (exclusive)',
      'DPMO phải trong (0, 1 000 000)',
      ['dpmo'],
    );
  const z = normalQuantile(1 - p) + SIGMA_SHIFT;
  return kpi('sigmaLevel', new Decimal(z), 'sigma', { dpmo: f.dpmo, shift: SIGMA_SHIFT });
}

/**
 * First-pass yield = units passing the step the first time (no rework, no scrap) ÷ units entering.
 * @example firstPassYield({ passedFirstTime: 950, entered: 1000 }).value.toString() // '0.95'
 */
export function firstPassYield(input: {
  passedFirstTime: Figure;
  entered: Figure;
}): KpiResult<{ passedFirstTime: Decimal; entered: Decimal }> {
  const f = figures(input, ['passedFirstTime', 'entered']);
  notAbove(f.passedFirstTime, f.entered, 'passedFirstTime', 'entered');
  return kpi('firstPassYield', ratio(f.passedFirstTime, f.entered, 'entered'), 'ratio', f);
}

/**
 * Rolled throughput yield = product of the steps' first-pass yields.
 * @example rolledThroughputYield(['0.95', '0.9']).value.toString() // '0.855'
 */
export function rolledThroughputYield(stepYields: readonly Figure[]): KpiResult<{ stepYields: Decimal[] }> {
  if (stepYields.length === 0)
    fail(ANALYTICS_ERRORS.EMPTY_INPUT, 'at least one step yield is required', 'cần ít nhất một công đoạn', [
      'stepYields',
    ]);
  const ys = stepYields.map((y, i) => {
    const d = figures({ y }, ['y']).y;
    if (d.gt(1))
      fail(ANALYTICS_ERRORS.INVALID_OPTION, 'a yield cannot exceed 1', 'hiệu suất không thể lớn hơn 1', [
        'stepYields',
        i,
      ]);
    return d;
  });
  return kpi(
    'rolledThroughputYield',
    ys.reduce((a, b) => a.times(b), new Decimal(1)),
    'ratio',
    { stepYields: ys },
  );
}

/** OEE inputs: times in one unit (e.g. minutes); the ideal speed as cycle time per unit or run rate. */
export type OeeInput = {
  /** Planned production time (shift minus planned breaks). */
  readonly plannedProductionTime: Figure;
  /** Stop (down) time within the planned production time. */
  readonly stopTime: Figure;
  /** Units produced (good + rejects). */
  readonly totalCount: Figure;
  /** Good units (first time right). */
  readonly goodCount: Figure;
} & ({ readonly idealCycleTime: Figure } | { readonly idealRunRate: Figure });

/**
 * OEE = availability × performance × quality (Nakajima; oee.com "Calculating OEE"):
 * availability = run time ÷ planned production time (run time = planned − stop time);
 * performance = ideal cycle time × total count ÷ run time (not capped: a value above 1 means the ideal speed is
 * understated — `performanceAboveOne` flags it); quality = good count ÷ total count.
 *
 * @example
 * ```ts
 * // oee.com classic example: 420 min planned, 47 down, 60 units/min ideal, 19 271 made, 423 rejects
 * oee({ plannedProductionTime: 420, stopTime: 47, idealRunRate: 60, totalCount: 19271, goodCount: 18848 }).value.toFixed(4); // '0.7479'
 * ```
 */
export function oee(input: OeeInput): KpiResult<{
  plannedProductionTime: Decimal;
  stopTime: Decimal;
  runTime: Decimal;
  idealCycleTime: Decimal;
  totalCount: Decimal;
  goodCount: Decimal;
  availability: Decimal;
  performance: Decimal;
  quality: Decimal;
  performanceAboveOne: boolean;
}> {
  const f = figures(input, ['plannedProductionTime', 'stopTime', 'totalCount', 'goodCount']);
  notAbove(f.stopTime, f.plannedProductionTime, 'stopTime', 'plannedProductionTime');
  notAbove(f.goodCount, f.totalCount, 'goodCount', 'totalCount');
  const idealCycleTime =
    'idealCycleTime' in input
      ? figures({ idealCycleTime: input.idealCycleTime }, ['idealCycleTime']).idealCycleTime
      : ratio(
          new Decimal(1),
          figures({ idealRunRate: input.idealRunRate }, ['idealRunRate']).idealRunRate,
          'idealRunRate',
        );
  const runTime = f.plannedProductionTime.minus(f.stopTime);
  const availability = ratio(runTime, f.plannedProductionTime, 'plannedProductionTime');
  const performance = ratio(idealCycleTime.times(f.totalCount), runTime, 'runTime');
  const quality = ratio(f.goodCount, f.totalCount, 'totalCount');
  return kpi('oee', availability.times(performance).times(quality), 'ratio', {
    ...f,
    runTime,
    idealCycleTime,
    availability,
    performance,
    quality,
    performanceAboveOne: performance.gt(1),
  });
}
