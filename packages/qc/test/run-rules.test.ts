import { isBoError } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NELSON_RULES,
  WESTERN_ELECTRIC_RULES,
  defaultRules,
  evaluateRules,
  firstSignalPerPoint,
  individualsChart,
  sameSideRule,
  xbarRChart,
  zoneCountRule,
} from '../src/index.js';
import { pistonrings } from './fixtures.js';

/** A chart with centre 0, σ 1 and limits ±3, as in qcc's tests/testthat/test-rules.R. */
const unit = (values: number[]) =>
  individualsChart(values, { baseline: { center: 0, sigma: 1 } }).individuals;
const rule = (id: string) => [...WESTERN_ELECTRIC_RULES, ...NELSON_RULES].find((r) => r.id === id)!;
/** 1-based indices where `id` fires, as qcc reports them. */
const fired = (values: number[], id: string) =>
  evaluateRules(unit(values), [rule(id)]).map((s) => s.index + 1);
const rep = (v: number, n: number) => new Array<number>(n).fill(v);

describe('Western Electric rules — qcc 3.0 tests/testthat/test-rules.R vectors', () => {
  it('WE1–WE4 single vectors', () => {
    expect(fired([0, 3.2, -3.5, 2.9], 'WE1')).toEqual([2, 3]);
    expect(fired([0, 2.5, 1.0, 2.6, 0], 'WE2')).toEqual([4]);
    expect(fired([0, 1.2, 1.3, 0.2, 1.4, 1.5], 'WE3')).toEqual([6]);
    expect(fired([...rep(-1, 8), 1], 'WE4')).toEqual([8]);
  });
  it('c(2.5×7, 3.2): each rule and the lowest-rule-per-point combination', () => {
    const x = [...rep(2.5, 7), 3.2];
    expect(fired(x, 'WE4')).toEqual([8]);
    expect(fired(x, 'WE3')).toEqual([5, 6, 7, 8]);
    expect(fired(x, 'WE2')).toEqual([3, 4, 5, 6, 7, 8]);
    expect(fired(x, 'WE1')).toEqual([8]);
    const combined = firstSignalPerPoint(evaluateRules(unit(x), WESTERN_ELECTRIC_RULES));
    expect(combined.map((s) => [s.index + 1, s.rule])).toEqual([
      [3, 'WE2'],
      [4, 'WE2'],
      [5, 'WE2'],
      [6, 'WE2'],
      [7, 'WE2'],
      [8, 'WE1'],
    ]);
  });
});

describe('Nelson rules — qcc 3.0 test vectors', () => {
  it('N1: a point exactly on the limit is not beyond it (configurable)', () => {
    expect(fired([0, 3.2, -3.4, 3], 'N1')).toEqual([2, 3]);
    const inclusive = evaluateRules(unit([0, 3.2, -3.4, 3]), [rule('N1')], { onLimitIsBeyond: true });
    expect(inclusive.map((s) => s.index + 1)).toEqual([2, 3, 4]);
  });
  it('N2: nine on one side, every point from the ninth on', () => {
    expect(fired([...rep(0.5, 10), -0.5, ...rep(-0.5, 9)], 'N2')).toEqual([9, 10, 19, 20]);
  });
  it('N3: six trending; ties break the trend', () => {
    expect(fired([1, 2, 3, 4, 5, 6, 7, 7, 6, 5, 4, 3, 2, 1], 'N3')).toEqual([6, 7, 13, 14]);
  });
  it('N4: fourteen alternating', () => {
    expect(fired([1, 3, 2, 4, 3, 5, 4, 6, 5, 7, 6, 8, 7, 9, 8], 'N4')).toEqual([14, 15]);
    const zigzag = Array.from({ length: 15 }, (_, i) => i % 2);
    expect(fired(zigzag, 'N4')).toEqual([14, 15]);
    expect(evaluateRules(unit(zigzag), WESTERN_ELECTRIC_RULES)).toEqual([]);
  });
  it('N5, N6: 2 of 3 beyond 2σ, 4 of 5 beyond 1σ', () => {
    expect(fired([0, 2.3, 0.4, 2.2, -2.4, -0.2, -2.5], 'N5')).toEqual([4, 7]);
    expect(fired([1.2, 1.3, 0.2, 1.4, 1.5, -1.2, -1.3, -0.1, -1.4, -1.5], 'N6')).toEqual([5, 10]);
  });
  it('N7, N8: stratification and mixture (N8 needs both sides)', () => {
    expect(fired([...rep(0.3, 16), 1.2], 'N7')).toEqual([15, 16]);
    expect(fired([1.2, -1.3, 1.1, -1.4, 1.5, -1.2, 1.3, -1.1, 0.2], 'N8')).toEqual([8]);
    expect(fired(rep(1.2, 8), 'N8')).toEqual([]);
  });
  it('signals name the rule, the pattern points and the side', () => {
    const [s] = evaluateRules(unit([0, 2.3, 0.4, 2.2]), [rule('N5')]);
    expect(s).toEqual({ rule: 'N5', index: 3, points: [1, 3], side: 'above' });
    const [t] = evaluateRules(unit([6, 5, 4, 3, 2, 1].map((v) => v / 3)), [rule('N3')]);
    expect(t).toMatchObject({ rule: 'N3', index: 5, points: [0, 1, 2, 3, 4, 5], side: 'below' });
  });
});

describe('pistonrings 1–25 → 26–40 (qcc 3.0, ⚙ reference vectors)', () => {
  const base = xbarRChart(pistonrings.slice(0, 25));
  const { xbar } = xbarRChart(pistonrings, { exclude: Array.from({ length: 15 }, (_, i) => 25 + i) });
  it('uses the phase I limits', () => expect(xbar.ucl[39]).toBeCloseTo(base.xbar.ucl[0]!, 12));
  it('WE 1–4: 35→WE2, 37–39→WE1, 40→WE2', () => {
    const s = firstSignalPerPoint(evaluateRules(xbar, WESTERN_ELECTRIC_RULES));
    expect(s.map((x) => [x.index + 1, x.rule])).toEqual([
      [35, 'WE2'],
      [37, 'WE1'],
      [38, 'WE1'],
      [39, 'WE1'],
      [40, 'WE2'],
    ]);
  });
  it('Nelson 1–8: 35→N5, 37–39→N1, 40→N5', () => {
    const s = firstSignalPerPoint(evaluateRules(xbar, NELSON_RULES));
    expect(s.map((x) => [x.index + 1, x.rule])).toEqual([
      [35, 'N5'],
      [37, 'N1'],
      [38, 'N1'],
      [39, 'N1'],
      [40, 'N5'],
    ]);
  });
});

describe('SAS/QC SHEWHART tests example (gap width, tests 1–5): test 5 positive at sample 14', () => {
  it('fires N5 at sample 14 only, no N1', () => {
    const means = [
      270, 258, 248, 260, 273, 260, 259, 248, 260, 255, 268, 253, 273, 275, 257, 269, 249, 264, 258, 248, 248,
    ];
    const ranges = [35, 25, 24, 39, 29, 21, 37, 37, 28, 19, 36, 36, 29, 22, 24, 41, 36, 31, 25, 36, 30];
    const rbar = ranges.reduce((a, b) => a + b, 0) / ranges.length;
    const cl = means.reduce((a, b) => a + b, 0) / means.length;
    const sigma = rbar / 2.326;
    const chart = { ...xbarRChart([[0, 1]]).xbar };
    const n = means.length;
    const se = sigma / Math.sqrt(5);
    const c = {
      ...chart,
      statistics: Float64Array.from(means),
      center: new Float64Array(n).fill(cl),
      sigma: new Float64Array(n).fill(se),
      lcl: new Float64Array(n).fill(cl - 3 * se),
      ucl: new Float64Array(n).fill(cl + 3 * se),
      sizes: new Float64Array(n).fill(5),
    };
    expect(c.ucl[0]).toBeCloseTo(277.2454, 4);
    expect(evaluateRules(c, NELSON_RULES.slice(0, 5)).map((s) => [s.index + 1, s.rule])).toEqual([
      [14, 'N5'],
    ]);
  });
});

describe('configuration', () => {
  it('no zone rules on dispersion charts by default', () => {
    expect(defaultRules('R').map((r) => r.id)).toEqual(['WE1']);
    expect(defaultRules('MR').map((r) => r.id)).toEqual(['WE1']);
    expect(defaultRules('xbar').map((r) => r.id)).toEqual(['WE1', 'WE2', 'WE3', 'WE4']);
  });
  it('run length is explicit (AIAG 7 vs WE 8 vs Nelson 9)', () => {
    const x = [...rep(0.5, 8), -0.5];
    const ids = [sameSideRule(7, { id: 'AIAG' }), rule('WE4'), rule('N2')];
    expect(evaluateRules(unit(x), ids).map((s) => [s.index + 1, s.rule])).toEqual([
      [7, 'AIAG'],
      [8, 'AIAG'],
      [8, 'WE4'],
    ]);
  });
  it('rejects malformed rules', () => {
    try {
      zoneCountRule(4, 3, 1);
      expect.unreachable();
    } catch (e) {
      expect(isBoError(e, 'QC/INVALID_RULE')).toBe(true);
    }
  });
  // N7 (stratification) is the one exception, on purpose: 15 points hugging the centre line is its pattern.
  it('property: no rule except N7 fires on a perfectly centred constant series', () => {
    const rules = [...WESTERN_ELECTRIC_RULES, ...NELSON_RULES.filter((r) => r.id !== 'N7')];
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 60 }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (n, c) => {
          const chart = individualsChart(rep(c, n), { baseline: { center: c, sigma: 1 } }).individuals;
          expect(evaluateRules(chart, rules)).toEqual([]);
          expect(evaluateRules(chart, [rule('N7')]).length).toBe(Math.max(0, n - 14));
        },
      ),
      { numRuns: 60, seed: 3 },
    );
  });
});
