/**
 * Migrate from hledger / ledger-cli: import a plain-text journal (with a balance assertion and a
 * USD posting priced in VND), post it atomically into Circular 99 books, print the trial balance,
 * and export it back. Throws if a figure is wrong.
 *
 * Run: npx tsx examples/ledger-plain-text/main.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { calendarDate } from '@bo/core';
import {
  chartOfAccounts,
  createLedger,
  formatPlainTextJournal,
  parsePlainTextJournal,
  trialBalance,
} from '@bo/ledger';

const journal = `; exported from another tool — accounts are TT99 codes (the last ':' segment is the code)
2026-01-01 Tồn quỹ đầu kỳ / Opening cash
    assets:111:1111              5,000,000 VND
    equity:411:41111

2026-01-02 * (GBC-001) Góp vốn / Capital contribution
    assets:112:1121          2,000,000,000 VND
    equity:411:41111

2026-01-10 (PC-001) Mua văn phòng phẩm / Office supplies
    expenses:642:6427             1,100,000 VND
    assets:111:1111

2026-01-15 Nhận USD từ khách hàng / USD receipt from a customer
    assets:112:1122              1,000.00 USD @ 25,400 VND
    assets:131                  -25,400,000 VND

2026-01-31 Kiểm tra số dư / Balance check
    assets:112:1121                      0 VND = 2,000,000,000 VND
    assets:111:1111                      0 VND
`;

const { entries } = parsePlainTextJournal(journal);
const ledger = createLedger({ chart: chartOfAccounts('VN-TT99') });
ledger.postBatchMinor(entries); // atomic: all or nothing, balance-checked and hash-chained

const tb = trialBalance(
  ledger,
  { from: calendarDate('2026-01-01'), to: calendarDate('2026-01-31') },
  { levels: 1 },
);
console.log('Bảng cân đối tài khoản (cấp 1) — tháng 1/2026 (đồng)');
for (const r of tb.rows) {
  const close = r.closingDebit.amount.minus(r.closingCredit.amount);
  console.log(`  ${r.account.padEnd(5)} ${r.nameVi.padEnd(44)} ${close.toFixed().padStart(16)}`);
}
const usd = ledger.currencyBalances('1122')[0];
console.log(
  `  1122 holds ${usd?.original.amount.toFixed(2)} USD carried at ${usd?.functional.amount.toFixed()} VND`,
);

const check = (what: string, actual: string, expected: string) => {
  if (actual !== expected) throw new Error(`${what}: expected ${expected}, got ${actual}`);
};
check('trial balance', tb.totals.closingDebit.amount.toFixed(), tb.totals.closingCredit.amount.toFixed());
check('112', ledger.balances('112').posted.amount.toFixed(), '2025400000');
check('111', ledger.balances('111').posted.amount.toFixed(), '3900000');
check('USD', usd?.original.amount.toFixed() ?? '', '1000');
check('entries', String(ledger.entries().length), '5');

const out = new URL('./out/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('books.journal', out), formatPlainTextJournal(ledger));
console.log(
  '\nExported to examples/ledger-plain-text/out/books.journal (hledger -f … bal gives the same balances).',
);
