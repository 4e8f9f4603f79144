import {
  type BoError,
  defineParameter,
  defineScale,
  marginalAmount,
  type Money,
  money,
  type ParameterSet,
  reform,
  roundMoney,
  valueAt,
} from '@bo/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type ComponentRule,
  computePayslip,
  defineComponents,
  evaluateComponents,
  type Jurisdiction,
  VIETNAM,
  VN_PAYROLL_PARAMETERS,
} from '../src/index.js';

function errorOf(f: () => unknown): BoError {
  try {
    f();
  } catch (e) {
    return e as BoError;
  }
  throw new Error('expected an error');
}

const rules: ComponentRule[] = [
  {
    code: 'SENIORITY',
    label: 'Seniority allowance',
    labelVi: 'Phụ cấp thâm niên',
    inputs: ['salary', 'years'],
    tax: 'taxable',
    insurable: true,
    compute: ({ salary, years }) => salary!.times(years!.gte(5) ? '0.05' : '0'),
  },
  {
    code: 'ATTENDANCE',
    label: 'Attendance bonus',
    inputs: ['paidDays', 'standardDays', 'SENIORITY'],
    tax: 'taxable',
    compute: ({ paidDays, standardDays, SENIORITY }) =>
      paidDays!.gte(standardDays!) ? SENIORITY!.div(2).plus(300000) : 0,
  },
];

describe('custom components', () => {
  it('evaluates a rule graph in dependency order into payslip allowances', () => {
    const graph = defineComponents(['salary', 'years', 'paidDays', 'standardDays'], [rules[1]!, rules[0]!]);
    expect(graph.order.map((r) => r.code)).toEqual(['SENIORITY', 'ATTENDANCE']);
    const allowances = evaluateComponents(graph, {
      salary: 20000000,
      years: 6,
      paidDays: 26,
      standardDays: 26,
    });
    expect(allowances.map((a) => [a.code, a.amount])).toEqual([
      ['SENIORITY', '1000000'],
      ['ATTENDANCE', '800000'],
    ]);
    const slip = computePayslip({
      employeeId: 'A',
      period: '2026-03',
      paymentDate: '2026-03-31',
      region: 'I',
      salary: 20000000,
      allowances,
    });
    expect(slip.lines.find((l) => l.code === 'BHXH_EE')?.basis?.amount.toString()).toBe('21000000');
  });
  it('refuses unknown references and cycles at build time', () => {
    const unknown = errorOf(() => defineComponents(['salary'], [rules[0]!]));
    expect(unknown.code).toBe('PAYROLL/UNKNOWN_COMPONENT_INPUT');
    expect(unknown.path).toEqual(['components', 0, 'inputs', 1]);
    const a: ComponentRule = { code: 'A', label: 'A', inputs: ['B'], tax: 'taxable', compute: ({ B }) => B! };
    const b: ComponentRule = { code: 'B', label: 'B', inputs: ['A'], tax: 'taxable', compute: ({ A }) => A! };
    const cycle = errorOf(() => defineComponents([], [a, b]));
    expect(cycle.code).toBe('PAYROLL/COMPONENT_CYCLE');
    expect(cycle.details.cycle).toEqual(['A', 'B', 'A']);
    expect(errorOf(() => defineComponents([], [a, a])).code).toBe('PAYROLL/DUPLICATE_COMPONENT');
    expect(
      errorOf(() => evaluateComponents(defineComponents(['salary', 'years'], [rules[0]!]), { salary: 1 }))
        .path,
    ).toEqual(['facts', 'years']);
  });
});

describe('parameter overrides (what-if with reform)', () => {
  it('changes a value for a date without mutating the pack', () => {
    const whatIf = reform(VN_PAYROLL_PARAMETERS, {
      pitSelfDeduction: [
        {
          from: '2027-01-01',
          value: '17000000',
          reference: { document: 'what-if: CPI adjustment (Law 109/2025 Art. 10)' },
        },
      ],
    });
    const input = {
      employeeId: 'A',
      period: '2027-01',
      paymentDate: '2027-01-31',
      region: 'I' as const,
      salary: 20000000,
    };
    expect(computePayslip(input).pit.amount.toString()).toBe('120000');
    expect(computePayslip(input, { parameters: whatIf }).pit.amount.toString()).toBe('45000');
    expect(valueAt(VN_PAYROLL_PARAMETERS.pitSelfDeduction, '2027-01-31')).toBe('15500000');
  });
});

describe('Jurisdiction', () => {
  // A toy second country implemented entirely outside the package, on core's parameters and scales.
  const params = {
    incomeTax: defineParameter(
      {
        id: 'incomeTax',
        description: 'Toy income tax scale',
        unit: 'rate',
        values: [
          {
            from: '2020-01-01',
            value: [
              { lower: '0', rate: '0' },
              { lower: '1000', rate: '0.2' },
            ],
            reference: { document: 'Toy Tax Act 2020', article: 's. 1' },
          },
        ],
      },
      z.array(z.object({ lower: z.string(), rate: z.string() })),
    ),
  } satisfies ParameterSet;
  type ToyInput = { readonly date: string; readonly gross: string };
  const TOYLAND: Jurisdiction<ToyInput, { tax: Money; net: Money }, typeof params> = {
    country: 'XT',
    name: 'Toyland',
    parameters: params,
    computePayslip(input, options) {
      const scale = defineScale(valueAt((options?.parameters ?? params).incomeTax, input.date));
      const tax = roundMoney(money(marginalAmount(scale, input.gross), 'USD'), 'half-up');
      return { tax, net: money(money(input.gross, 'USD').amount.minus(tax.amount), 'USD') };
    },
  };
  const payAll = <I, R, P extends ParameterSet>(j: Jurisdiction<I, R, P>, inputs: readonly I[]): R[] =>
    inputs.map((i) => j.computePayslip(i));

  it('lets generic code run any country pack', () => {
    expect(payAll(TOYLAND, [{ date: '2026-01-31', gross: '3000' }])[0]!.tax.amount.toString()).toBe('400');
    expect(
      payAll(VIETNAM, [
        { employeeId: 'A', period: '2026-03', paymentDate: '2026-03-31', region: 'I', salary: 20000000 },
      ])[0]!.net.amount.toString(),
    ).toBe('17780000');
    expect(
      VIETNAM.netToGross({
        employeeId: 'A',
        period: '2026-07',
        paymentDate: '2026-07-31',
        region: 'I',
        net: 30000000,
      }).gross?.amount.toString(),
    ).toBe('34698945');
  });
});
