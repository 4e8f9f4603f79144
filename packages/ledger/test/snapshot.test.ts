import { calendarDate, money } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addAccount,
  chartOfAccounts,
  createLedger,
  decryptSnapshot,
  encryptSnapshot,
  exportSnapshot,
  importSnapshot,
  type MinorEntryInput,
  snapshotKeyFromBytes,
  snapshotKeyFromPassphrase,
  snapshotToJSON,
} from '../src/index.js';

const d = calendarDate;

function book() {
  const chart = addAccount(chartOfAccounts('VN-TT99'), {
    code: '11211',
    nameVi: 'Tiền gửi VCB',
    nameEn: 'VCB',
    parent: '1121',
  });
  const l = createLedger({ chart });
  l.post({
    id: 'E1',
    postingDate: d('2026-01-05'),
    documentNumber: 'PT-01',
    description: 'Góp vốn — capital',
    postings: [
      { account: '11211', debit: money('500000000', 'VND'), dimensions: { counterparty: 'OWNER' } },
      { role: 'ownersCapital', credit: money('500000000', 'VND') },
    ],
  });
  l.post({
    id: 'E2',
    postingDate: d('2026-01-06'),
    description: 'USD',
    postings: [
      { role: 'bankDepositsForeignCurrency', debit: money('100', 'USD'), rate: '25000' },
      { account: '11211', credit: money('2500000', 'VND') },
    ],
  });
  l.reverse('E2', { id: 'E2-S', postingDate: d('2026-01-07'), method: 'storno' });
  l.lockPeriod(d('2026-01-07'));
  return l;
}

describe('backup and restore', () => {
  it('snapshot → restore → snapshot is identical, balances and lock survive', () => {
    const l = book();
    const text = snapshotToJSON(exportSnapshot(l));
    const restored = importSnapshot(text);
    expect(snapshotToJSON(exportSnapshot(restored))).toBe(text);
    expect(restored.balances('11211').posted.amount.toString()).toBe('500000000');
    expect(restored.lockedThrough).toBe('2026-01-07');
    expect(restored.reversedBy('E2')).toBe('E2-S');
    // idempotent replays still answer after a restore (no request log needed)
    expect(restored.reverse('E2', { id: 'E2-S', postingDate: d('2026-01-07'), method: 'storno' }).hash).toBe(
      l.entry('E2-S')!.hash,
    );
    expect(() => restored.reverse('E2', { id: 'E2-S', postingDate: d('2026-01-07') })).toThrow(
      expect.objectContaining({ code: 'LEDGER/IDEMPOTENCY_CONFLICT' }),
    );
    // the restored ledger keeps working and chaining
    restored.post({
      id: 'E3',
      postingDate: d('2026-01-08'),
      description: 'x',
      postings: [
        { account: '1111', debit: money('1', 'VND') },
        { account: '11211', credit: money('1', 'VND') },
      ],
    });
    expect(restored.verify().ok).toBe(true);
  });

  it('pending reservations and their resolution survive a restore', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    const hold = (id: string, x: string) => ({
      id,
      postingDate: d('2026-01-03'),
      description: 'hold',
      postings: [
        { account: '331', debit: money(x, 'VND') },
        { account: '1121', credit: money(x, 'VND') },
      ],
    });
    l.reserve(hold('H1', '100'));
    l.reserve(hold('H2', '50'));
    l.postPending('H1', {
      id: 'H1-P',
      postingDate: d('2026-01-04'),
      postings: [
        { account: '331', debit: money('60', 'VND') },
        { account: '1121', credit: money('60', 'VND') },
      ],
    });
    const restored = importSnapshot(snapshotToJSON(exportSnapshot(l)));
    expect(JSON.stringify(restored.balances('1121'))).toBe(JSON.stringify(l.balances('1121')));
    expect(restored.balances('1121').pendingCredit.amount.toString()).toBe('50');
    expect(() => restored.voidPending('H1', { id: 'V', postingDate: d('2026-01-05') })).toThrow(
      expect.objectContaining({ code: 'LEDGER/PENDING_RESOLVED' }),
    );
    restored.voidPending('H2', { id: 'H2-V', postingDate: d('2026-01-05') });
    expect(restored.balances('1121').pendingCredit.amount.toString()).toBe('0');
  });

  it('property: any generated book round-trips byte for byte', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 0, maxLength: 20 }), (xs) => {
        const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
        const entries: MinorEntryInput[] = xs.map((x, i) => ({
          id: `E${i}`,
          postingDate: d('2026-02-01'),
          description: `e${i} "quoted" ; semi`,
          postings: [
            { account: '1111', amount: x, dimensions: { employee: `NV${i % 3}` } },
            { account: '5111', amount: -x },
          ],
        }));
        l.postBatchMinor(entries);
        const text = snapshotToJSON(exportSnapshot(l));
        expect(snapshotToJSON(exportSnapshot(importSnapshot(text)))).toBe(text);
      }),
      { numRuns: 30, seed: 5 },
    );
  });

  it('a tampered snapshot is refused, naming the first bad entry', () => {
    const snap = JSON.parse(snapshotToJSON(exportSnapshot(book())));
    snap.entries[1].postings[0].amount = 2600000;
    expect(() => importSnapshot(JSON.stringify(snap))).toThrow(
      expect.objectContaining({
        code: 'LEDGER/CHAIN_BROKEN',
        path: ['entries', 1],
        details: { entryId: 'E2', reason: 'hash-mismatch' },
      }),
    );
    const truncated = JSON.parse(snapshotToJSON(exportSnapshot(book())));
    truncated.entries.pop();
    expect(() => importSnapshot(truncated)).toThrow(
      expect.objectContaining({ code: 'LEDGER/CHAIN_BROKEN', path: ['head'] }),
    );
    expect(() => importSnapshot('{not json')).toThrow(
      expect.objectContaining({ code: 'LEDGER/INVALID_SNAPSHOT' }),
    );
    expect(() => importSnapshot({ ...truncated, version: 99 })).toThrow(
      expect.objectContaining({ code: 'LEDGER/INVALID_SNAPSHOT', path: ['version'] }),
    );
  });

  it('AES-GCM encryption with a raw key or a passphrase; wrong key fails with a typed error', async () => {
    const text = snapshotToJSON(exportSnapshot(book()));
    const raw = new Uint8Array(32).map((_, i) => i);
    const key = await snapshotKeyFromBytes(raw);
    const env = await encryptSnapshot(text, key, new Uint8Array(12).fill(7));
    expect(env.ciphertext).not.toContain('Góp vốn');
    expect(await decryptSnapshot(env, key)).toBe(text);
    const other = await snapshotKeyFromPassphrase('not the key', new Uint8Array(16), 1000);
    await expect(decryptSnapshot(env, other)).rejects.toMatchObject({ code: 'LEDGER/DECRYPTION_FAILED' });
    const pass = await snapshotKeyFromPassphrase(
      'correct horse battery staple',
      new Uint8Array(16).fill(1),
      1000,
    );
    const env2 = await encryptSnapshot(text, pass);
    expect(importSnapshot(await decryptSnapshot(env2, pass)).verify().ok).toBe(true);
  });
});
