import { calendarDate, money } from '@bo/core';
import fc from 'fast-check';
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

  it('declining balance, mid-month start: pro-rated by days, each year of use keeps its TT45 amount', () => {
    // Circular 45/2013 Appendix 2 §II example (reference note §B6): 50,000,000, 5 years, 40%:
    // years of use 20.0m, 12.0m, 7.2m, 5.4m, 5.4m. Put into use on 15 Jan 2026: January has 31 days,
    // 17 in use. Hand-worked: Jan 2026 = 20,000,000 / 12 × 17 / 31 = 913,978.49 → 913,978; Feb–Dec
    // 1,666,667 each; Jan 2027 = year-1 tail 20,000,000 − 913,978 − 11 × 1,666,667 = 752,685 plus
    // year-2 head 1,000,000 × 17 / 31 = 548,387.10 → 548,387, i.e. 1,301,072; the extra 61st month
    // (Jan 2031) = year-5 tail 5,400,000 − 450,000 × 17 / 31 (246,774) − 11 × 450,000 = 203,226.
    const m = decliningBalance({
      cost: money('50000000', 'VND'),
      usefulLifeYears: 5,
      inServiceDate: calendarDate('2026-01-15'),
    });
    expect(m.periods).toHaveLength(61);
    expect(amounts(m).slice(0, 3)).toEqual(['913978', '1666667', '1666667']);
    expect(m.periods[11]?.amount.amount.toString()).toBe('1666667');
    expect(m.periods[12]?.periodEnd).toBe('2027-01-31');
    expect(m.periods[12]?.amount.amount.toString()).toBe('1301072');
    expect(m.periods[13]?.amount.amount.toString()).toBe('1000000');
    expect(m.periods[60]?.periodEnd).toBe('2031-01-31');
    expect(m.periods[60]?.amount.amount.toString()).toBe('203226');
    expect(m.periods[60]?.accumulated.amount.toString()).toBe('50000000');
    expect(m.periods[60]?.netBookValue.amount.toString()).toBe('0');
    // a start on the 1st is unchanged: 60 months, the 12th absorbs
    const first = decliningBalance({
      cost: money('50000000', 'VND'),
      usefulLifeYears: 5,
      inServiceDate: calendarDate('2026-01-01'),
    });
    expect(first.periods).toHaveLength(60);
    // in a year of use the daily rate is constant: the straight-line schedule of the same monthly
    // charge over the same days gives the same first month (same pro-rating rule as straightLine)
    const sl = straightLine({
      cost: money('20000000', 'VND'),
      usefulLifeMonths: 12,
      inServiceDate: calendarDate('2026-01-15'),
    });
    expect(sl.periods[0]?.amount.amount.toString()).toBe('913978');
  });

  it('declining balance: for any start day and life, every year of use sums to the yearly schedule', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 1e10 }),
        (day, mon, years, cost) => {
          const inServiceDate = calendarDate(
            `2026-${String(mon).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          );
          const yearly = decliningBalance({
            cost: money(String(cost), 'VND'),
            usefulLifeYears: years,
            inServiceDate,
            periodicity: 'year',
          });
          const monthly = decliningBalance({
            cost: money(String(cost), 'VND'),
            usefulLifeYears: years,
            inServiceDate,
          });
          expect(monthly.periods).toHaveLength(years * 12 + (day === 1 ? 0 : 1));
          expect(monthly.periods.at(-1)?.accumulated.amount.toNumber()).toBe(cost);
          for (const p of monthly.periods) expect(p.amount.amount.isNegative()).toBe(false);
          if (day === 1) {
            yearly.periods.forEach((y, i) => {
              const sumYear = monthly.periods
                .slice(i * 12, i * 12 + 12)
                .reduce((s, p) => s + p.amount.amount.toNumber(), 0);
              expect(sumYear).toBe(y.amount.amount.toNumber());
            });
          } else {
            // the first month holds only year 1's days in use: ≤ a full month of year 1
            const y1 = yearly.periods[0]!.amount.amount.toNumber();
            expect(monthly.periods[0]!.amount.amount.toNumber()).toBeLessThanOrEqual(Math.ceil(y1 / 12));
          }
        },
      ),
      { numRuns: 100, seed: 31 },
    );
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
