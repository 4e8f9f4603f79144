import { z } from 'zod';
import { Decimal, type DecimalInput } from '../decimal.js';
import { BoValidationError } from '../errors/bo-error.js';
import { toDecimal } from '../to-decimal.js';

/** One bracket of a progressive scale: the `rate` applies to the part of the base from `lower` up to the next bracket's `lower`. */
export interface ScaleBracket {
  /** Lower bound, included. */
  readonly lower: Decimal;
  /** Marginal rate of this bracket (0.05 = 5 %). */
  readonly rate: Decimal;
}

/**
 * A progressive (marginal) scale, e.g. a personal-income-tax tariff (biểu thuế lũy tiến từng phần).
 * Brackets are half-open intervals `[lower, next lower)`, ascending; the last has no upper bound.
 * A base below the first bracket's lower bound is taxed nothing.
 */
export interface Scale {
  readonly brackets: readonly ScaleBracket[];
}

/**
 * zod schema of a scale as data: `[{ lower: '0', rate: '0.05' }, …]`.
 * @example ScaleInputSchema.parse([{ lower: '0', rate: '0.05' }, { lower: '10000000', rate: '0.1' }])
 */
export const ScaleInputSchema = z
  .array(
    z.object({ lower: z.union([z.string(), z.number()]), rate: z.union([z.string(), z.number()]) }).strict(),
  )
  .min(1, 'a scale needs at least one bracket');

/**
 * Builds a scale from data, validating that bounds are ascending and distinct and rates are non-negative.
 * @throws BoValidationError `CORE/INVALID_SCALE` naming the bracket
 * @example
 * const pit2026 = defineScale([
 *   { lower: 0, rate: '0.05' }, { lower: 10_000_000, rate: '0.10' }, { lower: 30_000_000, rate: '0.20' },
 *   { lower: 60_000_000, rate: '0.30' }, { lower: 100_000_000, rate: '0.35' },
 * ]);
 */
export function defineScale(
  brackets: readonly { readonly lower: DecimalInput; readonly rate: DecimalInput }[],
): Scale {
  if (!Array.isArray(brackets) || brackets.length === 0) {
    throw new BoValidationError({
      code: 'CORE/INVALID_SCALE',
      message: 'a scale needs at least one bracket',
      messageVi: 'biểu thuế cần ít nhất một bậc',
      path: ['brackets'],
    });
  }
  const out: ScaleBracket[] = [];
  brackets.forEach((b, i) => {
    const lower = toDecimal(b.lower, ['brackets', i, 'lower']);
    const rate = toDecimal(b.rate, ['brackets', i, 'rate']);
    if (lower.isNegative()) {
      throw new BoValidationError({
        code: 'CORE/INVALID_SCALE',
        message: `brackets[${i}].lower must not be negative`,
        messageVi: `cận dưới bậc ${i + 1} không được âm`,
        path: ['brackets', i, 'lower'],
      });
    }
    if (rate.isNegative()) {
      throw new BoValidationError({
        code: 'CORE/INVALID_SCALE',
        message: `brackets[${i}].rate must not be negative`,
        messageVi: `thuế suất bậc ${i + 1} không được âm`,
        path: ['brackets', i, 'rate'],
      });
    }
    const prev = out[i - 1];
    if (prev && lower.lte(prev.lower)) {
      throw new BoValidationError({
        code: 'CORE/INVALID_SCALE',
        message: `brackets must be sorted by ascending, distinct lower bounds: brackets[${i}].lower ${lower.toString()} ≤ ${prev.lower.toString()}`,
        messageVi: `các bậc phải theo thứ tự tăng dần của cận dưới (bậc ${i + 1})`,
        path: ['brackets', i, 'lower'],
      });
    }
    out.push({ lower, rate });
  });
  return { brackets: out };
}

/** The part of the base taxed in one bracket, for explanations. */
export interface ScaleBracketResult {
  readonly index: number;
  readonly lower: Decimal;
  /** Upper bound (excluded), or undefined for the top bracket. */
  readonly upper: Decimal | undefined;
  readonly rate: Decimal;
  /** The part of the base in this bracket. */
  readonly taxed: Decimal;
  /** taxed × rate, unrounded. */
  readonly amount: Decimal;
}

/**
 * Applies a scale bracket by bracket (marginal method) and returns each bracket's part. Unrounded.
 * @example marginalBreakdown(pit2026, '15000000') // 10 M at 5 %, 5 M at 10 %
 */
export function marginalBreakdown(scale: Scale, base: DecimalInput): ScaleBracketResult[] {
  const x = toDecimal(base, 'base');
  const result: ScaleBracketResult[] = [];
  const bs = scale.brackets;
  for (let i = 0; i < bs.length; i++) {
    const b = bs[i] as ScaleBracket;
    const upper = bs[i + 1]?.lower;
    if (x.lte(b.lower)) break;
    const top = upper === undefined ? x : Decimal.min(x, upper);
    const taxed = top.minus(b.lower);
    result.push({ index: i, lower: b.lower, upper, rate: b.rate, taxed, amount: taxed.times(b.rate) });
  }
  return result;
}

/**
 * The amount due on a base under a scale, by the marginal method (sum over brackets). Unrounded;
 * a base at or below the first lower bound gives 0.
 * @example marginalAmount(pit2026, '15000000') // 1000000
 */
export function marginalAmount(scale: Scale, base: DecimalInput): Decimal {
  let total = new Decimal(0);
  for (const part of marginalBreakdown(scale, base)) total = total.plus(part.amount);
  return total;
}

/** One row of a quick table: for a base in `[lower, upper)`, amount = base × rate − deduction. */
export interface QuickTableRow {
  readonly lower: Decimal;
  readonly upper: Decimal | undefined;
  readonly rate: Decimal;
  /** What to subtract from base × rate (negative when the scale starts above zero). */
  readonly deduction: Decimal;
}

/**
 * The "quick table" (phương pháp rút gọn) of a scale: per bracket, amount = base × rate − deduction.
 * The deductions are derived from the brackets, so quick and marginal evaluation always agree.
 * @example quickTable(pit2026)[1] // { lower: 10000000, rate: 0.1, deduction: 500000 }
 */
export function quickTable(scale: Scale): QuickTableRow[] {
  const rows: QuickTableRow[] = [];
  let below = new Decimal(0); // amount due on everything below the current bracket's lower bound
  const bs = scale.brackets;
  for (let i = 0; i < bs.length; i++) {
    const b = bs[i] as ScaleBracket;
    const upper = bs[i + 1]?.lower;
    rows.push({ lower: b.lower, upper, rate: b.rate, deduction: b.lower.times(b.rate).minus(below) });
    if (upper !== undefined) below = below.plus(upper.minus(b.lower).times(b.rate));
  }
  return rows;
}

/**
 * The amount due by the quick-table method: base × rate − deduction of the base's bracket.
 * Equal to {@link marginalAmount} for every base.
 * @example quickAmount(pit2026, '15000000') // 1000000
 */
export function quickAmount(
  scale: Scale,
  base: DecimalInput,
  table: readonly QuickTableRow[] = quickTable(scale),
): Decimal {
  const x = toDecimal(base, 'base');
  for (let i = table.length - 1; i >= 0; i--) {
    const row = table[i] as QuickTableRow;
    if (x.gt(row.lower)) return x.times(row.rate).minus(row.deduction);
  }
  return new Decimal(0);
}
