import { STATEMENT_DIMENSIONS } from './statement-dimensions.js';
import type { LineSource, TemplateLine } from './statement-template.js';

/** @internal builds a line */
export function line(code: string, labelVi: string, labelEn: string, ...sources: LineSource[]): TemplateLine {
  return { code, labelVi, labelEn, sources };
}

/** @internal net balance of accounts (debit − credit) × sign */
export function bal(accounts: readonly string[], sign: 1 | -1 = 1, exclude?: readonly string[]): LineSource {
  return { kind: 'balance', accounts, sign, ...(exclude === undefined ? {} : { exclude }) };
}

/** @internal gross debit-side balances, optionally one term */
export function debitSide(accounts: readonly string[], term?: 'short' | 'long'): LineSource {
  return { kind: 'balance', accounts, side: 'debit', ...(term === undefined ? {} : { term }) };
}

/** @internal gross credit-side balances, optionally one term */
export function creditSide(accounts: readonly string[], term?: 'short' | 'long'): LineSource {
  return { kind: 'balance', accounts, side: 'credit', ...(term === undefined ? {} : { term }) };
}

/** @internal net balance of one term × sign */
export function termBal(accounts: readonly string[], term: 'short' | 'long', sign: 1 | -1 = 1): LineSource {
  return { kind: 'balance', accounts, sign, term };
}

/** @internal movement (debit − credit) × sign of the postings whose dimensions match `where` */
export function movWhere(
  accounts: readonly string[],
  where: Readonly<Record<string, string>>,
  sign: 1 | -1 = 1,
): LineSource {
  return { kind: 'movement', accounts, where, sign };
}

/** @internal movement (debit − credit) × sign, closing entries excluded */
export function mov(accounts: readonly string[], sign: 1 | -1 = 1, exclude?: readonly string[]): LineSource {
  return { kind: 'movement', accounts, sign, ...(exclude === undefined ? {} : { exclude }) };
}

/** @internal signed sum of lines: `sum('10', '-11')` */
export function sum(...codes: string[]): LineSource {
  return {
    kind: 'sum',
    lines: codes.map((c) =>
      c.startsWith('-') ? { code: c.slice(1), sign: -1 as const } : { code: c, sign: 1 as const },
    ),
  };
}

/** @internal adds a source note to a line */
export function noted(l: TemplateLine, note: string): TemplateLine {
  return { ...l, note };
}

/** @internal income posted with this dimension is cash from disposals (B03 line 22) */
export const DISPOSAL = STATEMENT_DIMENSIONS.disposal;
/** @internal income posted with this dimension is interest/dividends received (B03 line 27, B03-DNN 25) */
export const INVESTMENT_INCOME = STATEMENT_DIMENSIONS.investmentIncome;
/** @internal 635/335/242 postings with this dimension are borrowing costs (B03 lines 06/14) */
export const BORROWING_COST = STATEMENT_DIMENSIONS.borrowingCost;
/** @internal 331 postings with this dimension belong to investing activities (B03 line 21) */
export const INVESTING = STATEMENT_DIMENSIONS.investing;

/** @internal halves on `accounts` paired with cash, signed as cash (inflow +) by default */
export function cashFlow(
  accounts: readonly string[],
  options: {
    side?: 'debit' | 'credit';
    exclude?: readonly string[];
    where?: Readonly<Record<string, string>>;
    tagged?: string;
    sign?: 1 | -1;
  } = {},
): LineSource {
  return {
    kind: 'flow',
    accounts,
    contra: 'cash',
    sign: options.sign ?? -1,
    ...(options.side === undefined ? {} : { side: options.side }),
    ...(options.exclude === undefined ? {} : { exclude: options.exclude }),
    ...(options.where === undefined ? {} : { where: options.where }),
    ...(options.tagged === undefined ? {} : { tagged: options.tagged }),
  };
}

/**
 * @internal non-cash halves of `accounts` (only postings matching `where`, if given) paired with
 * `contra` accounts (minus `exclude`), signed as cash
 */
export function nonCashFlow(
  accounts: readonly string[],
  contra: readonly string[],
  exclude?: readonly string[],
  where?: Readonly<Record<string, string>>,
): LineSource {
  return {
    kind: 'flow',
    accounts,
    contra: { accounts: contra, ...(exclude === undefined ? {} : { exclude }) },
    sign: -1,
    ...(where === undefined ? {} : { where }),
  };
}
