import type { CalendarDate } from '@bo/core';
import type { MinorEntryInput } from '../src/index.js';

/** Accounts used by the generated books (TT99 leaves). */
export const BENCH_ACCOUNTS = [
  '1111',
  '1121',
  '131',
  '156',
  '331',
  '5111',
  '632',
  '6421',
  '33311',
  '1331',
  '3383',
  '334',
] as const;

/** Deterministic LCG so runs are repeatable. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const DATES: CalendarDate[] = Array.from(
  { length: 28 },
  (_, i) => `2026-01-${String(i + 1).padStart(2, '0')}` as CalendarDate,
);

/** A batch of balanced entries with 2–4 postings each. */
export function generateBatch(
  start: number,
  size: number,
  rnd: () => number,
): { entries: MinorEntryInput[]; postings: number } {
  const entries: MinorEntryInput[] = new Array(size);
  let postings = 0;
  for (let i = 0; i < size; i++) {
    const id = start + i;
    const n = 2 + (id % 3);
    const ps = new Array(n);
    let sum = 0;
    for (let k = 0; k < n - 1; k++) {
      const a = 1 + Math.floor(rnd() * 10_000_000);
      sum += a;
      ps[k] = { account: BENCH_ACCOUNTS[Math.floor(rnd() * BENCH_ACCOUNTS.length)]!, amount: a };
    }
    ps[n - 1] = { account: BENCH_ACCOUNTS[Math.floor(rnd() * BENCH_ACCOUNTS.length)]!, amount: -sum };
    postings += n;
    entries[i] = { id: `E${id}`, postingDate: DATES[id % 28]!, description: 'Bán hàng', postings: ps };
  }
  return { entries, postings };
}

/** The same book as an hledger journal text. */
export function generateJournalText(count: number, seed: number): string {
  const rnd = lcg(seed);
  const parts: string[] = [];
  for (let b = 0; b < count; b += 10_000) {
    const { entries } = generateBatch(b, Math.min(10_000, count - b), rnd);
    for (const e of entries) {
      parts.push(`${e.postingDate} ${e.description}  ; id:${e.id}`);
      for (const p of e.postings) parts.push(`    ${p.account}  ${p.amount} VND`);
      parts.push('');
    }
  }
  return parts.join('\n');
}
