import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equals, formatMoney, money, moneyFromMinor, parseMoney } from '../src/index.js';
import { thrownCode as codeOf } from '../../../scripts/test-support.js';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats đồng the Vietnamese way and dollars the American way', () => {
    expect(nbsp(formatMoney(money('1234567', 'VND')))).toBe('1.234.567 ₫');
    expect(formatMoney(money('1234.5', 'USD'), { locale: 'en-US' })).toBe('$1,234.50');
    expect(formatMoney(money('-1234567', 'VND'), { locale: 'en-US' })).toBe('-₫1,234,567');
    expect(nbsp(formatMoney(money('1234567', 'VND'), { display: 'code' }))).toBe('1.234.567 VND');
    expect(formatMoney(money('1234567', 'VND'), { display: 'none' })).toBe('1.234.567');
  });

  it('keeps every digit of very large amounts', () => {
    expect(nbsp(formatMoney(money('98765432109876543210', 'VND')))).toBe('98.765.432.109.876.543.210 ₫');
  });

  it('refuses to round silently', () => {
    expect(codeOf(() => formatMoney(money('1.5', 'VND')))).toBe('CORE/NOT_ROUNDED');
    expect(nbsp(formatMoney(money('1.5', 'VND'), { rounding: 'half-even' }))).toBe('2 ₫');
  });
});

describe('parseMoney', () => {
  it('reads the forms formatMoney writes, and plain digits', () => {
    expect(parseMoney('1.234.567 ₫', 'VND').amount.toString()).toBe('1234567');
    expect(parseMoney('1.234.567\u00a0₫', 'VND').amount.toString()).toBe('1234567');
    expect(parseMoney('1234567', 'VND').amount.toString()).toBe('1234567');
    expect(parseMoney('-1.234.567 VND', 'VND').amount.toString()).toBe('-1234567');
    expect(parseMoney('$1,234.50', 'USD', { locale: 'en-US' }).amount.toString()).toBe('1234.5');
    expect(parseMoney('1.234,50 US$', 'USD').amount.toString()).toBe('1234.5');
  });

  it('rejects ambiguous or malformed text', () => {
    for (const bad of ['1,234.56', '1.23', '12.34.567', '1..234', '', '₫', 'abc', '1.234,5']) {
      expect(
        codeOf(() => parseMoney(bad, 'VND')),
        bad,
      ).toBe('CORE/PARSE_FAILED');
    }
    expect(codeOf(() => parseMoney('1.234,567', 'USD'))).toBe('CORE/PARSE_FAILED');
    expect(codeOf(() => parseMoney('1,234.56', 'USD', { locale: 'vi-VN' }))).toBe('CORE/PARSE_FAILED');
    expect(codeOf(() => parseMoney(42 as never, 'VND'))).toBe('CORE/PARSE_FAILED');
  });

  it('property: format → parse round-trips in vi-VN and en-US', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.constantFrom('VND', 'USD', 'KWD', 'JPY'),
        fc.constantFrom('vi-VN', 'en-US'),
        fc.constantFrom('symbol', 'code', 'none' as const),
        (minor, currency, locale, display) => {
          const m = moneyFromMinor(minor, currency);
          const text = formatMoney(m, { locale, display });
          expect(equals(parseMoney(text, currency, { locale }), m)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
