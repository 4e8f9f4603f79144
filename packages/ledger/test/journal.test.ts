import { calendarDate, money } from '@bo/core';
import { describe, expect, it } from 'vitest';
import {
  chartOfAccounts,
  configureAccount,
  createLedger,
  type JournalEntryInput,
  memoryStore,
  verifyChain,
} from '../src/index.js';

const d = calendarDate;
const vnd = (x: string) => money(x, 'VND');

function sale(id: string, date = '2026-01-10', amount = '1000000'): JournalEntryInput {
  return {
    id,
    postingDate: d(date),
    documentNumber: `HD-${id}`,
    description: 'Cash sale',
    postings: [
      { role: 'cash', debit: vnd(amount) },
      { role: 'salesRevenueGoods', credit: vnd(amount) },
    ],
  };
}

describe('journal', () => {
  it('posts a balanced entry and keeps running balances with roll-up', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    const e = l.post(sale('E1'));
    expect(e.seq).toBe(1);
    expect(e.postings.map((p) => [p.account, p.side, p.amount])).toEqual([
      ['1111', 'D', 1000000],
      ['5111', 'C', 1000000],
    ]);
    expect(l.balances('111').posted.amount.toString()).toBe('1000000');
    expect(l.balances('511').posted.amount.toString()).toBe('-1000000');
  });

  it('rejects unbalanced entries, unknown accounts and unrounded đồng with code and path', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    expect(() =>
      l.post({
        ...sale('E1'),
        postings: [
          { account: '1111', debit: vnd('10') },
          { account: '5111', credit: vnd('9') },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'LEDGER/UNBALANCED', path: ['postings'] }));
    expect(() =>
      l.post({
        ...sale('E1'),
        postings: [
          { account: '1119', debit: vnd('10') },
          { account: '5111', credit: vnd('10') },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'LEDGER/UNKNOWN_ACCOUNT', path: ['postings', 0, 'account'] }));
    expect(() =>
      l.post({
        ...sale('E1'),
        postings: [
          { account: '1111', debit: vnd('10.5') },
          { account: '5111', credit: vnd('10.5') },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'LEDGER/NOT_ROUNDED', path: ['postings', 0, 'debit'] }));
    expect(() => l.post({ ...sale('E1'), postings: [{ account: '1111', debit: vnd('10') }] })).toThrow(
      expect.objectContaining({ code: 'LEDGER/INVALID_ENTRY', path: ['postings'] }),
    );
    expect(() =>
      l.post({
        ...sale('E1'),
        postings: [
          { account: '1111', debit: vnd('10'), credit: vnd('10') },
          { account: '5111', credit: vnd('10') },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'LEDGER/INVALID_ENTRY', path: ['postings', 0, 'debit'] }));
    expect(l.entries()).toHaveLength(0);
  });

  it('idempotency: same key + same payload returns the first result; different payload conflicts', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    const first = l.post(sale('E1'));
    const again = l.post(sale('E1'));
    expect(again).toBe(first);
    expect(l.entries()).toHaveLength(1);
    expect(() => l.post(sale('E1', '2026-01-10', '2000000'))).toThrow(
      expect.objectContaining({ code: 'LEDGER/IDEMPOTENCY_CONFLICT', path: ['idempotencyKey'] }),
    );
    expect(() => l.post({ ...sale('E1'), idempotencyKey: 'other' })).toThrow(
      expect.objectContaining({ code: 'LEDGER/DUPLICATE_ENTRY_ID', path: ['id'] }),
    );
  });

  it('atomic batches: one bad entry leaves the books untouched and names its index', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    const bad = {
      ...sale('E2'),
      postings: [
        { account: '1111', debit: vnd('5') },
        { account: '5111', credit: vnd('4') },
      ],
    };
    expect(() => l.postBatch([sale('E1'), bad, sale('E3')])).toThrow(
      expect.objectContaining({ code: 'LEDGER/UNBALANCED', path: ['entries', 1, 'postings'] }),
    );
    expect(l.entries()).toHaveLength(0);
    expect(l.balances('1111').posted.amount.toString()).toBe('0');
    const ok = l.postBatch([sale('E1'), sale('E3')]);
    expect(ok.map((e) => e.seq)).toEqual([1, 2]);
    // the refused batch's movements (E1 was already counted when E2 failed) left no trace
    expect(l.balances('1111').posted.amount.toString()).toBe('2000000');
    expect(l.balances('5111').posted.amount.toString()).toBe('-2000000');
  });

  it('reversal swaps sides, storno negates amounts; both link to the original and restore balances', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    l.post(sale('E1'));
    l.post(sale('E2', '2026-01-11', '300000'));
    const r = l.reverse('E1', { id: 'E1-R', postingDate: d('2026-01-31') });
    expect(r).toMatchObject({ kind: 'reversal', reverses: 'E1' });
    expect(r.postings[0]).toMatchObject({ account: '1111', side: 'C', amount: 1000000 });
    const s = l.reverse('E2', { id: 'E2-S', postingDate: d('2026-01-31'), method: 'storno' });
    expect(s.postings[0]).toMatchObject({ account: '1111', side: 'D', amount: -300000 });
    expect(l.balances('1111').posted.amount.toString()).toBe('0');
    // reversal inflates turnover, storno does not
    expect(l.balances('1111').debit.amount.toString()).toBe('1000000');
    expect(l.balances('1111').credit.amount.toString()).toBe('1000000');
    expect(l.reversedBy('E1')).toBe('E1-R');
    expect(() => l.reverse('E1', { id: 'E1-R2', postingDate: d('2026-01-31') })).toThrow(
      expect.objectContaining({ code: 'LEDGER/ALREADY_REVERSED' }),
    );
    // idempotent replay of the reversal
    expect(l.reverse('E1', { id: 'E1-R', postingDate: d('2026-01-31') })).toBe(r);
    expect(() => l.reverse('E1', { id: 'E1-R', postingDate: d('2026-02-01') })).toThrow(
      expect.objectContaining({ code: 'LEDGER/IDEMPOTENCY_CONFLICT' }),
    );
  });

  it('closed periods reject postings or route them as prior-period adjustments', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    l.post(sale('E1'));
    l.lockPeriod(d('2026-01-31'));
    expect(() => l.post(sale('E2', '2026-01-20'))).toThrow(
      expect.objectContaining({ code: 'LEDGER/PERIOD_CLOSED', path: ['postingDate'] }),
    );
    const adj = l.post(sale('E2', '2026-01-20'), { priorPeriodAdjustment: true });
    expect(adj).toMatchObject({ kind: 'adjustment', postingDate: '2026-02-01', adjustsDate: '2026-01-20' });
    // idempotent replay of the routed entry
    expect(l.post(sale('E2', '2026-01-20'), { priorPeriodAdjustment: true })).toBe(adj);
    expect(() => l.lockPeriod(d('2026-01-15'))).toThrow(
      expect.objectContaining({ code: 'LEDGER/PERIOD_CLOSED' }),
    );
  });

  it('pending entries: reserve, partial post, void; posted/pending/available balances', () => {
    const chart = configureAccount(chartOfAccounts('VN-TT99'), '1121', { limits: { min: '0' } });
    const l = createLedger({ chart });
    l.post({
      id: 'CAP',
      postingDate: d('2026-01-02'),
      description: 'Capital',
      postings: [
        { role: 'bankDeposits', debit: vnd('1000') },
        { role: 'ownersCapital', credit: vnd('1000') },
      ],
    });
    const hold = l.reserve({
      id: 'HOLD',
      postingDate: d('2026-01-03'),
      description: 'Reserve payment to supplier',
      postings: [
        { role: 'tradePayables', debit: vnd('600'), dimensions: { counterparty: 'NCC1' } },
        { role: 'bankDeposits', credit: vnd('600') },
      ],
    });
    expect(hold.kind).toBe('pending');
    let b = l.balances('1121');
    expect([b.posted, b.pendingCredit, b.available].map((x) => x.amount.toString())).toEqual([
      '1000',
      '600',
      '400',
    ]);
    // limit counts pending: a further 500 would overdraw the available balance
    expect(() =>
      l.post({
        id: 'P2',
        postingDate: d('2026-01-04'),
        description: 'x',
        postings: [
          { account: '6427', debit: vnd('500') },
          { account: '1121', credit: vnd('500') },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'LEDGER/LIMIT_EXCEEDED' }));
    expect(() =>
      l.postPending('HOLD', {
        id: 'HOLD-P',
        postingDate: d('2026-01-05'),
        postings: [
          { account: '331', debit: vnd('700') },
          { account: '1121', credit: vnd('700') },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'LEDGER/PENDING_EXCEEDED' }));
    l.postPending('HOLD', {
      id: 'HOLD-P',
      postingDate: d('2026-01-05'),
      postings: [
        { account: '331', debit: vnd('450') },
        { account: '1121', credit: vnd('450') },
      ],
    });
    b = l.balances('1121');
    expect([b.posted, b.pendingCredit, b.available].map((x) => x.amount.toString())).toEqual([
      '550',
      '0',
      '550',
    ]);
    // replaying the partial post returns the first result; a different request under the key conflicts
    const partialPost = {
      id: 'HOLD-P',
      postingDate: d('2026-01-05'),
      postings: [
        { account: '331', debit: vnd('450') },
        { account: '1121', credit: vnd('450') },
      ],
    };
    expect(l.postPending('HOLD', partialPost)).toBe(l.entry('HOLD-P'));
    expect(() => l.postPending('HOLD', { ...partialPost, postingDate: d('2026-01-06') })).toThrow(
      expect.objectContaining({ code: 'LEDGER/IDEMPOTENCY_CONFLICT' }),
    );
    expect(() => l.voidPending('HOLD', { id: 'V', postingDate: d('2026-01-06') })).toThrow(
      expect.objectContaining({ code: 'LEDGER/PENDING_RESOLVED' }),
    );
    l.reserve({
      ...hold,
      id: 'HOLD2',
      idempotencyKey: 'HOLD2',
      postings: [
        { account: '331', debit: vnd('100') },
        { account: '1121', credit: vnd('100') },
      ],
    });
    l.voidPending('HOLD2', { id: 'HOLD2-V', postingDate: d('2026-01-06') });
    expect(l.balances('1121').available.amount.toString()).toBe('550');
    expect(l.verify().ok).toBe(true);
  });

  it('foreign currency: rounds once per posting and books the residue to 515/635', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    const e = l.post({
      id: 'FX1',
      postingDate: d('2026-01-10'),
      description: 'Pay USD service fee in two lines',
      postings: [
        { account: '6427', debit: vnd('500511') },
        { role: 'bankDepositsForeignCurrency', credit: money('10.01', 'USD'), rate: '25000.5' },
        { role: 'bankDepositsForeignCurrency', credit: money('10.01', 'USD'), rate: '25000.5' },
      ],
    });
    // 10.01 × 25000.5 = 250255.005 → 250255 per line; 500511 − 500510 = 1 đồng residue → Cr 515
    expect(e.postings[1]).toMatchObject({
      account: '1122',
      side: 'C',
      amount: 250255,
      currency: 'USD',
      originalAmount: 1001,
    });
    expect(e.postings[3]).toMatchObject({ account: '515', side: 'C', amount: 1 });
    const [usd] = l.currencyBalances('112');
    expect(usd?.original.amount.toString()).toBe('-20.02');
    expect(usd?.functional.amount.toString()).toBe('-500510');
    // a difference larger than rounding is an error, not a residue
    expect(() =>
      l.post({
        id: 'FX2',
        postingDate: d('2026-01-10'),
        description: 'x',
        postings: [
          { account: '6427', debit: vnd('250300') },
          { role: 'bankDepositsForeignCurrency', credit: money('10.01', 'USD'), rate: '25000.5' },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'LEDGER/UNBALANCED' }));
    expect(() =>
      l.post({
        id: 'FX3',
        postingDate: d('2026-01-10'),
        description: 'x',
        postings: [
          { account: '6427', debit: vnd('250255') },
          { role: 'bankDepositsForeignCurrency', credit: money('10.01', 'USD') },
        ],
      }),
    ).toThrow(expect.objectContaining({ code: 'LEDGER/MISSING_RATE', path: ['postings', 1, 'rate'] }));
  });

  it('hash chain: verify names the first edited, deleted or reordered entry', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    l.postBatch([sale('E1'), sale('E2'), sale('E3'), sale('E4')]);
    const es = [...l.entries()];
    expect(verifyChain(es)).toMatchObject({ ok: true, count: 4 });
    const edited = es.map((e, i) => (i === 2 ? { ...e, description: 'changed' } : e));
    expect(verifyChain(edited)).toMatchObject({
      ok: false,
      index: 2,
      entryId: 'E3',
      reason: 'hash-mismatch',
    });
    const deleted = es.filter((_, i) => i !== 1);
    expect(verifyChain(deleted)).toMatchObject({ ok: false, index: 1, entryId: 'E3' });
    const swapped = [es[0]!, es[2]!, es[1]!, es[3]!];
    expect(verifyChain(swapped)).toMatchObject({ ok: false, index: 1, entryId: 'E3' });
    // a store whose chain is broken is refused on open
    expect(() => createLedger({ chart: chartOfAccounts('VN-TT99'), store: memoryStore(edited) })).toThrow(
      expect.objectContaining({ code: 'LEDGER/CHAIN_BROKEN' }),
    );
    // and a good store is replayed
    const reopened = createLedger({ chart: chartOfAccounts('VN-TT99'), store: memoryStore(es) });
    expect(reopened.balances('1111').posted.amount.toString()).toBe('4000000');
  });

  it('required and declared dimensions, closed accounts', () => {
    const chart = configureAccount(chartOfAccounts('VN-TT99'), '131', {
      requiredDimensions: ['counterparty'],
    });
    const l = createLedger({ chart, dimensions: ['counterparty', 'employee', 'department'] });
    const entry = (dims?: Record<string, string>): JournalEntryInput => ({
      id: 'S1',
      postingDate: d('2026-01-10'),
      description: 'Credit sale',
      postings: [
        { role: 'tradeReceivables', debit: vnd('100'), ...(dims === undefined ? {} : { dimensions: dims }) },
        { role: 'salesRevenueGoods', credit: vnd('100') },
      ],
    });
    expect(() => l.post(entry())).toThrow(
      expect.objectContaining({
        code: 'LEDGER/MISSING_DIMENSION',
        path: ['postings', 0, 'dimensions', 'counterparty'],
      }),
    );
    expect(() => l.post(entry({ counterparty: 'KH1', colour: 'red' }))).toThrow(
      expect.objectContaining({
        code: 'LEDGER/UNKNOWN_DIMENSION',
        path: ['postings', 0, 'dimensions', 'colour'],
      }),
    );
    l.post(entry({ counterparty: 'KH1' }));
  });
});
