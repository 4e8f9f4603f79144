import { invalid } from '../internal/fail.js';
import type { Dependant } from './dependant.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Number of dependants whose registration covers a month (`registeredFrom ≤ month ≤ registeredTo`) — what
 * payroll multiplies by the per-dependant family deduction.
 * @throws BoValidationError `HR/INVALID_MONTH` when the month is not `YYYY-MM`
 * @example countDependants(employee, '2026-03') // 2
 */
export function countDependants(
  holder: { readonly dependants: readonly Dependant[] },
  month: string,
): number {
  if (typeof month !== 'string' || !MONTH.test(month)) {
    invalid(
      'HR/INVALID_MONTH',
      `month must be YYYY-MM, got ${JSON.stringify(month)}`,
      `tháng phải có dạng YYYY-MM`,
      ['month'],
    );
  }
  let n = 0;
  for (const d of holder.dependants) {
    if (d.registeredFrom <= month && (d.registeredTo === undefined || month <= d.registeredTo)) n++;
  }
  return n;
}

/** A dependant registered by more than one employee for the same month. */
export interface DependantConflict {
  readonly nationalId: string;
  readonly employeeIds: readonly string[];
  /** First overlapping month. */
  readonly from: string;
  /** Last overlapping month, or undefined when open-ended. */
  readonly to: string | undefined;
}

/**
 * Finds dependants (by CCCD) claimed by two employees for overlapping months: each dependant counts for
 * one taxpayer only (Decree 253/2026 Art. 48(2)(c)).
 * @example findDependantConflicts([alice, bob]) // [{ nationalId: '0012…', employeeIds: ['A', 'B'], from: '2026-03', to: undefined }]
 */
export function findDependantConflicts(
  employees: readonly { readonly id: string; readonly dependants: readonly Dependant[] }[],
): DependantConflict[] {
  const byId = new Map<string, { employeeId: string; d: Dependant }[]>();
  for (const e of employees) {
    for (const d of e.dependants) {
      if (d.nationalId === undefined) continue;
      const list = byId.get(d.nationalId) ?? [];
      list.push({ employeeId: e.id, d });
      byId.set(d.nationalId, list);
    }
  }
  const out: DependantConflict[] = [];
  for (const [nationalId, list] of byId) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.employeeId === b.employeeId) continue;
        const from = [a.d.registeredFrom, b.d.registeredFrom].sort()[1]!; // the later month
        let to: string | undefined = a.d.registeredTo;
        if (b.d.registeredTo !== undefined && (to === undefined || b.d.registeredTo < to))
          to = b.d.registeredTo;
        if (to === undefined || from <= to)
          out.push({ nationalId, employeeIds: [a.employeeId, b.employeeId], from, to });
      }
    }
  }
  return out;
}
