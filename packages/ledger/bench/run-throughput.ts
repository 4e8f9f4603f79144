import { calendarDate } from '@bo/core';
import { chartOfAccounts, createLedger, trialBalance } from '../src/index.js';
import { generateBatch, lcg } from './generate.js';

/** Posts `total` entries in batches and times only the posting calls, then a trial balance. */
export function runThroughput(total: number, batchSize: number, seed = 1) {
  const ledger = createLedger({ chart: chartOfAccounts('VN-TT99') });
  const rnd = lcg(seed);
  let postings = 0;
  let postMs = 0;
  for (let b = 0; b < total; b += batchSize) {
    const { entries, postings: n } = generateBatch(b, Math.min(batchSize, total - b), rnd);
    const t = performance.now();
    ledger.postBatchMinor(entries);
    postMs += performance.now() - t;
    postings += n;
  }
  const t = performance.now();
  const tb = trialBalance(ledger, { from: calendarDate('2026-01-01'), to: calendarDate('2026-01-31') });
  const tbMs = performance.now() - t;
  if (!tb.totals.debit.amount.eq(tb.totals.credit.amount)) throw new Error('trial balance does not balance');
  return { entries: total, postings, postMs, postingsPerSecond: postings / (postMs / 1000), tbMs, ledger };
}

if (process.argv[1]?.endsWith('run-throughput.ts')) {
  const total = Number(process.argv[2] ?? 1_000_000);
  const r = runThroughput(total, 10_000);
  console.log(
    `${r.entries} entries / ${r.postings} postings posted in ${r.postMs.toFixed(0)} ms → ${Math.round(r.postingsPerSecond).toLocaleString('en')} postings/s; trial balance ${r.tbMs.toFixed(0)} ms`,
  );
  const v = performance.now();
  const ok = r.ledger.verify().ok;
  console.log(`verify chain: ${ok} in ${(performance.now() - v).toFixed(0)} ms`);
}
