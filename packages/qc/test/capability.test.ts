import { isBoError } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  andersonDarling,
  dpmo,
  dpmoAtSigmaLevel,
  firstPassYield,
  poissonYield,
  processCapability,
  rolledThroughputYield,
  sigmaLevel,
} from '../src/index.js';
import { pistonrings } from './fixtures.js';

const phase1 = pistonrings.slice(0, 25);
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (isBoError(e)) return { code: e.code, path: e.path };
  }
  return undefined;
};

describe('processCapability — qcc 3.0 vignette on pistonrings 1–25 (125 obs)', () => {
  it('specs 73.95–74.05: Cp 1.70 [1.49, 1.91], Cpk 1.66 [1.45, 1.88], Pp 1.655086, Ppk 1.616159', () => {
    const r = processCapability(phase1, { lsl: 73.95, usl: 74.05 });
    expect(r.n).toBe(125);
    expect(r.target).toBe(74);
    expect(r.sigmaOverall).toBeCloseTo(0.01006996813, 10);
    expect(r.cp).toBeCloseTo(1.703281, 6);
    expect(r.cpl).toBeCloseTo(1.743342, 6);
    expect(r.cpu).toBeCloseTo(1.663219, 6);
    expect(r.cpk).toBeCloseTo(1.663219, 6);
    expect(r.cpm).toBeCloseTo(1.691111, 6);
    expect(r.pp).toBeCloseTo(1.655086, 6);
    expect(r.ppk).toBeCloseTo(1.616159, 6);
    expect(r.ppm).toBeCloseTo(1.643914, 6);
    expect(r.cpInterval!.lower).toBeCloseTo(1.49, 2);
    expect(r.cpInterval!.upper).toBeCloseTo(1.91, 2);
    expect(r.cpkInterval.lower).toBeCloseTo(1.45, 2);
    expect(r.cpkInterval.upper).toBeCloseTo(1.88, 2);
    expect(r.expectedPpm.total).toBeLessThan(1);
    expect(r.observedPpm.total).toBe(0);
  });
  it('target 74.02: Cpm 0.786 [0.656, 0.915], Ppm 0.780705', () => {
    const r = processCapability(phase1, { lsl: 73.95, usl: 74.05, target: 74.02 });
    expect(r.cpm).toBeCloseTo(0.785596, 6);
    expect(r.cpmInterval!.lower).toBeCloseTo(0.656, 3);
    expect(r.cpmInterval!.upper).toBeCloseTo(0.915, 3);
    expect(r.ppm).toBeCloseTo(0.780705, 6);
  });
  it('specs 73.99–74.01: expected 12.66955 % below, 18.35856 % above; observed 12 % / 16 %', () => {
    const r = processCapability(phase1, { lsl: 73.99, usl: 74.01 });
    expect(r.cp).toBeCloseTo(0.341, 3);
    expect(r.cpk).toBeCloseTo(0.301, 3);
    expect(r.cpkInterval.lower).toBeCloseTo(0.231, 3);
    expect(r.cpkInterval.upper).toBeCloseTo(0.37, 3);
    expect(r.pp).toBeCloseTo(0.331017, 6);
    expect(r.ppk).toBeCloseTo(0.29209, 6);
    expect(r.expectedPpm.belowLsl / 1e4).toBeCloseTo(12.66955, 4);
    expect(r.expectedPpm.aboveUsl / 1e4).toBeCloseTo(18.35856, 4);
    expect(Math.round(r.observedPpm.belowLsl / 1e4)).toBe(12);
    expect(Math.round(r.observedPpm.aboveUsl / 1e4)).toBe(16);
  });
  it('specs 73.99–74.10 (T 74.045): Cp 1.874 [1.641, 2.106], Cpu 3.367, Cpk 0.381 [0.305, 0.456]', () => {
    const r = processCapability(phase1, { lsl: 73.99, usl: 74.1 });
    expect(r.cp).toBeCloseTo(1.874, 3);
    expect(r.cpInterval!.lower).toBeCloseTo(1.641, 3);
    expect(r.cpInterval!.upper).toBeCloseTo(2.106, 3);
    expect(r.cpu).toBeCloseTo(3.367, 3);
    expect(r.cpk).toBeCloseTo(0.381, 3);
    expect(r.cpm).toBeCloseTo(0.408, 3);
    expect(r.pp).toBeCloseTo(1.820595, 6);
    expect(r.ppk).toBeCloseTo(0.369945, 6);
  });
});

describe('processCapability — qcc tests/testthat/test-capability.R (3 subgroups × 4, specs 9.9/10.1, T 10)', () => {
  const toy = [
    [10.0, 10.02, 9.98, 10.01],
    [10.03, 9.99, 10.01, 10.0],
    [9.97, 10.04, 10.02, 9.99],
  ];
  it('all indices and intervals to 1e-6', () => {
    const r = processCapability(toy, { lsl: 9.9, usl: 10.1, target: 10 });
    const close = (a: number | null | undefined, b: number) => expect(a).toBeCloseTo(b, 6);
    close(r.cp, 1.372667);
    close(r.cpInterval?.lower, 0.80846);
    close(r.cpInterval?.upper, 1.937713);
    close(r.cpl, 1.4413);
    close(r.cplInterval?.lower, 0.911657);
    close(r.cplInterval?.upper, 1.970943);
    close(r.cpu, 1.304033);
    close(r.cpuInterval?.lower, 0.820114);
    close(r.cpuInterval?.upper, 1.787953);
    close(r.cpk, 1.304033);
    close(r.cpkInterval.lower, 0.727408);
    close(r.cpkInterval.upper, 1.880659);
    close(r.cpm, 1.344463);
    close(r.cpmInterval?.lower, 0.804207);
    close(r.cpmInterval?.upper, 1.885321);
    close(r.pp, 1.612598);
    close(r.ppInterval?.lower, 0.949773);
    close(r.ppInterval?.upper, 2.27641);
    close(r.ppl, 1.693228);
    close(r.ppu, 1.531968);
    close(r.ppk, 1.531968);
    close(r.ppkInterval.lower, 0.864608);
    close(r.ppkInterval.upper, 2.199329);
    close(r.ppm, 1.567395);
  });
  it('accepts flat subgroups and S̄/c4 or pooled σ within', () => {
    const flat = processCapability({ values: toy.flat(), subgroupSize: 4 }, { lsl: 9.9, usl: 10.1 });
    expect(flat.cp).toBeCloseTo(1.372667, 6);
    const s = processCapability(toy, { lsl: 9.9, usl: 10.1 }, { within: 'S-bar' });
    expect(s.sigmaWithinMethod).toBe('S-bar');
    expect(s.pp).toBeCloseTo(1.612598, 6);
    expect(processCapability(toy, { lsl: 9.9, usl: 10.1 }, { within: 'pooled' }).sigmaWithinMethod).toBe(
      'pooled',
    );
    expect(
      codeOf(() => processCapability(toy.flat(), { lsl: 9.9, usl: 10.1 }, { within: 'R-bar' }))?.path,
    ).toEqual(['within']);
  });
  it('target 10.02: Cpm 1.167834 [0.650542, 1.686689], Ppm 1.305161', () => {
    const r = processCapability(toy, { lsl: 9.9, usl: 10.1, target: 10.02 });
    expect(r.cpm).toBeCloseTo(1.167834, 6);
    expect(r.cpmInterval!.lower).toBeCloseTo(0.650542, 6);
    expect(r.cpmInterval!.upper).toBeCloseTo(1.686689, 6);
    expect(r.ppm).toBeCloseTo(1.305161, 6);
  });
  it('one-sided specs: upper only Cpk 1.304033 [0.727408, 1.880659]; lower only 1.441300 [0.810191, 2.072409]', () => {
    const up = processCapability(toy, { usl: 10.1 });
    expect(up.cp).toBeNull();
    expect(up.cpl).toBeNull();
    expect(up.cpk).toBeCloseTo(1.304033, 6);
    expect(up.cpkInterval.lower).toBeCloseTo(0.727408, 6);
    expect(up.expectedPpm.belowLsl).toBe(0);
    const lo = processCapability(toy, { lsl: 9.9 });
    expect(lo.cpk).toBeCloseTo(1.4413, 6);
    expect(lo.cpkInterval.lower).toBeCloseTo(0.810191, 6);
    expect(lo.cpkInterval.upper).toBeCloseTo(2.072409, 6);
  });
});

describe('NIST/SEMATECH e-Handbook 6.1.6 (x̄ 16, s 2, specs 8–20)', () => {
  it('Cp 1.0, Cpu 0.6667, Cpl 1.3333, Cpk 0.6667 with a known σ', () => {
    // Twelve values with mean 16; the known σ = 2 is passed as the within estimate.
    const values = [14, 18, 15, 17, 16, 16, 13, 19, 16, 16, 14, 18];
    const r = processCapability(
      values,
      { lsl: 8, usl: 20 },
      { within: { center: 16, sigma: 2, method: 'baseline' } },
    );
    expect(r.cp).toBeCloseTo(1, 10);
    expect(r.cpu).toBeCloseTo(0.6667, 4);
    expect(r.cpl).toBeCloseTo(1.3333, 4);
    expect(r.cpk).toBeCloseTo(0.6667, 4);
  });
});

describe('Anderson–Darling', () => {
  it('A² matches scipy.stats.anderson (1.17) on pistonrings 1–25: 0.191019', () => {
    const r = andersonDarling(phase1.flat());
    expect(r.statistic).toBeCloseTo(0.19101938, 6);
    expect(r.adjustedStatistic).toBeCloseTo(0.19101938 * (1 + 0.75 / 125 + 2.25 / 125 ** 2), 8);
    expect(r.pValue).toBeGreaterThan(0.85);
    expect(r.normal).toBe(true);
    expect(processCapability(phase1, { lsl: 73.95, usl: 74.05 }).normality.statistic).toBeCloseTo(
      0.19101938,
      6,
    );
  });
  it('rejects normality for strongly skewed data', () => {
    const skewed = Array.from({ length: 50 }, (_, i) => Math.exp(i / 8));
    const r = andersonDarling(skewed);
    expect(r.normal).toBe(false);
    expect(r.pValue).toBeLessThan(0.001);
  });
  it('needs 8 values', () => expect(codeOf(() => andersonDarling([1, 2, 3]))?.code).toBe('QC/EMPTY_DATA'));
});

describe('DPMO, yields and sigma level (Motorola 1.5σ-shift convention)', () => {
  it('3.4 DPMO ↔ 6σ, 66 807 ↔ 3σ, 308 538 ↔ 2σ, 6 210 ↔ 4σ', () => {
    expect(sigmaLevel(3.4)).toBeCloseTo(6, 3);
    expect(sigmaLevel(66807)).toBeCloseTo(3, 4);
    expect(sigmaLevel(308538)).toBeCloseTo(2, 4);
    expect(sigmaLevel(6210)).toBeCloseTo(4, 3);
    expect(sigmaLevel(3.4, { shift: 0 })).toBeCloseTo(4.5, 3);
    expect(dpmoAtSigmaLevel(6)).toBeCloseTo(3.4, 1);
    expect(dpmoAtSigmaLevel(3)).toBeCloseTo(66807.2, 0);
  });
  it('DPMO, Poisson yield, FPY, RTY', () => {
    expect(dpmo({ defects: 34, units: 10_000, opportunities: 1000 })).toBeCloseTo(3.4, 12);
    expect(poissonYield({ defects: 10, units: 100 })).toBeCloseTo(Math.exp(-0.1), 15);
    expect(firstPassYield({ unitsIn: 200, passedFirstTime: 180 })).toBe(0.9);
    expect(rolledThroughputYield([0.9, 0.95, 0.98])).toBeCloseTo(0.8379, 12);
  });
  it('bad input is typed', () => {
    expect(codeOf(() => rolledThroughputYield([0.9, 1.2]))).toEqual({
      code: 'QC/PROPORTION_OUT_OF_RANGE',
      path: ['yields', 1],
    });
    expect(codeOf(() => dpmo({ defects: 1, units: 0, opportunities: 1 }))?.path).toEqual(['units']);
    expect(codeOf(() => firstPassYield({ unitsIn: 10, passedFirstTime: 11 }))?.code).toBe(
      'QC/INVALID_PARAMETER',
    );
    expect(codeOf(() => processCapability(phase1, {}))?.code).toBe('QC/INVALID_SPEC');
    expect(codeOf(() => processCapability(phase1, { lsl: 2, usl: 1 }))).toEqual({
      code: 'QC/INVALID_SPEC',
      path: ['spec', 'usl'],
    });
  });
  it('property: sigmaLevel and dpmoAtSigmaLevel are inverses', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 900_000, noNaN: true }), (d) => {
        expect(dpmoAtSigmaLevel(sigmaLevel(d)) / d).toBeCloseTo(1, 8);
      }),
      { numRuns: 100, seed: 11 },
    );
  });
});
