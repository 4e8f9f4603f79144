import { calendarDate, money } from '@bo/core';
import { describe, expect, it } from 'vitest';
import {
  addAccount,
  B02_DN_TT99,
  chartOfAccounts,
  closeAccount,
  closePeriod,
  configureAccount,
  createLedger,
  financialStatement,
  lineValue,
  trialBalance,
} from '../src/index.js';

const d = calendarDate;
const vnd = (x: string) => money(x, 'VND');

describe('bad input and state errors carry code and path', () => {
  it('high-volume API validates every field', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    const ok = { id: 'E1', postingDate: d('2026-01-02'), description: 'x' };
    expect(() =>
      l.postBatchMinor([
        {
          ...ok,
          postings: [
            { account: '1111', amount: 1 },
            { account: '5111', amount: -1 },
          ],
        },
        {
          ...ok,
          id: 'E2',
          postings: [
            { account: '1111', amount: 1.5 },
            { account: '5111', amount: -1.5 },
          ],
        },
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'LEDGER/AMOUNT_OUT_OF_RANGE',
        path: ['entries', 1, 'postings', 0, 'amount'],
      }),
    );
    expect(() => l.postBatchMinor([{ ...ok, postingDate: '2026-02-30' as never, postings: [] }])).toThrow(
      expect.objectContaining({ code: 'LEDGER/INVALID_ENTRY', path: ['entries', 0, 'postingDate'] }),
    );
    expect(() => l.postBatchMinor([{ ...ok, id: '', postings: [] }])).toThrow(
      expect.objectContaining({ code: 'LEDGER/INVALID_ENTRY', path: ['entries', 0, 'id'] }),
    );
    expect(() =>
      l.postBatchMinor([
        {
          ...ok,
          postings: [
            { account: '1111', amount: 1 },
            { account: '5111', amount: -1 },
          ],
        },
        {
          ...ok,
          postings: [
            { account: '1111', amount: 2 },
            { account: '5111', amount: -2 },
          ],
        },
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'LEDGER/IDEMPOTENCY_CONFLICT',
        path: ['entries', 1, 'idempotencyKey'],
      }),
    );
    expect(() =>
      l.postBatchMinor([
        {
          ...ok,
          postings: [
            { role: 'cashInTransit', amount: 1 },
            { account: '5111', amount: -1 },
          ],
        },
      ]),
    ).not.toThrow();
    const sme = createLedger({ chart: chartOfAccounts('VN-TT133') });
    expect(() =>
      sme.postBatchMinor([
        {
          ...ok,
          postings: [
            { role: 'cashInTransit', amount: 1 },
            { account: '5111', amount: -1 },
          ],
        },
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'LEDGER/ROLE_NOT_MAPPED',
        path: ['entries', 0, 'postings', 0, 'role'],
      }),
    );
    expect(l.entries()).toHaveLength(1);
  });

  it('closed accounts, charts that drop used accounts, unknown entries', () => {
    let chart = addAccount(chartOfAccounts('VN-TT99'), {
      code: '11211',
      nameVi: 'VCB',
      nameEn: 'VCB',
      parent: '1121',
    });
    const l = createLedger({ chart });
    const entry = (id: string, date: string) => ({
      id,
      postingDate: d(date),
      description: 'x',
      postings: [
        { account: '11211', debit: vnd('5') },
        { account: '4111', credit: vnd('5') },
      ],
    });
    l.post(entry('E1', '2026-03-01'));
    chart = closeAccount(chart, '11211', d('2026-06-01'));
    l.setChart(chart);
    l.post(entry('E2', '2026-05-31'));
    expect(() => l.post(entry('E3', '2026-06-01'))).toThrow(
      expect.objectContaining({ code: 'LEDGER/ACCOUNT_CLOSED', path: ['postings', 0, 'account'] }),
    );
    expect(() => l.setChart(chartOfAccounts('VN-TT99'))).toThrow(
      expect.objectContaining({ code: 'LEDGER/ACCOUNT_IN_USE' }),
    );
    expect(l.balances('11211').posted.amount.toString()).toBe('10'); // state intact after the refused chart
    expect(() => closeAccount(chart, '11211', d('2026-07-01'))).toThrow(
      expect.objectContaining({ code: 'LEDGER/ACCOUNT_CLOSED' }),
    );
    expect(() => configureAccount(chart, '9999', {})).toThrow(
      expect.objectContaining({ code: 'LEDGER/UNKNOWN_ACCOUNT' }),
    );
    expect(() => l.reverse('NOPE', { id: 'R', postingDate: d('2026-05-31') })).toThrow(
      expect.objectContaining({ code: 'LEDGER/UNKNOWN_ENTRY', path: ['entryId'] }),
    );
    expect(() => l.postPending('NOPE', { id: 'P', postingDate: d('2026-05-31') })).toThrow(
      expect.objectContaining({ code: 'LEDGER/UNKNOWN_PENDING', path: ['pendingId'] }),
    );
    expect(() => l.lockPeriod('2026-13-01' as never)).toThrow(
      expect.objectContaining({ code: 'LEDGER/INVALID_DATE' }),
    );
    expect(() => l.balances('9999')).toThrow(
      expect.objectContaining({ code: 'LEDGER/UNKNOWN_ACCOUNT', path: ['account'] }),
    );
    const r = l.reverse('E1', { id: 'E1-R', postingDate: d('2026-05-31') });
    expect(() => l.reverse('E1-R', { id: 'E1-RR', postingDate: d('2026-05-31') })).toThrow(
      expect.objectContaining({ code: 'LEDGER/NOT_REVERSIBLE' }),
    );
    expect(r.reverses).toBe('E1');
  });
});

describe('Circular 133 (SME) books', () => {
  it('payroll to 6422, close to 911 → 4212, trial balance balances', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT133') });
    l.postBatch([
      {
        id: 'CAP',
        postingDate: d('2026-01-02'),
        description: 'Capital',
        postings: [
          { role: 'bankDeposits', debit: vnd('100000000') },
          { role: 'ownersCapital', credit: vnd('100000000') },
        ],
      },
      {
        id: 'SAL',
        postingDate: d('2026-01-31'),
        description: 'Salary',
        postings: [
          { role: 'salaryExpense', debit: vnd('10000000') },
          { role: 'salaryPayable', credit: vnd('10000000') },
        ],
      },
      {
        id: 'INS',
        postingDate: d('2026-01-31'),
        description: 'BHTN 1%',
        postings: [
          { role: 'salaryExpense', debit: vnd('100000') },
          { role: 'unemploymentInsurancePayable', credit: vnd('100000') },
        ],
      },
    ]);
    expect(l.balances('6422').posted.amount.toString()).toBe('10100000');
    expect(l.balances('3385').posted.amount.toString()).toBe('-100000');
    const JAN = { from: d('2026-01-01'), to: d('2026-01-31') };
    // the TT99 B02 layout still reads TT133 books for the accounts they share (642 → line 26)
    expect(lineValue(financialStatement(l, B02_DN_TT99, JAN), '26').amount.toString()).toBe('10100000');
    const { profit } = closePeriod(l, { through: d('2026-01-31'), id: 'CLOSE' });
    expect(profit.amount.toString()).toBe('-10100000');
    expect(l.balances('4212').posted.amount.toString()).toBe('10100000');
    const tb = trialBalance(l, JAN);
    expect(tb.totals.closingDebit.amount.eq(tb.totals.closingCredit.amount)).toBe(true);
  });
});

describe('idempotency keys that differ from ids', () => {
  it('a key reused by another entry in the same batch or later is a replay or a conflict', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    const base = {
      postingDate: d('2026-01-02'),
      description: 'x',
      postings: [
        { account: '1111', amount: 1 },
        { account: '5111', amount: -1 },
      ],
    };
    expect(() =>
      l.postBatchMinor([
        { ...base, id: 'A', idempotencyKey: 'K' },
        { ...base, id: 'K' },
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'LEDGER/IDEMPOTENCY_CONFLICT',
        path: ['entries', 1, 'idempotencyKey'],
      }),
    );
    expect(l.entries()).toHaveLength(0);
    const [a, again] = l.postBatchMinor([
      { ...base, id: 'A', idempotencyKey: 'K' },
      { ...base, id: 'A', idempotencyKey: 'K' },
    ]);
    expect(again).toBe(a);
    expect(l.entries()).toHaveLength(1);
    expect(() => l.postBatchMinor([{ ...base, id: 'A', idempotencyKey: 'K2' }])).toThrow(
      expect.objectContaining({ code: 'LEDGER/DUPLICATE_ENTRY_ID' }),
    );
    // a failed batch leaves no reservation behind
    expect(() =>
      l.postBatchMinor([
        { ...base, id: 'B' },
        {
          ...base,
          id: 'C',
          postings: [
            { account: '1111', amount: 1 },
            { account: '5111', amount: -2 },
          ],
        },
      ]),
    ).toThrow(expect.objectContaining({ code: 'LEDGER/UNBALANCED' }));
    expect(l.entry('B')).toBeUndefined();
    expect(l.postBatchMinor([{ ...base, id: 'B' }])[0]?.seq).toBe(2);
  });
});
