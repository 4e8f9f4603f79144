import type { DecimalInput } from '../decimal.js';
import { decimalRounding, type RoundingMode, roundDecimal } from '../rounding.js';
import { checkMoney, type Money } from './money.js';

/**
 * Rounds money to its currency's minor unit, or to an increment (e.g. 1 000 VND, 0.05 CHF).
 * Idempotent: rounding a rounded amount changes nothing.
 *
 * @example
 * roundMoney(money('1234.5', 'VND'), 'half-up')          // 1235 VND
 * roundMoney(money('1234567', 'VND'), 'half-up', 1000)   // 1235000 VND
 * roundMoney(money('10.024', 'CHF'), 'half-up', '0.05')  // 10.00 CHF
 */
export function roundMoney<C extends string>(
  m: Money<C>,
  mode: RoundingMode,
  increment?: DecimalInput,
): Money<C> {
  checkMoney(m, 'money');
  const amount =
    increment === undefined
      ? m.amount.toDecimalPlaces(m.currency.minorUnit, decimalRounding(mode))
      : roundDecimal(m.amount, { mode, increment });
  return { amount, currency: m.currency };
}

/**
 * True when the amount has no more digits than its currency's minor unit allows.
 * @example isRounded(money('19.999', 'USD')) // false
 */
export function isRounded(m: Money): boolean {
  return m.amount.decimalPlaces() <= m.currency.minorUnit;
}
