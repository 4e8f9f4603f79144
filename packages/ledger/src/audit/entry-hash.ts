import type { StoredEntry } from '../journal/stored-entry.js';
import { CanonicalWriter } from './canonical-writer.js';

type Content = Omit<StoredEntry, 'seq' | 'prevHash' | 'hash'>;

const writer = new CanonicalWriter();

function writeRecord(w: CanonicalWriter, d: Readonly<Record<string, string | undefined>> | undefined): void {
  if (d === undefined) {
    w.tag(45);
    return;
  }
  const keys = Object.keys(d).filter((k) => d[k] !== undefined);
  if (keys.length > 1) keys.sort();
  w.tag(123).int(keys.length);
  for (const k of keys) w.str(k).str(d[k]!);
}

function writeContent(w: CanonicalWriter, e: Content): void {
  w.tag(86).tag(49); // "V1": encoding version
  w.str(e.id);
  if (e.idempotencyKey === e.id) w.tag(61);
  else w.tag(43).str(e.idempotencyKey);
  w.str(e.kind).str(e.postingDate);
  w.opt(e.documentDate).opt(e.documentNumber).str(e.description);
  w.opt(e.reverses).opt(e.pendingId).opt(e.adjustsDate);
  writeRecord(w, e.metadata);
  const ps = e.postings;
  w.int(ps.length);
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    w.str(p.account)
      .tag(p.side === 'D' ? 68 : 67)
      .int(p.amount);
    if (p.currency === undefined) w.tag(45);
    else
      w.tag(43)
        .str(p.currency)
        .int(p.originalAmount ?? 0)
        .opt(p.rate);
    writeRecord(w, p.dimensions);
    w.opt(p.memo);
  }
}

/**
 * The canonical encoding of an entry's content (everything but seq and hashes): fixed field
 * order, length-prefixed UTF-8 strings, sorted dimension and metadata keys, integer amounts.
 * Two entries with the same content encode identically; it is what idempotency compares and what
 * the hash chain covers. Returned as a latin-1 string of the bytes.
 * @example encodeEntryContent(entry) === encodeEntryContent(replayed)
 */
export function encodeEntryContent(e: Content): string {
  writer.reset();
  writeContent(writer, e);
  return writer.snapshot();
}

/**
 * The chained hash of an entry: SHA-256 over the previous hash, the sequence number and the
 * canonical content.
 * @example hashEntry(GENESIS_HASH, 1, content)
 */
export function hashEntry(prevHash: string, seq: number, content: Content): string {
  writer.reset();
  writer.hex32(prevHash).int(seq);
  writeContent(writer, content);
  return writer.sha256();
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
  const first = entries[0]?.seq ?? 1;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.prevHash !== prev)
      return { ok: false, count: entries.length, index: i, entryId: e.id, reason: 'broken-link' };
    if (e.seq !== first + i)
      return { ok: false, count: entries.length, index: i, entryId: e.id, reason: 'sequence' };
    if (hashEntry(prev, e.seq, e) !== e.hash) {
      return { ok: false, count: entries.length, index: i, entryId: e.id, reason: 'hash-mismatch' };
    }
    prev = e.hash;
  }
  return entries.length === 0 ? { ok: true, count: 0 } : { ok: true, count: entries.length, head: prev };
}
