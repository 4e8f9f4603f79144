import { addDays, addMonths, BoValidationError, type CalendarDate, calendarDate, dateParts } from '@bo/core';
import {
  type Contract,
  contractTermsAsOf,
  countDependants,
  type Employee,
  employmentAsOf,
  type PayrollPeriodSummary,
} from '@bo/hr';
import type { PayslipInput } from '../payslip/payslip-input.js';
import { type HrPayslipFacts, payslipInputFromHrSummary } from './from-hr-summary.js';

/** How the company treats one allowance code of its contracts (a policy, so it is data you pass in). */
export interface AllowancePolicy {
  /** English label on the payslip (the contract's Vietnamese name is kept as `labelVi`). */
  readonly label: string;
  /** PIT treatment: taxable, exempt (optionally up to `exemptCap`), a cash meal allowance under the meal cap, or housing (taxable up to 15 % of the other taxable income). */
  readonly tax: 'taxable' | 'exempt' | 'meal' | 'housing';
  /** Exempt up to this many đồng a month (with `tax: 'exempt'`). */
  readonly exemptCap?: string;
  /** Part of the social insurance salary (job allowances: position, responsibility, hazardous work…). */
  readonly insurable?: boolean;
  /** Counted in the overtime hourly rate (default: `insurable`). */
  readonly overtimeBase?: boolean;
  /** Paid in proportion to paid days (default true). */
  readonly prorate?: boolean;
}

/** Everything {@link payslipInputFromHrRecords} reads. */
export interface HrRecordsInput {
  /** The employee record (`parseEmployee`). */
  readonly employee: Employee;
  /** The labour contract in force in the month (`parseContract`). */
  readonly contract: Contract;
  /** The month's summary (`summarizePeriod`). */
  readonly summary: PayrollPeriodSummary;
  /** When the month is paid (selects the PIT tax period). */
  readonly paymentDate: string;
  /** Company policy per allowance code found on contracts. */
  readonly allowancePolicies: Readonly<Record<string, AllowancePolicy>>;
  /** Cost centre for the journal (default: the employee's org unit). */
  readonly costCentre?: string;
  /** Whether the employee pays union dues. */
  readonly unionMember?: boolean;
}

/**
 * Builds a payslip input from @bo/hr's records: the pay in force (probation rate included) and the
 * contract's allowances on the last employed day of the month, the work location's minimum-wage region,
 * dependants registered for the month, tax residency and nationality, the contract's length (for the
 * foreign-employee insurance rule), the bank account, and the month's time from the summary.
 *
 * @throws BoValidationError `PAYROLL/UNKNOWN_ALLOWANCE` naming an allowance code that has no policy;
 *   `HR/…` errors when the employee is not employed or the contract does not cover the month
 * @example
 * ```ts
 * const input = payslipInputFromHrRecords({
 *   employee, contract, summary, paymentDate: '2026-10-05',
 *   allowancePolicies: { LUNCH: { label: 'Meal', tax: 'meal' }, RESP: { label: 'Responsibility', tax: 'taxable', insurable: true } },
 * });
 * const slip = computePayslip(input);
 * ```
 */
export function payslipInputFromHrRecords(input: HrRecordsInput): PayslipInput {
  const { employee, contract, summary } = input;
  const month = summary.period.start.slice(0, 7);
  const lastDay: CalendarDate = summary.employed.end;
  const assignment = employmentAsOf(employee, lastDay);
  if (!assignment) {
    throw new BoValidationError({
      code: 'PAYROLL/NOT_EMPLOYED_IN_PERIOD',
      message: `${employee.id} has no employment record on ${lastDay}`,
      messageVi: `${employee.id} không có quá trình công tác vào ngày ${lastDay}`,
      path: ['employee', 'history'],
    });
  }
  const terms = contractTermsAsOf(contract, lastDay);
  const allowances = terms.allowances.map((a, i) => {
    const policy = input.allowancePolicies[a.code];
    if (!policy) {
      throw new BoValidationError({
        code: 'PAYROLL/UNKNOWN_ALLOWANCE',
        message: `allowance ${a.code} of contract ${contract.number} has no policy: say how it is taxed and insured`,
        messageVi: `phụ cấp ${a.code} chưa có chính sách thuế/bảo hiểm`,
        path: ['allowancePolicies', a.code],
        details: { index: i },
      });
    }
    return {
      code: a.code,
      label: policy.label,
      labelVi: a.name,
      amount: a.amount.amount.toFixed(0),
      tax: policy.tax,
      insurable: policy.insurable ?? false,
      prorate: policy.prorate ?? true,
      ...(policy.exemptCap === undefined ? {} : { exemptCap: policy.exemptCap }),
      ...(policy.overtimeBase === undefined ? {} : { overtimeBase: policy.overtimeBase }),
    };
  });
  // Contract length in full calendar months, start to end inclusive (for foreign employees'
  // compulsory insurance the contract must run 12 full months or more): a contract a few days
  // short of a year is 11 months, not a rounded 12. One shorter than a month counts as 1.
  const contractMonths =
    contract.endDate === undefined
      ? undefined
      : Math.max(1, fullMonths(calendarDate(contract.startDate), addDays(calendarDate(contract.endDate), 1)));
  const bank = employee.bankAccount;
  const facts: HrPayslipFacts = {
    name: employee.fullName,
    department: assignment.orgUnit,
    costCentre: input.costCentre ?? assignment.orgUnit,
    paymentDate: input.paymentDate,
    region: assignment.workLocation.minimumWageRegion,
    salary: terms.payableSalary.amount.toFixed(0),
    residency: employee.taxResidency,
    nationality: employee.nationality === 'VN' ? 'VN' : 'foreign',
    ...(contractMonths === undefined ? {} : { contractMonths }),
    insurance: { unionMember: input.unionMember ?? false },
    allowances,
    dependants: countDependants(employee, month),
    ...(bank ? { bank: { account: bank.accountNumber, bank: bank.bankName, holder: bank.accountName } } : {}),
  };
  return payslipInputFromHrSummary(summary, facts);
}

/** Whole months from `start` up to `endExclusive` (a month from 31 January ends on 28/29 February). */
function fullMonths(start: CalendarDate, endExclusive: CalendarDate): number {
  const a = dateParts(start);
  const b = dateParts(endExclusive);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (months > 0 && addMonths(start, months) > endExclusive) months--;
  return Math.max(0, months);
}
