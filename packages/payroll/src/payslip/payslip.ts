import type { LegalReference, Money, RoundingMode, Trace } from '@bo/core';

/**
 * One line of a payslip: an earning, an employee deduction, or an employer contribution, with
 * what it was computed from (basis, rate, quantity) and the legal reference of the rule.
 *
 * @example
 * const line: PayslipLine = { code: 'BHXH_EE', label: 'Social insurance (employee)', labelVi: 'BHXH người lao động', section: 'deduction', amount: money('1600000', 'VND'), basis: money('20000000', 'VND'), rate: '0.08' };
 */
export interface PayslipLine {
  /** Stable line code, e.g. `BASIC`, `OT_WEEKDAY`, `BHXH_EE`, `PIT`, `KPCD_ER`. */
  readonly code: string;
  /** English label. */
  readonly label: string;
  /** Vietnamese label. */
  readonly labelVi: string;
  /** `earning` (thu nhập), `deduction` (khấu trừ người lao động) or `employer` (doanh nghiệp đóng). */
  readonly section: 'earning' | 'deduction' | 'employer';
  /** Amount in whole đồng. */
  readonly amount: Money;
  /** The base the rate applied to (after caps), when there is one. */
  readonly basis?: Money;
  /** The rate or multiplier applied, as a decimal string (`'0.08'`, `'1.5'`). */
  readonly rate?: string;
  /** A quantity (hours, days), as a decimal string. */
  readonly quantity?: string;
  /** For earnings: the part exempt from PIT (thu nhập không chịu thuế). */
  readonly exempt?: Money;
  /** The legal basis of the rule applied. */
  readonly reference?: LegalReference;
}

/**
 * How a payslip rounds. There is no statutory rule (research notes §9.4); bo rounds each earning line,
 * the employee insurance and the PIT to the whole đồng with `mode`. With `insurance: 'per-employee'`
 * (default) the employee's total insurance is rounded once and split over BHXH/BHYT/BHTN by largest
 * remainder — this keeps net non-decreasing in gross for a full month; `'per-line'` rounds each fund.
 *
 * @example const r: PayrollRounding = { mode: 'half-up', insurance: 'per-line' };
 */
export interface PayrollRounding {
  readonly mode: RoundingMode;
  readonly insurance: 'per-employee' | 'per-line';
}

/** The default rounding: half-up to the đồng, employee insurance rounded per employee. @example DEFAULT_ROUNDING.mode // 'half-up' */
export const DEFAULT_ROUNDING: PayrollRounding = { mode: 'half-up', insurance: 'per-employee' };

/**
 * A computed payslip (phiếu lương): lines, totals, employer cost, warnings and an optional trace.
 *
 * @example
 * const slip = computePayslip({ employeeId: 'NV001', period: '2026-03', paymentDate: '2026-03-31', region: 'I', salary: 20000000 });
 * slip.net.amount.toString(); // '17780000'
 */
export interface Payslip {
  readonly employeeId: string;
  readonly name?: string;
  readonly department?: string;
  readonly costCentre?: string;
  /** Month the pay relates to (insurance month), `YYYY-MM`. */
  readonly period: string;
  /** Payment date (selects the PIT tax period). */
  readonly paymentDate: string;
  readonly region: 'I' | 'II' | 'III' | 'IV';
  readonly lines: readonly PayslipLine[];
  /** Total earnings (tổng thu nhập). */
  readonly gross: Money;
  /** Taxable income (thu nhập chịu thuế): earnings less exempt parts. */
  readonly taxableIncome: Money;
  /** Assessable income (thu nhập tính thuế) after insurance and family deductions; 0 when not progressive. */
  readonly assessableIncome: Money;
  /** Family deductions applied (self + dependants). */
  readonly familyDeduction: Money;
  /** Number of dependants counted this month. */
  readonly dependants: number;
  /** Employee compulsory insurance (BHXH + BHYT + BHTN). */
  readonly employeeInsurance: Money;
  /** PIT withheld (or borne by the employer). */
  readonly pit: Money;
  /** Take-home pay (thực lĩnh). */
  readonly net: Money;
  /** Employer contributions (BHXH, BHYT, BHTN, TNLĐ-BNN, KPCĐ). */
  readonly employerContributions: Money;
  /** Gross + employer contributions. */
  readonly employerCost: Money;
  /** How the PIT was determined. */
  readonly taxMethod:
    | 'progressive'
    | 'non-resident'
    | 'casual'
    | 'casual-below-threshold'
    | 'casual-commitment';
  /** Non-fatal findings (e.g. insurance salary below the regional minimum wage). */
  readonly warnings: readonly string[];
  /** The explain tree, when asked for with `{ trace: true }`. */
  readonly trace?: Trace;
  readonly bank?: {
    readonly account: string;
    readonly bank?: string | undefined;
    readonly holder?: string | undefined;
  };
}
