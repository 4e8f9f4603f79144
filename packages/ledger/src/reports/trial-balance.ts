import { type Money, moneyFromMinor } from '@bo/core';
import { invalid } from '../journal/errors.js';
import { aggregate, ancestorsOf, type DateRange, type LedgerView, type Totals } from './ledger-view.js';

/**
 * A row of the trial balance (bảng cân đối tài khoản / bảng cân đối số phát sinh).
 * Balances are shown on their side: a net debit balance in `…Debit`, a net credit balance in `…Credit`.
 * @example row.closingDebit.amount.toString()
 */
export interface TrialBalanceRow {
  /** Account code. */
  readonly account: string;
  /** Vietnamese name. */
  readonly nameVi: string;
  /** English name. */
  readonly nameEn: string;
  /** 1 for level-1 accounts, 2 for their children… */
  readonly level: number;
  /** Opening balance (số dư đầu kỳ), debit side. */
  readonly openingDebit: Money;
  /** Opening balance, credit side. */
  readonly openingCredit: Money;
  /** Debit movements of the period (phát sinh Nợ). */
  readonly debit: Money;
  /** Credit movements of the period (phát sinh Có). */
  readonly credit: Money;
  /** Closing balance (số dư cuối kỳ), debit side. */
  readonly closingDebit: Money;
  /** Closing balance, credit side. */
  readonly closingCredit: Money;
}

/**
 * The trial balance for a period. `totals` sums level-1 rows; in a balanced book opening,
 * movement and closing debit totals equal the credit totals.
 * @example const tb = trialBalance(ledger, { from: calendarDate('2026-01-01'), to: calendarDate('2026-01-31') });
 */
export interface TrialBalance {
  /** Period. */
  readonly range: DateRange;
  /** Rows with activity or balance, in code order, parents rolled up. */
  readonly rows: readonly TrialBalanceRow[];
  /** Totals over level-1 accounts. */
  readonly totals: Omit<TrialBalanceRow, 'account' | 'nameVi' | 'nameEn' | 'level'>;
}

/**
 * Computes the trial balance: opening balances before `from`, movements within the range,
 * closing balances at `to`, every parent account rolled up from its children.
 * @throws BoValidationError `LEDGER/INVALID_RANGE` when `from` is after `to`
 * @example
 * const tb = trialBalance(ledger, { from: calendarDate('2026-01-01'), to: calendarDate('2026-01-31') });
 * tb.totals.debit.amount.eq(tb.totals.credit.amount) // true
 */
export function trialBalance(
  view: LedgerView,
  range: DateRange,
  options: { readonly levels?: number } = {},
): TrialBalance {
  if (range.from !== undefined && range.from > range.to) {
    throw invalid(
      'LEDGER/INVALID_RANGE',
      `from ${range.from} is after to ${range.to}`,
      `khoảng ngày không hợp lệ`,
      ['from'],
    );
  }
  const leaf = aggregate(view, range);
  const anc = ancestorsOf(view.chart);
  const rolled = new Map<string, Totals>();
  for (const [code, t] of leaf) {
    for (const a of anc.get(code) ?? [code]) {
      let r = rolled.get(a);
      if (r === undefined) {
        r = { openDebit: 0, openCredit: 0, debit: 0, credit: 0 };
        rolled.set(a, r);
      }
      r.openDebit += t.openDebit;
      r.openCredit += t.openCredit;
      r.debit += t.debit;
      r.credit += t.credit;
    }
  }
  const cur = view.functionalCurrency;
  const m = (n: number): Money => moneyFromMinor(n, cur);
  const rows: TrialBalanceRow[] = [];
  const tot = { od: 0, oc: 0, d: 0, c: 0, cd: 0, cc: 0 };
  for (const acc of view.chart.accounts) {
    const t = rolled.get(acc.code);
    if (t === undefined) continue;
    const level = anc.get(acc.code)?.length ?? 1;
    if (options.levels !== undefined && level > options.levels) continue;
    const open = t.openDebit - t.openCredit;
    const close = open + t.debit - t.credit;
    const row: TrialBalanceRow = {
      account: acc.code,
      nameVi: acc.nameVi,
      nameEn: acc.nameEn,
      level,
      openingDebit: m(Math.max(open, 0)),
      openingCredit: m(open < 0 ? -open : 0),
      debit: m(t.debit),
      credit: m(t.credit),
      closingDebit: m(Math.max(close, 0)),
      closingCredit: m(close < 0 ? -close : 0),
    };
    rows.push(row);
    if (level === 1) {
      tot.od += Math.max(open, 0);
      tot.oc += open < 0 ? -open : 0;
      tot.d += t.debit;
      tot.c += t.credit;
      tot.cd += Math.max(close, 0);
      tot.cc += close < 0 ? -close : 0;
    }
  }
  return {
    range,
    rows,
    totals: {
      openingDebit: m(tot.od),
      openingCredit: m(tot.oc),
      debit: m(tot.d),
      credit: m(tot.c),
      closingDebit: m(tot.cd),
      closingCredit: m(tot.cc),
    },
  };
}
