// Persisting the ledger through its storage interface: a file-backed store in a dozen lines. The ledger
// appends whole batches (atomic), and on open it verifies the hash chain and replays what is stored.
// Run: npx tsx examples/extend-ledger-file-store/main.ts   (writes examples/extend-ledger-file-store/out/)
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calendarDate, isBoError, money } from '@bo/core';
import { chartOfAccounts, createLedger, type LedgerStore, type StoredEntry, trialBalance } from '@bo/ledger';

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`example check failed: ${what}`);
}

/** A JSON-lines file store. A batch is written with one append call, so a crash cannot split it. */
function fileStore(path: string): LedgerStore {
  return {
    append(batch: readonly StoredEntry[]) {
      appendFileSync(path, batch.map((e) => `${JSON.stringify(e)}\n`).join(''));
    },
    entries(): readonly StoredEntry[] {
      if (!existsSync(path)) return [];
      return readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as StoredEntry);
    },
  };
}

const out = join(fileURLToPath(new URL('.', import.meta.url)), 'out');
mkdirSync(out, { recursive: true });
const file = join(out, 'journal.jsonl');
rmSync(file, { force: true });
const chart = chartOfAccounts('VN-TT99', calendarDate('2026-01-01'));
const vnd = (x: string) => money(x, 'VND');

// Session 1: open the books on a file, post, close the process.
{
  const ledger = createLedger({ chart, store: fileStore(file) });
  ledger.postBatch([
    {
      id: 'GV-01',
      postingDate: calendarDate('2026-01-02'),
      description: 'Góp vốn / Capital contribution',
      postings: [
        { role: 'bankDeposits', debit: vnd('500000000') },
        { role: 'ownersCapital', credit: vnd('500000000') },
      ],
    },
    {
      id: 'CP-01',
      postingDate: calendarDate('2026-01-10'),
      description: 'Thuê văn phòng / Office rent',
      postings: [
        { role: 'otherExpenses', debit: vnd('25000000') },
        { role: 'bankDeposits', credit: vnd('25000000') },
      ],
    },
  ]);
}

// Session 2: reopen from the file: the chain is verified, balances are rebuilt, idempotency survives.
const reopened = createLedger({ chart, store: fileStore(file) });
check(reopened.balances('1121').posted.amount.eq(475_000_000), 'balance rebuilt from the file');
const replay = reopened.post({
  id: 'CP-01',
  postingDate: calendarDate('2026-01-10'),
  description: 'Thuê văn phòng / Office rent',
  postings: [
    { role: 'otherExpenses', debit: vnd('25000000') },
    { role: 'bankDeposits', credit: vnd('25000000') },
  ],
});
check(replay.seq === 2 && reopened.entries().length === 2, 'replaying a stored request changes nothing');
const tb = trialBalance(reopened, { from: calendarDate('2026-01-01'), to: calendarDate('2026-01-31') });
console.log(
  `Reopened ${reopened.entries().length} entries from ${file}; trial balance ${tb.totals.debit.amount.toFixed()} = ${tb.totals.credit.amount.toFixed()}`,
);

// Someone edits the file by hand: the next open refuses the books and names the entry.
const lines = readFileSync(file, 'utf8').split('\n');
writeFileSync(file, lines.map((l) => l.replace('"amount":25000000', '"amount":2500000')).join('\n'));
try {
  createLedger({ chart, store: fileStore(file) });
  throw new Error('a tampered file must be refused');
} catch (e) {
  check(isBoError(e), 'typed error for a broken chain');
  console.log(`Tampered file refused: ${(e as Error).message}`);
}
