import { calendarDate, money } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountStatement,
  B01A_DNN_TT133,
  B01_DN_TT99,
  B02_DNN_TT133,
  B02_DN_TT99,
  B03_DN_TT99,
  balanceAt,
  carryForwardRetainedEarnings,
  balancesByDimension,
  chartOfAccounts,
  closePeriod,
  createLedger,
  financialStatement,
  generalJournal,
  type JournalEntryInput,
  lineValue,
  type MinorEntryInput,
  revalueForeignCurrency,
  trialBalance,
} from '../src/index.js';

const d = calendarDate;
const vnd = (x: string | number) => money(String(x), 'VND');
const JAN = { from: d('2026-01-01'), to: d('2026-01-31') };

/**
 * Payroll golden entries from /work/shared/reference/ledger.md §B4 (worked example: admin employee,
 * gross 20,000,000; employer 23.5% = KPCĐ 2% 400,000 + BHXH 17.5% 3,500,000 + BHYT 3% 600,000 +
 * BHTN 1% 200,000; employee 10.5% = 1,600,000 + 300,000 + 200,000; PIT 120,000; net 17,780,000),
 * rates per the same note (Viger Law / vietnam-business-law citations there).
 */
function payrollMonth(): JournalEntryInput[] {
  const emp = { employee: 'NV001', department: 'ADMIN' };
  return [
    {
      id: 'PR-1',
      postingDate: d('2026-01-31'),
      description: 'Accrue salary',
      postings: [
        { role: 'salaryExpense', debit: vnd(20000000), dimensions: emp },
        { role: 'salaryPayable', credit: vnd(20000000), dimensions: emp },
      ],
    },
    {
      id: 'PR-2',
      postingDate: d('2026-01-31'),
      description: 'Employer contributions',
      postings: [
        { role: 'salaryExpense', debit: vnd(4700000), dimensions: emp },
        { role: 'unionFeePayable', credit: vnd(400000) },
        { role: 'socialInsurancePayable', credit: vnd(3500000) },
        { role: 'healthInsurancePayable', credit: vnd(600000) },
        { role: 'unemploymentInsurancePayable', credit: vnd(200000) },
      ],
    },
    {
      id: 'PR-3',
      postingDate: d('2026-01-31'),
      description: 'Employee deductions',
      postings: [
        { role: 'salaryPayable', debit: vnd(2100000), dimensions: emp },
        { role: 'socialInsurancePayable', credit: vnd(1600000) },
        { role: 'healthInsurancePayable', credit: vnd(300000) },
        { role: 'unemploymentInsurancePayable', credit: vnd(200000) },
      ],
    },
    {
      id: 'PR-4',
      postingDate: d('2026-01-31'),
      description: 'PIT withheld',
      postings: [
        { role: 'salaryPayable', debit: vnd(120000), dimensions: emp },
        { role: 'pitPayable', credit: vnd(120000) },
      ],
    },
    {
      id: 'PR-5',
      postingDate: d('2026-01-31'),
      description: 'Pay net salary',
      postings: [
        { role: 'salaryPayable', debit: vnd(17780000), dimensions: emp },
        { role: 'bankDeposits', credit: vnd(17780000) },
      ],
    },
  ];
}

function month() {
  const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
  l.postBatch([
    {
      id: 'OPEN',
      postingDate: d('2026-01-01'),
      description: 'Capital contribution',
      postings: [
        { role: 'bankDeposits', debit: vnd(500000000) },
        { role: 'ownersCapital', credit: vnd(500000000) },
      ],
    },
    {
      id: 'BUY',
      postingDate: d('2026-01-05'),
      description: 'Buy goods on credit',
      postings: [
        { role: 'merchandise', debit: vnd(100000000) },
        { role: 'inputVatDeductible', debit: vnd(10000000) },
        { role: 'tradePayables', credit: vnd(110000000), dimensions: { counterparty: 'NCC1' } },
      ],
    },
    {
      id: 'SELL',
      postingDate: d('2026-01-10'),
      description: 'Sell goods on credit',
      postings: [
        { role: 'tradeReceivables', debit: vnd(165000000), dimensions: { counterparty: 'KH1' } },
        { role: 'salesRevenueGoods', credit: vnd(150000000) },
        { role: 'outputVatPayable', credit: vnd(15000000) },
      ],
    },
    {
      id: 'COGS',
      postingDate: d('2026-01-10'),
      description: 'Cost of goods sold',
      postings: [
        { role: 'costOfGoodsSold', debit: vnd(80000000) },
        { role: 'merchandise', credit: vnd(80000000) },
      ],
    },
    {
      id: 'ADV',
      postingDate: d('2026-01-12'),
      description: 'Advance from customer KH2',
      postings: [
        { role: 'bankDeposits', debit: vnd(5000000) },
        { role: 'tradeReceivables', credit: vnd(5000000), dimensions: { counterparty: 'KH2' } },
      ],
    },
    {
      id: 'COLLECT',
      postingDate: d('2026-01-20'),
      description: 'Collect from KH1',
      postings: [
        { role: 'bankDeposits', debit: vnd(100000000) },
        { role: 'tradeReceivables', credit: vnd(100000000), dimensions: { counterparty: 'KH1' } },
      ],
    },
    ...payrollMonth(),
  ]);
  return l;
}

describe('reports', () => {
  it('payroll golden example: 334 closes to zero, 338x and 3335 hold the contributions', () => {
    const l = month();
    expect(l.balances('334').posted.amount.toString()).toBe('0');
    expect(l.balances('3383').posted.amount.toString()).toBe('-5100000');
    expect(l.balances('3384').posted.amount.toString()).toBe('-900000');
    expect(l.balances('3385').posted.amount.toString()).toBe('-400000');
    expect(l.balances('3382').posted.amount.toString()).toBe('-400000');
    expect(l.balances('3335').posted.amount.toString()).toBe('-120000');
    expect(l.balances('6421').posted.amount.toString()).toBe('24700000');
  });

  it('trial balance: opening, movements, closing, rolled up, totals agree', () => {
    const l = month();
    const tb = trialBalance(l, { from: d('2026-01-02'), to: d('2026-01-31') });
    const row = (c: string) => tb.rows.find((r) => r.account === c)!;
    expect(row('112').openingDebit.amount.toString()).toBe('500000000');
    expect(row('112').debit.amount.toString()).toBe('105000000');
    expect(row('112').credit.amount.toString()).toBe('17780000');
    expect(row('112').closingDebit.amount.toString()).toBe('587220000');
    expect(row('1121').level).toBe(2);
    expect(tb.totals.openingDebit.amount.eq(tb.totals.openingCredit.amount)).toBe(true);
    expect(tb.totals.debit.amount.eq(tb.totals.credit.amount)).toBe(true);
    expect(tb.totals.closingDebit.amount.eq(tb.totals.closingCredit.amount)).toBe(true);
    expect(() => trialBalance(l, { from: d('2026-02-01'), to: d('2026-01-31') })).toThrow(
      expect.objectContaining({ code: 'LEDGER/INVALID_RANGE' }),
    );
  });

  it('balances by date and dimension, account statement with running balance, general journal', () => {
    const l = month();
    expect(balanceAt(l, '131', d('2026-01-15')).amount.toString()).toBe('160000000');
    expect(balanceAt(l, '131', d('2026-01-31'), { counterparty: 'KH1' }).amount.toString()).toBe('65000000');
    const by = balancesByDimension(l, '131', 'counterparty', d('2026-01-31'));
    expect([...by].map(([k, v]) => [k, v.amount.toString()])).toEqual([
      ['KH1', '65000000'],
      ['KH2', '-5000000'],
    ]);
    const st = accountStatement(l, '112', { from: d('2026-01-02'), to: d('2026-01-31') });
    expect(st.opening.amount.toString()).toBe('500000000');
    expect(st.lines.map((x) => x.runningBalance.amount.toString())).toEqual([
      '505000000',
      '605000000',
      '587220000',
    ]);
    expect(st.lines[0]?.contraAccounts).toEqual(['131']);
    expect(st.closing.amount.toString()).toBe('587220000');
    const gj = generalJournal(l, JAN);
    expect(gj.totalDebit.amount.eq(gj.totalCredit.amount)).toBe(true);
    expect(gj.lines[0]?.entryId).toBe('OPEN');
  });

  it('B02 and B01 with gross receivables, cross-checks, and the close to 911 → 4212', () => {
    const l = month();
    const b02 = financialStatement(l, B02_DN_TT99, JAN);
    // revenue 150,000,000 − COGS 80,000,000 − G&A 24,700,000 = 45,300,000
    expect(lineValue(b02, '01').amount.toString()).toBe('150000000');
    expect(lineValue(b02, '20').amount.toString()).toBe('70000000');
    expect(lineValue(b02, '26').amount.toString()).toBe('24700000');
    expect(lineValue(b02, '24').amount.toString()).toBe('0');
    expect(lineValue(b02, '60').amount.toString()).toBe('45300000');
    const b01 = financialStatement(l, B01_DN_TT99, JAN);
    expect(lineValue(b01, '131').amount.toString()).toBe('65000000'); // KH1 gross
    expect(lineValue(b01, '312').amount.toString()).toBe('5000000'); // KH2 advance, not netted
    expect(lineValue(b01, '280').amount.toString()).toBe(lineValue(b01, '440').amount.toString());
    expect(b01.checks.every((c) => c.ok)).toBe(true);
    const closed = closePeriod(l, { through: d('2026-01-31'), id: 'CLOSE-2026-01' });
    expect(closed.profit.amount.toString()).toBe('45300000');
    expect(l.balances('911').posted.amount.toString()).toBe('0');
    expect(l.balances('511').posted.amount.toString()).toBe('0');
    expect(l.balances('4212').posted.amount.toString()).toBe('-45300000');
    expect(l.lockedThrough).toBe('2026-01-31');
    // next fiscal year opens: 4212 → 4211 (done here on 2026-02-01 for the test)
    const carried = carryForwardRetainedEarnings(l, { date: d('2026-02-01'), id: 'OPEN-NEXT' });
    expect(carried?.postings.map((p) => [p.account, p.side, p.amount])).toEqual([
      ['4212', 'D', 45300000],
      ['4211', 'C', 45300000],
    ]);
    expect(l.balances('421').posted.amount.toString()).toBe('-45300000');
    expect(carryForwardRetainedEarnings(l, { date: d('2026-02-02'), id: 'OPEN-AGAIN' })).toBeUndefined();
    // statements are the same after the close
    expect(lineValue(financialStatement(l, B02_DN_TT99, JAN), '60').amount.toString()).toBe('45300000');
    const after = financialStatement(l, B01_DN_TT99, JAN);
    expect(lineValue(after, '420').amount.toString()).toBe('45300000');
    expect(after.checks.every((c) => c.ok)).toBe(true);
    // B03: closing cash = B01 line 110
    const b03 = financialStatement(l, B03_DN_TT99, { from: d('2026-01-01'), to: d('2026-01-31') });
    expect(lineValue(b03, '70').amount.toString()).toBe(lineValue(after, '110').amount.toString());
    expect(lineValue(b03, '01').amount.toString()).toBe('45300000');
    expect(lineValue(b03, '31').amount.toString()).toBe('500000000');
    expect(b03.checks.every((c) => c.ok)).toBe(true);
    // comparatives
    const feb = { from: d('2026-02-01'), to: d('2026-02-28') };
    const withComp = financialStatement(l, B02_DN_TT99, feb, JAN);
    expect(lineValue(withComp, '60', 'comparative').amount.toString()).toBe('45300000');
    expect(lineValue(withComp, '60').amount.toString()).toBe('0');
  });

  it('user-defined layouts are validated', () => {
    const l = month();
    const mine = {
      id: 'CASH-KPI',
      version: '1',
      source: 'internal',
      titleVi: 'Tiền',
      titleEn: 'Cash',
      lines: [
        {
          code: 'C',
          labelVi: 'Tiền',
          labelEn: 'Cash',
          sources: [{ kind: 'balance' as const, accounts: ['11'] }],
        },
      ],
    };
    expect(lineValue(financialStatement(l, mine, JAN), 'C').amount.toString()).toBe('587220000');
    expect(() => financialStatement(l, { ...mine, lines: [] }, JAN)).toThrow(
      expect.objectContaining({ code: 'LEDGER/INVALID_TEMPLATE', path: ['lines'] }),
    );
  });

  it('FX revaluation goes through 4131 and is closed to 515/635', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    l.post({
      id: 'USD-IN',
      postingDate: d('2026-01-05'),
      description: 'Owner contributes USD',
      postings: [
        { role: 'bankDepositsForeignCurrency', debit: money('10000', 'USD'), rate: '25000' },
        { role: 'ownersCapital', credit: vnd(250000000) },
      ],
    });
    const entries = revalueForeignCurrency(l, {
      date: d('2026-01-31'),
      rates: { USD: '25300.5' },
      id: 'FX-2026-01',
    });
    expect(entries.map((e) => e.id)).toEqual(['FX-2026-01-4131', 'FX-2026-01-PL']);
    // 10,000 × 25,300.5 = 253,005,000 → gain 3,005,000
    expect(l.balances('1122').posted.amount.toString()).toBe('253005000');
    expect(l.currencyBalances('1122')[0]?.original.amount.toString()).toBe('10000');
    expect(l.balances('4131').posted.amount.toString()).toBe('0');
    expect(l.balances('515').posted.amount.toString()).toBe('-3005000');
    // B03: the revaluation of USD cash is line 61, not an operating cash flow
    const b03 = financialStatement(l, B03_DN_TT99, JAN);
    expect(lineValue(b03, '61').amount.toString()).toBe('3005000');
    expect(lineValue(b03, '04').amount.toString()).toBe('-3005000');
    expect(lineValue(b03, '20').amount.toString()).toBe('0');
    expect(lineValue(b03, '31').amount.toString()).toBe('250000000');
    expect(lineValue(b03, '70').amount.toString()).toBe('253005000');
    expect(b03.checks.every((c) => c.ok)).toBe(true);
    expect(() => revalueForeignCurrency(l, { date: d('2026-01-31'), rates: {}, id: 'FX-X' })).toThrow(
      expect.objectContaining({ code: 'LEDGER/MISSING_RATE', path: ['rates', 'USD'] }),
    );
  });
});

const LEAVES = chartOfAccounts('VN-TT99')
  .accounts.filter((a, _, all) => !all.some((b) => b.parent === a.code))
  .map((a) => a.code);

describe('statement properties', () => {
  it('for any balanced books, B01 280 = 440 and B03 closing cash = B01 110, before and after the close', () => {
    const entryArb = fc
      .array(
        fc.record({
          a: fc.constantFrom(...LEAVES),
          x: fc.integer({ min: -1e9, max: 1e9 }),
          cp: fc.constantFrom('A', 'B', undefined),
        }),
        {
          minLength: 1,
          maxLength: 4,
        },
      )
      .map((lines) => lines);
    fc.assert(
      fc.property(
        fc.array(entryArb, { minLength: 1, maxLength: 15 }),
        fc.constantFrom(...LEAVES),
        (raw, plug) => {
          const entries: MinorEntryInput[] = raw.map((lines, i) => ({
            id: `E${i}`,
            postingDate: d(i % 2 === 0 ? '2025-12-31' : '2026-01-15'),
            description: 'random',
            postings: [
              ...lines.map((l, k) => ({
                account: l.a,
                amount: l.x,
                ...(l.cp === undefined
                  ? {}
                  : { dimensions: { counterparty: l.cp, ...(k % 2 === 1 ? { term: 'long' } : {}) } }),
              })),
              { account: plug, amount: -lines.reduce((s, l) => s + l.x, 0) },
            ],
          }));
          const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
          l.postBatchMinor(entries);
          for (const when of ['open', 'closed'] as const) {
            if (when === 'closed') {
              const { profit } = closePeriod(l, { through: d('2026-01-31'), id: 'C' });
              // B02 lists every P&L account except production-cost accounts 621–627 (absorbed via 154) and 911
              const outside = (a: string) => /^(62[1-7]|911)/.test(a);
              if (!raw.flat().some((x) => outside(x.a)) && !outside(plug)) {
                const all = { from: d('2025-01-01'), to: d('2026-01-31') };
                expect(lineValue(financialStatement(l, B02_DN_TT99, all), '60').amount.toString()).toBe(
                  profit.amount.toString(),
                );
              }
            }
            const b01 = financialStatement(l, B01_DN_TT99, JAN);
            expect(b01.checks.every((c) => c.ok)).toBe(true);
            const b03 = financialStatement(l, B03_DN_TT99, JAN);
            expect(lineValue(b03, '70').amount.eq(lineValue(b01, '110').amount)).toBe(true);
            const tb = trialBalance(l, JAN);
            expect(tb.totals.closingDebit.amount.eq(tb.totals.closingCredit.amount)).toBe(true);
          }
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });
});

describe('B01 short/long-term split', () => {
  it('postings tagged term: long go to the long-term lines', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    l.postBatch([
      {
        id: 'LOAN',
        postingDate: d('2026-01-03'),
        description: 'Five-year bank loan, one instalment due within 12 months',
        postings: [
          { role: 'bankDeposits', debit: vnd(1_000_000_000) },
          { role: 'borrowings', credit: vnd(800_000_000), dimensions: { term: 'long' } },
          { role: 'borrowings', credit: vnd(200_000_000) },
        ],
      },
      {
        id: 'LT-SALE',
        postingDate: d('2026-01-04'),
        description: 'Instalment sale, receivable due in 2 years',
        postings: [
          {
            role: 'tradeReceivables',
            debit: vnd(300_000_000),
            dimensions: { counterparty: 'KH9', term: 'long' },
          },
          { role: 'salesRevenueGoods', credit: vnd(300_000_000) },
        ],
      },
    ]);
    l.post({
      id: 'INT',
      postingDate: d('2026-01-31'),
      description: 'Interest and a bank fee',
      postings: [
        { role: 'financeCosts', debit: vnd(10_000_000), dimensions: { expense: 'borrowingCost' } },
        { role: 'financeCosts', debit: vnd(1_000_000) },
        { role: 'bankDeposits', credit: vnd(11_000_000) },
      ],
    });
    const b02 = financialStatement(l, B02_DN_TT99, JAN);
    expect(lineValue(b02, '23').amount.toString()).toBe('11000000');
    expect(lineValue(b02, '24').amount.toString()).toBe('10000000');
    const b01 = financialStatement(l, B01_DN_TT99, JAN);
    expect(lineValue(b01, '321').amount.toString()).toBe('200000000');
    expect(lineValue(b01, '339').amount.toString()).toBe('800000000');
    expect(lineValue(b01, '330').amount.toString()).toBe('800000000');
    expect(lineValue(b01, '211').amount.toString()).toBe('300000000');
    expect(lineValue(b01, '131').amount.toString()).toBe('0');
    expect(b01.checks.every((c) => c.ok)).toBe(true);
  });
});

const LEAVES_133 = chartOfAccounts('VN-TT133')
  .accounts.filter((a, _, all) => !all.some((b) => b.parent === a.code))
  .map((a) => a.code);

describe('Circular 133 statements (SMEs)', () => {
  it('for any balanced SME books, B01a-DNN 200 = 500 and B02-DNN 60 equals the closed profit', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.record({
              a: fc.constantFrom(...LEAVES_133),
              x: fc.integer({ min: -1e9, max: 1e9 }),
              cp: fc.constantFrom('A', 'B'),
            }),
            {
              minLength: 1,
              maxLength: 4,
            },
          ),
          { minLength: 1, maxLength: 15 },
        ),
        fc.constantFrom(...LEAVES_133),
        (raw, plug) => {
          const l = createLedger({ chart: chartOfAccounts('VN-TT133') });
          l.postBatchMinor(
            raw.map((lines, i) => ({
              id: `E${i}`,
              postingDate: d('2026-01-15'),
              description: 'random',
              postings: [
                ...lines.map((x) => ({ account: x.a, amount: x.x, dimensions: { counterparty: x.cp } })),
                { account: plug, amount: -lines.reduce((s, x) => s + x.x, 0) },
              ],
            })),
          );
          const b02 = financialStatement(l, B02_DNN_TT133, JAN);
          expect(financialStatement(l, B01A_DNN_TT133, JAN).checks.every((c) => c.ok)).toBe(true);
          const { profit } = closePeriod(l, { through: d('2026-01-31'), id: 'C' });
          const b01 = financialStatement(l, B01A_DNN_TT133, JAN);
          expect(b01.checks.every((c) => c.ok)).toBe(true);
          // B02-DNN lists every P&L account except 611/631 (periodic-inventory clearing) and 911 itself
          const outside = (a: string) => /^(611|631|911)/.test(a);
          if (!raw.flat().some((x) => outside(x.a)) && !outside(plug)) {
            expect(lineValue(b02, '60').amount.toString()).toBe(profit.amount.toString());
          }
        },
      ),
      { numRuns: 40, seed: 13 },
    );
  });
});
