import { calendarDate, money } from '@bo/core';
import { describe, expect, it } from 'vitest';
import {
  absenteeismRate,
  annualisedTurnover,
  averageTenure,
  budgetVariance,
  cashConversionCycle,
  currentRatio,
  defectRate,
  dio,
  dpmo,
  dpo,
  dso,
  firstPassYield,
  grossMargin,
  headcount,
  KPI_DEFINITIONS,
  netMargin,
  oee,
  operatingMargin,
  overtimeRatio,
  quickRatio,
  retentionRate,
  revenueGrowth,
  rolledThroughputYield,
  sigmaLevel,
  turnoverRate,
} from '../src/index.js';
import { boErrorOf as err } from '../../../scripts/test-support.js';

const d = calendarDate;

describe('finance KPIs', () => {
  it('cash conversion cycle worked vector (reference §B3, Farlex Financial Dictionary): DIO 187.06, DSO 20.08, DPO 109.50, CCC 97.64', () => {
    const input = { revenue: '12000', cogs: '4000', inventory: '2050', receivables: '660', payables: '1200' };
    expect(dio(input).value.toFixed(2)).toBe('187.06');
    expect(dso(input).value.toFixed(2)).toBe('20.08');
    expect(dpo(input).value.toFixed(2)).toBe('109.50');
    const ccc = cashConversionCycle(input);
    expect(ccc.value.toFixed(2)).toBe('97.64');
    expect(ccc.inputs.days).toBe(365);
    expect(ccc.inputs.dso.toFixed(1)).toBe('20.1');
    expect(ccc.formula).toBe(KPI_DEFINITIONS.cashConversionCycle.formula);
    expect(ccc.source).toContain('Farlex');
    expect(dso({ receivables: '660', revenue: '3000', days: 90 }).value.toString()).toBe('19.8');
  });

  it('margins, growth, liquidity ratios with their inputs', () => {
    expect(grossMargin({ revenue: '12000', cogs: '4000' }).value.toFixed(6)).toBe('0.666667');
    const g = revenueGrowth({ revenue: money('1150000', 'VND'), previousRevenue: money('1000000', 'VND') });
    expect(g.value.toString()).toBe('0.15');
    expect(g.inputs.previousRevenue.toString()).toBe('1000000');
    expect(operatingMargin({ revenue: '1000', operatingIncome: '-50' }).value.toString()).toBe('-0.05');
    expect(netMargin({ revenue: '1000', netIncome: '80' }).value.toString()).toBe('0.08');
    expect(currentRatio({ currentAssets: '300', currentLiabilities: '200' }).value.toString()).toBe('1.5');
    expect(
      quickRatio({
        cash: '50',
        shortTermInvestments: '20',
        receivables: '80',
        currentLiabilities: '100',
      }).value.toString(),
    ).toBe('1.5');
  });

  it('budget variance direction for revenue and cost', () => {
    const c = budgetVariance({ actual: '950', budget: '1000', kind: 'cost' });
    expect([c.value.toString(), c.ratio?.toString(), c.favourable]).toEqual(['-50', '-0.05', true]);
    const r = budgetVariance({ actual: '950', budget: '1000', kind: 'revenue' });
    expect(r.favourable).toBe(false);
    expect(budgetVariance({ actual: '5', budget: '0', kind: 'cost' }).ratio).toBeNull();
  });

  it('rejects zero denominators, negative figures, mixed currencies', () => {
    expect(err(() => grossMargin({ revenue: '0', cogs: '0' }))).toEqual({
      code: 'ANALYTICS/ZERO_DENOMINATOR',
      path: ['revenue'],
    });
    expect(err(() => grossMargin({ revenue: '-1', cogs: '0' }))).toEqual({
      code: 'ANALYTICS/NEGATIVE_INPUT',
      path: ['revenue'],
    });
    expect(err(() => grossMargin({ revenue: money('1', 'VND'), cogs: money('1', 'USD') })).code).toBe(
      'ANALYTICS/CURRENCY_MISMATCH',
    );
    expect(err(() => grossMargin({ revenue: 'abc', cogs: '1' })).code).toBe('ANALYTICS/INVALID_NUMBER');
    expect(err(() => dso({ receivables: '1', revenue: '1', days: 0 })).code).toBe('ANALYTICS/INVALID_OPTION');
  });
});

describe('HR KPIs', () => {
  const staff = [
    { id: 'a', hireDate: '2020-01-01' },
    { id: 'b', hireDate: '2024-07-01', terminationDate: '2026-03-15' },
    { id: 'c', hireDate: '2026-02-01' },
    { id: 'd', hireDate: '2025-01-01', terminationDate: '2025-12-31' },
  ];
  it('headcount counts the last day of employment; turnover (BLS separations rate); retention; tenure', () => {
    expect(headcount(staff, d('2025-12-31')).inputs.ids).toEqual(['a', 'b', 'd']);
    expect(headcount(staff, d('2026-01-01')).value.toNumber()).toBe(2);
    const t = turnoverRate({ employees: staff, from: d('2026-01-01'), to: d('2026-03-31') });
    // separations 1 (b, 15 Mar); average headcount (2 + 2) / 2 = 2
    expect(t.value.toString()).toBe('0.5');
    expect(turnoverRate({ separations: 3, averageHeadcount: 120 }).value.toString()).toBe('0.025');
    expect(annualisedTurnover({ rate: '0.02', months: 1 }).value.toString()).toBe('0.24');
    const r = retentionRate({ employees: staff, from: d('2026-01-01'), to: d('2026-12-31') });
    expect(r.value.toString()).toBe('0.5');
    expect(r.inputs).toMatchObject({ atStart: 2, retained: 1 });
    const tenure = averageTenure([{ id: 'x', hireDate: '2025-07-01' }], d('2026-06-30'));
    expect(tenure.inputs.totalDays).toBe(365);
    expect(tenure.value.toFixed(6)).toBe((365 / 365.2425).toFixed(6));
  });

  it('absenteeism (BLS lost-worktime rate) and overtime ratio', () => {
    expect(absenteeismRate({ hoursAbsent: 64, hoursScheduled: 8000 }).value.toString()).toBe('0.008');
    expect(overtimeRatio({ overtimeHours: 120, regularHours: 4000 }).value.toString()).toBe('0.03');
    expect(err(() => headcount([{ id: 'x', hireDate: '2026-02-30' }], d('2026-03-01')))).toEqual({
      code: 'CORE/INVALID_DATE',
      path: ['employees', 0, 'hireDate'],
    });
    expect(err(() => retentionRate({ employees: [], from: d('2026-01-01'), to: d('2026-02-01') })).code).toBe(
      'ANALYTICS/ZERO_DENOMINATOR',
    );
  });
});

describe('quality and operations KPIs', () => {
  it('DPMO worked examples (mysixsigmatrainer 5 000; learngxp 5 111.16 → sigma 4.07)', () => {
    const a = dpmo({ defects: 50, units: 1000, opportunitiesPerUnit: 10 });
    expect(a.value.toString()).toBe('5000');
    expect(a.inputs.dpu.toString()).toBe('0.05');
    expect(a.inputs.yield.toString()).toBe('0.995');
    const b = dpmo({ defects: 3432, units: 83934, opportunitiesPerUnit: 8 });
    expect(b.value.toFixed(2)).toBe('5111.16');
    expect(sigmaLevel({ dpmo: b.value }).value.toNumber()).toBeCloseTo(4.0682, 4);
    // Motorola table: 3.4 DPMO ≈ 6σ, 66 807 ≈ 3σ (reference §B3; ⚙ 3.398, 66 807.2)
    expect(sigmaLevel({ dpmo: '3.398' }).value.toNumber()).toBeCloseTo(6, 3);
    expect(sigmaLevel({ dpmo: '66807.2' }).value.toNumber()).toBeCloseTo(3, 5);
    expect(err(() => sigmaLevel({ dpmo: 0 })).code).toBe('ANALYTICS/INVALID_OPTION');
  });

  it('defect rate, FPY, RTY', () => {
    expect(defectRate({ defective: 12, inspected: 400 }).value.toString()).toBe('0.03');
    expect(firstPassYield({ passedFirstTime: 950, entered: 1000 }).value.toString()).toBe('0.95');
    expect(rolledThroughputYield(['0.95', '0.9']).value.toString()).toBe('0.855');
    expect(err(() => defectRate({ defective: 5, inspected: 4 })).code).toBe('ANALYTICS/INVALID_OPTION');
    expect(err(() => rolledThroughputYield([])).code).toBe('ANALYTICS/EMPTY_INPUT');
  });

  it('OEE classic example (oee.com): A 0.8881, P 0.8611, Q 0.9780, OEE 0.7479', () => {
    const r = oee({
      plannedProductionTime: 420,
      stopTime: 47,
      idealRunRate: 60,
      totalCount: 19271,
      goodCount: 19271 - 423,
    });
    expect(r.inputs.availability.toFixed(4)).toBe('0.8881');
    expect(r.inputs.performance.toFixed(4)).toBe('0.8611');
    expect(r.inputs.quality.toFixed(4)).toBe('0.9780');
    expect(r.value.toFixed(4)).toBe('0.7479');
    expect(r.inputs.performanceAboveOne).toBe(false);
    const cyc = oee({
      plannedProductionTime: 420,
      stopTime: 47,
      idealCycleTime: '0.02',
      totalCount: 19271,
      goodCount: 18848,
    });
    expect(cyc.inputs.performanceAboveOne).toBe(true);
    expect(
      err(() =>
        oee({ plannedProductionTime: 420, stopTime: 500, idealRunRate: 60, totalCount: 1, goodCount: 1 }),
      ).code,
    ).toBe('ANALYTICS/INVALID_OPTION');
  });
});
