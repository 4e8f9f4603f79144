// Step 2 — @bo/payroll: every employee's payslip (gross → net, insurance, PIT, employer cost), the run's
// register, bank list and journal entries, with July–August arrears for one backdated raise.
import { toMinor } from '@bo/core';
import type { AccountRole } from '@bo/ledger';
import {
  type Arrears,
  computeArrears,
  type PayrollRunResult,
  type PayslipInput,
  payslipInputFromHrRecords,
  runPayroll,
} from '@bo/payroll';
import { contractTermsAsOf } from '@bo/hr';
import type { CalendarDate } from '@bo/core';
import type { Company } from './data.js';
import type { PersonMonth } from './people.js';

/** Where each cost centre's salary cost goes (Circular 99/2025 accounts through @bo/ledger's roles). */
export const EXPENSE_ROLE: Readonly<Record<string, AccountRole>> = {
  PRODUCTION: 'directLabourExpense', // 622 — direct labour
  FACTORY: 'productionStaffExpense', // 6271 — factory staff
  SALES: 'sellingStaffExpense', // 6411 — selling staff
  ADMIN: 'salaryExpense', // 6421 — administrative staff
};

/** One employee's payslip input, straight from the HR records and the month's summary. */
export function payslipInput(company: Company, person: PersonMonth): PayslipInput {
  return payslipInputFromHrRecords({
    employee: person.employee,
    contract: person.contract,
    summary: person.summary,
    paymentDate: company.paymentDate,
    allowancePolicies: company.allowanceTax,
    costCentre: person.costCentre,
    unionMember: company.unionMembers.includes(person.employee.id),
  });
}

/** July and August are re-paid on the amended salary: the per-line differences settle in September. */
export function backdatedArrears(company: Company, person: PersonMonth): Arrears[] {
  const amendment = person.contract.amendments.find(
    (a) => a.signedOn.startsWith(company.month) && a.effectiveFrom < `${company.month}-01`,
  );
  if (!amendment) return [];
  const months = ['2026-07', '2026-08'].filter((m) => `${m}-01` >= amendment.effectiveFrom);
  return months.map((month) => {
    const paidOn = month === '2026-07' ? '2026-08-05' : '2026-09-05';
    const before = contractTermsAsOf({ ...person.contract, amendments: [] }, `${month}-15` as CalendarDate);
    const after = contractTermsAsOf(person.contract, `${month}-15` as CalendarDate);
    // The past month as it was paid: a full month on the old salary (no overtime that month).
    const { attendance: _a, overtime: _o, nightMinutes: _n, ...september } = payslipInput(company, person);
    const original: PayslipInput = {
      ...september,
      period: month,
      paymentDate: paidOn,
      salary: before.payableSalary.amount.toFixed(0),
    };
    return computeArrears({
      original,
      corrected: { ...original, salary: after.payableSalary.amount.toFixed(0) },
    });
  });
}

export function runMonthPayroll(company: Company, people: readonly PersonMonth[]): PayrollRunResult {
  const arrears = people.flatMap((p) => backdatedArrears(company, p));
  const run = runPayroll(
    {
      period: company.month,
      paymentDate: company.paymentDate,
      documentNumber: `BL-${company.month}`,
      employees: people.map((p) => {
        const { period: _p, paymentDate: _d, ...input } = payslipInput(company, p);
        return input;
      }),
      arrears,
    },
    {
      trace: true,
      expenseRole: (slip) => {
        const role = EXPENSE_ROLE[slip.costCentre ?? ''];
        if (!role) throw new Error(`no expense role for cost centre ${slip.costCentre}`);
        return role;
      },
    },
  );
  if (run.failures.length > 0) {
    throw new Error(
      `payroll failed for ${run.failures.map((f) => `${f.employeeId}: ${f.error.message}`).join('; ')}`,
    );
  }
  // Reconcile: the register's totals are the sums of the payslips, to the đồng.
  let gross = 0n;
  for (const s of run.payslips) gross += toMinor(s.gross);
  if (gross !== toMinor(run.register.totals.gross))
    throw new Error('register total differs from the payslips');
  return run;
}
