import { BoValidationError } from '../errors/bo-error.js';
import { type CurrencyInput, getCurrency } from './currency.js';
import { money, type Money } from './money.js';

/** Options of {@link parseMoney}. */
export interface ParseMoneyOptions {
  /** Locale whose separators the text uses (default `vi-VN`: `.` groups, `,` decimals). */
  readonly locale?: string;
}

function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

const SPACES = /[\s\u00a0\u202f]/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Parses an amount written for people in a locale, back into money — the inverse of `formatMoney`.
 * Accepts the currency symbol or code before or after the number, a leading minus sign, grouped or
 * ungrouped digits. Rejects text whose separators could be read two ways or do not fit the locale
 * (e.g. `1,234.56` in `vi-VN`, groups of other than three digits) and more decimals than the currency has.
 * @throws BoValidationError `CORE/PARSE_FAILED` naming what is wrong
 * @example
 * parseMoney('1.234.567 ₫', 'VND')                    // 1234567 VND
 * parseMoney('$1,234.50', 'USD', { locale: 'en-US' }) // 1234.5 USD
 */
export function parseMoney<C extends string>(
  text: string,
  currency: CurrencyInput<C>,
  options: ParseMoneyOptions = {},
): Money<C> {
  const cur = getCurrency(currency);
  const locale = options.locale ?? 'vi-VN';
  const fail = (rule: string): never => {
    throw new BoValidationError({
      code: 'CORE/PARSE_FAILED',
      message: `cannot read ${JSON.stringify(text)} as ${cur.code} in ${locale}: ${rule}`,
      messageVi: `không đọc được ${JSON.stringify(text)} thành ${cur.code}: ${rule}`,
      path: ['text'],
      details: { text, locale, currency: cur.code },
    });
  };
  if (typeof text !== 'string') return fail('expected a string');
  const { group, decimal } = separators(locale);
  const symbols = new Set<string>([cur.code]);
  for (const display of ['symbol', 'narrowSymbol'] as const) {
    const part = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: cur.code,
      currencyDisplay: display,
    })
      .formatToParts(1)
      .find((p) => p.type === 'currency');
    if (part) symbols.add(part.value);
  }
  let s = text.replace(SPACES, '');
  let negative = false;
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1);
  }
  for (const sym of [...symbols].sort((a, b) => b.length - a.length)) {
    const compact = sym.replace(SPACES, '');
    if (s.startsWith(compact)) {
      s = s.slice(compact.length);
      break;
    }
    if (s.endsWith(compact)) {
      s = s.slice(0, -compact.length);
      break;
    }
  }
  if (!negative && /^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1);
  }
  if (s === '') return fail('no digits');
  const g = escapeRegExp(group.replace(SPACES, ''));
  const d = escapeRegExp(decimal);
  const grouped = g === '' ? null : new RegExp(`^\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`);
  const plain = new RegExp(`^\\d+(${d}\\d+)?$`);
  if (!(plain.test(s) || grouped?.test(s))) {
    return fail(`expected digits grouped by "${group}" in threes with "${decimal}" before decimals`);
  }
  const [intPart, fracPart = ''] = s.split(decimal) as [string, string?];
  if (fracPart.length > cur.minorUnit) {
    return fail(`${cur.code} has ${cur.minorUnit} decimal places, the text has ${fracPart.length}`);
  }
  const digits = intPart.split(group.replace(SPACES, '') || '\u0000').join('');
  return money(`${negative ? '-' : ''}${digits}${fracPart ? `.${fracPart}` : ''}`, cur);
}
