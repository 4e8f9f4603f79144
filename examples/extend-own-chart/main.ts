// Fitting bo to your own chart of accounts: payroll posts by account roles, so mapping it to your
// sub-accounts is a remap, not a code change; and a management P&L is a statement layout written as data.
// Run: npx tsx examples/extend-own-chart/main.ts
import { calendarDate, formatMoney, money } from '@bo/core';
import {
  addAccount,
  chartOfAccounts,
  createLedger,
  financialStatement,
  lineValue,
  remapRoles,
  type StatementTemplate,
  statementTemplateSchema,
} from '@bo/ledger';
import { runPayroll } from '@bo/payroll';

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`example check failed: ${what}`);
}

// 1. Your chart: TT99 plus the sub-accounts your accountant uses, and the payroll roles pointed at them.
let chart = chartOfAccounts('VN-TT99', calendarDate('2026-01-01'));
for (const [code, parent, nameVi, nameEn] of [
  ['62201', '622', 'Nhân công trực tiếp — xưởng cơ khí', 'Direct labour — machining'],
  ['64211', '6421', 'Lương bộ phận văn phòng', 'Office salaries'],
  ['33411', '334', 'Phải trả công nhân viên — lương', 'Salaries payable'],
  ['11212', '1121', 'Tiền gửi VND — BIDV (chi lương)', 'VND deposits — BIDV (payroll)'],
] as const) {
  chart = addAccount(chart, { code, parent, nameVi, nameEn });
}
chart = remapRoles(chart, {
  directLabourExpense: '62201',
  salaryExpense: '64211',
  salaryPayable: '33411',
  bankDeposits: '11212',
});
const ledger = createLedger({ chart });
ledger.post({
  id: 'OPEN',
  postingDate: calendarDate('2026-02-28'),
  description: 'Opening bank balance',
  postings: [
    { role: 'bankDeposits', debit: money('500000000', 'VND') },
    { role: 'ownersCapital', credit: money('500000000', 'VND') },
  ],
});

// 2. A payroll run posts through roles — now landing on your accounts.
const run = runPayroll(
  {
    period: '2026-03',
    paymentDate: '2026-03-31',
    employees: [
      { employeeId: 'W1', name: 'Công nhân A', region: 'II', salary: '9000000', costCentre: 'MACHINING' },
      { employeeId: 'W2', name: 'Công nhân B', region: 'II', salary: '8500000', costCentre: 'MACHINING' },
      { employeeId: 'O1', name: 'Kế toán C', region: 'II', salary: '15000000', costCentre: 'OFFICE' },
    ],
  },
  { expenseRole: (slip) => (slip.costCentre === 'MACHINING' ? 'directLabourExpense' : 'salaryExpense') },
);
ledger.postBatch(run.journalEntries);
console.log(
  `62201 ${formatMoney(ledger.balances('62201').posted)} · 64211 ${formatMoney(ledger.balances('64211').posted)} · 33411 ${formatMoney(ledger.balances('33411').posted)}`,
);
check(ledger.balances('33411').posted.amount.isZero(), 'salaries accrued and paid through your 33411');
check(
  ledger.balances('62201').posted.amount.gt(17_500_000),
  'machining labour lands on 62201 (gross + employer contributions)',
);

// 3. A management P&L by nature of cost, as data — validated like any template.
const managementPnl: StatementTemplate = {
  id: 'MGMT-PNL',
  version: '2026',
  source: 'Company management reporting pack (internal)',
  titleVi: 'Báo cáo quản trị: chi phí theo yếu tố',
  titleEn: 'Management P&L by nature of cost',
  lines: [
    {
      code: 'L1',
      labelVi: 'Chi phí nhân công',
      labelEn: 'People cost',
      sources: [{ kind: 'movement', accounts: ['622', '6271', '6411', '6421'], sign: 1 }],
    },
    {
      code: 'L2',
      labelVi: 'trong đó: xưởng cơ khí',
      labelEn: 'of which: machining',
      sources: [{ kind: 'movement', accounts: ['62201'], sign: 1 }],
    },
    {
      code: 'L3',
      labelVi: 'Khấu hao',
      labelEn: 'Depreciation',
      sources: [{ kind: 'movement', accounts: ['6274', '6414', '6424'], sign: 1 }],
    },
    {
      code: 'L9',
      labelVi: 'Tổng chi phí',
      labelEn: 'Total cost',
      sources: [
        {
          kind: 'sum',
          lines: [
            { code: 'L1', sign: 1 },
            { code: 'L3', sign: 1 },
          ],
        },
      ],
    },
  ],
};
// e.g. a layout loaded from JSON; financialStatement validates too (LEDGER/INVALID_TEMPLATE)
const layout: StatementTemplate = statementTemplateSchema.parse(JSON.parse(JSON.stringify(managementPnl)));
const pnl = financialStatement(ledger, layout, {
  from: calendarDate('2026-03-01'),
  to: calendarDate('2026-03-31'),
});
for (const row of pnl.rows)
  console.log(`  ${row.code}  ${row.labelVi.padEnd(28)} ${formatMoney(row.current).padStart(16)}`);
check(
  lineValue(pnl, 'L1').amount.eq(run.register.totals.employerCost.amount),
  'people cost = the run’s employer cost',
);
