import type { StoredEntry } from '../journal/stored-entry.js';
import { sha256Hex } from './sha256.js';

type Content = Omit<StoredEntry, 'seq' | 'prevHash' | 'hash'>;

function dims(d: Readonly<Record<string, string | undefined>> | undefined): string {
  if (d === undefined) return '';
  const keys = Object.keys(d).sort();
  let s = '';
  for (const k of keys) {
    const v = d[k];
    if (v !== undefined) s += JSON.stringify(k) + ':' + JSON.stringify(v) + ',';
  }
  return s;
}

/**
 * The canonical text of an entry's content (everything but seq and hashes): fixed field order,
 * JSON-quoted strings, sorted dimension/metadata keys. Two entries with the same content encode
 * identically; it is what idempotency compares and what the hash chain covers.
 * @example encodeEntryContent(entry)
 */
export function encodeEntryContent(e: Content): string {
  let s =
    'v1|' +
    JSON.stringify(e.id) +
    '|' +
    JSON.stringify(e.idempotencyKey) +
    '|' +
    e.kind +
    '|' +
    e.postingDate +
    '|' +
    (e.documentDate ?? '') +
    '|' +
    (e.documentNumber === undefined ? '' : JSON.stringify(e.documentNumber)) +
    '|' +
    JSON.stringify(e.description) +
    '|' +
    (e.reverses === undefined ? '' : JSON.stringify(e.reverses)) +
    '|' +
    (e.pendingId === undefined ? '' : JSON.stringify(e.pendingId)) +
    '|' +
    (e.adjustsDate ?? '') +
    '|' +
    dims(e.metadata);
  for (const p of e.postings) {
    s +=
      '\n' +
      p.account +
      ' ' +
      p.side +
      ' ' +
      p.amount +
      (p.currency === undefined ? '' : ' ' + p.currency + ' ' + p.originalAmount + ' ' + (p.rate ?? '')) +
      (p.dimensions === undefined ? '' : ' {' + dims(p.dimensions) + '}') +
      (p.memo === undefined ? '' : ' ' + JSON.stringify(p.memo));
  }
  return s;
}

/**
 * The chained hash of an entry: SHA-256 of the previous hash, the sequence number and the content.
 * @example hashEntry(GENESIS_HASH, 1, content)
 */
export function hashEntry(prevHash: string, seq: number, content: Content): string {
  return sha256Hex(prevHash + '|' + seq + '|' + encodeEntryContent(content));
}

/** Result of {@link verifyChain}. @example const r: ChainVerification = { ok: true, count: 3 }; */
export type ChainVerification =
  | { readonly ok: true; readonly count: number; readonly head?: string }
  | {
      readonly ok: false;
      readonly count: number;
      /** Position (0-based) of the first bad entry. */
      readonly index: number;
      /** Id of the first bad entry. */
      readonly entryId: string;
      /** What is wrong: content edited (hash mismatch), link broken (deletion/reordering), or sequence gap. */
      readonly reason: 'hash-mismatch' | 'broken-link' | 'sequence';
    };

/**
 * Verifies a hash chain from the first entry: any edit, deletion, insertion or reordering is
 * reported at the first entry where the chain no longer holds.
 * @example verifyChain(ledger.entries()) // { ok: true, count: 42, head: '…' }
 */
export function verifyChain(entries: readonly StoredEntry[], startHash = '0'.repeat(64)): ChainVerification {
  let prev = startHash;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.prevHash !== prev)
      return { ok: false, count: entries.length, index: i, entryId: e.id, reason: 'broken-link' };
    if (e.seq !== (entries[0]?.seq ?? 1) + i) {
      return { ok: false, count: entries.length, index: i, entryId: e.id, reason: 'sequence' };
    }
    if (hashEntry(prev, e.seq, e) !== e.hash) {
      return { ok: false, count: entries.length, index: i, entryId: e.id, reason: 'hash-mismatch' };
    }
    prev = e.hash;
  }
  return entries.length === 0 ? { ok: true, count: 0 } : { ok: true, count: entries.length, head: prev };
}
