import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, allocate, money, moneyFromMinor, split, sum } from '../src/index.js';
import { thrownCode as codeOf } from '../../../scripts/test-support.js';

const amounts = (parts: { amount: Decimal }[]) => parts.map((p) => p.amount.toString());

describe('allocate', () => {
  it('gives leftover units to the largest remainders, earlier parts first on ties', () => {
    expect(amounts(allocate(money('100', 'VND'), [1, 1, 1]))).toEqual(['34', '33', '33']);
    expect(amounts(allocate(money('1000000', 'VND'), [70, 30]))).toEqual(['700000', '300000']);
    expect(amounts(allocate(money('5', 'VND'), [1, 2, 2]))).toEqual(['1', '2', '2']);
    // 10 split 1:1:1:1 → 2.5 each → the two earliest parts take the two leftover đồng.
    expect(amounts(allocate(money('10', 'VND'), [1, 1, 1, 1]))).toEqual(['3', '3', '2', '2']);
    expect(amounts(allocate(money('0.05', 'USD'), ['0.333', '0.333', '0.334']))).toEqual([
      '0.02',
      '0.01',
      '0.02',
    ]);
  });

  it('allocates in whole thousands of đồng when asked', () => {
    expect(amounts(allocate(money('10000', 'VND'), [1, 1, 1], { unit: 1000 }))).toEqual([
      '4000',
      '3000',
      '3000',
    ]);
    expect(codeOf(() => allocate(money('10500', 'VND'), [1, 1], { unit: 1000 }))).toBe('CORE/NOT_ROUNDED');
  });

  it('splits negative amounts symmetrically and never yields negative zero', () => {
    expect(amounts(allocate(money('-100', 'VND'), [1, 1, 1]))).toEqual(['-34', '-33', '-33']);
    const parts = allocate(money('-1', 'VND'), [1, 1]);
    expect(parts[1]?.amount.isNegative()).toBe(false);
  });

  it('gives nothing to a zero ratio', () => {
    expect(amounts(allocate(money('7', 'VND'), [0, 1, 0, 1]))).toEqual(['0', '4', '0', '3']);
  });

  it('rejects empty, negative or all-zero ratios and bad units', () => {
    expect(codeOf(() => allocate(money('1', 'VND'), []))).toBe('CORE/INVALID_RATIOS');
    expect(codeOf(() => allocate(money('1', 'VND'), [1, -1]))).toBe('CORE/INVALID_RATIOS');
    expect(codeOf(() => allocate(money('1', 'VND'), [0, 0]))).toBe('CORE/INVALID_RATIOS');
    expect(codeOf(() => allocate(money('1', 'VND'), [Number.NaN]))).toBe('CORE/INVALID_NUMBER');
    expect(codeOf(() => allocate(money('1.5', 'VND'), [1]))).toBe('CORE/NOT_ROUNDED');
    expect(codeOf(() => allocate(money('1', 'VND'), [1], { unit: 0 }))).toBe('CORE/INVALID_INPUT');
    expect(codeOf(() => split(money('1', 'VND'), 0))).toBe('CORE/INVALID_INPUT');
    expect(codeOf(() => split(money('1', 'VND'), 1.5))).toBe('CORE/INVALID_INPUT');
  });

  it('property: parts always sum exactly to the amount, each within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc
          .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 })
          .filter((r) => r.some((x) => x > 0)),
        (minor, ratios) => {
          const amount = moneyFromMinor(minor, 'USD');
          const parts = allocate(amount, ratios);
          expect(parts).toHaveLength(ratios.length);
          expect(sum(parts).amount.eq(amount.amount)).toBe(true);
          const total = ratios.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            const exact = amount.amount.times(ratios[i] as number).div(total);
            expect(p.amount.minus(exact).abs().lt('0.01')).toBe(true);
            expect(p.amount.decimalPlaces()).toBeLessThanOrEqual(2);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('property: split into n parts differs by at most one unit between parts', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 1, max: 50 }), (n, parts) => {
        const shares = split(moneyFromMinor(n, 'VND'), parts);
        const values = shares.map((s) => s.amount);
        const min = Decimal.min(...values);
        const max = Decimal.max(...values);
        expect(max.minus(min).lte(1)).toBe(true);
        expect(sum(shares).amount.toString()).toBe(n.toString());
      }),
      { numRuns: 300 },
    );
  });
});
