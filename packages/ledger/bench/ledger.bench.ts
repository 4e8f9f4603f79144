import { bench, describe } from 'vitest';
import { importAndBalance, journalFile, peer } from './run-import.js';
import { runThroughput } from './run-throughput.js';

// Benchmarks named in issue 3. Run: npx vitest bench --run packages/ledger
// Each case runs once (1M entries take seconds); the numbers are printed as well as timed by vitest.
const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 } as const;

describe('journal throughput', () => {
  bench(
    'post 1,000,000 entries of 2–4 postings in batches of 10,000, then trial balance',
    () => {
      const r = runThroughput(1_000_000, 10_000);
      console.log(
        `[ledger] ${r.postings} postings in ${r.postMs.toFixed(0)} ms → ${Math.round(r.postingsPerSecond).toLocaleString('en')} postings/s (target ≥ 1,000,000); trial balance ${r.tbMs.toFixed(0)} ms (target < 500)`,
      );
    },
    once,
  );
});

describe('plain-text import', () => {
  const { file, text } = journalFile(200_000);
  bench(
    '@bo/ledger: parse + post + trial balance of a 200,000-entry journal',
    () => {
      const r = importAndBalance(text);
      console.log(`[ledger] import+balance ${r.entries} entries: ${r.ms.toFixed(0)} ms`);
    },
    once,
  );
  bench(
    'ledger-cli balance on the same file (skipped when not installed)',
    () => {
      const ms = peer('ledger', file);
      console.log(ms === null ? '[ledger-cli] not installed' : `[ledger-cli] balance: ${ms.toFixed(0)} ms`);
    },
    once,
  );
});
