import { Decimal } from '../decimal.js';
import { BoValidationError } from '../errors/bo-error.js';
import type { Money } from '../money/money.js';
import { type RoundingMode, roundDecimal } from '../rounding.js';
import { type Period, periodLength } from './period.js';
import { type WorkCalendar, workingDays } from './work-week.js';

/**
 * How a partial period's share of an amount is counted. Each is a named, explicit choice:
 * - `calendar-days`: days in the part ÷ days in the whole period
 * - `working-days`: working days in the part ÷ working days in the whole, under a calendar
 * - `fixed-days`: working days in the part ÷ a fixed divisor (26 or 30 are common in Vietnam); the share
 *   is capped at 1, so a full month with 27 working days still earns exactly the amount
 */
export type ProrationBasis =
  | { readonly kind: 'calendar-days' }
  | { readonly kind: 'working-days'; readonly calendar: WorkCalendar }
  | { readonly kind: 'fixed-days'; readonly days: number; readonly calendar: WorkCalendar };

/** The share of a whole period that a part earns: numerator ÷ denominator (capped at 1 for fixed-days). */
export interface ProrationFraction {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
  /** numerator ÷ denominator, capped at 1. */
  readonly fraction: Decimal;
}

/**
 * The fraction of `whole` that `part` is, under a basis.
 * @throws BoValidationError `CORE/INVALID_PERIOD` when the part is not inside the whole
 * @example prorationFraction(period('2026-03-16', '2026-03-31'), monthPeriod(2026, 3), { kind: 'calendar-days' })
 */
export function prorationFraction(part: Period, whole: Period, basis: ProrationBasis): ProrationFraction {
  if (part.start < whole.start || part.end > whole.end) {
    throw new BoValidationError({
      code: 'CORE/INVALID_PERIOD',
      message: `part ${part.start}..${part.end} must lie within ${whole.start}..${whole.end}`,
      messageVi: 'kỳ tính phải nằm trong kỳ đầy đủ',
      path: ['part'],
    });
  }
  let numerator: Decimal;
  let denominator: Decimal;
  switch (basis.kind) {
    case 'calendar-days':
      numerator = new Decimal(periodLength(part));
      denominator = new Decimal(periodLength(whole));
      break;
    case 'working-days':
      numerator = workingDays(part, basis.calendar);
      denominator = workingDays(whole, basis.calendar);
      break;
    case 'fixed-days':
      if (!Number.isInteger(basis.days) || basis.days < 1) {
        throw new BoValidationError({
          code: 'CORE/INVALID_INPUT',
          message: `fixed-days divisor must be a positive integer, got ${basis.days}`,
          messageVi: 'số ngày công chuẩn phải là số nguyên dương',
          path: ['basis', 'days'],
        });
      }
      numerator = workingDays(part, basis.calendar);
      denominator = new Decimal(basis.days);
      break;
    default:
      throw new BoValidationError({
        code: 'CORE/INVALID_INPUT',
        message: 'basis.kind must be calendar-days, working-days or fixed-days',
        messageVi: 'cách tính tỷ lệ không hợp lệ',
        path: ['basis', 'kind'],
      });
  }
  if (denominator.isZero()) {
    throw new BoValidationError({
      code: 'CORE/DIVISION_BY_ZERO',
      message: 'the whole period has no working days under this calendar',
      messageVi: 'kỳ đầy đủ không có ngày làm việc nào',
      path: ['whole'],
    });
  }
  const raw = numerator.div(denominator);
  return { numerator, denominator, fraction: Decimal.min(raw, 1) };
}

/**
 * An amount's share for a part of a period, rounded to the currency's minor unit with the stated mode.
 * @example
 * // A joiner on 16 March earns 16/31 of the month's salary on a calendar-day basis:
 * prorate(money('31000000', 'VND'), period('2026-03-16', '2026-03-31'), monthPeriod(2026, 3), { kind: 'calendar-days' }, 'half-up')
 * // → 16000000 VND
 */
export function prorate<C extends string>(
  amount: Money<C>,
  part: Period,
  whole: Period,
  basis: ProrationBasis,
  rounding: RoundingMode,
): Money<C> {
  const { numerator, denominator } = prorationFraction(part, whole, basis);
  // Multiply before dividing so that exact shares (16/31 of 31 000 000) stay exact.
  const share = numerator.gte(denominator) ? amount.amount : amount.amount.times(numerator).div(denominator);
  return {
    amount: roundDecimal(share, { mode: rounding, places: amount.currency.minorUnit }),
    currency: amount.currency,
  };
}
