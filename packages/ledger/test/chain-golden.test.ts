import { calendarDate } from '@bo/core';
import { describe, expect, it } from 'vitest';
import { chartOfAccounts, createLedger, hashEntry, type MinorEntryInput, verifyChain } from '../src/index.js';

// Golden values of the V2 canonical encoding and chain, recorded with the first implementation
// (before the hashing path was optimised): snapshots written by any version must keep verifying.
const d = calendarDate;
const entries: MinorEntryInput[] = [
  {
    id: 'E1',
    postingDate: d('2026-01-05'),
    description: 'Bán hàng',
    postings: [
      { account: '1111', amount: 1_100_000 },
      { account: '5111', amount: -1_000_000 },
      { account: '33311', amount: -100_000 },
    ],
  },
  {
    id: 'E2',
    idempotencyKey: 'K-2',
    postingDate: d('2026-01-06'),
    documentDate: d('2026-01-04'),
    documentNumber: 'PC-0001',
    description: 'Chi tiền mua hàng — nhà cung cấp A',
    metadata: { source: 'bank', batch: '7' },
    postings: [
      {
        account: '156',
        amount: 2_500_000,
        dimensions: { counterparty: 'NCC-A', project: 'P1' },
        memo: 'hàng',
      },
      { account: '1122', amount: -2_500_000, currency: 'USD', originalAmount: -10_000, rate: '25000' },
    ],
  },
  {
    id: 'E3',
    postingDate: d('2026-01-31'),
    description: 'x'.repeat(200),
    postings: [
      { account: '6421', amount: 9_007_199_254_740_991 },
      { account: '331', amount: -9_007_199_254_740_991 },
    ],
  },
];

const GOLDEN = [
  '042d9cef2801d49aedfe22cd024ebfc1b7265a031aa10bc1edc21483603390a6',
  'ba9acf0278fe278102504b2933098a938f289060745c21bec437698470a94806',
  'b0a82a8c34bf209cc08151d215a8e4cd8ef5473e799caed43d12f1e08ddfa87d',
];

describe('hash chain golden values', () => {
  it('keeps the recorded hashes of the V2 encoding', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    const stored = l.postBatchMinor(entries);
    expect(stored.map((e) => e.hash)).toEqual(GOLDEN);
    expect(verifyChain(stored)).toEqual({ ok: true, count: 3, head: GOLDEN[2] });
    // the standalone function gives the same value, also when the previous hash comes as a fresh string
    expect(hashEntry(`${stored[0]!.hash.slice(0, 32)}${stored[0]!.hash.slice(32)}`, 2, stored[1]!)).toBe(
      GOLDEN[1],
    );
  });
});
