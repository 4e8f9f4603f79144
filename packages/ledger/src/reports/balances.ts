import type { CalendarDate, Money } from '@bo/core';
import { moneyFromMinor } from '@bo/core';
import { invalid } from '../journal/errors.js';
import { isPosted, type LedgerView } from './ledger-view.js';

function matcher(view: LedgerView, account: string): (code: string) => boolean {
  if (!view.chart.accounts.some((a) => a.code === account)) {
    throw invalid(
      'LEDGER/UNKNOWN_ACCOUNT',
      `no account ${account} in the chart`,
      `không có tài khoản ${account}`,
      ['account'],
    );
  }
  const set = new Set<string>([account]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of view.chart.accounts) {
      if (a.parent !== undefined && set.has(a.parent) && !set.has(a.code)) {
        set.add(a.code);
        grew = true;
      }
    }
  }
  return (code) => set.has(code);
}

/**
 * Balance (debit − credit) of an account and its sub-accounts at the end of a day, optionally
 * only postings whose dimensions match a filter.
 * @throws BoValidationError `LEDGER/UNKNOWN_ACCOUNT`
 * @example balanceAt(ledger, '131', calendarDate('2026-01-31'), { counterparty: 'KH1' })
 */
export function balanceAt(
  view: LedgerView,
  account: string,
  date: CalendarDate,
  filter?: Readonly<Record<string, string>>,
): Money {
  return movement(view, account, { to: date }, filter);
}

/**
 * Net movement (debit − credit) of an account and its sub-accounts over a date range.
 * @throws BoValidationError `LEDGER/UNKNOWN_ACCOUNT`
 * @example movement(ledger, '511', { from: calendarDate('2026-01-01'), to: calendarDate('2026-01-31') })
 */
export function movement(
  view: LedgerView,
  account: string,
  range: { readonly from?: CalendarDate; readonly to: CalendarDate },
  filter?: Readonly<Record<string, string>>,
): Money {
  const match = matcher(view, account);
  const keys = filter === undefined ? [] : Object.entries(filter);
  let s = 0;
  for (const e of view.entries()) {
    if (e.postingDate > range.to || (range.from !== undefined && e.postingDate < range.from) || !isPosted(e))
      continue;
    for (const p of e.postings) {
      if (!match(p.account)) continue;
      if (keys.length > 0 && !keys.every(([k, v]) => p.dimensions?.[k] === v)) continue;
      s += p.side === 'D' ? p.amount : -p.amount;
    }
  }
  return moneyFromMinor(s, view.functionalCurrency);
}

/**
 * Balances (debit − credit) of an account and its sub-accounts at a date, split by the values of a
 * dimension (e.g. receivables by customer, salaries by employee). Postings without the dimension
 * are grouped under `''`.
 * @example balancesByDimension(ledger, '131', 'counterparty', calendarDate('2026-01-31')).get('KH1')
 */
export function balancesByDimension(
  view: LedgerView,
  account: string,
  dimension: string,
  date: CalendarDate,
): ReadonlyMap<string, Money> {
  const match = matcher(view, account);
  const acc = new Map<string, number>();
  for (const e of view.entries()) {
    if (e.postingDate > date || !isPosted(e)) continue;
    for (const p of e.postings) {
      if (!match(p.account)) continue;
      const k = p.dimensions?.[dimension] ?? '';
      acc.set(k, (acc.get(k) ?? 0) + (p.side === 'D' ? p.amount : -p.amount));
    }
  }
  const out = new Map<string, Money>();
  for (const k of [...acc.keys()].sort()) out.set(k, moneyFromMinor(acc.get(k)!, view.functionalCurrency));
  return out;
}

export { matcher as accountMatcher };
