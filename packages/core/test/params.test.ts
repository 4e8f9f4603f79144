import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  BoRuleError,
  Decimal,
  defineParameter,
  defineScale,
  formatReference,
  isBoError,
  marginalAmount,
  marginalBreakdown,
  parameterAt,
  quickAmount,
  quickTable,
  reform,
  renderTrace,
  trace,
  valueAt,
} from '../src/index.js';

function caught(fn: () => unknown): { code?: string; path?: readonly (string | number)[] } {
  try {
    fn();
  } catch (e) {
    return isBoError(e) ? { code: e.code, path: e.path } : { code: `not a BoError: ${String(e)}` };
  }
  return {};
}

const baseSalary = defineParameter(
  {
    id: 'vn.baseSalary',
    description: 'Mức lương cơ sở — base salary',
    unit: 'VND',
    values: [
      { from: '2023-07-01', value: '1800000', reference: { document: 'Decree 24/2023/ND-CP' } },
      { from: '2024-07-01', value: '2340000', reference: { document: 'Decree 73/2024/ND-CP' } },
    ],
  },
  z.string(),
);

describe('effective-dated parameters', () => {
  it('looks a value up by date, with its reference', () => {
    expect(valueAt(baseSalary, '2024-06-30')).toBe('1800000');
    expect(valueAt(baseSalary, '2024-07-01')).toBe('2340000');
    expect(parameterAt(baseSalary, '2026-03-15').reference.document).toBe('Decree 73/2024/ND-CP');
  });

  it('refuses dates before the first value, naming the parameter', () => {
    const r = caught(() => parameterAt(baseSalary, '2020-01-01'));
    expect(r).toEqual({ code: 'CORE/NO_PARAMETER_VALUE', path: ['vn.baseSalary'] });
    expect(() => parameterAt(baseSalary, '2020-01-01')).toThrow(BoRuleError);
  });

  it('honours a lapsed value (to) and gaps only when allowed', () => {
    const allowance = defineParameter(
      {
        id: 'x.allowance',
        description: 'temporary allowance',
        unit: 'VND',
        allowGaps: true,
        values: [
          { from: '2020-01-01', to: '2020-12-31', value: 1, reference: { document: 'A' } },
          { from: '2022-01-01', value: 2, reference: { document: 'B' } },
        ],
      },
      z.number(),
    );
    expect(valueAt(allowance, '2020-06-01')).toBe(1);
    expect(caught(() => valueAt(allowance, '2021-06-01')).code).toBe('CORE/NO_PARAMETER_VALUE');
    expect(valueAt(allowance, '2030-01-01')).toBe(2);
  });

  it('validates definitions: order, overlaps, gaps, bad dates, missing reference', () => {
    const ref = { document: 'X' };
    const def = (values: unknown[], allowGaps?: boolean) => () =>
      defineParameter(
        {
          id: 'p',
          description: 'p',
          unit: 'VND',
          values: values as never,
          ...(allowGaps === undefined ? {} : { allowGaps }),
        },
        z.string(),
      );
    expect(caught(def([])).code).toBe('CORE/INVALID_PARAMETER');
    expect(
      caught(
        def([
          { from: '2024-01-01', value: 'a', reference: ref },
          { from: '2023-01-01', value: 'b', reference: ref },
        ]),
      ),
    ).toEqual({
      code: 'CORE/INVALID_PARAMETER',
      path: ['values', 1, 'from'],
    });
    expect(
      caught(
        def([
          { from: '2024-01-01', value: 'a', reference: ref },
          { from: '2024-01-01', value: 'b', reference: ref },
        ]),
      ).code,
    ).toBe('CORE/INVALID_PARAMETER');
    expect(
      caught(
        def([
          { from: '2024-01-01', to: '2024-12-31', value: 'a', reference: ref },
          { from: '2024-06-01', value: 'b', reference: ref },
        ]),
      ).path,
    ).toEqual(['values', 0, 'to']);
    expect(
      caught(
        def([
          { from: '2024-01-01', to: '2024-06-30', value: 'a', reference: ref },
          { from: '2025-01-01', value: 'b', reference: ref },
        ]),
      ).path,
    ).toEqual(['values', 0, 'to']);
    expect(
      caught(
        def(
          [
            { from: '2024-01-01', to: '2024-06-30', value: 'a', reference: ref },
            { from: '2025-01-01', value: 'b', reference: ref },
          ],
          true,
        ),
      ).code,
    ).toBeUndefined();
    expect(caught(def([{ from: '2024-02-30', value: 'a', reference: ref }])).path).toEqual([
      'values',
      0,
      'from',
    ]);
    expect(caught(def([{ from: '2024-01-01', value: 'a' }])).path).toEqual(['values', 0, 'reference']);
    expect(caught(def([{ from: '2024-01-01', value: 5, reference: ref }])).path).toEqual([
      'values',
      0,
      'value',
    ]);
  });

  it('reforms a copy without mutating the original', () => {
    const set = { 'vn.baseSalary': baseSalary };
    const whatIf = reform(set, {
      'vn.baseSalary': [{ from: '2026-07-01', value: '2530000', reference: { document: 'What-if' } }],
    });
    expect(valueAt(whatIf['vn.baseSalary'], '2026-08-01')).toBe('2530000');
    expect(valueAt(set['vn.baseSalary'], '2026-08-01')).toBe('2340000');
    expect(baseSalary.values).toHaveLength(2);
    // Replacing a value with the same start date.
    const replaced = reform(set, {
      'vn.baseSalary': [{ from: '2024-07-01', value: '9', reference: { document: 'R' } }],
    });
    expect(valueAt(replaced['vn.baseSalary'], '2025-01-01')).toBe('9');
    expect(caught(() => reform(set, { nope: [] } as never))).toEqual({
      code: 'CORE/INVALID_PARAMETER',
      path: ['nope'],
    });
  });
});

describe('progressive scales', () => {
  // Law 109/2025/QH15 Art. 9 — 5-bracket monthly tariff from the 2026 tax period.
  const pit2026 = defineScale([
    { lower: 0, rate: '0.05' },
    { lower: 10_000_000, rate: '0.10' },
    { lower: 30_000_000, rate: '0.20' },
    { lower: 60_000_000, rate: '0.30' },
    { lower: 100_000_000, rate: '0.35' },
  ]);
  // Law 04/2007/QH12 Art. 22 — 7-bracket monthly tariff to 2025.
  const pit2025 = defineScale([
    { lower: 0, rate: '0.05' },
    { lower: 5_000_000, rate: '0.10' },
    { lower: 10_000_000, rate: '0.15' },
    { lower: 18_000_000, rate: '0.20' },
    { lower: 32_000_000, rate: '0.25' },
    { lower: 52_000_000, rate: '0.30' },
    { lower: 80_000_000, rate: '0.35' },
  ]);

  it('derives the published quick-calculation deductions (Circular 111/2013 Appendix 01/PL-TNCN)', () => {
    expect(quickTable(pit2025).map((r) => r.deduction.toString())).toEqual([
      '0',
      '250000',
      '750000',
      '1650000',
      '3250000',
      '5850000',
      '9850000',
    ]);
  });

  it('derives the 2026 quick deductions (0 / 0.5 / 3.5 / 9.5 / 14.5 M)', () => {
    expect(quickTable(pit2026).map((r) => r.deduction.toString())).toEqual([
      '0',
      '500000',
      '3500000',
      '9500000',
      '14500000',
    ]);
  });

  it('computes tax bracket by bracket', () => {
    expect(marginalAmount(pit2026, '15000000').toString()).toBe('1000000');
    expect(marginalAmount(pit2025, '15000000').toString()).toBe('1500000');
    expect(marginalAmount(pit2026, '0').toString()).toBe('0');
    expect(marginalAmount(pit2026, '-5').toString()).toBe('0');
    expect(
      marginalBreakdown(pit2026, '35000000').map((b) => [b.taxed.toString(), b.amount.toString()]),
    ).toEqual([
      ['10000000', '500000'],
      ['20000000', '2000000'],
      ['5000000', '1000000'],
    ]);
    // Cents scale from frappe/hrms#46: 0–100 @10 %, 100–200 @20 % on 200 is 30, not 30.3.
    expect(
      marginalAmount(
        defineScale([
          { lower: 0, rate: '0.1' },
          { lower: 100, rate: '0.2' },
        ]),
        '200',
      ).toString(),
    ).toBe('30');
  });

  it('rejects unsorted, duplicate or negative brackets, naming the bracket', () => {
    expect(
      caught(() =>
        defineScale([
          { lower: 10, rate: 0.1 },
          { lower: 5, rate: 0.2 },
        ]),
      ),
    ).toEqual({ code: 'CORE/INVALID_SCALE', path: ['brackets', 1, 'lower'] });
    expect(
      caught(() =>
        defineScale([
          { lower: 0, rate: 0.1 },
          { lower: 0, rate: 0.2 },
        ]),
      ).code,
    ).toBe('CORE/INVALID_SCALE');
    expect(caught(() => defineScale([{ lower: 0, rate: -0.1 }]))).toEqual({
      code: 'CORE/INVALID_SCALE',
      path: ['brackets', 0, 'rate'],
    });
    expect(caught(() => defineScale([]))).toEqual({ code: 'CORE/INVALID_SCALE', path: ['brackets'] });
    expect(caught(() => defineScale([{ lower: Number.NaN, rate: 0 }]))).toEqual({
      code: 'CORE/INVALID_NUMBER',
      path: ['brackets', 0, 'lower'],
    });
  });

  it('property: marginal and quick evaluation agree on random bases and random scales', () => {
    const scaleArb = fc
      .uniqueArray(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 0, maxLength: 8 })
      .chain((bounds) =>
        fc
          .array(fc.integer({ min: 0, max: 100 }), {
            minLength: bounds.length + 1,
            maxLength: bounds.length + 1,
          })
          .map((rates) =>
            defineScale(
              [0, ...bounds.sort((a, b) => a - b)].map((lower, i) => ({
                lower,
                rate: new Decimal(rates[i] as number).div(100),
              })),
            ),
          ),
      );
    fc.assert(
      fc.property(scaleArb, fc.bigInt({ min: -1000n, max: 20_000_000n }), (scale, base) => {
        const b = base.toString();
        expect(quickAmount(scale, b).eq(marginalAmount(scale, b))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('property: tax is continuous at every bracket boundary and never decreases', () => {
    for (const scale of [pit2025, pit2026]) {
      for (const { lower } of scale.brackets) {
        const below = marginalAmount(scale, lower.minus('0.000001'));
        const at = marginalAmount(scale, lower);
        expect(at.minus(below).abs().lte('0.000001')).toBe(true);
      }
    }
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (x, dx) => {
          expect(marginalAmount(pit2026, x + dx).gte(marginalAmount(pit2026, x))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('traces', () => {
  it('renders a tree with formulas and references, in English or Vietnamese', () => {
    const t = trace('PIT', '1000000', {
      labelVi: 'Thuế TNCN',
      unit: 'VND',
      formula: 'scale(taxable income)',
      references: [{ document: 'Law 109/2025/QH15', article: 'Art. 9' }],
      inputs: [trace('Taxable income', '15000000', { labelVi: 'Thu nhập tính thuế', unit: 'VND' })],
    });
    expect(renderTrace(t)).toBe(
      'PIT = 1000000 VND  [scale(taxable income)]  (Law 109/2025/QH15, Art. 9)\n  Taxable income = 15000000 VND',
    );
    expect(renderTrace(t, { language: 'vi', depth: 0 })).toBe(
      'Thuế TNCN = 1000000 VND  [scale(taxable income)]  (Law 109/2025/QH15, Art. 9)',
    );
    expect(formatReference({ document: 'Decree 293/2025/ND-CP' })).toBe('Decree 293/2025/ND-CP');
  });
});
