import type { CalendarDate, Currency } from '@bo/core';
import type { ChartOfAccounts } from '../accounts/chart-of-accounts.js';
import { EntrySegment } from '../journal/entry-segment.js';
import { type CodedTexts, distinctText } from '../journal/text-list.js';
import type { StoredEntry } from '../journal/stored-entry.js';
import { journalParts } from '../storage/ledger-store.js';

/**
 * What reports read: a chart, a functional currency and the entries. A {@link Ledger} is one; a
 * restored snapshot or an imported journal can be another.
 * @example trialBalance(ledger, { from, to })
 */
export interface LedgerView {
  /** Chart of accounts. */
  readonly chart: ChartOfAccounts;
  /** Functional currency. */
  readonly functionalCurrency: Currency;
  /** Entries in journal order. */
  entries(): readonly StoredEntry[];
}

/** A date range, both ends inclusive; `from` omitted = from the beginning. @example const r: DateRange = { to: '2026-01-31' as CalendarDate }; */
export interface DateRange {
  /** First day (inclusive). */
  readonly from?: CalendarDate;
  /** Last day (inclusive). */
  readonly to: CalendarDate;
}

/** True for entries that move posted balances (pending reservations and voids do not). @internal */
export function isPosted(e: StoredEntry): boolean {
  return e.kind !== 'pending' && e.kind !== 'pendingVoid';
}

/**
 * Ancestors of every account code (itself first), from the chart's parent links.
 * @internal
 */
export function ancestorsOf(chart: ChartOfAccounts): Map<string, readonly string[]> {
  const parent = new Map<string, string | undefined>();
  for (const a of chart.accounts) parent.set(a.code, a.parent);
  const out = new Map<string, readonly string[]>();
  for (const a of chart.accounts) {
    const chain: string[] = [a.code];
    let p = a.parent;
    while (p !== undefined && chain.length < 16) {
      chain.push(p);
      p = parent.get(p);
    }
    out.set(a.code, chain);
  }
  return out;
}

/** Per-account totals in minor units. @internal */
export interface Totals {
  openDebit: number;
  openCredit: number;
  debit: number;
  credit: number;
}

/**
 * Sums postings per leaf account: before `from` into opening, within the range into movements.
 * `keyOf` may split accounts further (e.g. by a dimension). Pending entries are skipped.
 * @internal
 */
export function aggregate(
  view: LedgerView,
  range: DateRange,
  options: {
    excludeClosing?: boolean;
    /** Only entries carrying this metadata key. */
    tagged?: string;
    keyOf?: (account: string, dims: Readonly<Record<string, string | undefined>> | undefined) => string;
  } = {},
): Map<string, Totals> {
  const out = new Map<string, Totals>();
  const from = range.from;
  const to = range.to;
  const keyOf = options.keyOf;
  const excludeClosing = options.excludeClosing === true;
  const tagged = options.tagged;
  const totalsOf = (key: string): Totals => {
    let t = out.get(key);
    if (t === undefined) {
      t = { openDebit: 0, openCredit: 0, debit: 0, credit: 0 };
      out.set(key, t);
    }
    return t;
  };
  for (const part of journalParts(view)) {
    if (part instanceof EntrySegment) {
      // column segment: entries of one kind, without metadata or dimensions; the totals of each
      // account code are looked up once per segment
      if (tagged !== undefined || part.kind === 'pending' || part.kind === 'pendingVoid') continue;
      const slots: (Totals | undefined)[] = new Array(part.codes.length);
      const sum = part.summary;
      if (sum !== undefined && sum.lastDate <= to && (from === undefined || from <= sum.firstDate)) {
        // every entry within the range and none opening: the segment's totals
        if (excludeClosing && part.kind === 'closing') continue;
        for (let k = 0; k < part.codes.length; k++) {
          if (sum.used[k] === 0) continue;
          const code = part.codes[k]!;
          const t = totalsOf(keyOf === undefined ? code : keyOf(code, undefined));
          t.debit += sum.debit[k]!;
          t.credit += sum.credit[k]!;
        }
        continue;
      }
      const { dates, start, account, amount } = part;
      // each date against the range once: 0 after `to`, 1 before `from` (opening), 2 within
      const where = (d: string) => (d > to ? 0 : from !== undefined && d < from ? 1 : 2);
      const coded = Array.isArray(dates) ? undefined : (dates as CodedTexts);
      const codeWhere =
        coded === undefined
          ? undefined
          : Uint8Array.from({ length: coded.list.length }, (_, k) => where(distinctText(coded, k)));
      for (let i = 0; i < part.count; i++) {
        const w =
          codeWhere === undefined ? where((dates as readonly string[])[i]!) : codeWhere[coded!.codes[i]!]!;
        if (w === 0) continue;
        const opening = w === 1;
        if (excludeClosing && part.kind === 'closing' && !opening) continue;
        for (let j = start[i]!; j < start[i + 1]!; j++) {
          const k = account[j]!;
          let t = slots[k];
          if (t === undefined) {
            const code = part.codes[k]!;
            t = totalsOf(keyOf === undefined ? code : keyOf(code, undefined));
            slots[k] = t;
          }
          const a = amount[j]!;
          if (opening) {
            if (a < 0) t.openCredit -= a;
            else t.openDebit += a;
          } else if (a < 0) t.credit -= a;
          else t.debit += a;
        }
      }
      continue;
    }
    for (const e of part) {
      if (e.postingDate > to || !isPosted(e)) continue;
      const opening = from !== undefined && e.postingDate < from;
      if (excludeClosing && e.kind === 'closing' && !opening) continue;
      if (tagged !== undefined && e.metadata?.[tagged] === undefined) continue;
      for (const p of e.postings) {
        const t = totalsOf(keyOf === undefined ? p.account : keyOf(p.account, p.dimensions));
        if (opening) {
          if (p.side === 'D') t.openDebit += p.amount;
          else t.openCredit += p.amount;
        } else if (p.side === 'D') t.debit += p.amount;
        else t.credit += p.amount;
      }
    }
  }
  return out;
}
