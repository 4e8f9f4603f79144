import { type CalendarDate, type Money, moneyFromMinor } from '@bo/core';
import type { Dimensions } from '../journal/journal-entry-input.js';
import type { EntryKind } from '../journal/stored-entry.js';
import { accountMatcher } from './balances.js';
import { isPosted, type LedgerView } from './ledger-view.js';

/** A line of an account statement. @example line.runningBalance */
export interface StatementLine {
  /** Entry id. */
  readonly entryId: string;
  /** Entry kind. */
  readonly kind: EntryKind;
  /** Posting date. */
  readonly postingDate: CalendarDate;
  /** Document number and date. */
  readonly documentNumber?: string;
  /** Document date. */
  readonly documentDate?: CalendarDate;
  /** Entry description. */
  readonly description: string;
  /** The account posted (may be a sub-account). */
  readonly account: string;
  /** Contra accounts (tài khoản đối ứng): the other side's accounts. */
  readonly contraAccounts: readonly string[];
  /** Debit amount. */
  readonly debit: Money;
  /** Credit amount. */
  readonly credit: Money;
  /** Balance after this line (debit − credit). */
  readonly runningBalance: Money;
  /** Dimensions of the posting. */
  readonly dimensions?: Dimensions;
}

/** An account statement (sổ chi tiết tài khoản). @example accountStatement(ledger, '1111', range).closing */
export interface AccountStatement {
  /** Account (with its sub-accounts). */
  readonly account: string;
  /** Balance before `from`. */
  readonly opening: Money;
  /** Lines in journal order. */
  readonly lines: readonly StatementLine[];
  /** Total debits of the period. */
  readonly debit: Money;
  /** Total credits of the period. */
  readonly credit: Money;
  /** Balance at `to`. */
  readonly closing: Money;
}

/**
 * The statement of an account over a range, with contra accounts and a running balance; a
 * dimension filter gives a sub-ledger (e.g. one customer's 131).
 * @throws BoValidationError `LEDGER/UNKNOWN_ACCOUNT`
 * @example accountStatement(ledger, '131', { from: calendarDate('2026-01-01'), to: calendarDate('2026-01-31') }, { counterparty: 'KH1' })
 */
export function accountStatement(
  view: LedgerView,
  account: string,
  range: { readonly from?: CalendarDate; readonly to: CalendarDate },
  filter?: Readonly<Record<string, string>>,
): AccountStatement {
  const match = accountMatcher(view, account);
  const keys = filter === undefined ? [] : Object.entries(filter);
  const m = (n: number) => moneyFromMinor(n, view.functionalCurrency);
  let opening = 0;
  let bal = 0;
  let dr = 0;
  let cr = 0;
  const lines: StatementLine[] = [];
  for (const e of view.entries()) {
    if (e.postingDate > range.to || !isPosted(e)) continue;
    const before = range.from !== undefined && e.postingDate < range.from;
    for (const p of e.postings) {
      if (!match(p.account)) continue;
      if (keys.length > 0 && !keys.every(([k, v]) => p.dimensions?.[k] === v)) continue;
      const s = p.side === 'D' ? p.amount : -p.amount;
      if (before) {
        opening += s;
        continue;
      }
      if (p.side === 'D') dr += p.amount;
      else cr += p.amount;
      bal += s;
      lines.push({
        entryId: e.id,
        kind: e.kind,
        postingDate: e.postingDate,
        ...(e.documentNumber === undefined ? {} : { documentNumber: e.documentNumber }),
        ...(e.documentDate === undefined ? {} : { documentDate: e.documentDate }),
        description: e.description,
        account: p.account,
        contraAccounts: [
          ...new Set(e.postings.filter((q) => q.side !== p.side && !match(q.account)).map((q) => q.account)),
        ],
        debit: m(p.side === 'D' ? p.amount : 0),
        credit: m(p.side === 'C' ? p.amount : 0),
        runningBalance: m(opening + bal),
        ...(p.dimensions === undefined ? {} : { dimensions: p.dimensions }),
      });
    }
  }
  return { account, opening: m(opening), lines, debit: m(dr), credit: m(cr), closing: m(opening + bal) };
}
