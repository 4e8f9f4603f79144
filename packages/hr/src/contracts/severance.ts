import {
  addDays,
  type CalendarDate,
  dateParts,
  Decimal,
  type LegalReference,
  type Money,
  money,
  multiply,
  parameterAt,
  roundMoney,
} from '@bo/core';
import { z } from 'zod';
import { invalid } from '../internal/fail.js';
import { CalendarDateSchema, DecimalStringSchema } from '../internal/schemas.js';
import { SEVERANCE_RULES } from '../legal/labour-rules.js';

/**
 * Inputs of {@link severanceAllowance}. Months are whole months; the average salary is computed from the
 * salaries of the last 6 months before termination (Labour Code 2019 Art. 46(3)).
 * @example SeveranceInputSchema.parse({ serviceStart: '2020-01-01', terminationDate: '2026-06-30', clause: 3, recentMonthlySalaries: ['20000000'], unemploymentInsuranceMonths: 60 })
 */
export const SeveranceInputSchema = z.object({
  /** First day of work with the employer. */
  serviceStart: CalendarDateSchema,
  /** Last day of the labour contract. */
  terminationDate: CalendarDateSchema,
  /** Clause of Labour Code 2019 Art. 34 under which the contract ended. */
  clause: z.number().int().min(1).max(13),
  /** Contract salaries of the last months before termination, oldest first (6 are used). */
  recentMonthlySalaries: z.array(DecimalStringSchema).min(1),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('VND'),
  /** Months with unemployment-insurance contributions (time covered by BHTN is excluded). */
  unemploymentInsuranceMonths: z.number().int().min(0),
  /** Months already paid severance or job-loss allowance for. */
  alreadyCompensatedMonths: z.number().int().min(0).default(0),
  /** Months that do not count as working time (e.g. long unpaid leave), per Labour Code Art. 46(2) and Decree 145 Art. 8(3). */
  nonWorkingMonths: z.number().int().min(0).default(0),
  /** Eligible for a retirement pension (excluded, Art. 46(1)). */
  pensionEligible: z.boolean().default(false),
  /** Employer terminated for ≥ 5 consecutive working days of unjustified absence (Art. 36(1)(e), excluded by Art. 46(1)). */
  dismissedForAbsence: z.boolean().default(false),
});

/** One step of the severance computation, for display. */
export interface SeveranceStep {
  readonly label: string;
  readonly value: string;
}

/** The severance allowance with its basis shown. */
export interface SeveranceResult {
  readonly eligible: boolean;
  /** Why not, when not eligible. */
  readonly reason?: string;
  readonly workedMonths: number;
  readonly countedMonths: number;
  /** Years counted: whole years plus ½ or 1 for leftover months. */
  readonly countedYears: Decimal;
  readonly averageSalary: Money;
  readonly amount: Money;
  readonly steps: readonly SeveranceStep[];
  readonly reference: LegalReference;
}

function wholeMonths(start: CalendarDate, endInclusive: CalendarDate): number {
  const after = addDays(endInclusive, 1);
  const a = dateParts(start);
  const b = dateParts(after);
  return (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
}

/**
 * Severance allowance (trợ cấp thôi việc): ½ month's average salary per year of service not covered by
 * unemployment insurance (Labour Code 2019 Art. 46; Decree 145/2020 Art. 8). Eligible for terminations
 * under Art. 34 clauses 1, 2, 3, 4, 6, 7, 9, 10 after ≥ 12 months of work; not when pension-eligible or
 * dismissed for unjustified absence. Counted time = worked months − BHTN months − months already
 * compensated; leftover months ≤ 6 count ½ year, more count 1 year. The amount is rounded half-up to the
 * currency unit.
 * @throws BoValidationError `HR/INVALID_SEVERANCE_INPUT`, `HR/DATES_OUT_OF_ORDER`
 * @example
 * severanceAllowance({ serviceStart: '2018-03-01', terminationDate: '2026-08-31', clause: 3,
 *   recentMonthlySalaries: ['20000000', '20000000', '20000000', '22000000', '22000000', '22000000'],
 *   unemploymentInsuranceMonths: 88 }).amount // 15 750 000 VND
 */
export function severanceAllowance(input: z.input<typeof SeveranceInputSchema>): SeveranceResult {
  const i = parseSeveranceInput(input);
  const dated = parameterAt(SEVERANCE_RULES, i.terminationDate);
  const rule = dated.value;
  const {
    averageSalary,
    workedMonths,
    countedMonths,
    countedYears,
    steps: basisSteps,
  } = serviceBasis(i, rule.averagingMonths, rule.halfYearMaxMonths);
  const steps: SeveranceStep[] = [
    ...basisSteps,
    { label: 'Months of salary per year (Labour Code Art. 46(1))', value: rule.monthsPerYear },
  ];
  const zero = money(0, i.currency);
  const notEligible = (reason: string): SeveranceResult => ({
    eligible: false,
    reason,
    workedMonths,
    countedMonths,
    countedYears,
    averageSalary,
    amount: zero,
    steps,
    reference: dated.reference,
  });
  if (!rule.qualifyingClauses.includes(i.clause))
    return notEligible(
      `termination under Art. 34(${i.clause}) gives no severance (qualifying clauses: ${rule.qualifyingClauses.join(', ')})`,
    );
  if (workedMonths < rule.minServiceMonths)
    return notEligible(`worked ${workedMonths} months, fewer than ${rule.minServiceMonths}`);
  if (i.pensionEligible) return notEligible('eligible for a retirement pension (Art. 46(1))');
  if (i.dismissedForAbsence)
    return notEligible(
      'terminated for unjustified absence of ≥ 5 consecutive working days (Art. 46(1), Art. 36(1)(e))',
    );
  const amount = roundMoney(multiply(multiply(averageSalary, countedYears), rule.monthsPerYear), 'half-up');
  return {
    eligible: true,
    workedMonths,
    countedMonths,
    countedYears,
    averageSalary,
    amount,
    steps: [...steps, { label: 'Severance allowance', value: amount.amount.toString() }],
    reference: dated.reference,
  };
}

/** The service time and salary basis shared by severance and job-loss allowances. @internal */
export function serviceBasis(
  i: z.output<typeof SeveranceInputSchema>,
  averagingMonths: number,
  halfYearMaxMonths: number,
): {
  averageSalary: Money;
  workedMonths: number;
  countedMonths: number;
  countedYears: Decimal;
  steps: SeveranceStep[];
} {
  const recent = i.recentMonthlySalaries.slice(-averagingMonths);
  const total = recent.reduce((s, x) => s.plus(x), new Decimal(0));
  const averageSalary = roundMoney(money(total.div(recent.length), i.currency), 'half-up');
  const workedMonths = wholeMonths(i.serviceStart, i.terminationDate) - i.nonWorkingMonths;
  const countedMonths = Math.max(
    0,
    workedMonths - i.unemploymentInsuranceMonths - i.alreadyCompensatedMonths,
  );
  const leftover = countedMonths % 12;
  const countedYears = new Decimal(Math.floor(countedMonths / 12)).plus(
    leftover === 0 ? 0 : leftover <= halfYearMaxMonths ? 0.5 : 1,
  );
  const steps: SeveranceStep[] = [
    {
      label: `Average salary of the last ${recent.length} months (Labour Code Art. 46(3))`,
      value: averageSalary.amount.toString(),
    },
    { label: 'Months worked (Labour Code Art. 46(2); Decree 145 Art. 8(3)(a))', value: String(workedMonths) },
    { label: 'minus months covered by unemployment insurance', value: String(i.unemploymentInsuranceMonths) },
    { label: 'minus months already compensated', value: String(i.alreadyCompensatedMonths) },
    { label: 'Months counted', value: String(countedMonths) },
    {
      label: `Years counted (leftover ≤ ${halfYearMaxMonths} months = ½ year, more = 1 year; Decree 145 Art. 8(3)(c))`,
      value: countedYears.toString(),
    },
  ];
  return { averageSalary, workedMonths, countedMonths, countedYears, steps };
}

/** Parses severance/job-loss input or throws `HR/INVALID_SEVERANCE_INPUT`. @internal */
export function parseSeveranceInput(input: unknown): z.output<typeof SeveranceInputSchema> {
  const parsed = SeveranceInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    invalid(
      'HR/INVALID_SEVERANCE_INPUT',
      `invalid severance input: ${issue.message}`,
      'dữ liệu tính trợ cấp không hợp lệ',
      issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    );
  }
  if (parsed.data.terminationDate < parsed.data.serviceStart) {
    invalid(
      'HR/DATES_OUT_OF_ORDER',
      'termination date is before the service start',
      'ngày chấm dứt trước ngày bắt đầu làm việc',
      ['terminationDate'],
    );
  }
  return parsed.data;
}
