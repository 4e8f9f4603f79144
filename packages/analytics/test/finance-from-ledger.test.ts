import { calendarDate, isBoError, money } from '@bo/core';
import { B01_DN_TT99, B02_DN_TT99, chartOfAccounts, createLedger, financialStatement } from '@bo/ledger';
import { describe, expect, it } from 'vitest';
import { currentRatio, financeFiguresFromStatements, grossMargin } from '../src/index.js';

describe('finance KPIs from @bo/ledger statements', () => {
  const d = calendarDate;
  const vnd = (x: string) => money(x, 'VND');
  const ledger = createLedger({ chart: chartOfAccounts('VN-TT99', d('2026-01-01')) });
  ledger.postBatch([
    {
      id: 'C',
      postingDate: d('2026-01-02'),
      description: 'capital',
      postings: [
        { role: 'bankDeposits', debit: vnd('1000000000') },
        { role: 'ownersCapital', credit: vnd('1000000000') },
      ],
    },
    {
      id: 'P',
      postingDate: d('2026-01-05'),
      description: 'stock on credit',
      postings: [
        { role: 'merchandise', debit: vnd('300000000') },
        { role: 'tradePayables', credit: vnd('300000000') },
      ],
    },
    {
      id: 'S',
      postingDate: d('2026-01-15'),
      description: 'sale',
      postings: [
        { role: 'tradeReceivables', debit: vnd('400000000') },
        { role: 'salesRevenueGoods', credit: vnd('400000000') },
      ],
    },
    {
      id: 'G',
      postingDate: d('2026-01-15'),
      description: 'cogs',
      postings: [
        { role: 'costOfGoodsSold', debit: vnd('250000000') },
        { role: 'merchandise', credit: vnd('250000000') },
      ],
    },
  ]);
  const range = { from: d('2026-01-01'), to: d('2026-01-31') };
  const b01 = financialStatement(ledger, B01_DN_TT99, range);
  const b02 = financialStatement(ledger, B02_DN_TT99, range);

  it('reads revenue, COGS and current items from B01/B02 and feeds the KPIs', () => {
    const f = financeFiguresFromStatements(b01, b02);
    expect(f.revenue.amount.toString()).toBe('400000000');
    expect(f.cogs.amount.toString()).toBe('250000000');
    expect(f.inventory.amount.toString()).toBe('50000000');
    expect(f.payables.amount.toString()).toBe('300000000');
    expect(grossMargin({ revenue: f.revenue, cogs: f.cogs }).value.toString()).toBe('0.375');
    // current assets 1 000 M cash + 400 M receivables + 50 M stock over 300 M payables
    expect(
      currentRatio({
        currentAssets: f.currentAssets,
        currentLiabilities: f.currentLiabilities,
      }).value.toFixed(4),
    ).toBe('4.8333');
  });

  it('names a line the statement does not have', () => {
    try {
      financeFiguresFromStatements(b01, b02, { revenue: { statement: 'b02', line: '99' } } as never);
      expect.unreachable();
    } catch (e) {
      expect(isBoError(e, 'ANALYTICS/MISSING_VALUE')).toBe(true);
      expect((e as { path: unknown }).path).toEqual(['revenue']);
    }
  });
});
