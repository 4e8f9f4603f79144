import {
  addDays,
  type CalendarDate,
  daysInMonth,
  type LegalReference,
  type Money,
  parameterAt,
  parseWith,
  type RoundingMode,
} from '@bo/core';
import { z } from 'zod';
import { calendarDateString, nonNegativeDong } from '../internal/schemas.js';
import {
  type Ratio,
  ratio,
  ratioToStringUncached,
  rDiv,
  rInt,
  rMul,
  rNorm,
  roundRatio,
  vnd,
  ZERO,
} from '../internal/exact.js';
import type { PayrollOptions } from '../payslip/compute-payslip.js';
import { DEFAULT_ROUNDING } from '../payslip/payslip.js';
import { VN_PAYROLL_PARAMETERS } from '../rules/vn/parameters.js';
import { VN_REFERENCES } from '../rules/vn/references.js';

const date = calendarDateString;
const dong = nonNegativeDong;
const months = z.number().int().min(0, 'must not be negative');

/**
 * Zod schema of {@link terminationAllowance}'s input.
 * @example TerminationAllowanceInputSchema.parse({ kind: 'severance', start: '2019-03-01', end: '2026-06-30', unemploymentInsuranceMonths: 60, salaries: ['20000000'] })
 */
export const TerminationAllowanceInputSchema = z
  .object({
    /** `severance` (trợ cấp thôi việc, Labour Code Art. 46) or `jobLoss` (trợ cấp mất việc làm, Art. 47). */
    kind: z.enum(['severance', 'jobLoss']),
    /** First day of work for this employer (probation included). */
    start: date,
    /** Last day of work (the day the contract ends). */
    end: date,
    /** Months of that time covered by unemployment insurance (BHTN) contributions. */
    unemploymentInsuranceMonths: months.default(0),
    /** Months already compensated by an earlier severance or job-loss allowance. */
    compensatedMonths: months.default(0),
    /** Other months that do not count as working time (e.g. unpaid leave beyond what the law counts). */
    excludedMonths: months.default(0),
    /**
     * Contract salaries of the months before the termination, most recent last; the average of the
     * last six (or of all, if fewer) is the salary of the allowance.
     */
    salaries: z.array(dong).min(1, 'give at least one month of salary'),
  })
  .strict()
  .refine((v) => v.start <= v.end, { message: 'start must not be after end', path: ['end'] });

/** Input of {@link terminationAllowance}. @example const i: TerminationAllowanceInput = { kind: 'jobLoss', start: '2024-01-01', end: '2026-03-31', salaries: [15000000] }; */
export type TerminationAllowanceInput = z.input<typeof TerminationAllowanceInputSchema>;

/** Result of {@link terminationAllowance}. @example r.amount.amount.toString() */
export interface TerminationAllowanceResult {
  readonly kind: 'severance' | 'jobLoss';
  /** Whole months from start to end. */
  readonly serviceMonths: number;
  /** Months that count: service less unemployment-insurance, compensated and excluded months. */
  readonly countedMonths: number;
  /** Years of work after the odd-month rule (in halves). */
  readonly years: string;
  /** Months of salary paid (years × rate, with the job-loss minimum). */
  readonly monthsOfSalary: string;
  /** Average salary of the months averaged. */
  readonly averageSalary: Money;
  /** The allowance, whole đồng. */
  readonly amount: Money;
  /** Whether the allowance is due on the working time (12 months or more of regular work). */
  readonly due: boolean;
  readonly references: readonly LegalReference[];
  readonly notes: readonly string[];
}

/**
 * Whole months from `start` to `end`, both inclusive: the months from `start` to the day after
 * `end`, a month counting when that day reaches the start's day of the month (or the last day of a
 * shorter month).
 */
function wholeMonths(start: CalendarDate, end: CalendarDate): number {
  const after = addDays(end, 1);
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ay, am, ad] = after.split('-').map(Number) as [number, number, number];
  let m = (ay - sy) * 12 + (am - sm);
  if (ad < Math.min(sd, daysInMonth(ay, am))) m -= 1;
  return Math.max(0, m);
}

/**
 * Severance (trợ cấp thôi việc, Labour Code 2019 Art. 46) or job-loss allowance (trợ cấp mất việc
 * làm, Art. 47) at the end of a labour contract: the working time that counts (service less the
 * months covered by unemployment insurance and those already compensated) in years, odd months
 * counting as half a year or a full year (Decree 145/2020/NĐ-CP Art. 8.3), times half a month (severance)
 * or a month (job loss, at least two months) of the average salary of the last six months. Every
 * number comes from the dated parameter `terminationAllowances`. Whether the grounds of the
 * termination give a right to the allowance (Art. 34, 36) is the caller's decision; both need 12
 * months or more of regular work (`due: false` and 0 otherwise). Both allowances are not taxable
 * (Circular 111/2013 Art. 2.2.b; Decree 253/2026 Art. 8.3.h).
 * @throws BoValidationError `PAYROLL/INVALID_INPUT` naming the field
 * @example
 * ```ts
 * const r = terminationAllowance({ kind: 'severance', start: '2016-04-01', end: '2026-06-30', unemploymentInsuranceMonths: 78, salaries: [18000000, 18000000, 18000000, 20000000, 20000000, 20000000] });
 * r.years; // '4' (123 months − 78 = 45 months: 3 years and 9 odd months → 4 years)
 * r.amount.amount.toString(); // '38000000' (4 × ½ × 19,000,000)
 * ```
 */
export function terminationAllowance(
  input: TerminationAllowanceInput,
  options: PayrollOptions = {},
): TerminationAllowanceResult {
  const p = parseWith(
    TerminationAllowanceInputSchema,
    input,
    'termination allowance input',
    'PAYROLL/INVALID_INPUT',
  );
  const params = options.parameters ?? VN_PAYROLL_PARAMETERS;
  const mode: RoundingMode = (options.rounding ?? DEFAULT_ROUNDING).mode;
  const rules = parameterAt(params.terminationAllowances, p.end);
  const r = rules.value;
  const notes: string[] = [];
  const serviceMonths = wholeMonths(p.start as CalendarDate, p.end as CalendarDate);
  const countedMonths = Math.max(
    0,
    serviceMonths - p.unemploymentInsuranceMonths - p.compensatedMonths - p.excludedMonths,
  );
  // years in halves: whole years, then the odd months as half or a whole year
  const odd = countedMonths % 12;
  let halves = BigInt(Math.floor(countedMonths / 12)) * 2n;
  if (odd >= Number(r.oddMonthsFullYearFrom)) halves += 2n;
  else if (odd >= Number(r.oddMonthsHalfYearFrom)) halves += 1n;
  const years: Ratio = { n: halves, d: 2n };
  const averaged = p.salaries.slice(-Number(r.salaryAverageMonths));
  let total = 0n;
  for (const s of averaged) total += s;
  const average: Ratio = rDiv(rInt(total), rInt(BigInt(averaged.length)));
  if (averaged.length < Number(r.salaryAverageMonths))
    notes.push(
      `salary averaged over the ${averaged.length} month(s) given (the law says ${r.salaryAverageMonths})`,
    );
  let monthsOfSalary: Ratio;
  let due = true;
  const references: LegalReference[] = [rules.reference, VN_REFERENCES.decree145WorkingTime];
  if (p.kind === 'severance') monthsOfSalary = rMul(years, ratio(r.severanceMonthsPerYear));
  else {
    references[0] = VN_REFERENCES.labourCodeJobLoss;
    monthsOfSalary = rMul(years, ratio(r.jobLossMonthsPerYear));
    const minimum = rInt(BigInt(r.jobLossMinimumMonths));
    if (monthsOfSalary.n * minimum.d < minimum.n * monthsOfSalary.d) {
      monthsOfSalary = minimum;
      notes.push(`job-loss allowance raised to the minimum of ${r.jobLossMinimumMonths} months`);
    }
  }
  // both allowances are for employees with 12 months or more of regular work (Art. 46.1, 47.1)
  if (serviceMonths < Number(r.minimumServiceMonths)) {
    due = false;
    monthsOfSalary = ZERO;
    notes.push(
      `the allowance needs ${r.minimumServiceMonths} months of regular work; ${serviceMonths} given`,
    );
  }
  const amount = roundRatio(rMul(average, monthsOfSalary), mode);
  return {
    kind: p.kind,
    serviceMonths,
    countedMonths,
    years: ratioToStringUncached(rNorm(years)),
    monthsOfSalary: ratioToStringUncached(rNorm(monthsOfSalary)),
    averageSalary: vnd(roundRatio(average, mode)),
    amount: vnd(amount),
    due,
    references,
    notes,
  };
}
