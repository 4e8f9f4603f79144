import { BoStateError, isBoError } from '@bo/core';
import { describe, expect, it } from 'vitest';
import {
  type CapaEvent,
  type InspectionPlan,
  type Nonconformance,
  advanceNonconformance,
  disposeLot,
  evaluateInspection,
  linkComplaint,
  openNonconformance,
  paretoAnalysis,
  samplingPlan,
} from '../src/index.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (isBoError(e)) return { code: e.code, path: e.path, state: e instanceof BoStateError };
  }
  return undefined;
};

describe('Pareto — qcc vignette (paretoChart of defect causes)', () => {
  it('sorts, accumulates and draws the 80 % line (supplier code lands exactly on 80.00 %)', () => {
    const rows = paretoAnalysis({
      'price code': 80,
      'schedule date': 27,
      'supplier code': 66,
      'contact num.': 94,
      'part num.': 33,
    });
    expect(rows.map((r) => [r.category, r.count, r.cumulative])).toEqual([
      ['contact num.', 94, 94],
      ['price code', 80, 174],
      ['supplier code', 66, 240],
      ['part num.', 33, 273],
      ['schedule date', 27, 300],
    ]);
    expect(rows.map((r) => Number(r.percent.toFixed(2)))).toEqual([31.33, 26.67, 22, 11, 9]);
    expect(rows.map((r) => Number(r.cumulativePercent.toFixed(2)))).toEqual([31.33, 58, 80, 91, 100]);
    expect(rows.map((r) => r.vital)).toEqual([true, true, true, false, false]);
  });
  it('bad input', () => {
    expect(codeOf(() => paretoAnalysis({}))?.code).toBe('QC/EMPTY_DATA');
    expect(codeOf(() => paretoAnalysis({ a: -1 }))?.path).toEqual(['counts', 'a']);
  });
});

const plan: InspectionPlan = {
  id: 'IP-RING',
  name: 'Piston ring incoming inspection',
  characteristics: [
    {
      id: 'diameter',
      name: 'Inside diameter',
      kind: 'variable',
      spec: { lsl: 73.95, usl: 74.05 },
      unit: 'mm',
    },
    {
      id: 'scratches',
      name: 'No visible scratches',
      kind: 'attribute',
      criterion: 'no scratch visible at 30 cm',
    },
  ],
};
const inspected = { by: 'qc.minh', at: '2026-11-03T08:15:00Z' };
const units = (bad: number) =>
  Array.from({ length: 80 }, (_, i) => ({
    unit: `U${i + 1}`,
    values: { diameter: i < bad ? 74.06 : 74.0 },
    checks: { scratches: i !== 79 || bad === 0 },
  }));

describe('inspections and lot disposition', () => {
  it('evaluates units against specs and checks', () => {
    const e = evaluateInspection(plan, {
      planId: 'IP-RING',
      lotId: 'LOT-7',
      lotSize: 1000,
      units: units(2),
      inspected,
    });
    expect(e.nonconformingUnits).toBe(3);
    expect(e.nonconformities).toBe(3);
    expect(e.byCharacteristic).toEqual({ diameter: 2, scratches: 1 });
    expect(e.failures[0]).toEqual({ unit: 'U1', characteristics: ['diameter'] });
  });
  it('disposes by the sampling plan, with rework or a concession for rejected lots', () => {
    const sp = samplingPlan({ lotSize: 1000, aql: 1 });
    const good = evaluateInspection(plan, {
      planId: 'IP-RING',
      lotId: 'LOT-6',
      lotSize: 1000,
      units: units(1),
      inspected,
    });
    expect(disposeLot(good, { plan: sp, decided: inspected }).decision).toBe('accept');
    const bad = evaluateInspection(plan, {
      planId: 'IP-RING',
      lotId: 'LOT-7',
      lotSize: 1000,
      units: units(2),
      inspected,
    });
    expect(disposeLot(bad, { plan: sp, decided: inspected }).decision).toBe('reject');
    expect(disposeLot(bad, { plan: sp, decided: inspected, override: 'rework' }).decision).toBe('rework');
    expect(
      codeOf(() => disposeLot(bad, { plan: sp, decided: inspected, override: 'use-as-is' })),
    ).toMatchObject({ code: 'QC/INVALID_INPUT', path: ['concession'] });
    const concession = { reference: 'CON-12', by: 'qa.manager', at: '2026-11-04T09:00:00Z' };
    expect(
      disposeLot(bad, { plan: sp, decided: inspected, override: 'use-as-is', concession }),
    ).toMatchObject({ decision: 'use-as-is', concession });
    expect(
      codeOf(() => disposeLot(good, { plan: sp, decided: inspected, override: 'rework' })),
    ).toMatchObject({ code: 'QC/INVALID_TRANSITION', state: true });
  });
  it('validates the plan (specs need a limit and LSL < USL)', () => {
    const bad = {
      ...plan,
      characteristics: [{ id: 'd', name: 'd', kind: 'variable' as const, spec: { lsl: 2, usl: 1 } }],
    };
    expect(
      codeOf(() =>
        evaluateInspection(bad, { planId: 'IP-RING', lotId: 'L', lotSize: 10, units: units(0), inspected }),
      ),
    ).toMatchObject({
      code: 'QC/INVALID_INPUT',
      path: ['characteristics', 0, 'spec', 'usl'],
    });
  });
  it('missing measurements name the unit and the characteristic', () => {
    const u = units(0);
    const broken = [...u.slice(0, 3), { unit: 'U4', checks: { scratches: true } }];
    expect(
      codeOf(() =>
        evaluateInspection(plan, { planId: 'IP-RING', lotId: 'L', lotSize: 10, units: broken, inspected }),
      )?.path,
    ).toEqual(['units', 3, 'values', 'diameter']);
  });
});

describe('nonconformance → CAPA state machine', () => {
  const opened = { by: 'qc.minh', at: '2026-11-03T08:30:00Z' };
  const fresh = () =>
    openNonconformance({
      id: 'NCR-1',
      title: 'Diameter above USL',
      description: 'Lot 7: 2 rings > 74.05 mm',
      source: 'inspection',
      severity: 'major',
      lotId: 'LOT-7',
      quantity: 2,
      opened,
    });
  const steps: CapaEvent[] = [
    {
      type: 'contain',
      by: 'qa.lan',
      at: '2026-11-03T09:00:00Z',
      actions: ['Quarantine lot 7', '100 % sort of WIP'],
    },
    {
      type: 'analyse',
      by: 'eng.tuan',
      at: '2026-11-04T10:00:00Z',
      method: '5-why',
      rootCause: 'Worn honing tool',
      category: 'machines',
    },
    {
      type: 'plan-action',
      by: 'eng.tuan',
      at: '2026-11-04T11:00:00Z',
      actions: [
        { description: 'Replace tool; add tool-life counter', owner: 'maint.hai', due: '2026-11-10' },
      ],
    },
    {
      type: 'verify',
      by: 'qa.lan',
      at: '2026-11-20T08:00:00Z',
      effective: true,
      evidence: 'X̄–R in control for 20 subgroups; Cpk 1.6',
    },
    { type: 'close', by: 'qa.manager', at: '2026-11-20T09:00:00Z' },
  ];
  it('walks open → containment → root cause → action → verification → closed with who/when', () => {
    let ncr: Nonconformance = fresh();
    const statuses = [ncr.status];
    for (const e of steps) {
      ncr = advanceNonconformance(ncr, e);
      statuses.push(ncr.status);
    }
    expect(statuses).toEqual(['open', 'containment', 'root-cause', 'action', 'verification', 'closed']);
    expect(ncr.history.map((h) => [h.type, h.by, h.at])).toHaveLength(5);
  });
  it('rejects illegal transitions with a typed state error', () => {
    const ncr = fresh();
    expect(codeOf(() => advanceNonconformance(ncr, steps[2]!))).toMatchObject({
      code: 'QC/INVALID_TRANSITION',
      state: true,
    });
    expect(codeOf(() => advanceNonconformance(ncr, steps[4]!))?.code).toBe('QC/INVALID_TRANSITION');
    let closed = ncr;
    for (const e of steps) closed = advanceNonconformance(closed, e);
    expect(codeOf(() => advanceNonconformance(closed, steps[0]!))?.code).toBe('QC/INVALID_TRANSITION');
  });
  it('an ineffective verification cannot close: it is reopened to action', () => {
    let ncr = fresh();
    for (const e of steps.slice(0, 3)) ncr = advanceNonconformance(ncr, e);
    ncr = advanceNonconformance(ncr, {
      type: 'verify',
      by: 'qa.lan',
      at: '2026-11-20T08:00:00Z',
      effective: false,
      evidence: 'Still 1 % above USL',
    });
    expect(codeOf(() => advanceNonconformance(ncr, steps[4]!))?.code).toBe('QC/INVALID_TRANSITION');
    ncr = advanceNonconformance(ncr, {
      type: 'reopen',
      by: 'qa.lan',
      at: '2026-11-20T08:30:00Z',
      reason: 'not effective',
    });
    expect(ncr.status).toBe('action');
  });
  it('requires who/when, a payload, and time order; the input is never changed', () => {
    const ncr = fresh();
    expect(codeOf(() => advanceNonconformance(ncr, { ...steps[0]!, by: '' } as CapaEvent))?.path).toEqual([
      'by',
    ]);
    expect(
      codeOf(() => advanceNonconformance(ncr, { ...steps[0]!, at: '2026-11-03 09:00' } as CapaEvent))?.path,
    ).toEqual(['at']);
    expect(
      codeOf(() =>
        advanceNonconformance(ncr, { type: 'contain', by: 'x', at: '2026-11-03T09:00:00Z', actions: [] }),
      )?.path,
    ).toEqual(['actions']);
    expect(
      codeOf(() => advanceNonconformance(ncr, { ...steps[0]!, at: '2026-11-01T00:00:00Z' } as CapaEvent))
        ?.code,
    ).toBe('QC/INVALID_TRANSITION');
    advanceNonconformance(ncr, steps[0]!);
    expect(ncr.status).toBe('open');
    expect(codeOf(() => openNonconformance({ ...fresh(), id: '' }))?.path).toEqual(['id']);
  });
  it('links complaints both ways, idempotently', () => {
    const complaint = {
      id: 'CC-9',
      customer: 'ACME',
      description: 'Rings leak',
      received: { by: 'cs.hoa', at: '2026-11-05T02:00:00Z' },
      nonconformanceIds: [],
    };
    const once = linkComplaint(complaint, fresh());
    const twice = linkComplaint(once.complaint, once.nonconformance);
    expect(twice.complaint.nonconformanceIds).toEqual(['NCR-1']);
    expect(twice.nonconformance.complaintIds).toEqual(['CC-9']);
  });
});
