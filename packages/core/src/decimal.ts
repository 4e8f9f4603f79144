import DecimalJs from 'decimal.js';

/**
 * bo's own decimal.js constructor: a `Decimal.clone` with 40 significant digits and half-up
 * default rounding, so that a host app calling `Decimal.set(…)` on its own copy can never
 * change bo's results. Every rounding that matters for money is stated explicitly anyway.
 *
 * @example
 * const d = new Decimal('0.1').plus('0.2'); // exactly 0.3
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
  maxE: 9e15,
  minE: -9e15,
});

/** An instance of bo's {@link Decimal} constructor. */
export type Decimal = DecimalJs;

/** What bo accepts where a decimal is expected: a decimal string, a bigint, a Decimal, or a number that converts exactly. */
export type DecimalInput = string | number | bigint | DecimalJs;
