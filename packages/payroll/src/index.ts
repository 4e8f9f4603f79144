/**
 * @packageDocumentation
 * @bo/payroll — Vietnamese payroll to the đồng: gross↔net, insurance, PIT, payslips that explain
 * every line, runs that post to the ledger. Guide: docs/payroll.md.
 */
export {
  VN_PAYROLL_PARAMETERS,
  VnTariffSchema,
  VnMinimumWageSchema,
  type VnPayrollParameters,
} from './rules/vn/parameters.js';
export { VN_REFERENCES } from './rules/vn/references.js';
export type { VnRegion } from './rules/vn/resolve-rules.js';
export {
  PayslipInputSchema,
  AttendanceSchema,
  AllowanceSchema,
  OvertimeSchema,
  DependantSchema,
  type PayslipInput,
  type ParsedPayslipInput,
} from './payslip/payslip-input.js';
export { DEFAULT_ROUNDING, type Payslip, type PayslipLine, type PayrollRounding } from './payslip/payslip.js';
export { computePayslip, type PayrollOptions } from './payslip/compute-payslip.js';
export { netToGross, type NetToGrossInput, type NetToGrossResult } from './inverse/net-to-gross.js';
export { residentPit } from './tax/resident-pit.js';
export {
  finaliseAnnualPit,
  AnnualPitInputSchema,
  type AnnualPitInput,
  type AnnualPitResult,
} from './annual/finalise-annual-pit.js';
export {
  terminationAllowance,
  TerminationAllowanceInputSchema,
  type TerminationAllowanceInput,
  type TerminationAllowanceResult,
} from './termination/termination-allowance.js';
export {
  runPayroll,
  type PayrollRunInput,
  type PayrollRunOptions,
  type PayrollRunResult,
  type PayrollRunFailure,
  type PayrollTotals,
  type BankTransfer,
} from './run/run-payroll.js';
export { payslipInputFromHrSummary, type HrPayslipFacts } from './adapters/from-hr-summary.js';
export { computePayslipAmounts, type PayslipAmounts } from './payslip/compute-payslip-amounts.js';
export { computeArrears, type Arrears, type ArrearsLine } from './arrears/compute-arrears.js';
export {
  defineComponents,
  evaluateComponents,
  type ComponentRule,
  type ComponentGraph,
} from './extend/components.js';
export { VIETNAM, type Jurisdiction } from './extend/jurisdiction.js';
export { annualInputFromPayslips } from './annual/annual-input-from-payslips.js';
export {
  payslipInputFromHrRecords,
  type AllowancePolicy,
  type HrRecordsInput,
} from './adapters/from-hr-records.js';
