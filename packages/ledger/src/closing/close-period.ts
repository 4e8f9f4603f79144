import { type CalendarDate, type Money, moneyFromMinor } from '@bo/core';
import { resolveRole } from '../accounts/chart-of-accounts.js';
import type { JournalEntryInput, PostingInput } from '../journal/journal-entry-input.js';
import type { Ledger } from '../journal/ledger.js';
import type { StoredEntry } from '../journal/stored-entry.js';
import { aggregate } from '../reports/ledger-view.js';

/**
 * Options of {@link closePeriod}.
 * @example const o: ClosePeriodOptions = { through: calendarDate('2026-12-31'), id: 'CLOSE-2026' };
 */
export interface ClosePeriodOptions {
  /** Last day of the period; the books are locked through it after the closing entries. */
  readonly through: CalendarDate;
  /** Id prefix of the closing entries (`<id>-911`, `<id>-421`); also makes the close idempotent. */
  readonly id: string;
  /** Whether to lock the period after closing (default true). */
  readonly lock?: boolean;
}

/** Result of {@link closePeriod}. @example result.profit.amount.toString() */
export interface ClosePeriodResult {
  /** Closing entries posted (zero, one or two). */
  readonly entries: readonly StoredEntry[];
  /** Profit (positive) or loss (negative) transferred to retained earnings of the current year. */
  readonly profit: Money;
}

/**
 * Period close (kết chuyển cuối kỳ): transfers every revenue and expense account balance to the
 * income summary 911, then the result of 911 to undistributed profit of the current year 4212
 * (profit: Dr 911 / Cr 4212; loss: Dr 4212 / Cr 911), and locks the period. Accounts are found by
 * their roles (`incomeSummary`, `retainedEarningsCurrentYear`), so remapped charts close correctly.
 * Entries are posted as kind `closing` (statements of the period exclude them).
 * @throws BoStateError `LEDGER/PERIOD_CLOSED` when the period is already locked
 * @example
 * const { profit } = closePeriod(ledger, { through: calendarDate('2026-01-31'), id: 'CLOSE-2026-01' });
 */
export function closePeriod(ledger: Ledger, options: ClosePeriodOptions): ClosePeriodResult {
  const chart = ledger.chart;
  const summary = resolveRole(chart, 'incomeSummary');
  const retained = resolveRole(chart, 'retainedEarningsCurrentYear');
  const cur = ledger.functionalCurrency;
  const m = (n: number) => moneyFromMinor(n, cur);
  const types = new Map(chart.accounts.map((a) => [a.code, a.type]));
  const totals = aggregate(ledger, { to: options.through });
  const lines: PostingInput[] = [];
  let toSummary = 0; // debit − credit booked to 911
  for (const code of [...totals.keys()].sort()) {
    const t = types.get(code);
    if (t !== 'revenue' && t !== 'expense') continue;
    const x = totals.get(code)!;
    const b = x.openDebit + x.debit - x.openCredit - x.credit;
    if (b === 0) continue;
    lines.push(b > 0 ? { account: code, credit: m(b) } : { account: code, debit: m(-b) });
    toSummary += b;
  }
  const entries: JournalEntryInput[] = [];
  if (lines.length > 0) {
    lines.push(
      toSummary > 0 ? { account: summary, debit: m(toSummary) } : { account: summary, credit: m(-toSummary) },
    );
    entries.push({
      id: `${options.id}-911`,
      postingDate: options.through,
      description: 'Kết chuyển doanh thu, chi phí sang 911 / Close revenue and expenses to income summary',
      postings: lines.filter((l) => !(l.debit ?? l.credit)!.amount.isZero()),
    });
  }
  const s = totals.get(summary);
  const summaryBefore = s === undefined ? 0 : s.openDebit + s.debit - s.openCredit - s.credit;
  const result = -(summaryBefore + toSummary); // credit balance of 911 = profit
  if (result !== 0) {
    entries.push({
      id: `${options.id}-421`,
      postingDate: options.through,
      description:
        result > 0 ? 'Kết chuyển lãi / Transfer profit to 4212' : 'Kết chuyển lỗ / Transfer loss to 4212',
      postings:
        result > 0
          ? [
              { account: summary, debit: m(result) },
              { account: retained, credit: m(result) },
            ]
          : [
              { account: retained, debit: m(-result) },
              { account: summary, credit: m(-result) },
            ],
    });
  }
  const posted = entries.length === 0 ? [] : ledger.postBatch(entries, { kind: 'closing' });
  if (
    options.lock !== false &&
    (ledger.lockedThrough === undefined || ledger.lockedThrough < options.through)
  ) {
    ledger.lockPeriod(options.through);
  }
  return { entries: posted, profit: m(result) };
}
