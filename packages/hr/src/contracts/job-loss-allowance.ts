import {
  Decimal,
  defineParameter,
  type Parameter,
  maximum,
  money,
  multiply,
  parameterAt,
  roundMoney,
} from '@bo/core';
import { z } from 'zod';
import { LABOUR_CODE_2019 } from '../legal/references.js';
import {
  parseSeveranceInput,
  type SeveranceInputSchema,
  type SeveranceResult,
  serviceBasis,
} from './severance.js';

/** Job-loss allowance rule (trợ cấp mất việc làm). */
export interface JobLossRule {
  /** Months of salary per year of service (1). */
  readonly monthsPerYear: string;
  /** At least this many months' salary (2). */
  readonly minimumMonths: string;
  readonly minServiceMonths: number;
  readonly averagingMonths: number;
  readonly halfYearMaxMonths: number;
  /** Art. 34 clauses that give the right to it: 11 (restructuring, economic reasons, mergers — Art. 42, 43). */
  readonly qualifyingClauses: readonly number[];
}

/**
 * Job-loss allowance: 1 month's salary per year of service not covered by unemployment insurance, at
 * least 2 months, for job loss under Labour Code 2019 Art. 34(11) (Art. 42, 43) after ≥ 12 months of
 * regular work (Art. 47); service and salary as for severance (Art. 47(3), Decree 145/2020 Art. 8).
 * @example valueAt(JOB_LOSS_RULES, '2026-01-01').minimumMonths // '2'
 */
export const JOB_LOSS_RULES: Parameter<JobLossRule> = defineParameter(
  {
    id: 'vn.labour.jobLoss',
    description: 'Trợ cấp mất việc làm — job-loss allowance',
    unit: 'months',
    values: [
      {
        from: '2021-01-01',
        value: {
          monthsPerYear: '1',
          minimumMonths: '2',
          minServiceMonths: 12,
          averagingMonths: 6,
          halfYearMaxMonths: 6,
          qualifyingClauses: [11],
        },
        reference: { ...LABOUR_CODE_2019, article: 'Art. 47; Decree 145/2020 Art. 8(3)' },
      },
    ],
  },
  z.object({
    monthsPerYear: z.string(),
    minimumMonths: z.string(),
    minServiceMonths: z.number().int(),
    averagingMonths: z.number().int(),
    halfYearMaxMonths: z.number().int(),
    qualifyingClauses: z.array(z.number().int()),
  }),
);

/**
 * Job-loss allowance (trợ cấp mất việc làm) with its basis: max(years × 1 month, 2 months) × the 6-month
 * average salary, rounded half-up to the currency unit (Labour Code 2019 Art. 47). Takes the same input as
 * {@link severanceAllowance}.
 * @throws BoValidationError `HR/INVALID_SEVERANCE_INPUT`, `HR/DATES_OUT_OF_ORDER`
 * @example jobLossAllowance({ serviceStart: '2025-01-01', terminationDate: '2026-01-31', clause: 11,
 *   recentMonthlySalaries: ['20000000'], unemploymentInsuranceMonths: 0 }).amount // 40 000 000 (1.5 years → the 2-month floor)
 */
export function jobLossAllowance(input: z.input<typeof SeveranceInputSchema>): SeveranceResult {
  const i = parseSeveranceInput(input);
  const dated = parameterAt(JOB_LOSS_RULES, i.terminationDate);
  const rule = dated.value;
  const basis = serviceBasis(i, rule.averagingMonths, rule.halfYearMaxMonths);
  const steps = [
    ...basis.steps,
    { label: 'Months of salary per year (Labour Code Art. 47(1))', value: rule.monthsPerYear },
    { label: 'Minimum months (Art. 47(1))', value: rule.minimumMonths },
  ];
  const base = {
    workedMonths: basis.workedMonths,
    countedMonths: basis.countedMonths,
    countedYears: basis.countedYears,
    averageSalary: basis.averageSalary,
    reference: dated.reference,
  };
  const no = (reason: string): SeveranceResult => ({
    ...base,
    eligible: false,
    reason,
    amount: money(0, i.currency),
    steps,
  });
  if (!rule.qualifyingClauses.includes(i.clause))
    return no(
      `termination under Art. 34(${i.clause}) gives no job-loss allowance (qualifying: ${rule.qualifyingClauses.join(', ')})`,
    );
  if (basis.workedMonths < rule.minServiceMonths)
    return no(`worked ${basis.workedMonths} months, fewer than ${rule.minServiceMonths}`);
  const byYears = multiply(basis.averageSalary, basis.countedYears.times(rule.monthsPerYear));
  const floor = multiply(basis.averageSalary, new Decimal(rule.minimumMonths));
  const amount = roundMoney(maximum([byYears, floor]), 'half-up');
  return {
    ...base,
    eligible: true,
    amount,
    steps: [...steps, { label: 'Job-loss allowance', value: amount.amount.toString() }],
  };
}
