/**
 * Migrate from hledger / ledger-cli: import a plain-text journal (with a balance assertion and a
 * USD posting priced in VND), post it atomically into Circular 99 books, print the trial balance,
 * and export it back. Then import a year of daily sales (20,000 entries) from the file's bytes with
 * `importPlainTextJournal`, and check it gives the same books, hash for hash, as parsing to objects
 * and `postBatchMinor`. Throws if a figure is wrong.
 *
 * Run: npx tsx examples/ledger-plain-text/main.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { addDays, calendarDate } from '@bo/core';
import {
  chartOfAccounts,
  createLedger,
  formatPlainTextJournal,
  importPlainTextJournal,
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

// A bigger migration: a year of daily sales from the shop's old books, read from the file's bytes.
const sales: string[] = [];
let cash = 0;
for (let i = 0; i < 20_000; i++) {
  const day = addDays(calendarDate('2026-01-01'), i % 365);
  const net = 10_000 * (1 + ((i * 7919) % 500)); // 10,000 … 5,000,000 đồng
  const vat = net / 10; // 10 % VAT, whole đồng
  cash += net + vat;
  sales.push(
    `${day} (HD-${String(i + 1).padStart(6, '0')}) Bán lẻ / retail sale  ; id:S${i + 1}`,
    `    assets:111:1111        ${(net + vat).toLocaleString('en')} VND`,
    `    revenue:511:5111      -${net.toLocaleString('en')} VND`,
    '    liabilities:333:33311',
    '',
  );
}
const salesFile = new URL('sales-2026.journal', out);
writeFileSync(salesFile, sales.join('\n'));
const shop = createLedger({ chart: chartOfAccounts('VN-TT99') });
const started = performance.now();
const imported = importPlainTextJournal(shop, readFileSync(salesFile)); // bytes: no decoding of the whole file
const ms = performance.now() - started;
const year = trialBalance(shop, { from: calendarDate('2026-01-01'), to: calendarDate('2026-12-31') });
console.log(
  `\nImported ${imported.posted.toLocaleString('en')} sales in ${ms.toFixed(0)} ms; cash 111 = ${shop.balances('111').posted.amount.toFixed()} đồng`,
);
check('sales posted', String(imported.posted), '20000');
check('cash', shop.balances('111').posted.amount.toFixed(), String(cash));
check('sales trial balance', year.totals.debit.amount.toFixed(), year.totals.credit.amount.toFixed());
const viaObjects = createLedger({ chart: chartOfAccounts('VN-TT99') });
viaObjects.postBatchMinor(parsePlainTextJournal(readFileSync(salesFile, 'utf8')).entries);
check('same chain head either way', shop.head, viaObjects.head);
check('chain verifies', String(shop.verify().ok), 'true');
check(
  'replay',
  JSON.stringify(importPlainTextJournal(shop, readFileSync(salesFile))),
  '{"posted":0,"replayed":20000}',
);
console.log('Same books as the object path, hash for hash; a second import replays all 20,000.');
