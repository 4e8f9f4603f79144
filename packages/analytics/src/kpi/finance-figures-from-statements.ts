import { BoValidationError, type Money } from '@bo/core';
import type { FinancialStatement } from '@bo/ledger';

/** The finance KPIs' inputs, read from a balance sheet (B01) and an income statement (B02). */
export interface FinanceFigures {
  readonly revenue: Money;
  readonly cogs: Money;
  readonly grossProfit: Money;
  readonly operatingIncome: Money;
  readonly netIncome: Money;
  readonly cash: Money;
  readonly receivables: Money;
  readonly inventory: Money;
  readonly currentAssets: Money;
  readonly currentLiabilities: Money;
  readonly payables: Money;
}

/** Which statement line holds each figure: `b01` lines for balances, `b02` lines for results. */
export type FinanceLineMap = {
  readonly [K in keyof FinanceFigures]: { readonly statement: 'b01' | 'b02'; readonly line: string };
};

/**
 * Line codes of the Vietnamese forms B01-DN / B02-DN (Circular 99/2025/TT-BTC, as in `@bo/ledger`'s
 * templates): net revenue 10, COGS 11, gross profit 20, operating profit 30, profit after tax 60; cash 110,
 * receivables from customers 131, inventories 140, current assets 100, current liabilities 310, payables to
 * suppliers 311.
 * @example financeFiguresFromStatements(b01, b02, { ...VAS_FINANCE_LINES, cash: { statement: 'b01', line: '111' } })
 */
export const VAS_FINANCE_LINES: FinanceLineMap = {
  revenue: { statement: 'b02', line: '10' },
  cogs: { statement: 'b02', line: '11' },
  grossProfit: { statement: 'b02', line: '20' },
  operatingIncome: { statement: 'b02', line: '30' },
  netIncome: { statement: 'b02', line: '60' },
  cash: { statement: 'b01', line: '110' },
  receivables: { statement: 'b01', line: '131' },
  inventory: { statement: 'b01', line: '140' },
  currentAssets: { statement: 'b01', line: '100' },
  currentLiabilities: { statement: 'b01', line: '310' },
  payables: { statement: 'b01', line: '311' },
};

/**
 * Reads the finance KPIs' inputs from statements computed by `@bo/ledger` (`financialStatement`), so a KPI
 * sheet comes straight from the books. Pass your own line map for a custom layout or another regime.
 * @throws BoValidationError `ANALYTICS/MISSING_VALUE` naming a line the statement does not have
 * @example
 * const f = financeFiguresFromStatements(b01, b02);
 * grossMargin({ revenue: f.revenue, cogs: f.cogs }).value; // e.g. 0.3658
 * currentRatio({ currentAssets: f.currentAssets, currentLiabilities: f.currentLiabilities });
 */
export function financeFiguresFromStatements(
  b01: FinancialStatement,
  b02: FinancialStatement,
  lines: FinanceLineMap = VAS_FINANCE_LINES,
): FinanceFigures {
  const out: Partial<Record<keyof FinanceFigures, Money>> = {};
  for (const key of Object.keys(lines) as (keyof FinanceFigures)[]) {
    const { statement, line } = lines[key];
    const source = statement === 'b01' ? b01 : b02;
    const row = source.rows.find((r) => r.code === line);
    if (!row) {
      throw new BoValidationError({
        code: 'ANALYTICS/MISSING_VALUE',
        message: `${statement.toUpperCase()} (${source.template}) has no line ${line} for ${key}`,
        messageVi: `báo cáo ${source.template} không có chỉ tiêu mã số ${line} (${key})`,
        path: [key],
        details: { statement, line },
      });
    }
    out[key] = row.current;
  }
  return out as FinanceFigures;
}
