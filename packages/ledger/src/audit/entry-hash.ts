import { type IdList, IdPool, idAt } from '../journal/id-pool.js';
import { type TextList, textAt } from '../journal/text-list.js';
import type { StoredEntry } from '../journal/stored-entry.js';
import { CanonicalWriter, encodeStr } from './canonical-writer.js';
import { nativeSha256Latin1, sha256Latin1Js } from './sha256.js';
import { writeUtf8, writeZigZag } from './write-bytes.js';

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

const KIND_CODE: Readonly<Record<string, number>> = {
  standard: 1,
  reversal: 2,
  storno: 3,
  closing: 4,
  adjustment: 5,
  pending: 6,
  pendingPost: 7,
  pendingVoid: 8,
};

/** YYYY-MM-DD as the integer YYYYMMDD (dates are validated before they are stored). */
function dateInt(d: string): number {
  if (d.length !== 10 || d.charCodeAt(4) !== 45 || d.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = d.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function writeDate(w: CanonicalWriter, d: string | undefined): void {
  if (d === undefined) {
    w.tag(45);
    return;
  }
  const n = dateInt(d);
  if (n < 0) w.tag(63).str(d);
  else w.tag(43).int(n);
}

function writeContent(w: CanonicalWriter, e: Content): void {
  w.tag(86).tag(50); // "V2": encoding version
  w.str(e.id);
  if (e.idempotencyKey === e.id) w.tag(61);
  else w.tag(43).str(e.idempotencyKey);
  const k = KIND_CODE[e.kind];
  if (k === undefined) w.tag(63).str(e.kind);
  else w.tag(k);
  writeDate(w, e.postingDate);
  writeDate(w, e.documentDate);
  w.opt(e.documentNumber).str(e.description);
  w.opt(e.reverses).opt(e.pendingId);
  writeDate(w, e.adjustsDate);
  writeRecord(w, e.metadata);
  const ps = e.postings;
  w.int(ps.length);
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    // flags: 1 credit, 2 foreign currency, 4 dimensions, 8 memo
    const flags =
      (p.side === 'C' ? 1 : 0) |
      (p.currency === undefined ? 0 : 2) |
      (p.dimensions === undefined ? 0 : 4) |
      (p.memo === undefined ? 0 : 8);
    w.str(p.account).tag(flags).int(p.amount);
    if (p.currency !== undefined)
      w.str(p.currency)
        .int(p.originalAmount ?? 0)
        .opt(p.rate);
    if (p.dimensions !== undefined) writeRecord(w, p.dimensions);
    if (p.memo !== undefined) w.str(p.memo);
  }
}

/**
 * The canonical encoding of an entry's content (everything but seq and hashes): fixed field
 * order, length-prefixed UTF-8 strings, sorted dimension and metadata keys, zig-zag varint amounts,
 * dates as YYYYMMDD, one flag byte per posting (compact, so a typical entry hashes in two SHA-256 blocks).
 * Two entries with the same content encode identically; it is what idempotency compares and what
 * the hash chain covers. Returned as a latin-1 string of the bytes.
 * @example encodeEntryContent(entry) === encodeEntryContent(replayed)
 */
export function encodeEntryContent(e: Content): string {
  writer.reset();
  writeContent(writer, e);
  return writer.snapshot();
}

const other = new CanonicalWriter();

/**
 * Whether two entries have the same content ({@link encodeEntryContent} equal), compared byte by
 * byte in reused buffers (no strings built): the idempotency check of a replay.
 * @internal
 * @example sameEntryContent(stored, replayed) // true
 */
export function sameEntryContent(a: Content, b: Content): boolean {
  writeContent(writer.reset(), a);
  writeContent(other.reset(), b);
  return writer.sameAs(other);
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

/** The columns {@link chainColumns} reads (those of an {@link EntrySegment}). @internal */
export interface ColumnContent {
  readonly ids: IdList;
  /** Row of each entry in sequence order, when the rows are in another order. */
  readonly order?: Int32Array | undefined;
  readonly dates: TextList;
  readonly descriptions: TextList;
  readonly documentNumbers: readonly (string | undefined)[] | undefined;
  readonly start: Int32Array;
  readonly codes: readonly string[];
  readonly account: Int32Array;
  readonly amount: Float64Array;
}

/**
 * The chained hashes of entries given as columns, each exactly {@link hashEntry} of the entry the
 * columns describe (kind `kind`, idempotency key = id, no other fields): the same encoding written
 * straight from the columns, with the previous digest fed back raw. Returns the raw digests as
 * 32 latin-1 characters each.
 * @internal
 * @example chainColumns(columns, 'standard', 1, GENESIS_HASH)
 */
export function chainColumns(c: ColumnContent, kind: string, firstSeq: number, prevHead: string): string[] {
  const n = c.ids.length;
  const out: string[] = new Array(n);
  const kindCode = KIND_CODE[kind];
  if (n === 0) return out;
  // Each entry is written straight into one buffer with local indexes (the writer's per-call
  // bookkeeping costs more than the hash here); the bytes are exactly those of writeContent,
  // which the tests check entry by entry.
  const codes = c.codes.map(encodeStr);
  let longestCode = 0;
  for (const code of codes) longestCode = Math.max(longestCode, code.length);
  let buf: Uint8Array = new Uint8Array(1 << 16);
  const views: (Uint8Array | undefined)[] = [];
  let prev = '';
  let lastDate = '';
  let dateBytes: Uint8Array = new Uint8Array(0);
  const dateCache = new Map<string, Uint8Array>();
  // ids kept as ASCII bytes are copied as they are (their length in UTF-16 units is their length
  // in bytes); a description is encoded once for a run of entries that share it
  const pool = c.ids instanceof IdPool && c.ids.ascii ? c.ids : undefined;
  let lastDescription: string | undefined;
  let descriptionBytes: Uint8Array = new Uint8Array(0);
  const order = c.order;
  for (let i = 0; i < n; i++) {
    const r = order === undefined ? i : order[i]!;
    const id = pool === undefined ? idAt(c.ids, r) : undefined;
    const idLength = id === undefined ? pool!.byteLength(r) : id.length;
    const description = textAt(c.descriptions, r);
    const doc = c.documentNumbers?.[r];
    const first = c.start[r]!;
    const last = c.start[r + 1]!;
    // worst case: 3 bytes per UTF-16 unit, 10 per varint or prefix, the longest code per posting
    const worst =
      128 +
      3 * (idLength + description.length + (doc?.length ?? 0) + kind.length) +
      (last - first) * (longestCode + 12);
    if (worst + 80 > buf.length) {
      buf = new Uint8Array((worst + 80) * 2);
      views.length = 0;
    }
    const b = buf;
    let w = 0;
    if (i === 0) {
      const head = writer.reset().hex32(prevHead).written();
      buf.set(head, 0);
      w = head.length;
    } else {
      b[w++] = 35;
      for (let k = 0; k < 32; k++) b[w++] = prev.charCodeAt(k);
    }
    w = writeZigZag(b, w, firstSeq + i);
    b[w++] = 86;
    b[w++] = 50;
    w = writeZigZag(b, w, idLength);
    w = id === undefined ? pool!.copyTo(r, b, w) : writeUtf8(b, w, id);
    b[w++] = 61;
    if (kindCode === undefined) {
      b[w++] = 63;
      w = writeUtf8(b, writeZigZag(b, w, kind.length), kind);
    } else b[w++] = kindCode;
    const d = textAt(c.dates, r);
    if (d !== lastDate) {
      lastDate = d;
      let bytes = dateCache.get(d);
      if (bytes === undefined) {
        writer.reset();
        writeDate(writer, d);
        bytes = writer.written();
        dateCache.set(d, bytes);
      }
      dateBytes = bytes;
    }
    for (let k = 0; k < dateBytes.length; k++) b[w++] = dateBytes[k]!;
    b[w++] = 45;
    if (doc === undefined) b[w++] = 45;
    else {
      b[w++] = 43;
      w = writeUtf8(b, writeZigZag(b, w, doc.length), doc);
    }
    if (description !== lastDescription) {
      lastDescription = description;
      const room = new Uint8Array(10 + 3 * description.length);
      descriptionBytes = room.subarray(
        0,
        writeUtf8(room, writeZigZag(room, 0, description.length), description),
      );
    }
    for (let k = 0; k < descriptionBytes.length; k++) b[w++] = descriptionBytes[k]!;
    b[w++] = 45;
    b[w++] = 45;
    b[w++] = 45;
    b[w++] = 45;
    w = writeZigZag(b, w, last - first);
    for (let j = first; j < last; j++) {
      const a = c.amount[j]!;
      const code = codes[c.account[j]!]!;
      for (let k = 0; k < code.length; k++) b[w++] = code[k]!;
      if (a < 0) {
        b[w++] = 1;
        w = writeZigZag(b, w, -a);
      } else {
        b[w++] = 0;
        w = writeZigZag(b, w, a);
      }
    }
    if (nativeSha256Latin1 === undefined) prev = sha256Latin1Js(buf, w);
    else {
      let v = views[w];
      if (v === undefined) {
        v = buf.subarray(0, w);
        views[w] = v;
      }
      prev = nativeSha256Latin1(v);
    }
    out[i] = prev;
  }
  return out;
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
