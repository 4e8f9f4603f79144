import { isBoError } from '@bo/core';
import { describe, expect, it } from 'vitest';
import {
  cusumChart,
  evaluateRules,
  ewmaChart,
  gChart,
  hotellingT2Chart,
  laneyPChart,
  pChart,
  tChart,
  xbarRChart,
} from '../src/index.js';
import { boiler, nistCusum, nistEwma, pistonrings, ryanMultivar } from './fixtures.js';

const phase1 = pistonrings.slice(0, 25);
const r6 = (xs: ArrayLike<number>) => Array.from(xs, (v) => Math.round(v * 1e6) / 1e6);

describe('CUSUM', () => {
  it('qcc cusum(pistonrings 1–25, decision.interval = 4): C⁺ and C⁻ (⚙ qcc 3.0)', () => {
    const c = cusumChart(phase1, { h: 4 });
    expect(c.estimate.center).toBeCloseTo(74.00118, 5);
    expect(r6(c.upper)).toEqual([
      1.562156, 0.930529, 1.989943, 1.906762, 1.914989, 0.140766, 0, 0, 0.191042, 0, 0, 0, 0, 0, 0.602376, 0,
      0, 0.922303, 0, 1.333637, 0.519195, 0.116087, 0, 0.419561, 0,
    ]);
    expect(r6(c.lower).map((v) => (v === 0 ? 0 : -v))).toEqual([
      0, 0, 0, 0, 0, -0.774222, -0.542961, -1.04296, 0, -0.225777, -1.319926, -0.768737, -0.903106, -2.911332,
      -1.308956, -1.854659, -1.440582, 0, -0.180073, 0, 0, 0, 0, 0, -0.180073,
    ]);
    expect(c.signals).toEqual([]);
  });
  it('phase II (26–40, h = 5): upper signals at 37, 38, 39, 40', () => {
    const base = xbarRChart(phase1).estimate;
    const c = cusumChart(pistonrings, { baseline: base });
    expect(r6(c.upper.subarray(25))).toEqual([
      1.196526, 0.930529, 0, 0.05393, 0, 0.876599, 1.387567, 0.116087, 1.906762, 4.017364, 4.162702, 7.18738,
      10.897615, 15.476223, 17.632529,
    ]);
    expect(c.signals.map((s) => [s.index + 1, s.side])).toEqual([
      [37, 'above'],
      [38, 'above'],
      [39, 'above'],
      [40, 'above'],
    ]);
  });
  it('NIST/SEMATECH 6.3.2.3: S_hi 3.0075 … 19.035, first signal at group 14', () => {
    const se = 0.635;
    const c = cusumChart(nistCusum, { baseline: { center: 325, sigma: se }, h: 4.1959 / se });
    const shi = Array.from(c.upper, (v) => v * se);
    expect(shi[12]).toBeCloseTo(3.0075, 4);
    expect(shi[15]).toBeCloseTo(10.63, 4);
    expect(shi[19]).toBeCloseTo(19.035, 4);
    expect(c.lower[6]! * se).toBeCloseTo(0.5575, 4);
    expect(c.signals[0]).toEqual({ index: 13, side: 'above' });
  });
  it('qcc toy: a sum equal to h is not a signal', () => {
    const c = cusumChart([1.5, 0.5, 0.6, -1.5, -0.5, -0.8], { baseline: { center: 0, sigma: 1 }, h: 1 });
    expect(r6(c.upper)).toEqual([1, 1, 1.1, 0, 0, 0]);
    expect(r6(c.lower)).toEqual([0, 0, 0, 1, 1, 1.3]);
    expect(c.signals).toEqual([
      { index: 2, side: 'above' },
      { index: 5, side: 'below' },
    ]);
  });
  it('a target μ₀ with σ from the data', () => {
    const c = cusumChart(phase1, { target: 74 });
    expect(c.estimate.center).toBe(74);
    expect(c.estimate.sigma).toBeCloseTo(0.009785039, 9);
    expect(c.z[0]).toBeCloseTo((74.0102 - 74) / (0.009785039 / Math.sqrt(5)), 6);
    expect(ewmaChart(phase1, { target: 74 }).center[0]).toBe(74);
  });
  it('rejects a bad h', () => {
    try {
      cusumChart([1, 2, 3], { h: 0 });
      expect.unreachable();
    } catch (e) {
      expect(isBoError(e, 'QC/INVALID_PARAMETER') && e.path).toEqual(['h']);
    }
  });
});

describe('EWMA', () => {
  it('qcc ewma(pistonrings 1–25, λ 0.2): limits rows 1, 2, 25 and the z series', () => {
    const e = ewmaChart(phase1);
    expect(e.lcl[0]).toBeCloseTo(73.99855, 5);
    expect(e.ucl[0]).toBeCloseTo(74.0038, 5);
    expect(e.lcl[1]).toBeCloseTo(73.99781, 5);
    expect(e.ucl[24]).toBeCloseTo(74.00555, 5);
    expect(e.statistics[0]).toBeCloseTo(74.002981, 6);
    expect(e.statistics[13]).toBeCloseTo(73.997631, 6);
    expect(e.statistics[24]).toBeCloseTo(74.001606, 6);
    expect(evaluateRules(e)).toEqual([]);
  });
  it('qcc ewma(nsigmas 2.7, newdata 26–40): violations 35, 37–40', () => {
    const base = xbarRChart(phase1).estimate;
    const e = ewmaChart(pistonrings, { nsigmas: 2.7, baseline: base });
    expect(e.lcl[0]).toBeCloseTo(73.99881, 5);
    expect(e.ucl[39]).toBeCloseTo(74.00511, 5);
    expect(e.statistics[39]).toBeCloseTo(74.012597, 6);
    expect(evaluateRules(e).map((s) => s.index + 1)).toEqual([35, 37, 38, 39, 40]);
  });
  it('NIST/SEMATECH 6.3.2.4 (λ 0.3, target 50, s 2.0539): EWMA series and asymptotic limits 47.4116 / 52.5884', () => {
    const e = ewmaChart(nistEwma, {
      lambda: 0.3,
      baseline: { center: 50, sigma: 2.0539 },
      limits: 'asymptotic',
    });
    expect(Array.from(e.statistics, (v) => Math.round(v * 100) / 100)).toEqual([
      50.6, 49.52, 50.56, 50.18, 50.16, 49.21, 49.75, 49.85, 50.26, 50.33, 50.11, 49.36, 49.52, 50.05, 49.38,
      49.92, 50.73, 51.23, 51.94, 51.99,
    ]);
    expect(e.ucl[0]).toBeCloseTo(52.588432, 6);
    expect(e.lcl[19]).toBeCloseTo(47.411568, 6);
    expect(evaluateRules(e)).toEqual([]);
  });
  it('qcc toy (λ 0.5, L 2, σ 2, centre 10): z 10.5, 11.75, 11.875; σ_z 1, √1.25, √1.3125', () => {
    const e = ewmaChart([11, 13, 12], { lambda: 0.5, nsigmas: 2, baseline: { center: 10, sigma: 2 } });
    expect(Array.from(e.statistics)).toEqual([10.5, 11.75, 11.875]);
    expect(e.sigma[0]).toBeCloseTo(1, 12);
    expect(e.sigma[1]).toBeCloseTo(Math.sqrt(1.25), 12);
    expect(e.ucl[2]).toBeCloseTo(10 + 2 * Math.sqrt(1.3125), 12);
  });
});

describe('Laney p′', () => {
  const samples = [
    { count: 120, size: 1000 },
    { count: 90, size: 1000 },
    { count: 150, size: 1200 },
    { count: 70, size: 900 },
    { count: 160, size: 1100 },
    { count: 100, size: 1000 },
  ];
  it('widens the p chart limits by σ_z = M̄R̄(z)/1.128', () => {
    const p = pChart(samples);
    const l = laneyPChart(samples);
    const pbar = 690 / 6200;
    const z = samples.map((s) => (s.count / s.size - pbar) / Math.sqrt((pbar * (1 - pbar)) / s.size));
    const mr = z.slice(1).reduce((a, v, i) => a + Math.abs(v - z[i]!), 0) / 5;
    expect(l.estimate.sigma).toBeCloseTo(mr / 1.128, 12);
    expect(l.estimate.sigma).toBeGreaterThan(1);
    expect(l.ucl[0]! - pbar).toBeCloseTo((p.ucl[0]! - pbar) * l.estimate.sigma, 12);
    expect(evaluateRules(p).some((s) => s.rule === 'WE1')).toBe(true);
    expect(evaluateRules(l).some((s) => s.rule === 'WE1')).toBe(false);
  });
});

describe('g and t charts', () => {
  it('g: ḡ ± 3√(ḡ(ḡ+1))', () => {
    const g = gChart([12, 30, 7, 45, 22, 18]);
    expect(g.center[0]).toBeCloseTo(22.333333, 6);
    expect(g.ucl[0]).toBeCloseTo(22.333333 + 3 * Math.sqrt(22.333333 * 23.333333), 5);
    expect(g.lcl[0]).toBe(0);
  });
  it('t: individuals chart of t^(1/3.6), limits back-transformed', () => {
    const times = [
      286, 948, 536, 124, 816, 729, 4, 143, 431, 8, 2837, 596, 81, 227, 603, 492, 1199, 1214, 2831, 96,
    ];
    const { chart, backTransform } = tChart(times);
    expect(chart.type).toBe('t');
    expect(chart.statistics[0]).toBeCloseTo(286 ** (1 / 3.6), 12);
    expect(backTransform(chart.statistics[0]!)).toBeCloseTo(286, 9);
    expect(backTransform(chart.lcl[0]!)).toBeGreaterThanOrEqual(0);
  });
});

describe('Hotelling T² — qcc mqcc vignette', () => {
  it('Ryan Table 9.2 (subgroups): centre 60.375 / 18.4875, |S| 1929.414, UCL 11.03976, UPL 12.20184', () => {
    const h = hotellingT2Chart(ryanMultivar);
    expect(h.center[0]).toBeCloseTo(60.375, 10);
    expect(h.center[1]).toBeCloseTo(18.4875, 10);
    expect(h.covariance[0]![0]).toBeCloseTo(222.0333, 4);
    expect(h.covariance[0]![1]).toBeCloseTo(103.11667, 4);
    const S = h.covariance;
    expect(S[0]![0]! * S[1]![1]! - S[0]![1]! * S[1]![0]!).toBeCloseTo(1929.414, 3);
    expect(h.confidence).toBeCloseTo(0.99460729, 8);
    expect(h.ucl).toBeCloseTo(11.03976, 5);
    expect(h.upl).toBeCloseTo(12.20184, 5);
    expect(h.statistics[0]).toBeCloseTo(2.241605, 6);
    expect(h.statistics[9]).toBeCloseTo(63.760421, 6);
    expect(h.signals).toEqual([9, 19]);
  });
  it('boiler (individuals, confidence 0.999): UCL 17.41705, UPL 70.02943, point 9 above', () => {
    const h = hotellingT2Chart(boiler, { confidence: 0.999 });
    expect(h.center[2]).toBeCloseTo(538.92, 10);
    expect(h.ucl).toBeCloseTo(17.41705, 5);
    expect(h.upl).toBeCloseTo(70.02943, 5);
    expect(h.statistics[0]).toBeCloseTo(13.963962, 6);
    expect(h.statistics[8]).toBeCloseTo(17.575293, 6);
    expect(h.signals).toEqual([8]);
  });
  it('phase II against a baseline signals above the UPL', () => {
    const base = hotellingT2Chart(ryanMultivar.slice(0, 19));
    const next = hotellingT2Chart(ryanMultivar.slice(19), { baseline: base });
    expect(next.ucl).toBe(base.ucl);
    expect(next.upl).toBe(base.upl);
    expect(next.center).toEqual(base.center);
    expect(next.m).toBe(19);
    // T² = n·dᵀS⁻¹d with the baseline's mean and covariance (2 × 2 inverse written out).
    const g = ryanMultivar[19]!;
    const d = [0, 1].map((k) => g.reduce((a, r) => a + r[k]!, 0) / 4 - base.center[k]!);
    const [[a, b], [, c]] = base.covariance as number[][] as [[number, number], [number, number]];
    const t2 = (4 * (c * d[0]! ** 2 - 2 * b * d[0]! * d[1]! + a * d[1]! ** 2)) / (a * c - b * b);
    expect(next.statistics[0]).toBeCloseTo(t2, 9);
    expect(next.signals).toEqual(t2 > base.upl ? [0] : []);
  });
  it('singular covariance is a typed error', () => {
    try {
      hotellingT2Chart([
        [1, 2],
        [2, 4],
        [3, 6],
        [4, 8],
        [5, 10],
      ]);
      expect.unreachable();
    } catch (e) {
      expect(isBoError(e, 'QC/SINGULAR_COVARIANCE')).toBe(true);
    }
  });
});
