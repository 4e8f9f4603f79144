import { isMoney, toMinor } from '@bo/core';
import { journalEntryInputSchema } from '@bo/ledger';
import { describe, expect, it } from 'vitest';
import { runPayroll } from '../src/index.js';

const run = runPayroll(
  {
    period: '2026-03',
    paymentDate: '2026-04-05',
    employees: [
      {
        employeeId: 'NV001',
        name: 'An',
        region: 'I',
        salary: 20000000,
        department: 'SALES',
        costCentre: 'CC-S',
        bank: { account: '0011', bank: 'VCB' },
      },
      {
        employeeId: 'NV002',
        name: 'Bình',
        region: 'I',
        salary: 25000000,
        dependants: 1,
        department: 'SALES',
        costCentre: 'CC-S',
        bank: { account: '0022' },
        deductions: [{ code: 'ADVANCE', label: 'Advance', amount: 1000000, kind: 'advance' }],
      },
      {
        employeeId: 'NV003',
        name: 'Chi',
        region: 'I',
        salary: 50000000,
        department: 'ADMIN',
        costCentre: 'CC-A',
        insurance: { unionMember: true },
      },
      { employeeId: 'NV004', name: 'Bad', region: 'V' as never, salary: 10000000, department: 'ADMIN' },
      { employeeId: 'NV005', name: 'Neg', region: 'I', salary: -5, department: 'ADMIN' },
    ],
  },
  { expenseRole: (p) => (p.department === 'SALES' ? 'sellingStaffExpense' : 'salaryExpense') },
);
const n = (m: Parameters<typeof toMinor>[0]) => toMinor(m);

describe('runPayroll', () => {
  it('fails bad employees one by one with typed errors naming the field', () => {
    expect(run.payslips.map((p) => p.employeeId)).toEqual(['NV001', 'NV002', 'NV003']);
    expect(run.failures.map((f) => [f.employeeId, f.error.code, f.error.path.join('.')])).toEqual([
      ['NV004', 'PAYROLL/INVALID_INPUT', 'region'],
      ['NV005', 'PAYROLL/INVALID_INPUT', 'salary'],
    ]);
  });

  it('totals the register by department and cost centre', () => {
    const t = run.register.totals;
    expect(t.headcount).toBe(3);
    expect(n(t.gross)).toBe(95000000n);
    expect(n(t.net)).toBe(run.payslips.reduce((a, p) => a + n(p.net), 0n));
    expect(n(run.register.byDepartment.SALES!.gross)).toBe(45000000n);
    expect(n(run.register.byCostCentre['CC-A']!.gross)).toBe(50000000n);
    expect(n(t.gross) - n(t.employeeInsurance) - n(t.pit) - n(t.otherDeductions)).toBe(n(t.net));
    expect(n(t.otherDeductions)).toBe(1000000n + 234000n);
  });

  it('lists bank transfers and cash payments', () => {
    expect(run.bankTransfers.map((b) => [b.employeeId, b.account, n(b.amount)])).toEqual([
      ['NV001', '0011', 17780000n],
      ['NV002', '0022', 22341250n - 1000000n],
    ]);
    expect(run.cashPayments.map((c) => c.employeeId)).toEqual(['NV003']);
  });

  it('produces balanced JournalEntryInputs through account roles', () => {
    expect(run.journalEntries.map((e) => e.id)).toEqual([
      'PR-2026-03-ACCRUE',
      'PR-2026-03-WITHHOLD',
      'PR-2026-03-EMPLOYER',
      'PR-2026-03-PAY',
    ]);
    for (const e of run.journalEntries) {
      expect(journalEntryInputSchema.safeParse(e).success, e.id).toBe(true);
      let debit = 0n;
      let credit = 0n;
      for (const p of e.postings) {
        if (p.debit && isMoney(p.debit)) debit += n(p.debit);
        if (p.credit && isMoney(p.credit)) credit += n(p.credit);
      }
      expect(debit, e.id).toBe(credit);
    }
    const withhold = run.journalEntries[1]!;
    const credit = (role: string) =>
      withhold.postings.filter((p) => p.role === role).reduce((a, p) => a + n(p.credit!), 0n);
    expect(credit('pitPayable')).toBe(n(run.register.totals.pit));
    expect(credit('employeeAdvances')).toBe(1000000n);
    expect(credit('socialInsurancePayable')).toBe(1600000n + 2000000n + 3744000n);
    const employer = run.journalEntries[2]!;
    expect(
      employer.postings.filter((p) => p.role === 'unionFeePayable').reduce((a, p) => a + n(p.credit!), 0n),
    ).toBe(400000n + 500000n + 936000n);
    const accrual = run.journalEntries[0]!;
    expect(accrual.postings.find((p) => p.role === 'sellingStaffExpense')?.dimensions).toEqual({
      costCentre: 'CC-S',
      department: 'SALES',
    });
    expect(run.journalEntries[3]!.postingDate).toBe('2026-04-05');
  });
});

describe('runPayroll bad run input', () => {
  it('names the run-level field', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as { code: string }).code, (e as { path: unknown[] }).path];
      }
      return undefined;
    };
    expect(codeOf(() => runPayroll({ period: '2026-13', paymentDate: '2026-04-05', employees: [] }))).toEqual(
      ['PAYROLL/INVALID_INPUT', ['period']],
    );
    expect(codeOf(() => runPayroll({ period: '2026-03', paymentDate: '2026-02-30', employees: [] }))).toEqual(
      ['PAYROLL/INVALID_INPUT', ['paymentDate']],
    );
    expect(
      codeOf(() => runPayroll({ period: '2026-03', paymentDate: '2026-04-05', employees: null as never })),
    ).toEqual(['PAYROLL/INVALID_INPUT', ['employees']]);
  });
  it('gives an empty, balanced result for no employees', () => {
    const r = runPayroll({ period: '2026-03', paymentDate: '2026-04-05', employees: [] });
    expect(r.journalEntries).toEqual([]);
    expect(r.register.totals.headcount).toBe(0);
  });
});
