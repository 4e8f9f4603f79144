import { VN_PAYROLL_PARAMETERS } from '../rules/vn/parameters.js';
import type { PayrollOptions } from './compute-payslip.js';
import { evaluatePlan } from './evaluate.js';
import { type PayslipInput, parsePayslipInputKeyed, parseWithSchema } from './payslip-input.js';
import { DEFAULT_ROUNDING } from './payslip.js';
import { planFor } from './plan.js';

/**
 * The totals of a payslip in whole đồng (bigint minor units), without building `Money` lines — the
 * fast path for bulk what-ifs and simulations. Same rules, rounding and errors as `computePayslip`;
 * convert with core's `moneyFromMinor(x, 'VND')` when needed.
 *
 * @example
 * const a: PayslipAmounts = computePayslipAmounts({ employeeId: 'A', period: '2026-03', paymentDate: '2026-03-31', region: 'I', salary: 20000000 });
 */
export interface PayslipAmounts {
  readonly employeeId: string;
  readonly gross: bigint;
  readonly taxableIncome: bigint;
  readonly assessableIncome: bigint;
  readonly employeeInsurance: bigint;
  readonly pit: bigint;
  readonly otherDeductions: bigint;
  readonly net: bigint;
  readonly employerContributions: bigint;
  readonly employerCost: bigint;
}

/**
 * Computes a payslip's totals as bigint đồng (no `Money` objects, no lines): two to three times as fast as
 * {@link computePayslip}, identical amounts (tested).
 *
 * @throws the same typed errors as `computePayslip`
 * @example
 * ```ts
 * computePayslipAmounts({ employeeId: 'A', period: '2026-03', paymentDate: '2026-03-31', region: 'I', salary: 20000000 }).net; // 17780000n
 * ```
 */
export function computePayslipAmounts(input: PayslipInput, options: PayrollOptions = {}): PayslipAmounts {
  const { parsed, planKey } = parsePayslipInputKeyed(input, parseWithSchema);
  const plan = planFor(parsed, options.parameters ?? VN_PAYROLL_PARAMETERS, planKey);
  const ev = evaluatePlan(plan, parsed.salary, options.rounding ?? DEFAULT_ROUNDING);
  const ins = ev.ee.si + ev.ee.hi + ev.ee.ui;
  const er = ev.er.sickness + ev.er.retirement + ev.er.accident + ev.er.hi + ev.er.ui + ev.er.unionFee;
  return {
    employeeId: parsed.employeeId,
    gross: ev.gross,
    taxableIncome: ev.taxable,
    assessableIncome: ev.assessable,
    employeeInsurance: ins,
    pit: ev.pit,
    otherDeductions: ev.dues + ev.deductions,
    net: ev.net,
    employerContributions: er,
    employerCost: ev.gross + er,
  };
}
