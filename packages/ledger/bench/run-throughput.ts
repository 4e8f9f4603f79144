import { calendarDate } from '@bo/core';
import {
  type EntryColumns,
  chartOfAccounts,
  createLedger,
  type MinorEntryInput,
  trialBalance,
} from '../src/index.js';
import { generateBatch, lcg } from './generate.js';

/** The same entries as columns (built outside the timed call, as an app holding columns would). */
export function asColumns(entries: readonly MinorEntryInput[]): EntryColumns {
  const accounts: string[] = [];
  const index = new Map<string, number>();
  let count = 0;
  for (const e of entries) count += e.postings.length;
  const postingStart = new Int32Array(entries.length + 1);
  const accountIndex = new Int32Array(count);
  const amounts = new Float64Array(count);
  let j = 0;
  entries.forEach((e, i) => {
    postingStart[i] = j;
    for (const p of e.postings) {
      let k = index.get(p.account!);
      if (k === undefined) {
        k = accounts.length;
        accounts.push(p.account!);
        index.set(p.account!, k);
      }
      accountIndex[j] = k;
      amounts[j++] = p.amount;
    }
  });
  postingStart[entries.length] = j;
  return {
    ids: entries.map((e) => e.id),
    postingDates: entries.map((e) => e.postingDate),
    descriptions: entries.map((e) => e.description),
    postingStart,
    accounts,
    accountIndex,
    amounts,
  };
}

/**
 * Posts `total` entries in batches and times only the posting calls, then a trial balance.
 * `columns` posts with `postColumns` (hash chain computed on first use; `chainMs` times it).
 */
export function runThroughput(
  total: number,
  batchSize: number,
  seed = 1,
  mode: 'objects' | 'columns' = 'objects',
) {
  const ledger = createLedger({ chart: chartOfAccounts('VN-TT99') });
  const rnd = lcg(seed);
  let postings = 0;
  let postMs = 0;
  for (let b = 0; b < total; b += batchSize) {
    const { entries, postings: n } = generateBatch(b, Math.min(batchSize, total - b), rnd);
    const columns = mode === 'columns' ? asColumns(entries) : undefined;
    const t = performance.now();
    if (columns === undefined) ledger.postBatchMinor(entries);
    else ledger.postColumns(columns);
    postMs += performance.now() - t;
    postings += n;
  }
  const t = performance.now();
  const tb = trialBalance(ledger, { from: calendarDate('2026-01-01'), to: calendarDate('2026-01-31') });
  const tbMs = performance.now() - t;
  const c = performance.now();
  void ledger.head;
  const chainMs = performance.now() - c;
  if (!tb.totals.debit.amount.eq(tb.totals.credit.amount)) throw new Error('trial balance does not balance');
  return {
    entries: total,
    postings,
    postMs,
    postingsPerSecond: postings / (postMs / 1000),
    tbMs,
    chainMs,
    ledger,
  };
}

if (process.argv[1]?.endsWith('run-throughput.ts')) {
  const total = Number(process.argv[2] ?? 1_000_000);
  const r = runThroughput(total, 10_000, 1, process.argv[3] === 'columns' ? 'columns' : 'objects');
  console.log(
    `${r.entries} entries / ${r.postings} postings posted in ${r.postMs.toFixed(0)} ms → ${Math.round(r.postingsPerSecond).toLocaleString('en')} postings/s; trial balance ${r.tbMs.toFixed(0)} ms; chain ${r.chainMs.toFixed(0)} ms`,
  );
  const v = performance.now();
  const ok = r.ledger.verify().ok;
  console.log(`verify chain: ${ok} in ${(performance.now() - v).toFixed(0)} ms`);
}
