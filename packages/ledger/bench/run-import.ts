import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarDate } from '@bo/core';
import { chartOfAccounts, createLedger, parsePlainTextJournal, trialBalance } from '../src/index.js';
import { generateJournalText } from './generate.js';

/** Writes the generated 200k-entry journal under bench/out/ and returns its path and text. */
export function journalFile(count: number): { file: string; text: string } {
  const dir = join(import.meta.dirname, 'out');
  mkdirSync(dir, { recursive: true });
  const text = generateJournalText(count, 2);
  const file = join(dir, `generated-${count}.journal`);
  writeFileSync(file, text);
  return { file, text };
}

/** Parses, posts (atomic, balance-checked, hash-chained) and computes the trial balance. */
export function importAndBalance(text: string): { ms: number; entries: number } {
  const t = performance.now();
  const { entries } = parsePlainTextJournal(text);
  const ledger = createLedger({ chart: chartOfAccounts('VN-TT99') });
  ledger.postBatchMinor(entries);
  const tb = trialBalance(ledger, { to: calendarDate('2026-12-31') });
  if (!tb.totals.closingDebit.amount.eq(tb.totals.closingCredit.amount)) throw new Error('unbalanced');
  return { ms: performance.now() - t, entries: entries.length };
}

/** Times a peer tool on the same file (null when absent). */
export function peer(tool: 'ledger' | 'hledger', file: string): number | null {
  try {
    const t = performance.now();
    execFileSync(tool, ['-f', file, 'balance'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      maxBuffer: 1 << 30,
    });
    return performance.now() - t;
  } catch {
    return null;
  }
}

if (process.argv[1]?.endsWith('run-import.ts')) {
  const count = Number(process.argv[2] ?? 200_000);
  const { file, text } = journalFile(count);
  const ours = importAndBalance(text);
  console.log(`@bo/ledger import+post+trial balance of ${ours.entries} entries: ${ours.ms.toFixed(0)} ms`);
  for (const tool of ['ledger', 'hledger'] as const) {
    const ms = peer(tool, file);
    console.log(
      ms === null
        ? `${tool}: not installed`
        : `${tool} balance: ${ms.toFixed(0)} ms (ratio ${(ms / ours.ms).toFixed(2)}×)`,
    );
  }
}
