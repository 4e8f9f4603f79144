import type { CalendarDate } from '@bo/core';
import { chainColumns } from '../audit/entry-hash.js';
import { latin1ToHex } from '../audit/sha256.js';
import { type IdList, idAt } from './id-pool.js';
import type { EntryKind, StoredEntry, StoredPosting } from './stored-entry.js';
import { type TextList, textAt } from './text-list.js';

/** What a column segment holds in total (see {@link EntrySegment.summary}). @internal */
export interface SegmentSummary {
  /** The earliest and latest posting dates. */
  readonly firstDate: string;
  readonly lastDate: string;
  /** Whether a posting uses the code at each position of the segment's `codes`. */
  readonly used: Uint8Array;
  /** Debits and credits (minor units, both positive) by position in the segment's `codes`. */
  readonly debit: Float64Array;
  readonly credit: Float64Array;
}

/**
 * A run of stored entries kept as columns (how {@link Ledger.postColumns} stores a batch in the
 * in-memory store): the same entries, sequence numbers and chained hashes as objects would have,
 * with each entry built as a {@link StoredEntry} object only when something reads it, and then
 * kept, so that every read returns the same object. The columns are private (a copy of the
 * caller's, or the reader's own arrays for an import), never changed after the segment is made;
 * so the chain hashes, a function of the columns and the hash before them, are computed on first
 * use (any read of an entry, a hash or the head) and are the same as if they had been computed
 * when the batch was posted. The rows may be in another order than the entries (`order`), and
 * the segment keeps what it holds in total (`summary`) for totals over whole batches.
 * @internal
 */
export class EntrySegment {
  /** Entries already built, by position. */
  private readonly built: (StoredEntry | undefined)[];

  constructor(
    /** Sequence number of the first entry. */
    readonly firstSeq: number,
    /** Kind of every entry. */
    readonly kind: EntryKind,
    /** Ids (each also the idempotency key). */
    readonly ids: IdList,
    /** Posting dates. */
    readonly dates: TextList<CalendarDate>,
    /** Descriptions. */
    readonly descriptions: TextList,
    /** Document numbers, if any entry has one. */
    readonly documentNumbers: readonly (string | undefined)[] | undefined,
    /** Postings of entry i are `start[i]` to `start[i + 1] - 1`. */
    readonly start: Int32Array,
    /** Account codes, referenced by `account`. */
    readonly codes: readonly string[],
    /** Account of each posting (index into `codes`). */
    readonly account: Int32Array,
    /** Signed amount of each posting in functional minor units (+ debit, − credit). */
    readonly amount: Float64Array,
    /** Hash of the entry before the first one (hex), asked for when the hashes are first needed. */
    private readonly prevHeadOf: () => string,
    /**
     * The row of the columns that holds each entry, in sequence order, when the rows are in
     * another order (a journal file's); undefined when they are in sequence order. Totals read
     * the rows in any order.
     */
    readonly order?: Int32Array | undefined,
    /** The dates the entries span and their movements by position in `codes`. */
    readonly summary?: SegmentSummary | undefined,
  ) {
    this.built = new Array(ids.length);
  }

  /** Raw SHA-256 digest of each entry (32 latin-1 characters), once computed. */
  private digests: readonly string[] | undefined;
  private prev: string | undefined;

  /** Hash of the entry before the first one (hex). */
  get prevHead(): string {
    this.prev ??= this.prevHeadOf();
    return this.prev;
  }

  /** Computes the chain of the segment now, if not done yet. */
  seal(): void {
    this.digests ??= chainColumns(this, this.kind, this.firstSeq, this.prevHead);
  }

  /** Number of entries. */
  get count(): number {
    return this.ids.length;
  }

  /** Hash (hex) of entry `i`. */
  hashAt(i: number): string {
    this.seal();
    return latin1ToHex(this.digests![i]!);
  }

  /** Entry `i` as a stored entry object (built once). */
  at(i: number): StoredEntry {
    const done = this.built[i];
    if (done !== undefined) return done;
    const r = this.order === undefined ? i : this.order[i]!;
    const first = this.start[r]!;
    const last = this.start[r + 1]!;
    const postings: StoredPosting[] = new Array(last - first);
    for (let j = first; j < last; j++) {
      const a = this.amount[j]!;
      const code = this.codes[this.account[j]!]!;
      postings[j - first] =
        a < 0 ? { account: code, side: 'C', amount: -a } : { account: code, side: 'D', amount: a };
    }
    // same property order as entries posted as objects
    const id = idAt(this.ids, r);
    const e: { -readonly [K in keyof StoredEntry]: StoredEntry[K] } = {
      seq: this.firstSeq + i,
      id,
      idempotencyKey: id,
      kind: this.kind,
      postingDate: textAt(this.dates, r),
      description: textAt(this.descriptions, r),
      postings,
      prevHash: i === 0 ? this.prevHead : this.hashAt(i - 1),
      hash: this.hashAt(i),
    };
    const doc = this.documentNumbers?.[r];
    if (doc !== undefined) e.documentNumber = doc;
    this.built[i] = e;
    return e;
  }
}
