import { isBoError } from '@bo/core';
import { describe, expect, it } from 'vitest';
import {
  cChart,
  evaluateRules,
  firstSignalPerPoint,
  npChart,
  pChart,
  uChart,
  WESTERN_ELECTRIC_RULES,
} from '../src/index.js';
import { circuit, orangejuice, pcmanufact } from './fixtures.js';

const err = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (isBoError(e)) return { code: e.code, path: e.path };
  }
  return undefined;
};

const oj = orangejuice.map((count) => ({ count, size: 50 }));

describe('p and np charts — orangejuice (Montgomery 1991 pp. 152–155; NIST 6.3.3.2; qcc vignette)', () => {
  it('p: p̄ 0.2313333, LCL 0.05242755, UCL 0.4102391, samples 15 and 23 out', () => {
    const p = pChart(oj.slice(0, 30));
    expect(p.center[0]).toBeCloseTo(0.2313333, 7);
    expect(p.sigma[0]! * Math.sqrt(50)).toBeCloseTo(0.4216, 3);
    expect(p.lcl[0]).toBeCloseTo(0.05242755, 8);
    expect(p.ucl[0]).toBeCloseTo(0.4102391, 7);
    expect(
      evaluateRules(p)
        .filter((s) => s.rule === 'WE1')
        .map((s) => s.index + 1),
    ).toEqual([15, 23]);
  });
  it('np: centre 11.56667, σ 2.981763, LCL 2.621377, UCL 20.51196', () => {
    const np = npChart(oj.slice(0, 30));
    expect(np.center[0]).toBeCloseTo(11.56667, 5);
    expect(np.sigma[0]).toBeCloseTo(2.981763, 6);
    expect(np.lcl[0]).toBeCloseTo(2.621377, 6);
    expect(np.ucl[0]).toBeCloseTo(20.51196, 5);
  });
  it('revised limits without 15 and 23, then samples 31–54 as phase II (qcc vignette)', () => {
    const revised = pChart(oj.slice(0, 30), { exclude: [14, 22] });
    expect(revised.center[0]).toBeCloseTo(0.215, 10);
    expect(revised.lcl[0]).toBeCloseTo(0.04070284, 8);
    expect(revised.ucl[0]).toBeCloseTo(0.3892972, 7);
    // qcc plots the 28 kept trial samples followed by the 24 new ones (positions 1–52), rules c(1, 4).
    const kept = oj.filter((_, i) => i !== 14 && i !== 22);
    const all = pChart(kept, { exclude: Array.from({ length: 24 }, (_, i) => 28 + i) });
    expect(all.ucl[40]).toBeCloseTo(0.3892972, 7);
    const byPoint = firstSignalPerPoint(
      evaluateRules(all, [WESTERN_ELECTRIC_RULES[0]!, WESTERN_ELECTRIC_RULES[3]!]),
    );
    expect(byPoint.map((s) => [s.index + 1, s.rule])).toEqual([
      [20, 'WE1'],
      [39, 'WE1'],
      ...Array.from({ length: 13 }, (_, i) => [40 + i, 'WE4']),
    ]);
  });
  it('orangejuice2 (trial 31–54, new 55–94): p̄ 0.1108333, σ 0.04439579, LCL 0, UCL 0.2440207, no signal', () => {
    const d2 = [
      9, 6, 12, 5, 6, 4, 6, 3, 7, 6, 2, 4, 3, 6, 5, 4, 8, 5, 6, 7, 5, 6, 3, 5, 8, 7, 5, 6, 4, 5, 2, 3, 4, 7,
      6, 5, 5, 3, 7, 9, 6, 10, 4, 3, 5, 8, 11, 9, 7, 3, 5, 2, 1, 4, 5, 3, 7, 6, 4, 4, 6, 8, 5, 6,
    ].map((count) => ({ count, size: 50 }));
    const p = pChart(d2, { exclude: Array.from({ length: 40 }, (_, i) => 24 + i) });
    expect(p.center[0]).toBeCloseTo(0.1108333, 7);
    expect(p.sigma[0]! * Math.sqrt(50)).toBeCloseTo(Math.sqrt(0.1108333 * (1 - 0.1108333)), 6);
    expect(p.lcl[0]).toBe(0);
    expect(p.ucl[0]).toBeCloseTo(0.2440207, 7);
    expect(evaluateRules(p, [WESTERN_ELECTRIC_RULES[0]!, WESTERN_ELECTRIC_RULES[3]!])).toEqual([]);
  });
  it('variable sample sizes give per-point limits', () => {
    const p = pChart([
      { count: 5, size: 100 },
      { count: 8, size: 200 },
      { count: 2, size: 50 },
    ]);
    expect(p.center[0]).toBeCloseTo(15 / 350, 12);
    expect(p.ucl[1]).toBeLessThan(p.ucl[0]!);
    expect(p.ucl[2]).toBeGreaterThan(p.ucl[0]!);
  });
  it('rejects p outside 0..1, bad sizes and empty data', () => {
    expect(err(() => pChart([{ count: 6, size: 5 }]))).toEqual({
      code: 'QC/PROPORTION_OUT_OF_RANGE',
      path: ['samples', 0, 'count'],
    });
    expect(err(() => pChart([{ count: 1, size: 0 }]))).toEqual({
      code: 'QC/INVALID_SIZE',
      path: ['samples', 0, 'size'],
    });
    expect(err(() => npChart([{ count: -1, size: 5 }]))).toEqual({
      code: 'QC/INVALID_COUNT',
      path: ['samples', 0, 'count'],
    });
    expect(err(() => pChart([]))?.code).toBe('QC/EMPTY_DATA');
    expect(err(() => pChart([{ count: 0, size: 5 }]))?.code).toBe('QC/ZERO_VARIATION');
    expect(err(() => pChart(oj, { baseline: { center: 1.2, sigma: 1 } }))?.code).toBe('QC/INVALID_PARAMETER');
  });
});

describe('c and u charts — circuit (Montgomery pp. 173–175) and pcmanufact (pp. 181–182)', () => {
  it('c: c̄ 19.84615, σ 4.454902, LCL 6.481447, UCL 33.21086; samples 6 and 20 out', () => {
    const c = cChart(circuit.slice(0, 26));
    expect(c.center[0]).toBeCloseTo(19.84615, 5);
    expect(c.sigma[0]).toBeCloseTo(4.454902, 6);
    expect(c.lcl[0]).toBeCloseTo(6.481447, 6);
    expect(c.ucl[0]).toBeCloseTo(33.21086, 5);
    expect(
      evaluateRules(c)
        .filter((s) => s.rule === 'WE1')
        .map((s) => [s.index + 1, s.side]),
    ).toEqual([
      [6, 'below'],
      [20, 'above'],
    ]);
  });
  it('c revised without 6 and 20 + samples 27–46: c̄ 19.66667, UCL 32.9708; one WE4 signal at sample 30', () => {
    const c = cChart(circuit, { exclude: [5, 19, ...Array.from({ length: 20 }, (_, i) => 26 + i)] });
    expect(c.center[0]).toBeCloseTo(19.66667, 5);
    expect(c.lcl[0]).toBeCloseTo(6.362532, 6);
    expect(c.ucl[0]).toBeCloseTo(32.9708, 4);
    // qcc plots the 44 kept points; sample 30 is the 8th point in a row below the centre (samples 23–30).
    const kept = circuit.filter((_, i) => i !== 5 && i !== 19);
    const phase = cChart(kept, { baseline: { center: c.center[0]!, sigma: 1 } });
    const we4 = evaluateRules(phase).filter((s) => s.rule === 'WE4');
    expect(we4.map((s) => s.index + 1)).toEqual([28]);
  });
  it('u per unit of 100 boards: ū 0.1966667, LCL 0.06362532, UCL 0.329708', () => {
    const kept = circuit.filter((_, i) => i !== 5 && i !== 19).map((count) => ({ count, size: 100 }));
    const u = uChart(kept, { exclude: Array.from({ length: 20 }, (_, i) => 24 + i) });
    expect(u.center[0]).toBeCloseTo(0.1966667, 7);
    expect(u.lcl[0]).toBeCloseTo(0.06362532, 8);
    expect(u.ucl[0]).toBeCloseTo(0.329708, 6);
  });
  it('u: pcmanufact ū 1.93, LCL 0.06613305, UCL 3.793867, no violation', () => {
    const u = uChart(pcmanufact.map((count) => ({ count, size: 5 })));
    expect(u.center[0]).toBeCloseTo(1.93, 12);
    expect(u.lcl[0]).toBeCloseTo(0.06613305, 8);
    expect(u.ucl[0]).toBeCloseTo(3.793867, 6);
    expect(evaluateRules(u)).toEqual([]);
  });
  it('rejects non-integer counts', () => {
    expect(err(() => cChart([1, 2.5]))).toEqual({ code: 'QC/INVALID_COUNT', path: ['counts', 1] });
  });
});

describe('probability limits (qcc confidence.level = 0.9973, ⚙ qcc 3.0)', () => {
  it('np chart: binomial quantile limits 4 and 21; samples 15 and 23 still out', () => {
    const np = npChart(oj.slice(0, 30), { probabilityLimits: 0.9973 });
    expect(np.lcl[0]).toBe(4);
    expect(np.ucl[0]).toBe(21);
    expect(
      evaluateRules(np)
        .filter((s) => s.rule === 'WE1')
        .map((s) => s.index + 1),
    ).toEqual([15, 23]);
    const p = pChart(oj.slice(0, 30), { probabilityLimits: 0.9973 });
    expect(p.ucl[0]).toBe(21 / 50);
  });
  it('c chart: Poisson quantile limits 8 and 34; samples 6 and 20 out', () => {
    const c = cChart(circuit.slice(0, 26), { probabilityLimits: 0.9973 });
    expect([c.lcl[0], c.ucl[0]]).toEqual([8, 34]);
    expect(
      evaluateRules(c)
        .filter((s) => s.rule === 'WE1')
        .map((s) => s.index + 1),
    ).toEqual([6, 20]);
    const u = uChart(
      circuit.slice(0, 26).map((count) => ({ count, size: 1 })),
      { probabilityLimits: 0.9973 },
    );
    expect([u.lcl[0], u.ucl[0]]).toEqual([8, 34]);
  });
  it('rejects a confidence outside (0, 1)', () => {
    expect(err(() => cChart([1, 2, 3], { probabilityLimits: 1 }))).toEqual({
      code: 'QC/INVALID_PARAMETER',
      path: ['probabilityLimits'],
    });
  });
});
