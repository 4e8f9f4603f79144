import { BoValidationError } from '../errors/bo-error.js';
import { type RoundingMode, roundDecimal } from '../rounding.js';
import { checkMoney, type Money } from './money.js';

/** Options of {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** BCP 47 locale, e.g. `vi-VN` (`1.234.567 ₫`) or `en-US` (`$1,234.56`). Default `vi-VN`. */
  readonly locale?: string;
  /** Show the currency as a symbol (default), its ISO code, its name, or not at all. */
  readonly display?: 'symbol' | 'code' | 'name' | 'none';
  /**
   * Round to the currency's minor unit with this mode before formatting. Without it, an amount with
   * more digits than the currency allows is an error rather than a silent rounding.
   */
  readonly rounding?: RoundingMode;
}

/**
 * Formats money for people through `Intl.NumberFormat`, exactly (the amount is passed as a decimal
 * string, so no digit is lost to floating point).
 * @throws BoValidationError `CORE/NOT_ROUNDED` when the amount has more digits than the currency and no rounding is given
 * @example
 * formatMoney(money('1234567', 'VND'))                       // '1.234.567 ₫'
 * formatMoney(money('1234.5', 'USD'), { locale: 'en-US' })   // '$1,234.50'
 */
export function formatMoney(m: Money, options: FormatMoneyOptions = {}): string {
  checkMoney(m, 'money');
  const digits = m.currency.minorUnit;
  let amount = m.amount;
  if (amount.decimalPlaces() > digits) {
    if (!options.rounding) {
      throw new BoValidationError({
        code: 'CORE/NOT_ROUNDED',
        message: `${amount.toString()} ${m.currency.code} has more than ${digits} decimal places: round it or pass options.rounding`,
        messageVi: `${amount.toString()} ${m.currency.code} có quá ${digits} chữ số lẻ: hãy làm tròn`,
        path: ['amount'],
      });
    }
    amount = roundDecimal(amount, { mode: options.rounding, places: digits });
  }
  const display = options.display ?? 'symbol';
  const nf = new Intl.NumberFormat(options.locale ?? 'vi-VN', {
    ...(display === 'none'
      ? { style: 'decimal' }
      : { style: 'currency', currency: m.currency.code, currencyDisplay: display }),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // Intl.NumberFormat v3 formats decimal strings exactly; the cast is for lib typings that only know number.
  return nf.format(amount.toFixed(digits) as unknown as number);
}
