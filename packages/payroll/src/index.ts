/**
 * @packageDocumentation
 * @bo/payroll — work in progress; see docs/payroll.md.
 */
export {};
