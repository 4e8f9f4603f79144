import { Decimal } from '@bo/core';
import { getCurrency } from '@bo/core';
import { isPosted, type LedgerView } from '../reports/ledger-view.js';

function fmt(minor: number, scale: number): string {
  if (scale === 0) return String(minor);
  return new Decimal(minor).div(new Decimal(10).pow(scale)).toFixed(scale);
}

/**
 * Writes the posted entries as an hledger / ledger-cli journal: one transaction per entry with the
 * document number as `(code)` and the entry id as an `id:` tag; accounts as colon paths of their
 * codes (`112:1121`) so hledger's tree reports roll up like the chart; foreign-currency postings as
 * `original CUR @@ functional`. Pending reservations and voids are left out.
 * @example const text = formatPlainTextJournal(ledger);
 */
export function formatPlainTextJournal(
  view: LedgerView,
  options: { readonly accountName?: 'path' | 'code' } = {},
): string {
  const parent = new Map(view.chart.accounts.map((a) => [a.code, a.parent]));
  const names = new Map<string, string>();
  const nameOf = (code: string): string => {
    let n = names.get(code);
    if (n === undefined) {
      if (options.accountName === 'code') n = code;
      else {
        const parts = [code];
        let p = parent.get(code);
        while (p !== undefined) {
          parts.unshift(p);
          p = parent.get(p);
        }
        n = parts.join(':');
      }
      names.set(code, n);
    }
    return n;
  };
  const cur = view.functionalCurrency;
  const out: string[] = [];
  for (const e of view.entries()) {
    if (!isPosted(e)) continue;
    const desc = e.description.replace(/[\r\n;]/g, ' ');
    out.push(
      `${e.postingDate}${e.documentNumber === undefined ? '' : ` (${e.documentNumber.replace(/[()\r\n]/g, ' ')})`} ${desc}  ; id:${e.id}, kind:${e.kind}`,
    );
    for (const p of e.postings) {
      const signed = p.side === 'D' ? p.amount : -p.amount;
      let amt = `${fmt(signed, cur.minorUnit)} ${cur.code}`;
      if (p.currency !== undefined && (p.originalAmount ?? 0) !== 0) {
        const sc = getCurrency(p.currency).minorUnit;
        const orig = p.side === 'D' ? (p.originalAmount ?? 0) : -(p.originalAmount ?? 0);
        amt = `${fmt(orig, sc)} ${p.currency} @@ ${fmt(Math.abs(signed), cur.minorUnit)} ${cur.code}`;
      }
      out.push(`    ${nameOf(p.account)}  ${amt}`);
    }
    out.push('');
  }
  return out.join('\n');
}
