/**
 * A small payroll run: five employees in two departments for March 2026 (one with bad data, which
 * fails alone), the register with totals by department, the bank transfer list, and the journal
 * entries for @bo/ledger through account roles. Also settles January arrears for one employee.
 *
 * Run: npx tsx examples/payroll-run/main.ts
 */
import { formatMoney, toMinor } from '@bo/core';
import { computeArrears, type PayrollRunInput, runPayroll } from '@bo/payroll';

const january = {
  employeeId: 'NV002',
  name: 'Trần Thị Bình',
  period: '2026-01',
  paymentDate: '2026-01-31',
  region: 'I',
  salary: 25000000,
  dependants: 1,
  department: 'SALES',
  costCentre: 'CC-SALES',
  bank: { account: '0071000222', bank: 'VCB' },
} as const;
// January was paid on 25 M; the raise to 27 M was backdated.
const arrears = computeArrears({ original: january, corrected: { ...january, salary: 27000000 } });
const { period: _period, paymentDate: _paid, ...nv002 } = january;

const run = runPayroll(
  {
    period: '2026-03',
    paymentDate: '2026-04-05',
    employees: [
      {
        employeeId: 'NV001',
        name: 'Nguyễn Văn An',
        region: 'I',
        salary: 20000000,
        department: 'SALES',
        costCentre: 'CC-SALES',
        bank: { account: '0071000111', bank: 'VCB' },
      },
      {
        ...nv002,
        salary: 27000000,
        overtime: [{ kind: 'weekday', hours: 6 }],
      },
      {
        employeeId: 'NV003',
        name: 'Lê Minh Chi',
        region: 'I',
        salary: 50000000,
        department: 'ADMIN',
        costCentre: 'CC-ADMIN',
        insurance: { unionMember: true },
        bank: { account: '0071000333' },
      },
      {
        employeeId: 'NV004',
        name: 'Phạm Dũng',
        region: 'I',
        salary: 12000000,
        department: 'ADMIN',
        costCentre: 'CC-ADMIN',
        employment: { start: '2026-03-16' },
        allowances: [
          { code: 'MEAL', label: 'Meal allowance', labelVi: 'Phụ cấp ăn trưa', amount: 730000, tax: 'meal' },
        ],
      },
      {
        employeeId: 'NV005',
        name: 'Bad data',
        region: 'I',
        salary: 10000000,
        department: 'ADMIN',
        dependants: [{ id: 'baby', from: '2026-05-01' }],
      },
    ] satisfies PayrollRunInput['employees'],
    arrears: [arrears],
  },
  { expenseRole: (p) => (p.department === 'SALES' ? 'sellingStaffExpense' : 'salaryExpense') },
);

console.log('Register 2026-03');
for (const p of run.payslips) {
  console.log(
    `  ${p.employeeId} ${(p.name ?? '').padEnd(16)} gross ${formatMoney(p.gross).padStart(14)}  ins ${formatMoney(p.employeeInsurance).padStart(12)}  PIT ${formatMoney(p.pit).padStart(12)}  net ${formatMoney(p.net).padStart(14)}`,
  );
}
for (const [dept, t] of Object.entries(run.register.byDepartment)) {
  console.log(
    `  ${dept.padEnd(22)} ${t.headcount} staff, gross ${formatMoney(t.gross)}, employer cost ${formatMoney(t.employerCost)}`,
  );
}
console.log(
  `  total net ${formatMoney(run.register.totals.net)}; arrears net ${formatMoney(run.arrears.net)}`,
);
for (const f of run.failures)
  console.log(`  ✗ ${f.employeeId}: ${f.error.code} at ${f.error.path.join('.')} — ${f.error.messageVi}`);

console.log('\nBank transfers');
for (const t of run.bankTransfers)
  console.log(`  ${t.account.padEnd(12)} ${formatMoney(t.amount).padStart(14)}  ${t.reference}`);
for (const c of run.cashPayments) console.log(`  cash ${c.employeeId} ${formatMoney(c.amount)}`);

console.log('\nJournal entries');
for (const e of run.journalEntries) {
  console.log(`  ${e.id} (${e.postingDate}) ${e.description}`);
  let balance = 0n;
  for (const p of e.postings) {
    const side = p.debit ? 'Dr' : 'Cr';
    const amount = p.debit ?? p.credit;
    if (!amount) throw new Error('posting without amount');
    balance += p.debit ? toMinor(amount) : -toMinor(amount);
    const dims = p.dimensions ? ` ${Object.values(p.dimensions).join('/')}` : '';
    console.log(`    ${side} ${String(p.role).padEnd(30)} ${formatMoney(amount).padStart(14)}${dims}`);
  }
  if (balance !== 0n) throw new Error(`${e.id} does not balance: ${balance}`);
}

// Checks: the failing employee is isolated, totals tie out, transfers cover the net pay of banked staff.
if (run.failures.length !== 1 || run.failures[0]?.error.code !== 'PAYROLL/DEPENDANT_NOT_YET_ELIGIBLE')
  throw new Error('expected NV005 to fail alone');
if (run.payslips.length !== 4) throw new Error('expected 4 payslips');
const nv001 = run.payslips.find((p) => p.employeeId === 'NV001');
if (nv001?.net.amount.toString() !== '17780000') throw new Error(`NV001 net ${nv001?.net.amount.toString()}`);
const t = run.register.totals;
if (
  toMinor(t.gross) - toMinor(t.employeeInsurance) - toMinor(t.pit) - toMinor(t.otherDeductions) !==
  toMinor(t.net)
)
  throw new Error('register does not tie out');
if (arrears.grossDifference.amount.toString() !== '2000000') throw new Error('arrears gross difference');
console.log('\nAll checks passed.');
