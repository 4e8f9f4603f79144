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
  readonly entries: number;
}

/** Imports the file with `importPlainTextJournal` (columns), balances it, then computes the chain. */
export function importAndBalance(file: string): ImportTiming {
  const t0 = performance.now();
  const bytes = readFileSync(file);
  const ledger = createLedger({ chart: chartOfAccounts('VN-TT99') });
  const { posted } = importPlainTextJournal(ledger, bytes);
  balance(ledger);
  const t1 = performance.now();
  void ledger.head; // computes the chain
  const t2 = performance.now();
  if (ledger.size !== posted) throw new Error('entries lost');
  return { importMs: t1 - t0, chainMs: t2 - t1, entries: posted };
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

/**
 * The command prefix that runs a program on one core (`taskset -c 0` where there is `taskset`,
 * as the target is set "on one core"), or none.
 */
function oneCore(): string[] {
  try {
    execFileSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
    return ['taskset', '-c', '0'];
  } catch {
    return [];
  }
}
// BO_BENCH_ALL_CORES=1 lets the processes use every core, for comparison
const pin = process.env.BO_BENCH_ALL_CORES === '1' ? [] : oneCore();

/** Runs `command args` (on one core when possible) and returns its standard output. */
function run(command: string, args: readonly string[]): string {
  const [program, ...rest] = [...pin, command, ...args];
  return execFileSync(program!, rest, {
    encoding: 'utf8',
    cwd: join(import.meta.dirname, '..'),
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Runs this file as a child in `mode` and returns what it printed last, as JSON. */
function child<T>(mode: '--once' | '--warm' | '--objects', file: string, runs = 1): T {
  const out = run(process.execPath, ['--import', 'tsx', import.meta.filename, mode, file, String(runs)]);
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}

/**
 * The first import in a fresh Node process (the code not yet compiled by the JIT, as in an app
 * that imports once): runs this file as a child and returns its timing (module loading excluded).
 */
export function importInFreshProcess(file: string): ImportTiming {
  return child<ImportTiming>('--once', file);
}

/** Times a peer tool on the same file, process start included (null when absent). */
export function peer(tool: 'ledger' | 'hledger', file: string): number | null {
  try {
    const t = performance.now();
    run(tool, ['-f', file, 'balance']);
    return performance.now() - t;
  } catch {
    return null;
  }
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Measures the import of a generated journal of `count` entries `runs` times each way and
 * prints medians and ratios to ledger-cli (and hledger when installed):
 * - first import in a fresh process (cold: what one import costs an app);
 * - repeated imports in one process after a warm-up (warm: what a service importing often sees);
 * - the hash chain computed after the import, and the object route, for comparison.
 */
export function report(count: number, runs = 5, log: (line: string) => void = console.log): void {
  const file = journalFile(count);
  const cold = Array.from({ length: runs }, () => importInFreshProcess(file));
  // repeated in one child after a warm-up (JIT), and the object route likewise
  const warm = child<ImportTiming[]>('--warm', file, runs);
  const objects = child<number[]>('--objects', file, Math.min(3, runs));
  const coldMs = median(cold.map((t) => t.importMs));
  const coldChain = median(cold.map((t) => t.chainMs));
  const warmMs = median(warm.map((t) => t.importMs));
  const warmChain = median(warm.map((t) => t.chainMs));
  const obj = median(objects);
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  log(
    `[ledger] plain-text journal of ${count.toLocaleString('en')} entries, medians of ${runs} runs${pin.length > 0 ? ', every process on one core (taskset -c 0)' : ''}:`,
  );
  log(
    `[ledger]   read + importPlainTextJournal + trial balance: ${ms(coldMs)} first in a fresh process, ${ms(warmMs)} warm`,
  );
  log(
    `[ledger]   + hash chain (computed on first use): ${ms(coldChain)} / ${ms(warmChain)} → ${ms(coldMs + coldChain)} / ${ms(warmMs + warmChain)}`,
  );
  log(`[ledger]   objects route (parsePlainTextJournal + postBatchMinor + trial balance), warm: ${ms(obj)}`);
  for (const tool of ['ledger', 'hledger'] as const) {
    const peerRuns = tool === 'ledger' ? runs : 1;
    const times: number[] = [];
    for (let i = 0; i < peerRuns; i++) {
      const t = peer(tool, file);
      if (t !== null) times.push(t);
    }
    if (times.length === 0) {
      log(`[${tool}] not installed`);
      continue;
    }
    const m = median(times);
    const x = (ours: number) => `${(m / ours).toFixed(1)}×`;
    log(
      `[${tool}] -f FILE balance: ${ms(m)} → import + balance ${x(coldMs)} faster first in a fresh process, ${x(warmMs)} warm; with the chain ${x(coldMs + coldChain)} / ${x(warmMs + warmChain)}; objects route ${x(obj)}`,
    );
  }
}

const [, , mode, modeFile, modeRuns] = process.argv;
if (mode === '--once') {
  // child of importInFreshProcess: one import, timings as JSON on the last line
  console.log(JSON.stringify(importAndBalance(modeFile!)));
} else if (mode === '--warm') {
  importAndBalance(modeFile!); // warm-up (JIT)
  console.log(JSON.stringify(Array.from({ length: Number(modeRuns) }, () => importAndBalance(modeFile!))));
} else if (mode === '--objects') {
  importAsObjects(modeFile!); // warm-up (JIT)
  console.log(JSON.stringify(Array.from({ length: Number(modeRuns) }, () => importAsObjects(modeFile!))));
} else if (process.argv[1]?.endsWith('run-import.ts')) report(Number(process.argv[2] ?? 200_000));
