import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BoCurrencyError,
  Decimal,
  abs,
  add,
  compare,
  defineCurrency,
  divide,
  equals,
  getCurrency,
  isBoError,
  isNegative,
  isPositive,
  isRounded,
  isZero,
  maximum,
  minimum,
  money,
  moneyFromJSON,
  moneyFromMinor,
  moneyToJSON,
  multiply,
  negate,
  roundMoney,
  subtract,
  sum,
  toMinor,
  zero,
} from '../src/index.js';
import { thrownCode as codeOf } from '../../../scripts/test-support.js';

function pathOf(fn: () => unknown): readonly (string | number)[] | undefined {
  try {
    fn();
  } catch (e) {
    return isBoError(e) ? e.path : undefined;
  }
  return undefined;
}

describe('money creation', () => {
  it('accepts decimal strings, bigints, safe integers and exact numbers', () => {
    expect(money('1234567', 'VND').amount.toString()).toBe('1234567');
    expect(money(12345678901234567890n, 'VND').amount.toFixed()).toBe('12345678901234567890');
    expect(money(19.99, 'USD').amount.toString()).toBe('19.99');
    expect(money(new Decimal('0.1'), 'USD').amount.toString()).toBe('0.1');
    expect(money(' 42 ', 'VND').amount.toString()).toBe('42');
  });

  it('rejects NaN, Infinity, unsafe integers, junk text and wrong types with CORE/INVALID_NUMBER on amount', () => {
    for (const bad of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -Infinity,
      2 ** 60,
      1e21,
      'abc',
      '1,5',
      '',
      '1.2.3',
      null,
      undefined,
      {},
      true,
    ]) {
      expect(codeOf(() => money(bad as never, 'VND'))).toBe('CORE/INVALID_NUMBER');
      expect(pathOf(() => money(bad as never, 'VND'))).toEqual(['amount']);
    }
  });

  it('rejects unknown currencies', () => {
    expect(codeOf(() => money('1', 'XXY' as never))).toBe('CORE/UNKNOWN_CURRENCY');
    expect(codeOf(() => getCurrency(42 as never))).toBe('CORE/UNKNOWN_CURRENCY');
    expect(codeOf(() => defineCurrency('x', 2))).toBe('CORE/UNKNOWN_CURRENCY');
    expect(codeOf(() => defineCurrency('XPT', -1))).toBe('CORE/INVALID_INPUT');
  });

  it('knows minor units as data (VND 0, USD 2, JPY 0, KWD 3)', () => {
    expect(getCurrency('VND').minorUnit).toBe(0);
    expect(getCurrency('USD').minorUnit).toBe(2);
    expect(getCurrency('JPY').minorUnit).toBe(0);
    expect(getCurrency('KWD').minorUnit).toBe(3);
  });

  it('converts to and from minor units', () => {
    expect(moneyFromMinor(1999n, 'USD').amount.toString()).toBe('19.99');
    expect(moneyFromMinor(1234, 'KWD').amount.toString()).toBe('1.234');
    expect(toMinor(money('19.99', 'USD'))).toBe(1999n);
    expect(codeOf(() => toMinor(money('19.999', 'USD')))).toBe('CORE/NOT_ROUNDED');
    expect(codeOf(() => moneyFromMinor('1.5', 'USD'))).toBe('CORE/INVALID_NUMBER');
  });

  it('round-trips JSON with string amounts', () => {
    const m = money('12345678901234567890.12', 'USD');
    const json = JSON.parse(JSON.stringify(moneyToJSON(m)));
    expect(json).toEqual({ amount: '12345678901234567890.12', currency: 'USD' });
    expect(equals(moneyFromJSON(json), m)).toBe(true);
    expect(codeOf(() => moneyFromJSON({ amount: 5, currency: 'USD' }))).toBe('CORE/INVALID_INPUT');
    expect(codeOf(() => moneyFromJSON(null))).toBe('CORE/INVALID_INPUT');
  });

  it('is not affected by a host app changing the global decimal.js configuration', async () => {
    const { default: HostDecimal } = await import('decimal.js');
    HostDecimal.set({ precision: 2, rounding: HostDecimal.ROUND_DOWN });
    try {
      expect(multiply(money('1234567', 'VND'), '0.08').amount.toString()).toBe('98765.36');
    } finally {
      HostDecimal.set({ precision: 20, rounding: HostDecimal.ROUND_HALF_UP });
    }
  });
});

describe('arithmetic', () => {
  const a = money('1000000', 'VND');
  const b = money('250000', 'VND');
  it('adds, subtracts, negates and takes absolute values exactly', () => {
    expect(add(a, b).amount.toString()).toBe('1250000');
    expect(subtract(b, a).amount.toString()).toBe('-750000');
    expect(negate(a).amount.toString()).toBe('-1000000');
    expect(abs(negate(a)).amount.toString()).toBe('1000000');
    expect(add(money('0.1', 'USD'), money('0.2', 'USD')).amount.toString()).toBe('0.3');
  });

  it('multiplies exactly and divides with a stated rounding', () => {
    expect(multiply(money('10000000', 'VND'), '0.08').amount.toString()).toBe('800000');
    expect(divide(money('100', 'VND'), 3, 'half-up').amount.toString()).toBe('33');
    expect(divide(money('100', 'VND'), 3, 'ceil').amount.toString()).toBe('34');
    expect(divide(money('1', 'USD'), 8, 'half-even').amount.toString()).toBe('0.12');
    expect(codeOf(() => divide(a, 0, 'half-up'))).toBe('CORE/DIVISION_BY_ZERO');
    expect(codeOf(() => multiply(a, Number.NaN))).toBe('CORE/INVALID_NUMBER');
    expect(codeOf(() => divide(a, 2, 'nearest' as never))).toBe('CORE/INVALID_ROUNDING');
  });

  it('refuses to mix currencies, naming the operand', () => {
    const usd = money('1', 'USD');
    expect(() => add(a, usd as never)).toThrow(BoCurrencyError);
    expect(codeOf(() => subtract(a, usd as never))).toBe('CORE/CURRENCY_MISMATCH');
    expect(codeOf(() => compare(a, usd as never))).toBe('CORE/CURRENCY_MISMATCH');
    expect(pathOf(() => sum([a, b, usd as never]))).toEqual(['amounts[2]']);
  });

  it('sums, compares and picks extremes', () => {
    expect(sum([a, b, b]).amount.toString()).toBe('1500000');
    expect(sum([], 'VND').amount.toString()).toBe('0');
    expect(codeOf(() => sum([]))).toBe('CORE/EMPTY_INPUT');
    expect(compare(a, b)).toBe(1);
    expect(compare(b, a)).toBe(-1);
    expect(compare(a, money('1000000.0', 'VND'))).toBe(0);
    expect(minimum([a, b]).amount.toString()).toBe('250000');
    expect(maximum([a, b]).amount.toString()).toBe('1000000');
    expect(codeOf(() => minimum([]))).toBe('CORE/EMPTY_INPUT');
    expect(isZero(zero('VND'))).toBe(true);
    expect(isPositive(a)).toBe(true);
    expect(isNegative(negate(a))).toBe(true);
  });

  it('property: addition is commutative and associative, subtraction inverts it', () => {
    const amount = fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }).map((n) => moneyFromMinor(n, 'USD'));
    fc.assert(
      fc.property(amount, amount, amount, (x, y, z) => {
        expect(equals(add(x, y), add(y, x))).toBe(true);
        expect(equals(add(add(x, y), z), add(x, add(y, z)))).toBe(true);
        expect(equals(subtract(add(x, y), y), x)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('rounding money', () => {
  it('rounds to the minor unit with each mode', () => {
    const cases: [string, string, string][] = [
      ['2.5', 'half-up', '3'],
      ['-2.5', 'half-up', '-3'],
      ['2.5', 'half-even', '2'],
      ['3.5', 'half-even', '4'],
      ['2.5', 'half-down', '2'],
      ['2.1', 'up', '3'],
      ['-2.1', 'up', '-3'],
      ['2.9', 'down', '2'],
      ['-2.1', 'ceil', '-2'],
      ['-2.1', 'floor', '-3'],
    ];
    for (const [value, mode, expected] of cases) {
      expect(roundMoney(money(value, 'VND'), mode as never).amount.toString(), `${value} ${mode}`).toBe(
        expected,
      );
    }
  });

  it('rounds to increments: whole thousands of đồng, 0.05 CHF', () => {
    expect(roundMoney(money('1234567', 'VND'), 'half-up', 1000).amount.toString()).toBe('1235000');
    expect(roundMoney(money('1234499', 'VND'), 'half-up', 1000).amount.toString()).toBe('1234000');
    expect(roundMoney(money('10.024', 'CHF'), 'half-up', '0.05').amount.toString()).toBe('10');
    expect(roundMoney(money('10.025', 'CHF'), 'half-up', '0.05').amount.toString()).toBe('10.05');
    expect(codeOf(() => roundMoney(money('1', 'VND'), 'half-up', 0))).toBe('CORE/INVALID_ROUNDING');
    expect(codeOf(() => roundMoney(money('1', 'VND'), 'half-up', -5))).toBe('CORE/INVALID_ROUNDING');
  });

  it('property: rounding is idempotent for every mode and increment', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor' as const),
        fc.constantFrom(undefined, 1, 10, 1000, '0.5'),
        (n, scale, mode, increment) => {
          const m = money(new Decimal(n.toString()).div(10 ** scale), 'VND');
          const once = roundMoney(m, mode, increment);
          expect(equals(roundMoney(once, mode, increment), once)).toBe(true);
          if (increment === undefined) expect(isRounded(once)).toBe(true);
          // Rounding moves the amount by less than one unit.
          const unit = new Decimal(increment ?? 1);
          expect(once.amount.minus(m.amount).abs().lt(unit)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('numbers that do not convert exactly', () => {
  it('refuses float noise but accepts decimals as written', () => {
    expect(codeOf(() => money(0.1 + 0.2, 'USD'))).toBe('CORE/INVALID_NUMBER');
    expect(money(0.3, 'USD').amount.toString()).toBe('0.3');
    expect(money(-0.000123, 'USD').amount.toString()).toBe('-0.000123');
    expect(money(123456789.123456, 'USD').amount.toString()).toBe('123456789.123456');
    expect(codeOf(() => money(1234567890.1234567, 'USD'))).toBe('CORE/INVALID_NUMBER');
  });
});
