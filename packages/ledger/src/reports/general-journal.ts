import { type CalendarDate, type Money, moneyFromMinor } from '@bo/core';
import type { StoredEntry } from '../journal/stored-entry.js';
import type { LedgerView } from './ledger-view.js';

/** A line of the general journal. @example line.debit */
export interface GeneralJournalLine {
  /** Entry sequence number. */
  readonly seq: number;
  /** Entry id. */
  readonly entryId: string;
  /** Posting date. */
  readonly postingDate: CalendarDate;
  /** Document number. */
  readonly documentNumber?: string;
  /** Document date. */
  readonly documentDate?: CalendarDate;
  /** Description. */
  readonly description: string;
  /** Account. */
  readonly account: string;
  /** Debit. */
  readonly debit: Money;
  /** Credit. */
  readonly credit: Money;
}

/**
 * The general journal (sổ Nhật ký chung): every posted line of the period in posting-date order
 * (journal order within a day), with totals that must agree.
 * @example generalJournal(ledger, { from: calendarDate('2026-01-01'), to: calendarDate('2026-01-31') }).totalDebit
 */
export function generalJournal(
  view: LedgerView,
  range: { readonly from?: CalendarDate; readonly to: CalendarDate },
): {
  readonly lines: readonly GeneralJournalLine[];
  readonly totalDebit: Money;
  readonly totalCredit: Money;
} {
  const m = (n: number) => moneyFromMinor(n, view.functionalCurrency);
  const picked: StoredEntry[] = view
    .entries()
    .filter(
      (e) =>
        e.kind !== 'pending' &&
        e.kind !== 'pendingVoid' &&
        e.postingDate <= range.to &&
        (range.from === undefined || e.postingDate >= range.from),
    );
  picked.sort((a, b) =>
    a.postingDate < b.postingDate ? -1 : a.postingDate > b.postingDate ? 1 : a.seq - b.seq,
  );
  let td = 0;
  let tc = 0;
  const lines: GeneralJournalLine[] = [];
  for (const e of picked) {
    for (const p of e.postings) {
      if (p.side === 'D') td += p.amount;
      else tc += p.amount;
      lines.push({
        seq: e.seq,
        entryId: e.id,
        postingDate: e.postingDate,
        ...(e.documentNumber === undefined ? {} : { documentNumber: e.documentNumber }),
        ...(e.documentDate === undefined ? {} : { documentDate: e.documentDate }),
        description: e.description,
        account: p.account,
        debit: m(p.side === 'D' ? p.amount : 0),
        credit: m(p.side === 'C' ? p.amount : 0),
      });
    }
  }
  return { lines, totalDebit: m(td), totalCredit: m(tc) };
}
