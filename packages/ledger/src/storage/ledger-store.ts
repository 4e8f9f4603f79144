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

/**
 * The in-memory store (default).
 * @example createLedger({ chart, store: memoryStore() })
 */
export function memoryStore(initial: readonly StoredEntry[] = []): LedgerStore {
  const list: StoredEntry[] = [...initial];
  return {
    append(batch) {
      for (const e of batch) list.push(e);
    },
    entries() {
      return list;
    },
  };
}
