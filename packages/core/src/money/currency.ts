import { BoValidationError } from '../errors/bo-error.js';

/**
 * A currency: ISO 4217 code and the number of digits of its minor unit (VND 0, USD 2, KWD 3).
 * The code is a type parameter so that amounts in different currencies do not mix at compile time.
 */
export interface Currency<C extends string = string> {
  /** ISO 4217 alphabetic code, e.g. `'VND'`. */
  readonly code: C;
  /** Digits after the decimal point of the minor unit (0 for VND and JPY, 2 for USD, 3 for KWD). */
  readonly minorUnit: number;
  /** Numeric ISO 4217 code, when known. */
  readonly numeric?: string;
}

/**
 * ISO 4217 currencies and their minor units (source: ISO 4217 list one, SIX Financial Information,
 * as published at https://www.six-group.com/en/products-services/financial-information/data-standards.html).
 * Apps add their own with {@link defineCurrency} and pass them where a currency is expected.
 * @example CURRENCIES.KWD.minorUnit // 3
 */
export const CURRENCIES = {
  VND: { code: 'VND', minorUnit: 0, numeric: '704' },
  USD: { code: 'USD', minorUnit: 2, numeric: '840' },
  EUR: { code: 'EUR', minorUnit: 2, numeric: '978' },
  JPY: { code: 'JPY', minorUnit: 0, numeric: '392' },
  KRW: { code: 'KRW', minorUnit: 0, numeric: '410' },
  CNY: { code: 'CNY', minorUnit: 2, numeric: '156' },
  GBP: { code: 'GBP', minorUnit: 2, numeric: '826' },
  CHF: { code: 'CHF', minorUnit: 2, numeric: '756' },
  SGD: { code: 'SGD', minorUnit: 2, numeric: '702' },
  THB: { code: 'THB', minorUnit: 2, numeric: '764' },
  LAK: { code: 'LAK', minorUnit: 2, numeric: '418' },
  KHR: { code: 'KHR', minorUnit: 2, numeric: '116' },
  MYR: { code: 'MYR', minorUnit: 2, numeric: '458' },
  IDR: { code: 'IDR', minorUnit: 2, numeric: '360' },
  PHP: { code: 'PHP', minorUnit: 2, numeric: '608' },
  INR: { code: 'INR', minorUnit: 2, numeric: '356' },
  HKD: { code: 'HKD', minorUnit: 2, numeric: '344' },
  TWD: { code: 'TWD', minorUnit: 2, numeric: '901' },
  AUD: { code: 'AUD', minorUnit: 2, numeric: '036' },
  NZD: { code: 'NZD', minorUnit: 2, numeric: '554' },
  CAD: { code: 'CAD', minorUnit: 2, numeric: '124' },
  SEK: { code: 'SEK', minorUnit: 2, numeric: '752' },
  NOK: { code: 'NOK', minorUnit: 2, numeric: '578' },
  DKK: { code: 'DKK', minorUnit: 2, numeric: '208' },
  PLN: { code: 'PLN', minorUnit: 2, numeric: '985' },
  CZK: { code: 'CZK', minorUnit: 2, numeric: '203' },
  HUF: { code: 'HUF', minorUnit: 2, numeric: '348' },
  RUB: { code: 'RUB', minorUnit: 2, numeric: '643' },
  AED: { code: 'AED', minorUnit: 2, numeric: '784' },
  SAR: { code: 'SAR', minorUnit: 2, numeric: '682' },
  KWD: { code: 'KWD', minorUnit: 3, numeric: '414' },
  BHD: { code: 'BHD', minorUnit: 3, numeric: '048' },
  OMR: { code: 'OMR', minorUnit: 3, numeric: '512' },
  JOD: { code: 'JOD', minorUnit: 3, numeric: '400' },
  TND: { code: 'TND', minorUnit: 3, numeric: '788' },
  CLF: { code: 'CLF', minorUnit: 4, numeric: '990' },
  BRL: { code: 'BRL', minorUnit: 2, numeric: '986' },
  MXN: { code: 'MXN', minorUnit: 2, numeric: '484' },
  ZAR: { code: 'ZAR', minorUnit: 2, numeric: '710' },
  ISK: { code: 'ISK', minorUnit: 0, numeric: '352' },
  CLP: { code: 'CLP', minorUnit: 0, numeric: '152' },
  UGX: { code: 'UGX', minorUnit: 0, numeric: '800' },
  XAF: { code: 'XAF', minorUnit: 0, numeric: '950' },
} as const satisfies Record<string, Currency>;

/** The ISO codes bo knows out of the box. */
export type KnownCurrencyCode = keyof typeof CURRENCIES;

/** A currency code or a {@link Currency} object, wherever a currency is expected. */
export type CurrencyInput<C extends string = string> = C | Currency<C>;

/**
 * Defines a currency bo does not ship (a new ISO code, a loyalty point, a crypto unit).
 * @example const XPT = defineCurrency('XPT', 4);
 */
export function defineCurrency<C extends string>(code: C, minorUnit: number): Currency<C> {
  if (!/^[A-Z][A-Z0-9]{2,9}$/.test(code)) {
    throw new BoValidationError({
      code: 'CORE/UNKNOWN_CURRENCY',
      message: `currency code "${code}" must be 3–10 upper-case letters or digits`,
      messageVi: `mã tiền tệ "${code}" phải gồm 3–10 chữ in hoa hoặc chữ số`,
      path: ['currency'],
    });
  }
  if (!Number.isInteger(minorUnit) || minorUnit < 0 || minorUnit > 18) {
    throw new BoValidationError({
      code: 'CORE/INVALID_INPUT',
      message: `minorUnit of ${code} must be an integer from 0 to 18, got ${minorUnit}`,
      messageVi: `số chữ số lẻ của ${code} phải là số nguyên từ 0 đến 18`,
      path: ['minorUnit'],
    });
  }
  return { code, minorUnit };
}

/**
 * Resolves a currency code (or passes a {@link Currency} through).
 * @throws BoValidationError `CORE/UNKNOWN_CURRENCY` for a code not in {@link CURRENCIES}
 * @example getCurrency('VND').minorUnit // 0
 */
export function getCurrency<C extends string>(currency: CurrencyInput<C>): Currency<C> {
  if (typeof currency === 'object' && currency !== null) return currency;
  const found = typeof currency === 'string' ? (CURRENCIES as Record<string, Currency>)[currency] : undefined;
  if (!found) {
    throw new BoValidationError({
      code: 'CORE/UNKNOWN_CURRENCY',
      message: `unknown currency ${JSON.stringify(currency)}: use an ISO 4217 code bo knows or defineCurrency()`,
      messageVi: `không biết đơn vị tiền tệ ${JSON.stringify(currency)}`,
      path: ['currency'],
      details: { received: String(currency) },
    });
  }
  return found as Currency<C>;
}
