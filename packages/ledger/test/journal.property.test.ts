import { calendarDate } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartOfAccounts, createLedger, type MinorEntryInput, verifyChain } from '../src/index.js';

const ACCOUNTS = ['1111', '1121', '131', '156', '331', '5111', '632', '6421', '33311', '1331'] as const;

const entryArb = (id: string) =>
  fc
    .record({
      lines: fc.array(
        fc.record({ a: fc.constantFrom(...ACCOUNTS), x: fc.integer({ min: -1e9, max: 1e9 }) }),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
      close: fc.constantFrom(...ACCOUNTS),
      day: fc.integer({ min: 1, max: 28 }),
      skew: fc.integer({ min: -2, max: 2 }),
    })
    .map(({ lines, close, day, skew }): MinorEntryInput => {
      const sum = lines.reduce((s, l) => s + l.x, 0);
      return {
        id,
        postingDate: calendarDate(`2026-01-${String(day).padStart(2, '0')}`),
        description: `entry ${id}`,
        postings: [
          ...lines.map((l) => ({ account: l.a, amount: l.x })),
          { account: close, amount: -sum + skew },
        ],
      };
    });

const batchArb = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => entryArb(`E${i}`))));

function total(l: ReturnType<typeof createLedger>): bigint {
  let s = 0n;
  for (const a of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) {
    for (const acc of l.chart.accounts)
      if (acc.parent === undefined && acc.code.startsWith(a))
        s += BigInt(l.balances(acc.code).posted.amount.toFixed());
  }
  return s;
}

describe('journal properties', () => {
  it('an accepted batch leaves the books balanced; a refused batch changes nothing', () => {
    fc.assert(
      fc.property(batchArb, (batch) => {
        const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
        let accepted = true;
        try {
          l.postBatchMinor(batch);
        } catch (e) {
          accepted = false;
          expect((e as { code: string }).code).toBe('LEDGER/UNBALANCED');
        }
        expect(accepted).toBe(batch.every((e) => e.postings.reduce((s, p) => s + p.amount, 0) === 0));
        expect(l.entries().length).toBe(accepted ? batch.length : 0);
        expect(total(l)).toBe(0n);
      }),
      { numRuns: 80, seed: 42 },
    );
  });

  it('reversal and storno restore every balance; idempotent replays change nothing', () => {
    fc.assert(
      fc.property(batchArb, fc.boolean(), (batch, storno) => {
        const balanced = batch.map(
          (e): MinorEntryInput => ({
            ...e,
            postings: [
              ...e.postings.slice(0, -1),
              {
                account: e.postings.at(-1)!.account as string,
                amount: -e.postings.slice(0, -1).reduce((s, p) => s + p.amount, 0),
              },
            ],
          }),
        );
        const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
        const before = ACCOUNTS.map((a) => l.balances(a).posted.amount.toFixed());
        l.postBatchMinor(balanced);
        const after = ACCOUNTS.map((a) => l.balances(a).posted.amount.toFixed());
        const head = l.entries().at(-1)!.hash;
        l.postBatchMinor(balanced); // replay
        expect(l.entries().length).toBe(balanced.length);
        expect(l.entries().at(-1)!.hash).toBe(head);
        expect(ACCOUNTS.map((a) => l.balances(a).posted.amount.toFixed())).toEqual(after);
        for (const e of balanced)
          l.reverse(e.id, {
            id: `${e.id}-R`,
            postingDate: calendarDate('2026-01-31'),
            method: storno ? 'storno' : 'reversal',
          });
        expect(ACCOUNTS.map((a) => l.balances(a).posted.amount.toFixed())).toEqual(before);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('verify catches any single mutation of amount, account or description', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    const entries: MinorEntryInput[] = Array.from({ length: 20 }, (_, i) => ({
      id: `E${i}`,
      postingDate: calendarDate('2026-01-15'),
      description: `d${i}`,
      postings: [
        { account: '1111', amount: 100 + i },
        { account: '5111', amount: -100 - i },
      ],
    }));
    l.postBatchMinor(entries);
    const es = l.entries();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 19 }),
        fc.constantFrom('amount', 'account', 'description', 'date'),
        (i, field) => {
          const mutated = es.map((e, j) => {
            if (j !== i) return e;
            if (field === 'description') return { ...e, description: e.description + '!' };
            if (field === 'date') return { ...e, postingDate: calendarDate('2026-01-16') };
            const [p0, p1] = e.postings;
            return field === 'amount'
              ? {
                  ...e,
                  postings: [
                    { ...p0!, amount: p0!.amount + 1 },
                    { ...p1!, amount: p1!.amount + 1 },
                  ],
                }
              : { ...e, postings: [{ ...p0!, account: '1121' }, p1!] };
          });
          const v = verifyChain(mutated);
          expect(v).toMatchObject({ ok: false, index: i, entryId: `E${i}` });
        },
      ),
      { numRuns: 40, seed: 3 },
    );
  });
});
