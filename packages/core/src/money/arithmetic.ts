import type { DecimalInput } from '../decimal.js';
import { BoValidationError } from '../errors/bo-error.js';
import { decimalRounding, type RoundingMode } from '../rounding.js';
import { toDecimal } from '../to-decimal.js';
import { getCurrency, type CurrencyInput } from './currency.js';
import { assertSameCurrency, checkMoney, type Money } from './money.js';

/** a + b. @throws BoCurrencyError on different currencies. @example add(money('1', 'VND'), money('2', 'VND')) */
export function add<C extends string>(a: Money<C>, b: Money<C>): Money<C> {
  assertSameCurrency(a, b);
  return { amount: a.amount.plus(b.amount), currency: a.currency };
}

/** a − b. @throws BoCurrencyError on different currencies. @example subtract(money('5', 'VND'), money('2', 'VND')) */
export function subtract<C extends string>(a: Money<C>, b: Money<C>): Money<C> {
  assertSameCurrency(a, b);
  return { amount: a.amount.minus(b.amount), currency: a.currency };
}

/** −a. @example negate(money('5', 'VND')) // −5 VND */
export function negate<C extends string>(a: Money<C>): Money<C> {
  checkMoney(a, 'a');
  return { amount: a.amount.neg(), currency: a.currency };
}

/** |a|. @example abs(money('-5', 'VND')) // 5 VND */
export function abs<C extends string>(a: Money<C>): Money<C> {
  checkMoney(a, 'a');
  return { amount: a.amount.abs(), currency: a.currency };
}

/**
 * a × rate, exact (no rounding: round the result with `roundMoney` at the point your rule says).
 * @example multiply(money('10000000', 'VND'), '0.08') // 800000 VND
 */
export function multiply<C extends string>(a: Money<C>, rate: DecimalInput): Money<C> {
  checkMoney(a, 'a');
  return { amount: a.amount.times(toDecimal(rate, 'rate')), currency: a.currency };
}

/**
 * a ÷ divisor, rounded to the currency's minor unit (or `places`) with the stated mode.
 * @throws BoValidationError `CORE/DIVISION_BY_ZERO`
 * @example divide(money('100', 'VND'), 3, 'half-up') // 33 VND
 */
export function divide<C extends string>(
  a: Money<C>,
  divisor: DecimalInput,
  rounding: RoundingMode,
  places: number = a.currency.minorUnit,
): Money<C> {
  checkMoney(a, 'a');
  const d = toDecimal(divisor, 'divisor');
  if (d.isZero()) {
    throw new BoValidationError({
      code: 'CORE/DIVISION_BY_ZERO',
      message: 'divisor must not be zero',
      messageVi: 'số chia phải khác 0',
      path: ['divisor'],
    });
  }
  return { amount: a.amount.div(d).toDecimalPlaces(places, decimalRounding(rounding)), currency: a.currency };
}

/**
 * The sum of amounts in one currency. An empty list needs the currency to know what zero to return.
 * @example sum([money('1', 'VND'), money('2', 'VND')]) // 3 VND
 */
export function sum<C extends string>(amounts: readonly Money<C>[], currency?: CurrencyInput<C>): Money<C> {
  if (!Array.isArray(amounts)) {
    throw new BoValidationError({
      code: 'CORE/INVALID_INPUT',
      message: 'amounts must be an array of Money',
      messageVi: 'amounts phải là một mảng giá trị tiền',
      path: ['amounts'],
    });
  }
  const first = amounts[0];
  if (first === undefined) {
    if (currency === undefined) {
      throw new BoValidationError({
        code: 'CORE/EMPTY_INPUT',
        message: 'sum of an empty list needs the currency argument',
        messageVi: 'tổng của danh sách rỗng cần tham số tiền tệ',
        path: ['currency'],
      });
    }
    return { amount: toDecimal(0), currency: getCurrency(currency) };
  }
  checkMoney(amounts[0], 'amounts[0]');
  let total = first.amount;
  for (let i = 1; i < amounts.length; i++) {
    const m = amounts[i] as Money<C>;
    assertSameCurrency(first, m, `amounts[${i}]`);
    total = total.plus(m.amount);
  }
  if (currency !== undefined)
    assertSameCurrency(first, { amount: total, currency: getCurrency(currency) }, 'currency');
  return { amount: total, currency: first.currency };
}
