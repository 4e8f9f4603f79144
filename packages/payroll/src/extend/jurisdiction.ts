import type { ParameterSet } from '@bo/core';
import { computePayslip, type PayrollOptions } from '../payslip/compute-payslip.js';
import type { PayslipInput } from '../payslip/payslip-input.js';
import type { Payslip } from '../payslip/payslip.js';
import { netToGross, type NetToGrossInput, type NetToGrossResult } from '../inverse/net-to-gross.js';
import { VN_PAYROLL_PARAMETERS, type VnPayrollParameters } from '../rules/vn/parameters.js';

/**
 * A country's payroll rules behind one interface, so that apps (and a second country's pack, written
 * outside this package) plug in the same way: dated parameters that `reform` can override, and the
 * payslip calculation. `netToGross` is optional.
 *
 * @example
 * ```ts
 * function payAll<I, R, P extends ParameterSet>(j: Jurisdiction<I, R, P>, inputs: readonly I[]): R[] {
 *   return inputs.map((i) => j.computePayslip(i));
 * }
 * ```
 */
export interface Jurisdiction<Input, Result, Params extends ParameterSet> {
  /** ISO 3166-1 alpha-2 code, e.g. `VN`. */
  readonly country: string;
  readonly name: string;
  /** The rule pack (dated parameters with legal references). */
  readonly parameters: Params;
  computePayslip(input: Input, options?: { readonly parameters?: Params; readonly trace?: boolean }): Result;
  netToGross?(input: never, options?: { readonly parameters?: Params }): unknown;
}

/**
 * Vietnam as a {@link Jurisdiction}.
 * @example VIETNAM.computePayslip({ employeeId: 'A', period: '2026-03', paymentDate: '2026-03-31', region: 'I', salary: 20000000 }).net
 */
export const VIETNAM: Jurisdiction<PayslipInput, Payslip, VnPayrollParameters> & {
  netToGross(input: NetToGrossInput, options?: PayrollOptions): NetToGrossResult;
} = {
  country: 'VN',
  name: 'Viet Nam',
  parameters: VN_PAYROLL_PARAMETERS,
  computePayslip: (input, options) => computePayslip(input, options ?? {}),
  netToGross: (input, options) => netToGross(input, options ?? {}),
};
