import { addDays, type CalendarDate, moneyFromMinor } from '@bo/core';
import { resolveRole } from '../accounts/chart-of-accounts.js';
import type { Ledger } from '../journal/ledger.js';
import type { StoredEntry } from '../journal/stored-entry.js';
import { aggregate } from '../reports/ledger-view.js';

/**
 * Opening of a new fiscal year: transfers the balance of undistributed profit of the year just
 * ended (4212, role `retainedEarningsCurrentYear`) to undistributed profit of prior years (4211, role
 * `retainedEarningsPriorYears`), dated on the first day of the new year (reference note §B4 step f).
 * Returns undefined when 4212 is already empty.
 * @example carryForwardRetainedEarnings(ledger, { date: calendarDate('2027-01-01'), id: 'OPEN-2027' })
 */
export function carryForwardRetainedEarnings(
  ledger: Ledger,
  options: { readonly date: CalendarDate; readonly id: string },
): StoredEntry | undefined {
  const current = resolveRole(ledger.chart, 'retainedEarningsCurrentYear');
  const prior = resolveRole(ledger.chart, 'retainedEarningsPriorYears');
  const t = aggregate(ledger, { to: addDays(options.date, -1) }).get(current);
  const b = t === undefined ? 0 : t.openDebit + t.debit - t.openCredit - t.credit; // debit − credit
  if (b === 0) return undefined;
  const m = (n: number) => moneyFromMinor(n, ledger.functionalCurrency);
  return ledger.post({
    id: options.id,
    postingDate: options.date,
    description: 'Kết chuyển lợi nhuận năm trước 4212 → 4211 / Carry forward prior-year result',
    postings:
      b < 0
        ? [
            { account: current, debit: m(-b) },
            { account: prior, credit: m(-b) },
          ]
        : [
            { account: prior, debit: m(b) },
            { account: current, credit: m(b) },
          ],
  });
}
