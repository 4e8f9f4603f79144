import { Decimal, type DecimalInput } from '../decimal.js';
import { BoCurrencyError, BoValidationError } from '../errors/bo-error.js';
import { toDecimal } from '../to-decimal.js';
import { type Currency, type CurrencyInput, getCurrency } from './currency.js';

/**
 * An amount of money: an exact decimal amount and its currency. Plain immutable data; every
 * operation is a function that returns a new value. The amount may carry more digits than the
 * currency's minor unit (e.g. after multiplying by a rate) until you round it with `roundMoney`.
 *
 * JSON form: `{ "amount": "1234567", "currency": "VND" }` (see {@link moneyToJSON}).
 */
export interface Money<C extends string = string> {
  /** The exact amount. */
  readonly amount: Decimal;
  /** The currency. */
  readonly currency: Currency<C>;
}

/** The JSON form of {@link Money}: the amount as a decimal string and the currency code. */
export interface MoneyJSON {
  readonly amount: string;
  readonly currency: string;
}

/**
 * Creates money from a decimal string, a bigint, a Decimal, or a number that converts exactly.
 *
 * @throws BoValidationError `CORE/INVALID_NUMBER` for NaN, Infinity, unsafe numbers or text that is not a number
 * @throws BoValidationError `CORE/UNKNOWN_CURRENCY` for an unknown currency code
 * @example
 * money('1234567', 'VND')
 * money(19.99, 'USD')
 */
export function money<C extends string>(amount: DecimalInput, currency: CurrencyInput<C>): Money<C> {
  return { amount: toDecimal(amount, 'amount'), currency: getCurrency(currency) };
}

/**
 * Creates money from an integer number of minor units (cents, đồng, fils).
 * @example moneyFromMinor(1999n, 'USD') // 19.99 USD
 */
export function moneyFromMinor<C extends string>(
  minor: bigint | number | string,
  currency: CurrencyInput<C>,
): Money<C> {
  const cur = getCurrency(currency);
  const units = toDecimal(minor, 'minor');
  if (!units.isInteger()) {
    throw new BoValidationError({
      code: 'CORE/INVALID_NUMBER',
      message: `minor must be a whole number of minor units, got ${units.toString()}`,
      messageVi: `số đơn vị nhỏ nhất phải là số nguyên, nhận ${units.toString()}`,
      path: ['minor'],
    });
  }
  return { amount: units.div(new Decimal(10).pow(cur.minorUnit)), currency: cur };
}

/**
 * The amount as an integer number of minor units.
 * @throws BoValidationError `CORE/NOT_ROUNDED` when the amount has more digits than the currency allows
 * @example toMinor(money('19.99', 'USD')) // 1999n
 */
export function toMinor(m: Money): bigint {
  checkMoney(m, 'money');
  const scaled = m.amount.times(new Decimal(10).pow(m.currency.minorUnit));
  if (!scaled.isInteger()) {
    throw new BoValidationError({
      code: 'CORE/NOT_ROUNDED',
      message: `${m.amount.toString()} ${m.currency.code} has more than ${m.currency.minorUnit} decimal places: round it first`,
      messageVi: `${m.amount.toString()} ${m.currency.code} có nhiều hơn ${m.currency.minorUnit} chữ số lẻ: hãy làm tròn trước`,
      path: ['amount'],
    });
  }
  return BigInt(scaled.toFixed(0));
}

/** The zero amount of a currency. @example zero('VND') */
export function zero<C extends string>(currency: CurrencyInput<C>): Money<C> {
  return { amount: new Decimal(0), currency: getCurrency(currency) };
}

/**
 * The JSON form of money: `{ amount: '1234567', currency: 'VND' }`.
 * @example moneyToJSON(money('19.90', 'USD')) // { amount: '19.9', currency: 'USD' }
 */
export function moneyToJSON(m: Money): MoneyJSON {
  checkMoney(m, 'money');
  return { amount: m.amount.toFixed(), currency: m.currency.code };
}

/**
 * Reads the JSON form back.
 * @example moneyFromJSON({ amount: '10.50', currency: 'USD' })
 */
export function moneyFromJSON(json: unknown): Money {
  if (typeof json !== 'object' || json === null) {
    throw new BoValidationError({
      code: 'CORE/INVALID_INPUT',
      message: 'money JSON must be an object { amount: string, currency: string }',
      messageVi: 'tiền dạng JSON phải là đối tượng { amount, currency }',
      path: [],
    });
  }
  const { amount, currency } = json as { amount?: unknown; currency?: unknown };
  if (typeof amount !== 'string') {
    throw new BoValidationError({
      code: 'CORE/INVALID_INPUT',
      message: 'amount must be a decimal string in money JSON',
      messageVi: 'amount phải là chuỗi số thập phân',
      path: ['amount'],
    });
  }
  return money(amount, currency as string);
}

/**
 * True when the value has the shape of {@link Money}.
 * @example isMoney(money('1', 'VND')) // true; isMoney({ amount: 1 }) // false
 */
export function isMoney(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    Decimal.isDecimal((value as Money).amount) &&
    typeof (value as Money).currency?.code === 'string'
  );
}

/**
 * Throws {@link BoCurrencyError} `CORE/CURRENCY_MISMATCH` unless both amounts share a currency.
 * @internal used by every binary operation
 * @example assertSameCurrency(money('1', 'VND'), money('1', 'USD')) // throws CORE/CURRENCY_MISMATCH
 */
export function assertSameCurrency(a: Money, b: Money, field = 'b'): void {
  checkMoney(a, 'a');
  checkMoney(b, field);
  if (a.currency.code !== b.currency.code || a.currency.minorUnit !== b.currency.minorUnit) {
    throw new BoCurrencyError({
      code: 'CORE/CURRENCY_MISMATCH',
      message: `cannot combine ${a.currency.code} with ${b.currency.code}: convert first`,
      messageVi: `không thể cộng/trừ ${a.currency.code} với ${b.currency.code}: hãy quy đổi trước`,
      path: [field],
      details: { left: a.currency.code, right: b.currency.code },
    });
  }
}

/**
 * Throws {@link BoValidationError} `CORE/INVALID_INPUT` unless the value is {@link Money} made by bo
 * (a guard for JavaScript callers and untyped data; TypeScript callers cannot pass anything else).
 * @example checkMoney(JSON.parse(text), 'salary') // throws: parse with moneyFromJSON instead
 */
export function checkMoney(value: unknown, field = 'money'): asserts value is Money {
  const m = value as Money | null | undefined;
  if (!(m?.amount instanceof Decimal) || typeof m.currency?.code !== 'string') {
    throw new BoValidationError({
      code: 'CORE/INVALID_INPUT',
      message: `${field} must be Money created with money() or moneyFromJSON()`,
      messageVi: `${field} phải là giá trị tiền tạo bằng money()`,
      path: [field],
    });
  }
}
