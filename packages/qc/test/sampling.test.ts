import { isBoError } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AQL_VALUES,
  CODE_LETTERS,
  type InspectionLevel,
  averageOutgoingQuality,
  averageOutgoingQualityLimit,
  codeLetter,
  lotDecision,
  probabilityOfAcceptance,
  recordLot,
  resumeInspection,
  samplingPlan,
  startSwitching,
} from '../src/index.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (isBoError(e)) return { code: e.code, path: e.path };
  }
  return undefined;
};

describe('ISO 2859-1 Table 1 — code letters (MIL-STD-105E Table I)', () => {
  it('maps lot sizes and levels', () => {
    expect(codeLetter(1000)).toBe('J');
    expect(codeLetter(5000)).toBe('L');
    expect(codeLetter(5000, 'I')).toBe('J');
    expect(codeLetter(20)).toBe('C');
    expect(codeLetter(50, 'S-2')).toBe('B');
    expect(codeLetter(100_000, 'III')).toBe('P');
    expect(codeLetter(800_000)).toBe('Q');
    expect(codeLetter(200, 'S-4')).toBe('E');
    expect(codeLetter(8)).toBe('A');
    expect(codeLetter(9)).toBe('B');
    expect(codeLetter(500_001, 'III')).toBe('R');
  });
  it('rejects bad lot sizes', () => {
    expect(codeOf(() => codeLetter(1))).toEqual({ code: 'QC/INVALID_LOT_SIZE', path: ['lotSize'] });
    expect(codeOf(() => codeLetter(10.5))?.code).toBe('QC/INVALID_LOT_SIZE');
  });
});

describe('single sampling plans with arrows resolved (spot checks from the reference tables)', () => {
  const cases: [number, InspectionLevel, number, string, number, number, number][] = [
    [1000, 'II', 1.0, 'J', 80, 2, 3],
    [1000, 'II', 2.5, 'J', 80, 5, 6],
    [1000, 'II', 4.0, 'J', 80, 7, 8],
    [1000, 'II', 0.65, 'J', 80, 1, 2],
    [1000, 'II', 0.1, 'J', 125, 0, 1],
    [1000, 'II', 0.01, 'J', 1250, 0, 1],
    [5000, 'II', 1.5, 'L', 200, 7, 8],
    [5000, 'I', 2.5, 'J', 80, 5, 6],
    [20, 'II', 1.0, 'C', 13, 0, 1],
    [50, 'S-2', 6.5, 'B', 2, 0, 1],
    [100_000, 'III', 0.065, 'P', 800, 1, 2],
    [800_000, 'II', 0.01, 'Q', 1250, 0, 1],
    [3, 'II', 10, 'A', 5, 1, 2],
    [10, 'II', 15, 'B', 3, 1, 2],
    [200, 'S-4', 1000, 'E', 3, 44, 45],
  ];
  it.each(cases)(
    'lot %i, level %s, AQL %f → %s, n %i, Ac %i, Re %i',
    (lot, level, aql, letter, n, ac, re) => {
      const plan = samplingPlan({ lotSize: lot, level, aql });
      expect([plan.codeLetter, plan.sampleSize, plan.acceptance, plan.rejection]).toEqual([
        letter,
        n,
        ac,
        re,
      ]);
      expect(plan.fullInspection).toBe(n >= lot);
    },
  );
  it('tightened and reduced plans (Tables II-B, II-C)', () => {
    expect(samplingPlan({ lotSize: 1000, aql: 1, severity: 'tightened' })).toMatchObject({
      sampleSize: 80,
      acceptance: 1,
      rejection: 2,
    });
    expect(samplingPlan({ lotSize: 1000, aql: 1, severity: 'reduced' })).toMatchObject({
      sampleSize: 32,
      acceptance: 1,
      rejection: 3,
    });
    // Tightened ↓ past R reaches the extra row S (n = 3150, Ac 1, Re 2).
    expect(samplingPlan({ lotSize: 800_000, aql: 0.025, severity: 'tightened' })).toMatchObject({
      planLetter: 'S',
      sampleSize: 3150,
      acceptance: 1,
    });
  });
  it('every cell of every table resolves to a plan', () => {
    for (const severity of ['normal', 'tightened', 'reduced'] as const) {
      for (const letter of CODE_LETTERS) {
        const lot = {
          A: 5,
          B: 12,
          C: 20,
          D: 40,
          E: 80,
          F: 120,
          G: 200,
          H: 400,
          J: 1000,
          K: 2000,
          L: 5000,
          M: 20_000,
          N: 100_000,
          P: 300_000,
          Q: 600_000,
          R: 600_000,
        }[letter];
        const level: InspectionLevel = letter === 'R' ? 'III' : 'II';
        for (const aql of AQL_VALUES) {
          const plan = samplingPlan({ lotSize: lot, level, aql, severity });
          expect(plan.rejection).toBeGreaterThan(plan.acceptance);
        }
      }
    }
  });
  it('lot decisions, including the reduced-inspection gap', () => {
    const normal = samplingPlan({ lotSize: 1000, aql: 1 });
    expect(lotDecision(normal, 2)).toBe('accept');
    expect(lotDecision(normal, 3)).toBe('reject');
    const reduced = samplingPlan({ lotSize: 1000, aql: 1, severity: 'reduced' });
    expect(lotDecision(reduced, 2)).toBe('accept-reinstate-normal');
    expect(codeOf(() => samplingPlan({ lotSize: 1000, aql: 0.3 }))).toEqual({
      code: 'QC/UNKNOWN_AQL',
      path: ['aql'],
    });
    expect(codeOf(() => lotDecision(normal, -1))?.code).toBe('QC/INVALID_COUNT');
  });
});

describe('switching rules (ISO 2859-1 §9.3)', () => {
  const lot = (nonconforming: number) => ({ lotSize: 1000, nonconforming });
  it('2 of 5 not accepted → tightened; 5 accepted → normal', () => {
    let s = startSwitching({ aql: 1 });
    s = recordLot(s, lot(3)).state;
    s = recordLot(s, lot(0)).state;
    const o = recordLot(s, lot(5));
    expect(o.switchedTo?.severity).toBe('tightened');
    s = o.state;
    for (let i = 0; i < 4; i++) {
      const r = recordLot(s, lot(1));
      expect(r.plan.acceptance).toBe(1);
      expect(r.switchedTo).toBeUndefined();
      s = r.state;
    }
    expect(recordLot(s, lot(0)).switchedTo?.severity).toBe('normal');
  });
  it('1 rejection in 5 on normal does not switch', () => {
    let s = startSwitching({ aql: 1 });
    for (const d of [3, 0, 0, 0, 0, 3]) s = recordLot(s, lot(d)).state;
    expect(s.severity).toBe('normal');
  });
  it('5 not accepted on tightened → discontinued; lots are refused until resumed', () => {
    let s = startSwitching({ aql: 1 });
    s = recordLot(s, lot(3)).state;
    s = recordLot(s, lot(3)).state;
    expect(s.severity).toBe('tightened');
    for (let i = 0; i < 5; i++) s = recordLot(s, lot(2)).state;
    expect(s.severity).toBe('discontinued');
    expect(codeOf(() => recordLot(s, lot(0)))?.code).toBe('QC/DISCONTINUED');
    expect(resumeInspection(s).severity).toBe('tightened');
    expect(codeOf(() => resumeInspection(startSwitching({ aql: 1 })))?.code).toBe('QC/INVALID_TRANSITION');
  });
  it('switching score: +3 per lot passing at the AQL one step tighter (Ac ≥ 2) → reduced at 30 when approved', () => {
    let s = startSwitching({ aql: 1, reducedApproved: true });
    for (let i = 0; i < 9; i++) s = recordLot(s, lot(1)).state; // tighter AQL 0.65: Ac 1 → +3
    expect(s.switchingScore).toBe(27);
    const o = recordLot(s, lot(1));
    expect(o.switchedTo?.severity).toBe('reduced');
    const back = recordLot(o.state, lot(2));
    expect(back.decision).toBe('accept-reinstate-normal');
    expect(back.switchedTo?.severity).toBe('normal');
  });
  it('a lot accepted at Ac but failing the tighter AQL resets the score; without approval no reduced', () => {
    let s = startSwitching({ aql: 1 });
    for (let i = 0; i < 12; i++) s = recordLot(s, lot(0)).state;
    expect(s.severity).toBe('normal');
    s = recordLot(s, lot(2)).state;
    expect(s.switchingScore).toBe(0);
  });
  it('Ac ≤ 1: +2 per accepted lot', () => {
    let s = startSwitching({ aql: 0.65 });
    for (let i = 0; i < 3; i++) s = recordLot(s, lot(1)).state;
    expect(s.switchingScore).toBe(6);
  });
});

describe('OC curve, AOQ, AOQL (⚙ R pbinom/ppois/phyper, reference §A5.2)', () => {
  const plan = { sampleSize: 80, acceptance: 2 };
  it('binomial Pa for n 80, c 2', () => {
    expect(probabilityOfAcceptance(plan, 0.005)).toBeCloseTo(0.992288, 6);
    expect(probabilityOfAcceptance(plan, 0.01)).toBeCloseTo(0.953447, 6);
    expect(probabilityOfAcceptance(plan, 0.02)).toBeCloseTo(0.784419, 6);
    expect(probabilityOfAcceptance(plan, 0.05)).toBeCloseTo(0.230621, 6);
    expect(probabilityOfAcceptance(plan, 0.1)).toBeCloseTo(0.010684, 6);
  });
  it('Poisson and hypergeometric', () => {
    expect(probabilityOfAcceptance(plan, 0.01, 'poisson')).toBeCloseTo(0.952577, 6);
    expect(probabilityOfAcceptance({ ...plan, lotSize: 1000 }, 0.02, 'hypergeometric')).toBeCloseTo(
      0.7892471,
      7,
    );
    expect(probabilityOfAcceptance({ sampleSize: 125, acceptance: 3 }, 0.01)).toBeCloseTo(0.962551, 6);
    expect(probabilityOfAcceptance({ sampleSize: 125, acceptance: 3 }, 0.05)).toBeCloseTo(0.123785, 6);
    expect(codeOf(() => probabilityOfAcceptance(plan, 0.01, 'hypergeometric'))?.path).toEqual(['lotSize']);
    expect(codeOf(() => probabilityOfAcceptance(plan, 1.5))?.path).toEqual(['p']);
  });
  it('AOQ and AOQL', () => {
    const rect = { ...plan, lotSize: 1000 };
    expect(averageOutgoingQuality(rect, 0.02)).toBeCloseTo(0.784419 * 0.02 * 0.92, 6);
    const { aoql, atP } = averageOutgoingQualityLimit(rect);
    expect(aoql).toBeGreaterThanOrEqual(averageOutgoingQuality(rect, atP) - 1e-12);
    for (const p of [0.01, 0.02, 0.03, 0.04, 0.05])
      expect(averageOutgoingQuality(rect, p)).toBeLessThanOrEqual(aoql + 1e-12);
  });
  it('property: Pa decreases as p grows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 20 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (n, c, p) => {
          fc.pre(c <= n);
          const a = probabilityOfAcceptance({ sampleSize: n, acceptance: c }, p);
          const b = probabilityOfAcceptance({ sampleSize: n, acceptance: c }, Math.min(1, p + 0.01));
          expect(b).toBeLessThanOrEqual(a + 1e-12);
        },
      ),
      { numRuns: 100, seed: 5 },
    );
  });
});
