import { bench, describe } from 'vitest';
import { report } from './run-import.js';
import { runThroughput } from './run-throughput.js';

// Benchmarks named in issue 3. Run: npx vitest bench --run packages/ledger
// Each case runs once (1M entries take seconds); the numbers are printed as well as timed by vitest.
const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 } as const;

describe('journal throughput', () => {
  bench(
    'post 1,000,000 entries of 2–4 postings in batches of 10,000, then trial balance',
    () => {
      for (const mode of ['objects', 'columns'] as const) {
        const r = runThroughput(1_000_000, 10_000, 1, mode);
        console.log(
          `[ledger] ${mode === 'objects' ? 'postBatchMinor' : 'postColumns'}: ${r.postings} postings in ${r.postMs.toFixed(0)} ms → ${Math.round(r.postingsPerSecond).toLocaleString('en')} postings/s (target ≥ 1,000,000); trial balance ${r.tbMs.toFixed(0)} ms (target < 500)`,
        );
      }
    },
    once,
  );
});

describe('plain-text import', () => {
  bench(
    'import + trial balance of a 200,000-entry journal, against ledger-cli and hledger when installed',
    () => report(200_000),
    once,
  );
});
