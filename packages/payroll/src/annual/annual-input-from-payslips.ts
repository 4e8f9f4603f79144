import { BoValidationError, toMinor } from '@bo/core';
import type { Payslip } from '../payslip/payslip.js';
import type { AnnualPitInput } from './finalise-annual-pit.js';

/**
 * Sums an employee's payslips paid in a tax year into the employment-income part of a
 * {@link finaliseAnnualPit} input: taxable income, compulsory insurance and PIT withheld, selected by
 * **payment date** (PIT is cash-basis, so December pay paid in January belongs to the next year).
 * Add dependants, other payers' income and the 2026 annual deductions yourself.
 *
 * @throws BoValidationError `PAYROLL/INVALID_INPUT` when the payslips are of several employees
 * @example
 * ```ts
 * const { input } = annualInputFromPayslips(slips, 2026);
 * finaliseAnnualPit({ ...input, dependants: [{ id: 'child', from: '2020-01-01' }] });
 * ```
 */
export function annualInputFromPayslips(
  payslips: readonly Payslip[],
  year: number,
): {
  readonly input: Required<Pick<AnnualPitInput, 'year' | 'taxableIncome' | 'insurance' | 'withheld'>>;
  readonly payslipsCounted: number;
} {
  let taxable = 0n;
  let insurance = 0n;
  let withheld = 0n;
  let months = 0;
  const employees = new Set(payslips.map((p) => p.employeeId));
  if (employees.size > 1) {
    throw new BoValidationError({
      code: 'PAYROLL/INVALID_INPUT',
      message: `payslips of ${employees.size} employees given; finalise one employee at a time`,
      messageVi: 'chỉ quyết toán cho từng người lao động',
      path: ['payslips'],
    });
  }
  const prefix = `${year}-`;
  for (const p of payslips) {
    if (!p.paymentDate.startsWith(prefix)) continue;
    months++;
    taxable += toMinor(p.taxableIncome);
    insurance += toMinor(p.employeeInsurance);
    withheld += toMinor(p.pit);
  }
  return { input: { year, taxableIncome: taxable, insurance, withheld }, payslipsCounted: months };
}
