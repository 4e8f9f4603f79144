import {
  BoValidationError,
  Decimal,
  type FieldPath,
  getCurrency,
  type Money,
  type RoundingMode,
} from '@bo/core';

/**
 * Exact rational number on bigint (numerator / positive denominator). The payroll hot path runs on
 * whole đồng held as bigint and rates held as exact ratios, so every result is exact before the
 * stated rounding points — and an order of magnitude faster than Decimal.
 * @internal
 */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

/** @internal */
export const ZERO: Ratio = { n: 0n, d: 1n };
/** @internal */
export const ONE: Ratio = { n: 1n, d: 1n };

const DECIMAL_RE = /^-?\d+(\.\d+)?$/;

/**
 * Parses a plain decimal string (`'0.08'`, `'15500000'`) into an exact ratio.
 * @internal
 */
export function ratio(value: string | number | bigint, path: FieldPath = []): Ratio {
  if (typeof value === 'bigint') return { n: value, d: 1n };
  const s = typeof value === 'number' ? String(value) : value.trim();
  if (!DECIMAL_RE.test(s)) {
    throw new BoValidationError({
      code: 'PAYROLL/INVALID_NUMBER',
      message: `expected a plain decimal number, got ${JSON.stringify(value)}`,
      messageVi: `cần một số thập phân, nhận ${JSON.stringify(value)}`,
      path,
    });
  }
  const dot = s.indexOf('.');
  if (dot < 0) return { n: BigInt(s), d: 1n };
  const places = s.length - dot - 1;
  return { n: BigInt(s.slice(0, dot) + s.slice(dot + 1)), d: 10n ** BigInt(places) };
}

/** @internal */
export function rAdd(a: Ratio, b: Ratio): Ratio {
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  // decimal rates share power-of-ten denominators: keep the larger one instead of multiplying
  if (b.d > a.d && b.d % a.d === 0n) return { n: a.n * (b.d / a.d) + b.n, d: b.d };
  if (a.d > b.d && a.d % b.d === 0n) return { n: a.n + b.n * (a.d / b.d), d: a.d };
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}
/** @internal */
export function rSub(a: Ratio, b: Ratio): Ratio {
  if (a.d === b.d) return { n: a.n - b.n, d: a.d };
  if (b.d > a.d && b.d % a.d === 0n) return { n: a.n * (b.d / a.d) - b.n, d: b.d };
  if (a.d > b.d && a.d % b.d === 0n) return { n: a.n - b.n * (a.d / b.d), d: a.d };
  return { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}
/** @internal */
export function rMul(a: Ratio, b: Ratio): Ratio {
  return { n: a.n * b.n, d: a.d * b.d };
}
/** @internal */
export function rDiv(a: Ratio, b: Ratio): Ratio {
  if (b.n === 0n) throw new RangeError('division by zero');
  const n = a.n * b.d;
  const d = a.d * b.n;
  return d < 0n ? { n: -n, d: -d } : { n, d };
}
/** @internal */
export function rInt(x: bigint): Ratio {
  return { n: x, d: 1n };
}
/** Compare: -1, 0, 1. @internal */
export function rCmp(a: Ratio, b: Ratio): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}
/** @internal */
export function rMin(a: Ratio, b: Ratio): Ratio {
  return rCmp(a, b) <= 0 ? a : b;
}
/** @internal */
export function rMax(a: Ratio, b: Ratio): Ratio {
  return rCmp(a, b) >= 0 ? a : b;
}
function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}
/** Reduces a ratio to lowest terms (keeps the numbers small in long chains). @internal */
export function rNorm(a: Ratio): Ratio {
  const g = gcd(a.n, a.d);
  return g > 1n ? { n: a.n / g, d: a.d / g } : a;
}

/**
 * Rounds n/d (d > 0) to an integer with one of core's rounding modes — exact, no floats.
 * @internal
 */
export function roundRatio(a: Ratio, mode: RoundingMode): bigint {
  const { n, d } = a;
  if (d === 1n) return n;
  const q = n / d; // truncates toward zero
  const r = n - q * d; // same sign as n
  if (r === 0n) return q;
  const neg = n < 0n;
  const away = neg ? q - 1n : q + 1n;
  const twice = (r < 0n ? -r : r) * 2n;
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return away;
    case 'floor':
      return neg ? q - 1n : q;
    case 'ceil':
      return neg ? q : q + 1n;
    case 'half-up':
      return twice >= d ? away : q;
    case 'half-down':
      return twice > d ? away : q;
    case 'half-even':
      if (twice > d) return away;
      if (twice < d) return q;
      return q % 2n === 0n ? q : away;
  }
}

/** Floor of a ratio. @internal */
export function floorRatio(a: Ratio): bigint {
  return roundRatio(a, 'floor');
}

const VND = getCurrency('VND');
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Whole đồng (bigint) → Money in VND. A safe integer goes to decimal.js as a number: below 10⁷ it
 * takes decimal.js's small-integer fast path, above it skips the string validation regex (the digits
 * of an integer are already valid); beyond 2⁵³ it goes as the digit string. Same Decimal either way.
 * @internal
 */
export function vnd(amount: bigint): Money {
  // core's money() would re-validate the input: build the Decimal directly.
  return {
    amount: new Decimal(amount <= SAFE && amount >= -SAFE ? Number(amount) : amount.toString()),
    currency: VND,
  };
}

const stringCache = new WeakMap<Ratio, string>();

/** A ratio as a plain decimal string when it terminates, else `n/d` (memoised per ratio object). @internal */
export function ratioToString(a: Ratio): string {
  let s = stringCache.get(a);
  if (s === undefined) {
    s = ratioToStringUncached(a);
    stringCache.set(a, s);
  }
  return s;
}

/** {@link ratioToString} without the memo, for a ratio computed once (the memo would only cost). @internal */
export function ratioToStringUncached(a: Ratio): string {
  let d = a.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return `${a.n}/${a.d}`;
  const places = Math.max(twos, fives);
  const scaled = (a.n * 10n ** BigInt(places)) / a.d;
  const neg = scaled < 0n;
  const digits = (neg ? -scaled : scaled).toString().padStart(places + 1, '0');
  const intPart = digits.slice(0, digits.length - places);
  const frac = places > 0 ? `.${digits.slice(digits.length - places)}` : '';
  return `${neg ? '-' : ''}${intPart}${frac}`;
}

/** The smaller of two bigints (Math.min does not take bigint). @internal */
export function bigMin(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
