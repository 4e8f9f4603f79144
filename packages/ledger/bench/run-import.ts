import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarDate } from '@bo/core';
import {
  chartOfAccounts,
  createLedger,
  importPlainTextJournal,
  type Ledger,
  parsePlainTextJournal,
  trialBalance,
} from '../src/index.js';
import { generateJournalText } from './generate.js';

/** Writes the generated journal under bench/out/ and returns its path. */
export function journalFile(count: number): string {
  const dir = join(import.meta.dirname, 'out');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `generated-${count}.journal`);
  writeFileSync(file, generateJournalText(count, 2));
  return file;
}

function balance(ledger: Ledger): void {
  const tb = trialBalance(ledger, { to: calendarDate('2026-12-31') });
  if (!tb.totals.closingDebit.amount.eq(tb.totals.closingCredit.amount)) throw new Error('unbalanced');
}

/** One import of the file, timed in stages. */
export interface ImportTiming {
  /** Read the file + parse + post (atomic, balance-checked) + trial balance: what `ledger -f FILE balance` does. */
  readonly importMs: number;
  /** Then computing the hash chain of the imported entries (deferred until first needed). */
  readonly chainMs: number;
  /** Then building the entry objects (`entries()`), e.g. for an account statement. */
  readonly entriesMs: number;
  readonly entries: number;
}

/** Imports the file with `importPlainTextJournal` (columns) and times each stage. */
export function importAndBalance(file: string): ImportTiming {
  const t0 = performance.now();
  const bytes = readFileSync(file);
  const ledger = createLedger({ chart: chartOfAccounts('VN-TT99') });
  const { posted } = importPlainTextJournal(ledger, bytes);
  balance(ledger);
  const t1 = performance.now();
  void ledger.head; // computes the chain
  const t2 = performance.now();
  const n = ledger.entries().length;
  const t3 = performance.now();
  if (n !== posted) throw new Error('entries lost');
  return { importMs: t1 - t0, chainMs: t2 - t1, entriesMs: t3 - t2, entries: posted };
}

/** The object path for comparison: parse to objects, `postBatchMinor` (hashes at once), trial balance. */
export function importAsObjects(file: string): number {
  const t0 = performance.now();
  const { entries } = parsePlainTextJournal(readFileSync(file, 'utf8'));
  const ledger = createLedger({ chart: chartOfAccounts('VN-TT99') });
  ledger.postBatchMinor(entries);
  balance(ledger);
  return performance.now() - t0;
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

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs every measurement `runs` times (after one warm-up) and prints medians and ratios. */
export function report(count: number, runs = 5, log: (line: string) => void = console.log): void {
  const file = journalFile(count);
  importAndBalance(file); // warm-up (JIT)
  const timings = Array.from({ length: runs }, () => importAndBalance(file));
  const objects = Array.from({ length: Math.min(3, runs) }, () => importAsObjects(file));
  const imp = median(timings.map((t) => t.importMs));
  const chain = median(timings.map((t) => t.chainMs));
  const entries = median(timings.map((t) => t.entriesMs));
  const obj = median(objects);
  log(`[ledger] plain-text journal of ${count.toLocaleString('en')} entries, median of ${runs} runs:`);
  log(`[ledger]   importPlainTextJournal + trial balance: ${imp.toFixed(0)} ms`);
  log(
    `[ledger]   + hash chain (computed on first use): ${chain.toFixed(0)} ms → ${(imp + chain).toFixed(0)} ms`,
  );
  log(`[ledger]   + entry objects (entries()): ${entries.toFixed(0)} ms`);
  log(
    `[ledger]   objects path (parsePlainTextJournal + postBatchMinor + trial balance): ${obj.toFixed(0)} ms`,
  );
  for (const tool of ['ledger', 'hledger'] as const) {
    const peerRuns = tool === 'ledger' ? 3 : 1;
    const ms: number[] = [];
    for (let i = 0; i < peerRuns; i++) {
      const t = peer(tool, file);
      if (t !== null) ms.push(t);
    }
    if (ms.length === 0) {
      log(`[${tool}] not installed`);
      continue;
    }
    const m = median(ms);
    log(
      `[${tool}] balance: ${m.toFixed(0)} ms → import+balance ${(m / imp).toFixed(1)}× faster; with the chain ${(m / (imp + chain)).toFixed(1)}×; objects path ${(m / obj).toFixed(1)}×`,
    );
  }
}

if (process.argv[1]?.endsWith('run-import.ts')) report(Number(process.argv[2] ?? 200_000));
