import { Decimal, type DecimalInput } from '../decimal.js';
import { BoValidationError } from '../errors/bo-error.js';
import { toDecimal } from '../to-decimal.js';
import type { Money } from './money.js';

/** Options for {@link allocate} and {@link split}. */
export interface AllocateOptions {
  /**
   * The smallest unit a part may hold, e.g. `1000` to split in whole thousands of đồng.
   * Defaults to the currency's minor unit (1 đồng, 0.01 USD). The amount must be a multiple of it.
   */
  readonly unit?: DecimalInput;
}

/**
 * Splits an amount by ratios so the parts sum **exactly** to the amount: each part gets the whole
 * units of its exact share, then the units left over go one by one to the parts with the largest
 * fractional remainders (ties: the earlier part first). Deterministic; never loses a đồng.
 * Negative amounts are split as their absolute value and negated.
 *
 * @param amount - the amount to split; must be a multiple of the unit
 * @param ratios - non-negative weights, at least one positive (numbers, decimal strings or Decimals)
 * @throws BoValidationError `CORE/INVALID_RATIOS` for an empty list, negative ratios or all zeros;
 *   `CORE/NOT_ROUNDED` when the amount is not a multiple of the unit
 * @example
 * allocate(money('100', 'VND'), [1, 1, 1])              // 34, 33, 33
 * allocate(money('1000000', 'VND'), [70, 30])           // 700000, 300000
 * allocate(money('10000', 'VND'), [1, 1, 1], { unit: 1000 }) // 4000, 3000, 3000
 */
export function allocate<C extends string>(
  amount: Money<C>,
  ratios: readonly DecimalInput[],
  options: AllocateOptions = {},
): Money<C>[] {
  if (ratios.length === 0) {
    throw new BoValidationError({
      code: 'CORE/INVALID_RATIOS',
      message: 'ratios must not be empty',
      messageVi: 'danh sách tỷ lệ không được rỗng',
      path: ['ratios'],
    });
  }
  const weights = ratios.map((r, i) => {
    const d = toDecimal(r, ['ratios', i]);
    if (d.isNegative()) {
      throw new BoValidationError({
        code: 'CORE/INVALID_RATIOS',
        message: `ratios[${i}] must not be negative, got ${d.toString()}`,
        messageVi: `tỷ lệ thứ ${i} không được âm`,
        path: ['ratios', i],
      });
    }
    return d;
  });
  let totalWeight = new Decimal(0);
  for (const w of weights) totalWeight = totalWeight.plus(w);
  if (totalWeight.isZero()) {
    throw new BoValidationError({
      code: 'CORE/INVALID_RATIOS',
      message: 'at least one ratio must be positive',
      messageVi: 'phải có ít nhất một tỷ lệ dương',
      path: ['ratios'],
    });
  }
  const unit =
    options.unit === undefined ? new Decimal(10).pow(-amount.currency.minorUnit) : toDecimal(options.unit, 'unit');
  if (unit.lte(0)) {
    throw new BoValidationError({
      code: 'CORE/INVALID_INPUT',
      message: `unit must be positive, got ${unit.toString()}`,
      messageVi: 'đơn vị chia phải dương',
      path: ['unit'],
    });
  }
  const units = amount.amount.abs().div(unit);
  if (!units.isInteger()) {
    throw new BoValidationError({
      code: 'CORE/NOT_ROUNDED',
      message: `amount ${amount.amount.toString()} ${amount.currency.code} is not a whole number of units of ${unit.toString()}: round it first`,
      messageVi: `số tiền ${amount.amount.toString()} không chia hết cho đơn vị ${unit.toString()}: hãy làm tròn trước`,
      path: ['amount'],
    });
  }
  const sign = amount.amount.isNegative() ? -1 : 1;
  const base: Decimal[] = [];
  const remainders: { index: number; fraction: Decimal }[] = [];
  let given = new Decimal(0);
  for (let i = 0; i < weights.length; i++) {
    const exact = units.times(weights[i] as Decimal).div(totalWeight);
    const whole = exact.floor();
    base.push(whole);
    given = given.plus(whole);
    remainders.push({ index: i, fraction: exact.minus(whole) });
  }
  let left = units.minus(given).toNumber(); // < number of parts, so a small safe integer
  remainders.sort((a, b) => b.fraction.comparedTo(a.fraction) || a.index - b.index);
  for (const r of remainders) {
    if (left <= 0) break;
    if ((weights[r.index] as Decimal).isZero()) continue;
    base[r.index] = (base[r.index] as Decimal).plus(1);
    left--;
  }
  return base.map((b) => ({
    amount: sign < 0 && !b.isZero() ? b.times(unit).neg() : b.times(unit),
    currency: amount.currency,
  }));
}

/**
 * Splits an amount into `parts` equal shares that sum exactly to it (the first shares take the
 * leftover units).
 * @example split(money('100', 'VND'), 3) // 34, 33, 33
 */
export function split<C extends string>(amount: Money<C>, parts: number, options: AllocateOptions = {}): Money<C>[] {
  if (!Number.isSafeInteger(parts) || parts < 1) {
    throw new BoValidationError({
      code: 'CORE/INVALID_INPUT',
      message: `parts must be a positive integer, got ${parts}`,
      messageVi: `số phần phải là số nguyên dương, nhận ${parts}`,
      path: ['parts'],
    });
  }
  return allocate(amount, new Array<number>(parts).fill(1), options);
}
