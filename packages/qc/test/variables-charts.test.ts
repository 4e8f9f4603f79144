import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTROL_CHART_CONSTANTS,
  c4,
  chartConstants,
  evaluateRules,
  individualsChart,
  normalCdf,
  normalQuantile,
  phaseOne,
  xbarRChart,
  xbarSChart,
} from '../src/index.js';
import { nistFlowRate, pistonrings } from './fixtures.js';
import { boErrorOf as codeOf } from '../../../scripts/test-support.js';

describe('control-chart constants', () => {
  it('covers n = 2…25 with the published values (ASTM / Montgomery App. VI)', () => {
    expect(CONTROL_CHART_CONSTANTS.map((c) => c.n)).toEqual(Array.from({ length: 24 }, (_, i) => i + 2));
    expect(chartConstants(5)).toMatchObject({ A2: 0.5768, A3: 1.4273, B4: 2.089, D4: 2.1145, d2: 2.326 });
    expect(chartConstants(2).E2).toBe(2.6587);
  });
  it('is internally consistent: A2 = 3/(d2√n), D4 = 1 + 3d3/d2, c4 matches the Γ formula', () => {
    for (const k of CONTROL_CHART_CONSTANTS) {
      expect(k.A2).toBeCloseTo(3 / (k.d2Exact * Math.sqrt(k.n)), 3);
      expect(k.D4).toBeCloseTo(1 + (3 * k.d3) / k.d2Exact, 3);
      expect(k.B4).toBeCloseTo(1 + (3 * Math.sqrt(1 - k.c4 ** 2)) / k.c4, 3);
      expect(k.c4).toBeCloseTo(c4(k.n), 7);
      expect(Math.abs(k.d2 - k.d2Exact)).toBeLessThanOrEqual(0.0005);
    }
  });
  it('rejects a size outside the table', () => {
    expect(codeOf(() => chartConstants(26)).code).toBe('QC/SUBGROUP_SIZE_OUT_OF_TABLE');
    expect(codeOf(() => chartConstants(1)).code).toBe('QC/SUBGROUP_SIZE_OUT_OF_TABLE');
  });
});

describe('normal distribution', () => {
  it('quantile and CDF invert each other; the quantile is ∓∞ at 0 and 1 and refuses what is not a probability', () => {
    for (const p of [1e-12, 0.00135, 0.025, 0.5, 0.975, 0.99865, 1 - 1e-12])
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    for (const p of [-0.1, 1.5, Number.NaN])
      expect(codeOf(() => normalQuantile(p))).toEqual({ code: 'QC/INVALID_PARAMETER', path: ['p'] });
    expect(codeOf(() => normalCdf(Number.NaN))).toEqual({ code: 'QC/INVALID_PARAMETER', path: ['z'] });
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
  });
});

describe('X̄–R on pistonrings (Montgomery pp. 206–213; qcc 3.0 vignette printed values)', () => {
  const phase1 = pistonrings.slice(0, 25);
  it('matches qcc: centre 74.00118, σ 0.009785039, limits 73.98805 / 74.0143', () => {
    const { xbar, dispersion, estimate } = xbarRChart(phase1);
    expect(estimate.center).toBeCloseTo(74.001176, 6);
    expect(estimate.sigma).toBeCloseTo(0.009785039, 9);
    expect(xbar.lcl[0]).toBeCloseTo(73.98804799, 7);
    expect(xbar.ucl[0]).toBeCloseTo(74.01430401, 7);
    expect(dispersion.center[0]).toBeCloseTo(0.02276, 9);
    expect(dispersion.lcl[0]).toBe(0);
    expect(dispersion.ucl[0]).toBeCloseTo(0.04812533, 6);
    // A2·R̄ form gives the same limits to the table's precision.
    expect(xbar.ucl[0]).toBeCloseTo(74.001176 + 0.5768 * 0.02276, 4);
  });
  it('confidence 0.99 (L = z₀.₉₉₅): limits 73.98990416 / 74.01244784 (⚙ qcc 3.0)', () => {
    const { xbar } = xbarRChart(phase1, { nsigmas: normalQuantile(0.995) });
    expect(xbar.lcl[0]).toBeCloseTo(73.98990416, 8);
    expect(xbar.ucl[0]).toBeCloseTo(74.01244784, 8);
  });
  it('a target centre keeps σ estimated from the data', () => {
    const { xbar, estimate } = xbarRChart(phase1, { target: 74 });
    expect(estimate.center).toBe(74);
    expect(estimate.sigma).toBeCloseTo(0.009785039, 9);
    expect(xbar.ucl[0]).toBeCloseTo(74 + (3 * 0.009785039) / Math.sqrt(5), 9);
    expect(codeOf(() => xbarRChart(phase1, { target: Number.NaN })).path).toEqual(['target']);
  });
  it('phase II: limits from 1–25 applied to 26–40 flag 37, 38, 39 (qcc rules 1 and 4)', () => {
    const base = xbarRChart(phase1);
    const { xbar } = xbarRChart(pistonrings.slice(25), { baseline: base.estimate });
    expect(xbar.phaseTwo).toBe(true);
    expect(xbar.statistics[11]).toBeCloseTo(74.0166, 10);
    const signals = evaluateRules(xbar);
    const we1 = signals.filter((s) => s.rule === 'WE1').map((s) => s.index + 26);
    expect(we1).toEqual([37, 38, 39]);
  });
  it('variable subgroup sizes (qcc vignette, 12 rows removed): centre 74.00075221, σ 0.009856700636', () => {
    const removed = new Set([9, 10, 30, 35, 45, 64, 65, 74, 75, 85, 99, 100]);
    const groups = phase1.map((g, i) => g.filter((_, j) => !removed.has(i * 5 + j + 1)));
    expect(groups.map((g) => g.length)).toEqual([
      5, 3, 5, 5, 5, 4, 4, 5, 4, 5, 5, 5, 3, 5, 3, 5, 4, 5, 5, 3, 5, 5, 5, 5, 5,
    ]);
    const { xbar, estimate } = xbarRChart(groups);
    expect(estimate.center).toBeCloseTo(74.00075221, 8);
    expect(estimate.sigma).toBeCloseTo(0.009856700636, 11);
    expect(xbar.lcl[0]).toBeCloseTo(73.98752806, 7);
    expect(xbar.ucl[1]).toBeCloseTo(74.01782452, 7);
    expect(xbar.ucl[5]).toBeCloseTo(74.01553726, 7);
  });
  it('rejects subgroups of one and empty data with the field path', () => {
    expect(codeOf(() => xbarRChart([[1, 2], [3]]))).toEqual({
      code: 'QC/SUBGROUP_TOO_SMALL',
      path: ['subgroups', 1],
    });
    expect(codeOf(() => xbarRChart([])).code).toBe('QC/EMPTY_DATA');
    expect(codeOf(() => xbarRChart([[1, Number.NaN]]))).toEqual({
      code: 'QC/NOT_FINITE',
      path: ['subgroups', 0, 1],
    });
    expect(codeOf(() => xbarRChart([Array.from({ length: 26 }, (_, i) => i)])).code).toBe(
      'QC/SUBGROUP_SIZE_OUT_OF_TABLE',
    );
    expect(
      codeOf(() =>
        xbarRChart([
          [1, 1],
          [2, 2],
        ]),
      ).code,
    ).toBe('QC/ZERO_VARIATION');
    expect(codeOf(() => xbarRChart([[1, 2]], { exclude: [3] }))).toEqual({
      code: 'QC/INVALID_PARAMETER',
      path: ['exclude', 0],
    });
  });
});

describe('X̄–S on pistonrings', () => {
  it('matches qcc: S̄ 0.009240037, σ 0.009829977, UCL 0.01930242', () => {
    const { dispersion, estimate } = xbarSChart(pistonrings.slice(0, 25));
    expect(estimate.sigma).toBeCloseTo(0.009829976728, 11);
    expect(dispersion.center[0]).toBeCloseTo(0.009240037, 9);
    expect(dispersion.lcl[0]).toBe(0);
    expect(dispersion.ucl[0]).toBeCloseTo(0.01930242, 8);
  });
  it('pooled σ (qcc RMSDF) = 0.00988754721', () => {
    expect(xbarSChart(pistonrings.slice(0, 25), { sigmaMethod: 'pooled' }).estimate.sigma).toBeCloseTo(
      0.00988754721,
      11,
    );
  });
});

describe('I-MR (NIST/SEMATECH e-Handbook 6.3.2.2)', () => {
  it('x̄ 50.81, M̄R̄ 1.8778, UCL 55.8041, LCL 45.8159', () => {
    const { individuals, movingRange } = individualsChart(nistFlowRate);
    expect(individuals.center[0]).toBeCloseTo(50.81, 10);
    expect(movingRange.center[0]).toBeCloseTo(1.8778, 4);
    expect(individuals.ucl[0]).toBeCloseTo(55.8041, 4);
    expect(individuals.lcl[0]).toBeCloseTo(45.8159, 4);
    expect(Array.from(movingRange.statistics, (v) => Number(v.toPrecision(2)))).toEqual([
      2, 2.3, 1.4, 3.5, 3.4, 1.4, 0.2, 1.2, 1.5,
    ]);
    expect(movingRange.ucl[0]).toBeCloseTo(3.267 * 1.877778, 2);
    expect(evaluateRules(individuals)).toEqual([]);
  });
  it('needs two values', () => {
    expect(codeOf(() => individualsChart([1])).code).toBe('QC/EMPTY_DATA');
  });
});

describe('phase I', () => {
  it('drops assignable causes and re-estimates until stable', () => {
    // Pistonrings 1–40 with an injected shift: subgroup 3 moved up by 0.05 mm.
    const data = pistonrings.slice(0, 25).map((g, i) => (i === 2 ? g.map((x) => x + 0.05) : g));
    const study = phaseOne(
      (exclude) => xbarRChart(data, { exclude }),
      (p) => [p.xbar, p.dispersion],
    );
    expect(study.converged).toBe(true);
    expect(study.excluded).toEqual([2]);
    expect(study.result.xbar.excluded).toEqual([2]);
    expect(study.result.estimate.center).toBeCloseTo(
      data
        .filter((_, i) => i !== 2)
        .flat()
        .reduce((a, b) => a + b, 0) / 120,
      10,
    );
  });
});

describe('phase I on I-MR', () => {
  it('a jump signalling on the MR chart drops the later observation', () => {
    const values = [10, 10.2, 9.9, 10.1, 10, 9.8, 10.1, 10, 13, 10.1, 9.9, 10, 10.2, 9.9, 10];
    const study = phaseOne(
      (exclude) => individualsChart(values, { exclude }),
      (p) => [p.individuals, p.movingRange],
    );
    expect(study.excluded).toEqual([8]);
    expect(study.converged).toBe(true);
    const mrOnly = phaseOne(
      (exclude) => individualsChart(values, { exclude }),
      (p) => [p.movingRange],
    );
    expect(mrOnly.excluded).toEqual([8]);
  });
});

describe('properties', () => {
  const groups = fc.array(
    fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 5, maxLength: 5 }),
    {
      minLength: 3,
      maxLength: 20,
    },
  );
  const varied = (gs: number[][]) => gs.some((g) => Math.max(...g) - Math.min(...g) > 1e-6);
  it('adding a constant shifts the centre and limits only', () => {
    fc.assert(
      fc.property(groups, fc.double({ min: -1000, max: 1000, noNaN: true }), (gs, c) => {
        fc.pre(varied(gs));
        const a = xbarRChart(gs);
        const b = xbarRChart(gs.map((g) => g.map((x) => x + c)));
        expect(b.estimate.center).toBeCloseTo(a.estimate.center + c, 6);
        expect(b.estimate.sigma).toBeCloseTo(a.estimate.sigma, 6);
        expect(b.xbar.ucl[0]! - b.xbar.lcl[0]!).toBeCloseTo(a.xbar.ucl[0]! - a.xbar.lcl[0]!, 6);
      }),
      { numRuns: 50, seed: 42 },
    );
  });
  it('limits scale with the data', () => {
    fc.assert(
      fc.property(groups, fc.double({ min: 0.01, max: 100, noNaN: true }), (gs, k) => {
        fc.pre(varied(gs));
        const a = xbarSChart(gs);
        const b = xbarSChart(gs.map((g) => g.map((x) => x * k)));
        expect(b.estimate.sigma / a.estimate.sigma).toBeCloseTo(k, 6);
        expect(b.dispersion.ucl[0]! / a.dispersion.ucl[0]!).toBeCloseTo(k, 6);
      }),
      { numRuns: 50, seed: 7 },
    );
  });
});

describe('flat subgroups (compact input for large data)', () => {
  it('gives the same chart as nested arrays', () => {
    const flat = { values: Float64Array.from(pistonrings.slice(0, 25).flat()), subgroupSize: 5 };
    const a = xbarRChart(flat);
    const b = xbarRChart(pistonrings.slice(0, 25));
    expect(a.estimate.center).toBeCloseTo(b.estimate.center, 12);
    expect(a.estimate.sigma).toBeCloseTo(b.estimate.sigma, 14);
    expect(Array.from(a.xbar.statistics)).toEqual(Array.from(b.xbar.statistics));
  });
  it('rejects non-finite values, ragged lengths and bad sizes', () => {
    const v = Float64Array.from([1, 2, 3, Number.NaN]);
    expect(codeOf(() => xbarRChart({ values: v, subgroupSize: 2 }))).toEqual({
      code: 'QC/NOT_FINITE',
      path: ['values', 3],
    });
    expect(codeOf(() => xbarRChart({ values: [1, 2, 3], subgroupSize: 2 })).code).toBe(
      'QC/UNEQUAL_SUBGROUPS',
    );
    expect(codeOf(() => xbarRChart({ values: [1, 2], subgroupSize: 1 }))).toEqual({
      code: 'QC/SUBGROUP_TOO_SMALL',
      path: ['subgroupSize'],
    });
  });
});
