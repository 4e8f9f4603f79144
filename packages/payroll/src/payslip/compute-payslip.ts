import { type VnPayrollParameters, VN_PAYROLL_PARAMETERS } from '../rules/vn/parameters.js';
import { evaluatePlan, toPayslip } from './evaluate.js';
import { type PayslipInput, parsePayslipInputKeyed, parseWithSchema } from './payslip-input.js';
import { DEFAULT_ROUNDING, type Payslip, type PayrollRounding } from './payslip.js';
import { planFor } from './plan.js';

/**
 * Options of {@link computePayslip} and the other payroll calculations.
 * @example const o: PayrollOptions = { trace: true, rounding: { mode: 'half-up', insurance: 'per-line' } };
 */
export interface PayrollOptions {
  /** The rule pack, or a `reform` of it (default {@link VN_PAYROLL_PARAMETERS}). */
  readonly parameters?: VnPayrollParameters;
  /** Rounding points (default {@link DEFAULT_ROUNDING}). */
  readonly rounding?: PayrollRounding;
  /** Build the full explain trace (slower). */
  readonly trace?: boolean;
}

/**
 * Computes one employee's payslip (gross → net) under the Vietnamese rules in force: insurance by
 * the contribution month (`period`), PIT by the tax period of `paymentDate`.
 *
 * @throws BoValidationError `PAYROLL/INVALID_INPUT` naming the field (negative salary, unknown region…),
 *   `PAYROLL/DEPENDANT_NOT_YET_ELIGIBLE`, `PAYROLL/UNPAID_DAYS_EXCEED`, `PAYROLL/NOT_EMPLOYED_IN_PERIOD`
 * @throws BoRuleError `PAYROLL/NO_RULES_FOR_DATE` when a rule has no value on the date (path `period` or `paymentDate`)
 * @example
 * ```ts
 * const slip = computePayslip({ employeeId: 'NV001', period: '2026-03', paymentDate: '2026-03-31', region: 'I', salary: '20000000' });
 * slip.pit.amount.toString(); // '120000'
 * slip.net.amount.toString(); // '17780000'
 * ```
 */
export function computePayslip(input: PayslipInput, options: PayrollOptions = {}): Payslip {
  const { parsed, planKey } = parsePayslipInputKeyed(input, parseWithSchema);
  const plan = planFor(parsed, options.parameters ?? VN_PAYROLL_PARAMETERS, planKey);
  const ev = evaluatePlan(plan, parsed.salary, options.rounding ?? DEFAULT_ROUNDING);
  return toPayslip(plan, parsed.salary, ev, options.trace === true);
}
