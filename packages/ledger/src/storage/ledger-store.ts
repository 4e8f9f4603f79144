import { EntrySegment } from '../journal/entry-segment.js';
import type { StoredEntry } from '../journal/stored-entry.js';

/**
 * Where a ledger keeps its entries. Small on purpose: an append that is atomic per batch (all or
 * nothing) and a read of everything in order. Adapters for SQL or IndexedDB implement the same two
 * calls; the ledger keeps balances and indexes in memory and rebuilds them from `entries()` on open.
 * @example const store: LedgerStore = memoryStore();
 */
export interface LedgerStore {
  /** Appends a batch atomically: either every entry is stored, or none (throw to refuse). */
  append(batch: readonly StoredEntry[]): void;
  /** Every stored entry, in sequence order. */
  entries(): readonly StoredEntry[];
}

/** A stretch of the journal: entries as objects, or a column segment. @internal */
export type JournalPart = readonly StoredEntry[] | EntrySegment;

/** The in-memory store's extra: appending a column segment without building its objects. @internal */
export const APPEND_SEGMENT: unique symbol = Symbol('bo.ledger.appendSegment');
/** Reading the journal as parts (objects and column segments) without building objects. @internal */
export const JOURNAL_PARTS: unique symbol = Symbol('bo.ledger.journalParts');

/** A store (or view) that keeps column segments as they are. @internal */
export interface SegmentStore {
  [APPEND_SEGMENT](segment: EntrySegment): void;
  [JOURNAL_PARTS](): readonly JournalPart[];
}

/**
 * The journal of a view as parts, without building entry objects where the view keeps columns
 * (a ledger over the in-memory store); otherwise one part, `entries()`.
 * @internal
 */
export function journalParts(view: { entries(): readonly StoredEntry[] }): readonly JournalPart[] {
  const parts = (view as Partial<SegmentStore>)[JOURNAL_PARTS];
  return typeof parts === 'function' ? parts.call(view) : [view.entries()];
}

/**
 * The in-memory store (default). Batches posted as columns ({@link Ledger.postColumns}) stay
 * columns until something reads `entries()`; then their entry objects are built once.
 * @example createLedger({ chart, store: memoryStore() })
 */
export function memoryStore(initial: readonly StoredEntry[] = []): LedgerStore {
  const list: StoredEntry[] = [...initial];
  // segments appended after `list`, in order, not yet built into objects; objects appended after
  // a segment are kept in order in `parts`
  let parts: (StoredEntry[] | EntrySegment)[] = [];
  const flatten = () => {
    for (const p of parts) {
      if (p instanceof EntrySegment) for (let i = 0; i < p.count; i++) list.push(p.at(i));
      else for (const e of p) list.push(e);
    }
    parts = [];
  };
  const store: LedgerStore & SegmentStore = {
    append(batch) {
      if (parts.length === 0) {
        for (const e of batch) list.push(e);
        return;
      }
      const last = parts[parts.length - 1]!;
      if (last instanceof EntrySegment) parts.push([...batch]);
      else for (const e of batch) last.push(e);
    },
    entries() {
      if (parts.length > 0) flatten();
      return list;
    },
    [APPEND_SEGMENT](segment) {
      parts.push(segment);
    },
    [JOURNAL_PARTS]() {
      return parts.length === 0 ? [list] : [list, ...parts];
    },
  };
  return store;
}
