/**
 * Set up a company's books under Circular 99/2025/TT-BTC, post January 2026 (capital, purchases,
 * sales, payroll, depreciation, a USD receipt and its month-end revaluation), close the month and
 * print B01-DN and B02-DN. Throws if any figure or cross-check is wrong.
 *
 * Run: npx tsx examples/ledger-month/main.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { calendarDate, money } from '@bo/core';
import {
  addAccount,
  B01_DN_TT99,
  B02_DN_TT99,
  B03_DN_TT99,
  chartOfAccounts,
  closePeriod,
  configureAccount,
  createLedger,
  depreciationEntries,
  exportSnapshot,
  type FinancialStatement,
  financialStatement,
  formatPlainTextJournal,
  importSnapshot,
  type JournalEntryInput,
  lineValue,
  remapRoles,
  revalueForeignCurrency,
  snapshotToJSON,
  straightLine,
  trialBalance,
} from '@bo/ledger';

const d = calendarDate;
const vnd = (x: number) => money(String(x), 'VND');

// 1. Books: TT99 chart, a user sub-account for the main bank, roles remapped to it, no overdraft.
let chart = chartOfAccounts('VN-TT99', d('2026-01-01'));
chart = addAccount(chart, {
  code: '11211',
  nameVi: 'Tiền gửi VND — Vietcombank',
  nameEn: 'VND deposits — Vietcombank',
  parent: '1121',
});
chart = remapRoles(chart, { bankDeposits: '11211' });
chart = configureAccount(chart, '11211', { limits: { min: '0' } });
chart = configureAccount(chart, '131', { requiredDimensions: ['counterparty'] });
chart = configureAccount(chart, '331', { requiredDimensions: ['counterparty'] });
const ledger = createLedger({ chart });

// 2. January 2026.
const month: JournalEntryInput[] = [
  {
    id: 'GV-01',
    postingDate: d('2026-01-02'),
    documentNumber: 'GBC-001',
    description: 'Chủ sở hữu góp vốn / Owners contribute capital',
    postings: [
      { role: 'bankDeposits', debit: vnd(2_000_000_000) },
      { role: 'ownersCapital', credit: vnd(2_000_000_000) },
    ],
  },
  {
    id: 'TS-01',
    postingDate: d('2026-01-02'),
    documentNumber: 'HD-TS01',
    description: 'Mua máy chủ / Buy a server (fixed asset)',
    postings: [
      { role: 'tangibleFixedAssets', debit: vnd(120_000_000) },
      { role: 'inputVatFixedAssets', debit: vnd(12_000_000) },
      { role: 'bankDeposits', credit: vnd(132_000_000) },
    ],
  },
  {
    id: 'NK-01',
    postingDate: d('2026-01-05'),
    documentNumber: 'PNK-001',
    description: 'Mua hàng chưa trả tiền / Buy goods on credit',
    postings: [
      { role: 'merchandise', debit: vnd(400_000_000) },
      { role: 'inputVatDeductible', debit: vnd(40_000_000) },
      { role: 'tradePayables', credit: vnd(440_000_000), dimensions: { counterparty: 'NCC-ABC' } },
    ],
  },
  {
    id: 'BH-01',
    postingDate: d('2026-01-15'),
    documentNumber: 'HD-0001',
    description: 'Bán hàng cho KH-A / Sale to customer A',
    postings: [
      { role: 'tradeReceivables', debit: vnd(660_000_000), dimensions: { counterparty: 'KH-A' } },
      { role: 'salesRevenueGoods', credit: vnd(600_000_000) },
      { role: 'outputVatPayable', credit: vnd(60_000_000) },
    ],
  },
  {
    id: 'GV-BH-01',
    postingDate: d('2026-01-15'),
    documentNumber: 'PXK-001',
    description: 'Giá vốn hàng bán / Cost of goods sold',
    postings: [
      { role: 'costOfGoodsSold', debit: vnd(320_000_000) },
      { role: 'merchandise', credit: vnd(320_000_000) },
    ],
  },
  {
    id: 'USD-01',
    postingDate: d('2026-01-20'),
    documentNumber: 'GBC-USD-01',
    description: 'KH-B trả trước bằng USD / Customer B pays in advance in USD',
    postings: [
      { role: 'bankDepositsForeignCurrency', debit: money('5000', 'USD'), rate: '25350' },
      { role: 'tradeReceivables', credit: vnd(126_750_000), dimensions: { counterparty: 'KH-B' } },
    ],
  },
  {
    id: 'TT-01',
    postingDate: d('2026-01-25'),
    documentNumber: 'UNC-001',
    description: 'Trả nợ NCC-ABC / Pay supplier',
    postings: [
      { role: 'tradePayables', debit: vnd(300_000_000), dimensions: { counterparty: 'NCC-ABC' } },
      { role: 'bankDeposits', credit: vnd(300_000_000) },
    ],
  },
  // Payroll as @bo/payroll produces it: roles, not account numbers (reference note §B4 rates).
  {
    id: 'PR-01-ACCRUE',
    postingDate: d('2026-01-31'),
    documentNumber: 'BL-01/2026',
    description: 'Tiền lương tháng 1 / January salaries',
    postings: [
      { role: 'salaryExpense', debit: vnd(60_000_000), dimensions: { department: 'ADMIN' } },
      { role: 'salaryPayable', credit: vnd(60_000_000) },
    ],
  },
  {
    id: 'PR-01-EMPLOYER',
    postingDate: d('2026-01-31'),
    documentNumber: 'BL-01/2026',
    description: 'Trích theo lương phần doanh nghiệp / Employer contributions 23.5%',
    postings: [
      { role: 'salaryExpense', debit: vnd(14_100_000), dimensions: { department: 'ADMIN' } },
      { role: 'unionFeePayable', credit: vnd(1_200_000) },
      { role: 'socialInsurancePayable', credit: vnd(10_500_000) },
      { role: 'healthInsurancePayable', credit: vnd(1_800_000) },
      { role: 'unemploymentInsurancePayable', credit: vnd(600_000) },
    ],
  },
  {
    id: 'PR-01-EMPLOYEE',
    postingDate: d('2026-01-31'),
    documentNumber: 'BL-01/2026',
    description: 'Khấu trừ lương người lao động / Employee deductions 10.5% and PIT',
    postings: [
      { role: 'salaryPayable', debit: vnd(6_660_000) },
      { role: 'socialInsurancePayable', credit: vnd(4_800_000) },
      { role: 'healthInsurancePayable', credit: vnd(900_000) },
      { role: 'unemploymentInsurancePayable', credit: vnd(600_000) },
      { role: 'pitPayable', credit: vnd(360_000) },
    ],
  },
  {
    id: 'PR-01-PAY',
    postingDate: d('2026-01-31'),
    documentNumber: 'UNC-002',
    description: 'Chi trả lương / Pay net salaries',
    postings: [
      { role: 'salaryPayable', debit: vnd(53_340_000) },
      { role: 'bankDeposits', credit: vnd(53_340_000) },
    ],
  },
];
ledger.postBatch(month);

// Depreciation of the server: 120,000,000 over 10 years → 1,000,000 a month (Circular 45/2013).
const schedule = straightLine({
  cost: vnd(120_000_000),
  usefulLifeMonths: 120,
  inServiceDate: d('2026-01-01'),
});
ledger.postBatch(
  depreciationEntries(schedule, {
    assetId: 'TS-01',
    expense: { role: 'depreciationExpenseAdmin' },
    accumulated: { role: 'accumulatedDepreciationTangible' },
  }).slice(0, 1),
);

// Month-end FX revaluation of the USD deposit at 25,420 → gain 350,000 through 4131 to 515.
revalueForeignCurrency(ledger, { date: d('2026-01-31'), rates: { USD: '25420' }, id: 'FX-2026-01' });

// 3. Close January: revenue and expenses → 911 → 4212, then lock.
const JAN = { from: d('2026-01-01'), to: d('2026-01-31') };
const b02 = financialStatement(ledger, B02_DN_TT99, JAN);
const { profit } = closePeriod(ledger, { through: d('2026-01-31'), id: 'CLOSE-2026-01' });
const b01 = financialStatement(ledger, B01_DN_TT99, JAN);
const b03 = financialStatement(ledger, B03_DN_TT99, JAN);

// 4. Print (đồng grouped with dots, as Vietnamese statements are printed).
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const fmt = (s: FinancialStatement) =>
  s.rows
    .filter((r) => !r.current.amount.isZero())
    .map(
      (r) =>
        `  ${r.code.padStart(3)}  ${r.labelVi.slice(0, 58).padEnd(58)} ${group(r.current.amount.toFixed()).padStart(16)}`,
    )
    .join('\n');
console.log(`B02-DN ${B02_DN_TT99.titleVi} — tháng 1/2026 (đồng)\n${fmt(b02)}\n`);
console.log(`B01-DN ${B01_DN_TT99.titleVi} — 31/01/2026 (đồng)\n${fmt(b01)}\n`);
for (const c of [...b01.checks, ...b03.checks])
  console.log(`  check: ${c.labelEn}: ${c.ok ? 'OK' : 'FAILED'}`);

// 5. Check the figures; throw if anything is wrong.
function expectEqual(what: string, actual: string, expected: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${expected}, got ${actual}`);
}
// revenue 600,000,000 − COGS 320,000,000 − G&A (74,100,000 payroll + 1,000,000 depreciation) + FX gain 350,000
expectEqual('B02 line 60 (profit after tax)', lineValue(b02, '60').amount.toFixed(), '205250000');
expectEqual('closing profit', profit.amount.toFixed(), '205250000');
expectEqual('B01 280 = 440', lineValue(b01, '280').amount.toFixed(), lineValue(b01, '440').amount.toFixed());
expectEqual(
  'B03 70 = B01 110',
  lineValue(b03, '70').amount.toFixed(),
  lineValue(b01, '110').amount.toFixed(),
);
expectEqual('gross receivable KH-A (B01 131)', lineValue(b01, '131').amount.toFixed(), '660000000');
expectEqual('advance from KH-B (B01 312)', lineValue(b01, '312').amount.toFixed(), '126750000');
expectEqual('334 settled', ledger.balances('334').posted.amount.toFixed(), '0');
if (!b01.checks.every((c) => c.ok) || !b03.checks.every((c) => c.ok))
  throw new Error('a statement cross-check failed');
const tb = trialBalance(ledger, JAN);
expectEqual(
  'trial balance',
  tb.totals.closingDebit.amount.toFixed(),
  tb.totals.closingCredit.amount.toFixed(),
);
if (!ledger.verify().ok) throw new Error('hash chain does not verify');

// 6. Backup and plain-text export for hledger / ledger-cli, under out/.
const outDir = new URL('./out/', import.meta.url);
mkdirSync(outDir, { recursive: true });
const snapshot = snapshotToJSON(exportSnapshot(ledger));
writeFileSync(new URL('books-2026-01.json', outDir), snapshot);
writeFileSync(new URL('books-2026-01.journal', outDir), formatPlainTextJournal(ledger));
expectEqual('snapshot round trip', snapshotToJSON(exportSnapshot(importSnapshot(snapshot))), snapshot);
console.log(
  `\n${ledger.entries().length} entries, chain verified; snapshot and journal written to examples/ledger-month/out/`,
);
