import { Decimal, dateOf } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  abcClassification,
  centredMovingAverage,
  classicalDecomposition,
  iqrAnomalies,
  seasonalBestSellers,
  seasonalityStrength,
  seasonalResidualAnomalies,
  xyzClassification,
  zScoreAnomalies,
} from '../src/index.js';
import { AIR_PASSENGERS, HP12C_QUARTERLY } from './fixtures/series.js';
import { boErrorCodeOf as codeOf } from '../../../scripts/test-support.js';

describe('classical decomposition (R decompose = statsmodels seasonal_decompose)', () => {
  it('HP-12C Solutions Handbook p. 79: CMA 440.75 and seasonal factor 104.37 for Q3 1978; R figure', () => {
    const cma = centredMovingAverage(HP12C_QUARTERLY, 4);
    expect(cma[2]).toBe(440.75);
    expect([cma[3], cma[4], cma[5], cma[6], cma[7], cma[8], cma[9]]).toEqual([
      449.75, 460.25, 476.375, 491, 503.75, 513.25, 521.375,
    ]);
    expect(((HP12C_QUARTERLY[2] as number) / (cma[2] as number)) * 100).toBeCloseTo(104.37, 2);
    const d = classicalDecomposition(HP12C_QUARTERLY, { period: 4, type: 'multiplicative' });
    // R 4.2.2: decompose(ts(s, frequency = 4), "multiplicative")$figure
    [0.995555932068, 0.826796664434, 1.063157596363, 1.114489807135].forEach((v, i) => {
      expect(d.figure[i]).toBeCloseTo(v, 11);
    });
  });

  it('AirPassengers multiplicative and additive figures (reference §B2.1, R decompose)', () => {
    const m = classicalDecomposition(AIR_PASSENGERS, { period: 12, type: 'multiplicative' });
    [
      0.91023, 0.883625, 1.007366, 0.975906, 0.981378, 1.112776, 1.226556, 1.219911, 1.060492, 0.921757,
      0.801178, 0.898824,
    ].forEach((v, i) => {
      expect(m.figure[i]).toBeCloseTo(v, 6);
    });
    [
      126.7917, 127.25, 127.9583, 128.5833, 129, 129.75, 131.25, 133.0833, 134.9167, 136.4167, 137.4167,
      138.75,
    ].forEach((v, i) => {
      expect(m.trend[i + 6]).toBeCloseTo(v, 4);
    });
    expect(m.trend[5]).toBeNull();
    expect(m.random[6]).toBeCloseTo(0.951664316403, 11);
    const a = classicalDecomposition(AIR_PASSENGERS, { period: 12 });
    [
      -24.748737, -36.188131, -2.241162, -8.036616, -4.506313, 35.402778, 63.830808, 62.823232, 16.520202,
      -20.642677, -53.593434, -28.619949,
    ].forEach((v, i) => {
      expect(a.figure[i]).toBeCloseTo(v, 6);
    });
  });

  it('seasonality strength (FPP3 §4.3 definition; values recomputed with R decompose)', () => {
    const m = seasonalityStrength(AIR_PASSENGERS, { period: 12, type: 'multiplicative' });
    expect(m.seasonal).toBeCloseTo(0.936116512338, 10);
    const a = seasonalityStrength(AIR_PASSENGERS, { period: 12 });
    expect(a.seasonal).toBeCloseTo(0.778721942752, 10);
    expect(a.trend).toBeCloseTo(0.965530256222, 10);
  });

  it('rejects short series, non-positive multiplicative data and bad periods', () => {
    expect(codeOf(() => classicalDecomposition([1, 2, 3, 4, 5, 6, 7], { period: 4 }))).toBe(
      'ANALYTICS/SERIES_TOO_SHORT',
    );
    expect(
      codeOf(() => classicalDecomposition([1, 2, 3, 0, 5, 6, 7, 8], { period: 4, type: 'multiplicative' })),
    ).toBe('ANALYTICS/NON_POSITIVE_DATA');
    expect(codeOf(() => classicalDecomposition([1, 2, 3, 4], { period: 1.5 }))).toBe(
      'ANALYTICS/INVALID_OPTION',
    );
  });

  it('property: additive figure sums to 0, multiplicative figure averages 1', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 24, maxLength: 60 }), (y) => {
        const a = classicalDecomposition(y, { period: 12 }).figure;
        expect(Math.abs(a.reduce((s, v) => s + v, 0))).toBeLessThan(1e-9);
        const m = classicalDecomposition(y, { period: 12, type: 'multiplicative' }).figure;
        expect(m.reduce((s, v) => s + v, 0) / 12).toBeCloseTo(1, 12);
      }),
      { numRuns: 50, seed: 21 },
    );
  });
});

describe('best sellers by season', () => {
  // Synthetic shop with known multiplicative seasonal profiles (no trend), so ratio-to-MA recovers them exactly.
  const profile = {
    TET: [3, 2.5, 0.6, 0.5, 0.5, 0.5, 0.5, 0.5, 0.6, 0.8, 1.0, 1.5], // Tết gift boxes
    UMB: [0.3, 0.3, 0.4, 0.6, 1.0, 1.8, 2.2, 2.2, 1.6, 0.8, 0.5, 0.3], // umbrellas, rainy season
    RICE: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], // steady leader
  } as const;
  const base = { TET: 100_000, UMB: 50_000, RICE: 400_000 };
  const rows: Array<{ date: string; sku: string; revenue: number }> = [];
  for (const year of [2023, 2024, 2025]) {
    for (let month = 1; month <= 12; month++) {
      for (const sku of ['RICE', 'TET', 'UMB'] as const) {
        const v = base[sku] * (profile[sku][month - 1] as number);
        rows.push({ date: dateOf(year, month, 10), sku, revenue: Math.round(v * 0.4) });
        rows.push({ date: dateOf(year, month, 20), sku, revenue: Math.round(v * 0.6) });
      }
    }
  }
  const r = seasonalBestSellers(rows, {
    date: 'date',
    product: 'sku',
    value: 'revenue',
    season: 'month',
    top: 3,
  });

  it('recovers each product’s seasonal indices', () => {
    for (const sku of ['TET', 'UMB'] as const) {
      const p = r.products.find((x) => x.product === sku);
      const prof = profile[sku];
      const mean = prof.reduce((a, b) => a + b, 0) / 12;
      prof.forEach((v, i) => {
        expect(p?.indices[i]).toBeCloseTo(v / mean, 9);
      });
    }
    expect(r.products.find((x) => x.product === 'TET')?.peakSeason).toBe(1);
    expect(r.products.find((x) => x.product === 'UMB')?.peakSeason).toBe(7);
    expect(r.range).toEqual({ from: '2023-01', to: '2025-12' });
  });

  it('ranks sellers per season with exact revenue shares that add up', () => {
    const jan = r.seasons[0]!;
    expect(jan.top.map((s) => s.product)).toEqual(['RICE', 'TET', 'UMB']);
    expect(jan.total.toString()).toBe(String(3 * (400_000 + 300_000 + 15_000)));
    expect(jan.top[1]?.value.toString()).toBe('900000');
    expect(jan.top[1]?.share.eq(new Decimal(900_000).div(2_145_000))).toBe(true);
    expect(jan.top.reduce((a, s) => a.plus(s.share), new Decimal(0)).toNumber()).toBeCloseTo(1, 30);
    expect(jan.topShare.eq(1)).toBe(true);
    expect(jan.mostSeasonal[0]?.product).toBe('TET');
    expect(r.seasons[6]?.mostSeasonal[0]?.product).toBe('UMB');
  });

  it('quarters, and null indices with under two years of history', () => {
    const q = seasonalBestSellers(rows, {
      date: 'date',
      product: 'sku',
      value: 'revenue',
      season: 'quarter',
    });
    expect(q.seasons).toHaveLength(4);
    expect(q.seasons[2]?.mostSeasonal[0]?.product).toBe('UMB');
    const short = seasonalBestSellers(rows.slice(0, 36 * 2), {
      date: 'date',
      product: 'sku',
      value: 'revenue',
      season: 'month',
    });
    expect(short.products[0]?.indices.every((x) => x === null)).toBe(true);
    expect(short.seasons[0]?.top[0]?.seasonalIndex).toBeNull();
    expect(
      codeOf(() =>
        seasonalBestSellers([], { date: 'date', product: 'sku', value: 'revenue', season: 'month' }),
      ),
    ).toBe('ANALYTICS/EMPTY_INPUT');
    expect(
      codeOf(() =>
        seasonalBestSellers([{ date: '2026-13-01', sku: 'A', revenue: 1 }], {
          date: 'date',
          product: 'sku',
          value: 'revenue',
          season: 'month',
        }),
      ),
    ).toBe('CORE/INVALID_DATE');
  });
});

describe('ABC / XYZ', () => {
  // qcc vignette Pareto example (reference §A2.9 / §B4): cumulative 31.33, 58.00, 80.00 (= 240/300), 91.00, 100 %
  const defects = [
    { cause: 'price code', n: 80 },
    { cause: 'schedule date', n: 27 },
    { cause: 'supplier code', n: 66 },
    { cause: 'contact num.', n: 94 },
    { cause: 'part num.', n: 33 },
  ];
  it('classifies the qcc Pareto example under each boundary rule', () => {
    const inc = abcClassification(defects, { key: 'cause', value: 'n' });
    expect(inc.map((i) => [i.key, i.class])).toEqual([
      ['contact num.', 'A'],
      ['price code', 'A'],
      ['supplier code', 'A'],
      ['part num.', 'B'],
      ['schedule date', 'C'],
    ]);
    expect(inc[2]?.cumulativeShare.eq('0.8')).toBe(true);
    expect(inc.map((i) => i.cumulativeShare.times(100).toDecimalPlaces(2).toNumber())).toEqual([
      31.33, 58, 80, 91, 100,
    ]);
    const strict = abcClassification(defects, { key: 'cause', value: 'n', boundary: 'strict' });
    expect(strict[2]?.class).toBe('B');
    const crossing = abcClassification(defects, { key: 'cause', value: 'n', boundary: 'crossing' });
    // 'crossing' applies to both cut-offs: schedule date (91 % → 100 %) crosses 95 %, so it stays B.
    // (The reference note §B4 lists it as C under rule (b), applying the crossing rule to the A cut-off only.)
    expect(crossing.map((i) => i.class)).toEqual(['A', 'A', 'A', 'B', 'B']);
    const custom = abcClassification(defects, { key: 'cause', value: 'n', cutoffs: { a: 0.6, b: 0.9 } });
    expect(custom.map((i) => i.class)).toEqual(['A', 'A', 'B', 'C', 'C']);
  });

  it('rejects negative values, zero totals and bad cut-offs', () => {
    expect(codeOf(() => abcClassification([{ k: 'a', v: -1 }], { key: 'k', value: 'v' }))).toBe(
      'ANALYTICS/NEGATIVE_INPUT',
    );
    expect(codeOf(() => abcClassification([{ k: 'a', v: 0 }], { key: 'k', value: 'v' }))).toBe(
      'ANALYTICS/ZERO_DENOMINATOR',
    );
    expect(
      codeOf(() => abcClassification(defects, { key: 'cause', value: 'n', cutoffs: { a: 0.9, b: 0.8 } })),
    ).toBe('ANALYTICS/INVALID_OPTION');
  });

  it('property: shares add up to exactly 1 and classes are monotone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ k: fc.integer({ min: 0, max: 30 }), v: fc.integer({ min: 1, max: 1e6 }) }), {
          minLength: 1,
          maxLength: 40,
        }),
        (rows) => {
          const r = abcClassification(rows, { key: 'k', value: 'v' });
          expect(r[r.length - 1]?.cumulativeShare.toNumber()).toBeCloseTo(1, 30);
          const order = r.map((i) => i.class).join('');
          expect(/^A*B*C*$/.test(order)).toBe(true);
        },
      ),
      { numRuns: 100, seed: 4 },
    );
  });

  it('classifies variability (CV = σ/mean; periods with no row count as 0)', () => {
    const rows = [
      ...['m1', 'm2', 'm3', 'm4'].map((m) => ({ sku: 'steady', m, q: 100 })),
      ...['m1', 'm2', 'm3', 'm4'].map((m, i) => ({ sku: 'wavy', m, q: [50, 150, 50, 150][i] })),
      { sku: 'lumpy', m: 'm2', q: 400 },
    ];
    const r = xyzClassification(rows, { key: 'sku', period: 'm', value: 'q' });
    expect(r.periods).toEqual(['m1', 'm2', 'm3', 'm4']);
    const by = Object.fromEntries(r.items.map((i) => [i.key, i]));
    expect(by.steady?.cv).toBe(0);
    expect(by.steady?.class).toBe('X');
    expect(by.wavy?.cv).toBeCloseTo(0.5, 12);
    expect(by.wavy?.class).toBe('X');
    expect(by.lumpy?.values).toEqual([0, 400, 0, 0]);
    expect(by.lumpy?.cv).toBeCloseTo(Math.sqrt(3), 12);
    expect(by.lumpy?.class).toBe('Z');
    expect(
      xyzClassification(rows, { key: 'sku', period: 'm', value: 'q', deviation: 'sample' }).items[1]?.cv,
    ).toBeCloseTo(Math.sqrt(1 / 3), 12);
    expect(
      xyzClassification([{ sku: 'z', m: 1, q: 0 }], { key: 'sku', period: 'm', value: 'q' }).items[0],
    ).toMatchObject({ cv: null, class: 'Z' });
  });
});

describe('anomaly flags', () => {
  it('z-score, IQR (Tukey fences) and seasonal residual', () => {
    const y = [10, 11, 9, 10, 50, 10, 11, 9, 10, 10];
    expect(
      zScoreAnomalies(y, { threshold: 2 })
        .filter((f) => f.anomaly)
        .map((f) => f.index),
    ).toEqual([4]);
    expect(zScoreAnomalies(y).filter((f) => f.anomaly)).toEqual([]); // 50 has z = 2.85 < 3
    expect(iqrAnomalies([1, 2, 3, 4, 100]).map((f) => f.anomaly)).toEqual([false, false, false, false, true]);
    expect(zScoreAnomalies([5, 5, 5]).every((f) => f.score === 0)).toBe(true);
    const spiked = [...AIR_PASSENGERS];
    spiked[70] = (spiked[70] as number) * 1.5;
    const flags = seasonalResidualAnomalies(spiked, { period: 12, type: 'multiplicative' });
    expect(flags.filter((f) => f.anomaly).map((f) => f.index)).toContain(70);
    expect(flags[0]?.score).toBeNull();
    expect(codeOf(() => zScoreAnomalies(y, { threshold: 0 }))).toBe('ANALYTICS/INVALID_OPTION');
  });
});
