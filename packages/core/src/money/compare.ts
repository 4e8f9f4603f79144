import { BoValidationError } from '../errors/bo-error.js';
import { assertSameCurrency, checkMoney, type Money } from './money.js';

/**
 * −1, 0 or 1 as a is less than, equal to or greater than b. @throws BoCurrencyError on different currencies.
 * @example compare(money('1', 'VND'), money('2', 'VND')) // -1
 */
export function compare<C extends string>(a: Money<C>, b: Money<C>): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  return a.amount.comparedTo(b.amount) as -1 | 0 | 1;
}

/**
 * True when both amounts are in the same currency and numerically equal (1.0 equals 1).
 * @example equals(money('1.0', 'USD'), money('1', 'USD')) // true
 */
export function equals<C extends string>(a: Money<C>, b: Money<C>): boolean {
  checkMoney(a, 'a');
  checkMoney(b, 'b');
  return a.currency.code === b.currency.code && a.amount.eq(b.amount);
}

/**
 * a < b.
 * @example lessThan(money('1', 'VND'), money('2', 'VND')) // true
 */
export function lessThan<C extends string>(a: Money<C>, b: Money<C>): boolean {
  return compare(a, b) < 0;
}

/**
 * a > b.
 * @example greaterThan(money('3', 'VND'), money('2', 'VND')) // true
 */
export function greaterThan<C extends string>(a: Money<C>, b: Money<C>): boolean {
  return compare(a, b) > 0;
}

/**
 * True when the amount is zero.
 * @example isZero(zero('VND')) // true
 */
export function isZero(a: Money): boolean {
  checkMoney(a, 'a');
  return a.amount.isZero();
}

/**
 * True when the amount is greater than zero.
 * @example isPositive(money('5', 'VND')) // true
 */
export function isPositive(a: Money): boolean {
  checkMoney(a, 'a');
  return a.amount.gt(0);
}

/**
 * True when the amount is less than zero.
 * @example isNegative(money('-5', 'VND')) // true
 */
export function isNegative(a: Money): boolean {
  checkMoney(a, 'a');
  return a.amount.lt(0);
}

function pick<C extends string>(amounts: readonly Money<C>[], which: 'min' | 'max'): Money<C> {
  if (!Array.isArray(amounts)) {
    throw new BoValidationError({
      code: 'CORE/INVALID_INPUT',
      message: 'amounts must be an array of Money',
      messageVi: 'amounts phải là một mảng giá trị tiền',
      path: ['amounts'],
    });
  }
  let best = amounts[0];
  if (best !== undefined) checkMoney(amounts[0], 'amounts[0]');
  if (best === undefined) {
    throw new BoValidationError({
      code: 'CORE/EMPTY_INPUT',
      message: `${which} of an empty list is undefined`,
      messageVi: `không có ${which} của danh sách rỗng`,
      path: ['amounts'],
    });
  }
  for (let i = 1; i < amounts.length; i++) {
    const m = amounts[i] as Money<C>;
    assertSameCurrency(best, m, `amounts[${i}]`);
    if (which === 'min' ? m.amount.lt(best.amount) : m.amount.gt(best.amount)) best = m;
  }
  return best;
}

/** The smallest of one or more amounts. @example minimum([a, b, c]) */
export function minimum<C extends string>(amounts: readonly Money<C>[]): Money<C> {
  return pick(amounts, 'min');
}

/** The largest of one or more amounts. @example maximum([a, b, c]) */
export function maximum<C extends string>(amounts: readonly Money<C>[]): Money<C> {
  return pick(amounts, 'max');
}
