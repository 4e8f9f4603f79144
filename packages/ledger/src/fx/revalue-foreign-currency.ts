import { type CalendarDate, Decimal, getCurrency, money, moneyFromMinor } from '@bo/core';
import { resolveRole } from '../accounts/chart-of-accounts.js';
import { invalid } from '../journal/errors.js';
import type { JournalEntryInput, PostingInput } from '../journal/journal-entry-input.js';
import type { Ledger } from '../journal/ledger.js';
import type { StoredEntry } from '../journal/stored-entry.js';
import { isPosted } from '../reports/ledger-view.js';

/**
 * Metadata key set on revaluation entries, so that B03 can show the effect of exchange-rate changes
 * on cash (line 61) apart from operating cash flows.
 * @example entry.metadata?.[FX_REVALUATION_TAG]
 */
export const FX_REVALUATION_TAG = 'fxRevaluation';

/**
 * Options of {@link revalueForeignCurrency}.
 * @example const o: RevaluationOptions = { date: calendarDate('2026-12-31'), rates: { USD: '25450' }, id: 'FXREVAL-2026' };
 */
export interface RevaluationOptions {
  /** Revaluation date (cuối kỳ). */
  readonly date: CalendarDate;
  /** Closing rates: functional-currency units per unit of each currency (decimal strings). */
  readonly rates: Readonly<Record<string, string>>;
  /** Id prefix of the entries. */
  readonly id: string;
  /** Only these accounts (and their sub-accounts); default every account holding foreign currency. */
  readonly accounts?: readonly string[];
  /** Also close the net of 4131 to 515 / 635 (default true). */
  readonly transferToProfitOrLoss?: boolean;
}

/**
 * Period-end revaluation of foreign-currency monetary items (đánh giá lại các khoản mục tiền tệ có
 * gốc ngoại tệ; Circular 200 Art. 69 as amended by Circular 53/2016, carried into Circular 99): each
 * account's original-currency balance is restated at the closing rate, rounded half-up to the
 * functional minor unit, and the difference booked against 4131 (role `fxRevaluationDifference`).
 * With `transferToProfitOrLoss`, the net of 4131 then goes to 515 (gain) or 635 (loss).
 * @throws BoValidationError `LEDGER/MISSING_RATE` when a held currency has no rate
 * @example revalueForeignCurrency(ledger, { date: calendarDate('2026-12-31'), rates: { USD: '25450' }, id: 'FX-2026' })
 */
export function revalueForeignCurrency(ledger: Ledger, options: RevaluationOptions): readonly StoredEntry[] {
  const chart = ledger.chart;
  const diffAccount = resolveRole(chart, 'fxRevaluationDifference');
  const cur = ledger.functionalCurrency;
  const scope = options.accounts;
  const inScope = (code: string) => scope === undefined || scope.some((s) => code.startsWith(s));
  const held = new Map<string, { original: number; functional: number }>();
  for (const e of ledger.entries()) {
    if (e.postingDate > options.date || !isPosted(e)) continue;
    for (const p of e.postings) {
      if (p.currency === undefined || !inScope(p.account)) continue;
      const k = `${p.account}\u0000${p.currency}`;
      const b = held.get(k) ?? { original: 0, functional: 0 };
      const s = p.side === 'D' ? 1 : -1;
      b.original += s * (p.originalAmount ?? 0);
      b.functional += s * p.amount;
      held.set(k, b);
    }
  }
  const lines: PostingInput[] = [];
  let net = 0; // debit − credit booked to monetary accounts = gain
  for (const k of [...held.keys()].sort()) {
    const [account, currency] = k.split('\u0000') as [string, string];
    const b = held.get(k)!;
    const rate = options.rates[currency];
    if (rate === undefined) {
      throw invalid(
        'LEDGER/MISSING_RATE',
        `no closing rate for ${currency}`,
        `thiếu tỷ giá cuối kỳ cho ${currency}`,
        ['rates', currency],
      );
    }
    const c = getCurrency(currency);
    const target = new Decimal(b.original)
      .div(new Decimal(10).pow(c.minorUnit))
      .times(rate)
      .times(new Decimal(10).pow(cur.minorUnit))
      .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
      .toNumber();
    const diff = target - b.functional;
    if (diff === 0) continue;
    const zeroOriginal = money('0', currency);
    lines.push(
      diff > 0
        ? {
            account,
            debit: zeroOriginal,
            functionalAmount: moneyFromMinor(diff, cur),
            memo: `revalue ${currency} @ ${rate}`,
          }
        : {
            account,
            credit: zeroOriginal,
            functionalAmount: moneyFromMinor(-diff, cur),
            memo: `revalue ${currency} @ ${rate}`,
          },
    );
    net += diff;
  }
  if (lines.length === 0) return [];
  const m = (n: number) => moneyFromMinor(n, cur);
  lines.push(net > 0 ? { account: diffAccount, credit: m(net) } : { account: diffAccount, debit: m(-net) });
  const entries: JournalEntryInput[] = [
    {
      id: `${options.id}-4131`,
      postingDate: options.date,
      description: 'Đánh giá lại khoản mục tiền tệ có gốc ngoại tệ / FX revaluation of monetary items',
      metadata: { [FX_REVALUATION_TAG]: options.date },
      postings: lines,
    },
  ];
  if (options.transferToProfitOrLoss !== false && net !== 0) {
    const gain = resolveRole(chart, 'financeIncome');
    const loss = resolveRole(chart, 'financeCosts');
    entries.push({
      id: `${options.id}-PL`,
      postingDate: options.date,
      description: net > 0 ? 'Kết chuyển lãi tỷ giá 4131 → 515' : 'Kết chuyển lỗ tỷ giá 635 ← 4131',
      postings:
        net > 0
          ? [
              { account: diffAccount, debit: m(net) },
              { account: gain, credit: m(net) },
            ]
          : [
              { account: loss, debit: m(-net) },
              { account: diffAccount, credit: m(-net) },
            ],
    });
  }
  return ledger.postBatch(entries);
}
