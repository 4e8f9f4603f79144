import { calendarDate, money } from '@bo/core';
import { describe, expect, it } from 'vitest';
import {
  chartOfAccounts,
  createLedger,
  decliningBalance,
  decliningBalanceCoefficient,
  depreciationEntries,
  straightLine,
  unitsOfProduction,
} from '../src/index.js';

const amounts = (s: { periods: readonly { amount: { amount: { toString(): string } } }[] }) =>
  s.periods.map((p) => p.amount.amount.toString());

// Golden figures: Circular 45/2013/TT-BTC Appendix 2 worked examples as reproduced in
// /work/shared/reference/ledger.md §B6 (arithmetic verified there; ⚠ not re-checked against the official PDF).
describe('depreciation (Circular 45/2013/TT-BTC)', () => {
  it('straight line: cost 120,000,000 over 10 years → 1,000,000 per month', () => {
    const s = straightLine({
      cost: money('120000000', 'VND'),
      usefulLifeMonths: 120,
      inServiceDate: calendarDate('2026-01-01'),
    });
    expect(s.periods).toHaveLength(120);
    expect(new Set(amounts(s))).toEqual(new Set(['1000000']));
    expect(s.periods.at(-1)?.netBookValue.amount.toString()).toBe('0');
    expect(s.periods.at(-1)?.periodEnd).toBe('2035-12-31');
    // after the upgrade: NBV 90,000,000 over 6 years → 1,250,000 per month
    const after = straightLine({
      cost: money('90000000', 'VND'),
      usefulLifeMonths: 72,
      inServiceDate: calendarDate('2031-01-01'),
    });
    expect(after.periods[0]?.amount.amount.toString()).toBe('1250000');
  });

  it('straight line: whole đồng, last month absorbs the residue, mid-month start is pro-rated by days', () => {
    const s = straightLine({
      cost: money('100000000', 'VND'),
      usefulLifeMonths: 36,
      inServiceDate: calendarDate('2026-01-01'),
    });
    expect(s.periods[0]?.amount.amount.toString()).toBe('2777778');
    expect(s.periods[35]?.amount.amount.toString()).toBe('2777770'); // 100,000,000 − 35 × 2,777,778
    const mid = straightLine({
      cost: money('31000000', 'VND'),
      usefulLifeMonths: 31,
      inServiceDate: calendarDate('2026-01-17'),
    });
    expect(mid.periods[0]?.amount.amount.toString()).toBe('483871'); // 1,000,000 × 15/31 days
    expect(mid.periods).toHaveLength(32);
    expect(mid.periods.at(-1)?.accumulated.amount.toString()).toBe('31000000');
  });

  it('declining balance: 50,000,000 over 5 years, coefficient 2.0, switches to straight line in year 4', () => {
    expect(decliningBalanceCoefficient(4)).toBe('1.5');
    expect(decliningBalanceCoefficient(5)).toBe('2.0');
    expect(decliningBalanceCoefficient(7)).toBe('2.5');
    const y = decliningBalance({
      cost: money('50000000', 'VND'),
      usefulLifeYears: 5,
      inServiceDate: calendarDate('2026-01-01'),
      periodicity: 'year',
    });
    expect(amounts(y)).toEqual(['20000000', '12000000', '7200000', '5400000', '5400000']);
    const m = decliningBalance({
      cost: money('50000000', 'VND'),
      usefulLifeYears: 5,
      inServiceDate: calendarDate('2026-01-01'),
    });
    expect(m.periods[0]?.amount.amount.toString()).toBe('1666667');
    expect(m.periods[11]?.amount.amount.toString()).toBe('1666663');
    expect(m.periods.at(-1)?.accumulated.amount.toString()).toBe('50000000');
  });

  it('units of production: 450,000,000 / 2,400,000 m³ = 187.5 đ/m³', () => {
    const s = unitsOfProduction({
      cost: money('450000000', 'VND'),
      totalUnits: '2400000',
      output: [
        { periodEnd: calendarDate('2026-01-31'), units: '14000' },
        { periodEnd: calendarDate('2026-02-28'), units: '18000' },
        { periodEnd: calendarDate('2026-03-31'), units: '15001' },
        { periodEnd: calendarDate('2026-04-30'), units: '15001' },
      ],
    });
    expect(amounts(s)).toEqual(['2625000', '3375000', '2812688', '2812687']); // 15001 × 187.5 = 2812687.5: cumulative rounding
    expect(() =>
      unitsOfProduction({
        cost: money('450000000', 'VND'),
        totalUnits: '100',
        output: [{ periodEnd: calendarDate('2026-01-31'), units: '101' }],
      }),
    ).toThrow(expect.objectContaining({ code: 'LEDGER/INVALID_ASSET', path: ['output', 0, 'units'] }));
  });

  it('bad input is rejected with the field', () => {
    expect(() =>
      straightLine({
        cost: money('100.5', 'VND'),
        usefulLifeMonths: 12,
        inServiceDate: calendarDate('2026-01-01'),
      }),
    ).toThrow(expect.objectContaining({ code: 'LEDGER/INVALID_ASSET', path: ['cost'] }));
    expect(() =>
      straightLine({
        cost: money('100', 'VND'),
        usefulLifeMonths: 0,
        inServiceDate: calendarDate('2026-01-01'),
      }),
    ).toThrow(expect.objectContaining({ code: 'LEDGER/INVALID_ASSET', path: ['usefulLifeMonths'] }));
  });

  it('produces entries Dr 6424 / Cr 2141 that post', () => {
    const s = straightLine({
      cost: money('120000000', 'VND'),
      usefulLifeMonths: 120,
      inServiceDate: calendarDate('2026-01-01'),
    });
    const entries = depreciationEntries(s, {
      assetId: 'TS001',
      expense: { role: 'depreciationExpenseAdmin' },
      accumulated: { role: 'accumulatedDepreciationTangible' },
    });
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    l.postBatch(entries.slice(0, 12));
    expect(l.balances('2141').posted.amount.toString()).toBe('-12000000');
    expect(l.balances('6424').posted.amount.toString()).toBe('12000000');
  });
});
