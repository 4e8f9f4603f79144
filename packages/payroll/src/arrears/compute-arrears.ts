import { BoValidationError, type Money, toMinor } from '@bo/core';
import { vnd } from '../internal/exact.js';
import { computePayslip, type PayrollOptions } from '../payslip/compute-payslip.js';
import type { PayslipInput } from '../payslip/payslip-input.js';
import type { Payslip, PayslipLine } from '../payslip/payslip.js';

/**
 * One line of an arrears computation: the line as paid, as it should have been, and the difference.
 * @example const d: ArrearsLine = arrears.lines[0];
 */
export interface ArrearsLine {
  readonly code: string;
  readonly label: string;
  readonly labelVi: string;
  readonly section: PayslipLine['section'];
  readonly original: Money;
  readonly corrected: Money;
  readonly difference: Money;
}

/**
 * Arrears (truy lĩnh / truy thu) of one employee for one past period.
 * @example const a: Arrears = computeArrears({ original, corrected });
 */
export interface Arrears {
  readonly employeeId: string;
  /** The past period recomputed. */
  readonly period: string;
  readonly original: Payslip;
  readonly corrected: Payslip;
  /** Per-line differences (lines present on either side), zero lines left out. */
  readonly lines: readonly ArrearsLine[];
  /** Corrected gross − original gross. */
  readonly grossDifference: Money;
  /** Corrected net − original net: positive = pay the employee, negative = recover. */
  readonly netDifference: Money;
  /** Corrected − original employer contributions. */
  readonly employerDifference: Money;
}

function key(l: PayslipLine, seen: Map<string, number>): string {
  const n = seen.get(l.code) ?? 0;
  seen.set(l.code, n + 1);
  return n === 0 ? l.code : `${l.code}#${n}`;
}

/**
 * Recomputes a past period with corrected inputs and returns the per-line differences to settle in a
 * later period (pass them to `runPayroll` as `arrears`). Both payslips use the original period's rules:
 * insurance by that contribution month, PIT by the original payment date's tax period (the difference
 * in PIT is a correction of that period's withholding; the annual finalisation reconciles the year).
 *
 * @throws BoValidationError `PAYROLL/ARREARS_MISMATCH` when the two inputs are not the same employee and period
 * @example
 * ```ts
 * const original = { employeeId: 'NV001', period: '2026-01', paymentDate: '2026-01-31', region: 'I', salary: 20000000 } as const;
 * const a = computeArrears({ original, corrected: { ...original, salary: 22000000 } });
 * a.grossDifference.amount.toString(); // '2000000'
 * ```
 */
export function computeArrears(
  input: { readonly original: PayslipInput; readonly corrected: PayslipInput },
  options: PayrollOptions = {},
): Arrears {
  const { original, corrected } = input;
  for (const field of ['employeeId', 'period', 'paymentDate'] as const) {
    if (original?.[field] !== corrected?.[field]) {
      throw new BoValidationError({
        code: 'PAYROLL/ARREARS_MISMATCH',
        message: `original and corrected must have the same ${field}`,
        messageVi: `bản gốc và bản điều chỉnh phải cùng ${field}`,
        path: ['corrected', field],
      });
    }
  }
  const a = computePayslip(original, options);
  const b = computePayslip(corrected, options);
  const rows = new Map<string, { line: PayslipLine; o: bigint; c: bigint }>();
  const seenA = new Map<string, number>();
  for (const l of a.lines) rows.set(key(l, seenA), { line: l, o: toMinor(l.amount), c: 0n });
  const seenB = new Map<string, number>();
  b.lines.forEach((l) => {
    const k = key(l, seenB);
    const hit = rows.get(k);
    if (hit) hit.c = toMinor(l.amount);
    else rows.set(k, { line: l, o: 0n, c: toMinor(l.amount) });
  });
  const lines: ArrearsLine[] = [];
  for (const { line, o, c } of rows.values()) {
    if (o === c) continue;
    lines.push({
      code: line.code,
      label: line.label,
      labelVi: line.labelVi,
      section: line.section,
      original: vnd(o),
      corrected: vnd(c),
      difference: vnd(c - o),
    });
  }
  return {
    employeeId: a.employeeId,
    period: a.period,
    original: a,
    corrected: b,
    lines,
    grossDifference: vnd(toMinor(b.gross) - toMinor(a.gross)),
    netDifference: vnd(toMinor(b.net) - toMinor(a.net)),
    employerDifference: vnd(toMinor(b.employerContributions) - toMinor(a.employerContributions)),
  };
}
