import type DecimalJs from 'decimal.js';
import { Decimal, type DecimalInput } from './decimal.js';
import { BoValidationError } from './errors/bo-error.js';
import { toDecimal } from './to-decimal.js';

/**
 * How to round. Every rule in bo names one explicitly.
 * - `half-up`: ties away from zero (2.5 → 3, −2.5 → −3) — the everyday commercial rule
 * - `half-even`: ties to the even neighbour (banker's rounding: 2.5 → 2, 3.5 → 4)
 * - `half-down`: ties toward zero (2.5 → 2)
 * - `up`: away from zero; `down`: toward zero (truncate)
 * - `ceil`: toward +∞; `floor`: toward −∞
 */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

/**
 * All rounding modes, for validation and iteration.
 * @example ROUNDING_MODES.includes('half-even') // true
 */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  'half-up',
  'half-even',
  'half-down',
  'up',
  'down',
  'ceil',
  'floor',
];

const TO_DECIMALJS: Record<RoundingMode, DecimalJs.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-down': Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/**
 * The decimal.js constant for a {@link RoundingMode}.
 * @example decimalRounding('half-even') // Decimal.ROUND_HALF_EVEN
 */
export function decimalRounding(mode: RoundingMode): DecimalJs.Rounding {
  const r = TO_DECIMALJS[mode];
  if (r === undefined) {
    throw new BoValidationError({
      code: 'CORE/INVALID_ROUNDING',
      message: `rounding mode must be one of ${ROUNDING_MODES.join(', ')}, got ${JSON.stringify(mode)}`,
      messageVi: `kiểu làm tròn không hợp lệ: ${JSON.stringify(mode)}`,
      path: ['rounding'],
    });
  }
  return r;
}

/** How to round a number: a mode, and either a number of decimal places or an increment. */
export interface RoundingRule {
  /** The rounding mode. */
  readonly mode: RoundingMode;
  /** Round to a multiple of this positive increment (e.g. `1000` for whole thousands of đồng, `0.05` for CHF). */
  readonly increment?: DecimalInput;
  /** Round to this many decimal places (ignored when `increment` is given). */
  readonly places?: number;
}

/**
 * Rounds a decimal to a number of places or to a multiple of an increment.
 *
 * @example
 * roundDecimal('1234567', { mode: 'half-up', increment: 1000 }) // 1235000
 * roundDecimal('2.345', { mode: 'half-even', places: 2 })       // 2.34
 */
export function roundDecimal(value: DecimalInput, rule: RoundingRule): Decimal {
  const d = toDecimal(value, 'value');
  const mode = decimalRounding(rule.mode);
  if (rule.increment !== undefined) {
    const inc = toDecimal(rule.increment, 'increment');
    if (inc.lte(0)) {
      throw new BoValidationError({
        code: 'CORE/INVALID_ROUNDING',
        message: `increment must be positive, got ${inc.toString()}`,
        messageVi: `bước làm tròn phải dương, nhận ${inc.toString()}`,
        path: ['increment'],
      });
    }
    return d.div(inc).toDecimalPlaces(0, mode).times(inc);
  }
  const places = rule.places ?? 0;
  if (!Number.isInteger(places) || places < 0 || places > 40) {
    throw new BoValidationError({
      code: 'CORE/INVALID_ROUNDING',
      message: `places must be an integer from 0 to 40, got ${places}`,
      messageVi: `số chữ số thập phân phải là số nguyên 0–40, nhận ${places}`,
      path: ['places'],
    });
  }
  return d.toDecimalPlaces(places, mode);
}
