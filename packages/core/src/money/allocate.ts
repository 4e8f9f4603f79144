import { Decimal, type DecimalInput } from '../decimal.js';
import { BoValidationError } from '../errors/bo-error.js';
import { toDecimal } from '../to-decimal.js';
import { checkMoney, type Money } from './money.js';

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
  checkMoney(amount, 'amount');
  if (!Array.isArray(ratios) || ratios.length === 0) {
    throw new BoValidationError({
      code: 'CORE/INVALID_RATIOS',
      message: 'ratios must not be empty',
      messageVi: 'danh sách tỷ lệ không được rỗng',
      path: ['ratios'],
    });
  }
  // Ratios become non-negative integers: safe-integer numbers directly (the common case, fast),
  // anything else through Decimal, scaled by 10^(most decimal places).
  const ints: bigint[] = new Array(ratios.length);
  let decimals: Decimal[] | undefined;
  for (let i = 0; i < ratios.length; i++) {
    const r = ratios[i];
    if (typeof r === 'number' && Number.isSafeInteger(r) && r >= 0) {
      ints[i] = BigInt(r);
      continue;
    }
    const d = toDecimal(r, ['ratios', i]);
    if (d.isNegative()) {
      throw new BoValidationError({
        code: 'CORE/INVALID_RATIOS',
        message: `ratios[${i}] must not be negative, got ${d.toString()}`,
        messageVi: `tỷ lệ thứ ${i} không được âm`,
        path: ['ratios', i],
      });
    }
    decimals ??= [];
    decimals[i] = d;
  }
  if (decimals) {
    let places = 0;
    for (const d of decimals) if (d) places = Math.max(places, d.decimalPlaces());
    const scale = new Decimal(10).pow(places);
    for (let i = 0; i < ratios.length; i++) {
      const d = decimals[i];
      ints[i] = d ? BigInt(d.times(scale).toFixed(0)) : (ints[i] as bigint) * BigInt(scale.toFixed(0));
    }
  }
  let total = 0n;
  for (const w of ints) total += w;
  if (total === 0n) {
    throw new BoValidationError({
      code: 'CORE/INVALID_RATIOS',
      message: 'at least one ratio must be positive',
      messageVi: 'phải có ít nhất một tỷ lệ dương',
      path: ['ratios'],
    });
  }
  const unit =
    options.unit === undefined ? minorUnitOf(amount.currency.minorUnit) : toDecimal(options.unit, 'unit');
  if (unit.lte(0)) {
    throw new BoValidationError({
      code: 'CORE/INVALID_INPUT',
      message: `unit must be positive, got ${unit.toString()}`,
      messageVi: 'đơn vị chia phải dương',
      path: ['unit'],
    });
  }
  const unitIsOne = unit === ONE || unit.eq(1);
  const units = unitIsOne ? amount.amount.abs() : amount.amount.abs().div(unit);
  if (!units.isInteger()) {
    throw new BoValidationError({
      code: 'CORE/NOT_ROUNDED',
      message: `amount ${amount.amount.toString()} ${amount.currency.code} is not a whole number of units of ${unit.toString()}: round it first`,
      messageVi: `số tiền ${amount.amount.toString()} không chia hết cho đơn vị ${unit.toString()}: hãy làm tròn trước`,
      path: ['amount'],
    });
  }
  // Exact integer arithmetic: every share is units × w ÷ W, whose whole part and remainder are
  // bigints; the remainders share one denominator, so they compare exactly.
  const n = BigInt(units.toFixed(0));
  const parts: bigint[] = new Array(ints.length);
  const rems: bigint[] = new Array(ints.length);
  let given = 0n;
  for (let i = 0; i < ints.length; i++) {
    const product = n * (ints[i] as bigint);
    parts[i] = product / total;
    rems[i] = product % total;
    given += parts[i] as bigint;
  }
  let left = Number(n - given); // fewer than the number of parts
  if (left > 0) {
    const order = ints.map((_, i) => i);
    order.sort((a, b) => {
      const ra = rems[a] as bigint;
      const rb = rems[b] as bigint;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
    for (const i of order) {
      if (left <= 0) break;
      if (ints[i] === 0n) continue;
      parts[i] = (parts[i] as bigint) + 1n;
      left--;
    }
  }
  const negative = amount.amount.isNegative();
  return parts.map((p) => {
    const whole = unitIsOne ? new Decimal(p.toString()) : new Decimal(p.toString()).times(unit);
    return { amount: negative && p !== 0n ? whole.neg() : whole, currency: amount.currency };
  });
}

const ONE = new Decimal(1);
const MINOR_UNITS: Decimal[] = [];

function minorUnitOf(digits: number): Decimal {
  let u = MINOR_UNITS[digits];
  if (!u) MINOR_UNITS[digits] = u = digits === 0 ? ONE : new Decimal(10).pow(-digits);
  return u;
}

/**
 * Splits an amount into `parts` equal shares that sum exactly to it (the first shares take the
 * leftover units).
 * @example split(money('100', 'VND'), 3) // 34, 33, 33
 */
export function split<C extends string>(
  amount: Money<C>,
  parts: number,
  options: AllocateOptions = {},
): Money<C>[] {
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
