import { type CalendarDate, type CurrencyInput, parseWith } from '@bo/core';
import { z } from 'zod';
import type { ChartOfAccounts } from '../accounts/chart-of-accounts.js';
import { verifyChain } from '../audit/entry-hash.js';
import { invalid, stateError } from '../journal/errors.js';
import { createLedger, type Ledger } from '../journal/ledger.js';
import type { StoredEntry } from '../journal/stored-entry.js';
import { memoryStore } from '../storage/ledger-store.js';

/** Snapshot format version written by {@link exportSnapshot}. @example SNAPSHOT_VERSION // 1 */
export const SNAPSHOT_VERSION = 1;

/**
 * A whole book as JSON-safe data: chart (with user accounts and roles), entries with their hash
 * chain, lock date and functional currency.
 * @example const s: LedgerSnapshot = exportSnapshot(ledger);
 */
export interface LedgerSnapshot {
  /** Always `'bo-ledger-snapshot'`. */
  readonly format: 'bo-ledger-snapshot';
  /** Format version. */
  readonly version: number;
  /** Functional currency code. */
  readonly functionalCurrency: string;
  /** Last locked day, if any. */
  readonly lockedThrough?: CalendarDate;
  /** Chart of accounts. */
  readonly chart: ChartOfAccounts;
  /** Entries in journal order. */
  readonly entries: readonly StoredEntry[];
  /** Hash of the last entry (64 zeros when empty). */
  readonly head: string;
}

/**
 * Zod schema of the snapshot envelope (entries and chart are checked by replaying them).
 * @example ledgerSnapshotSchema.parse(JSON.parse(text))
 */
export const ledgerSnapshotSchema = z.object({
  format: z.literal('bo-ledger-snapshot'),
  version: z.literal(SNAPSHOT_VERSION),
  functionalCurrency: z.string().min(3),
  lockedThrough: z.string().optional(),
  chart: z
    .object({
      regime: z.string(),
      version: z.string(),
      accounts: z.array(z.object({ code: z.string() }).passthrough()),
    })
    .passthrough(),
  entries: z.array(
    z.object({ seq: z.number().int(), id: z.string(), hash: z.string(), prevHash: z.string() }).passthrough(),
  ),
  head: z.string().length(64),
});

/**
 * Exports the whole book.
 * @example const text = snapshotToJSON(exportSnapshot(ledger));
 */
export function exportSnapshot(ledger: Ledger): LedgerSnapshot {
  const entries = ledger.entries();
  return {
    format: 'bo-ledger-snapshot',
    version: SNAPSHOT_VERSION,
    functionalCurrency: ledger.functionalCurrency.code,
    ...(ledger.lockedThrough === undefined ? {} : { lockedThrough: ledger.lockedThrough }),
    chart: ledger.chart,
    entries,
    head: entries.length === 0 ? '0'.repeat(64) : entries[entries.length - 1]!.hash,
  };
}

/**
 * Serialises a snapshot to JSON text (deterministic: same book, same text).
 * @example snapshotToJSON(exportSnapshot(ledger))
 */
export function snapshotToJSON(snapshot: LedgerSnapshot): string {
  return JSON.stringify(snapshot);
}

/**
 * Restores a ledger from a snapshot (object or JSON text), verifying the hash chain and the head.
 * @throws BoValidationError `LEDGER/INVALID_SNAPSHOT`; BoStateError `LEDGER/CHAIN_BROKEN` naming the first bad entry
 * @example const restored = importSnapshot(text);
 */
export function importSnapshot(input: string | LedgerSnapshot): Ledger {
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch {
      throw invalid(
        'LEDGER/INVALID_SNAPSHOT',
        'snapshot text is not valid JSON',
        'bản sao lưu không phải JSON hợp lệ',
        [],
      );
    }
  }
  parseWith(ledgerSnapshotSchema, raw, 'snapshot', 'LEDGER/INVALID_SNAPSHOT');
  // the validated input itself (not zod's copy, which reorders keys) so that re-export is byte-identical
  const s = raw as LedgerSnapshot;
  const v = verifyChain(s.entries);
  if (!v.ok) {
    throw stateError(
      'LEDGER/CHAIN_BROKEN',
      `snapshot fails verification at entry ${v.entryId} (${v.reason})`,
      `bản sao lưu bị sửa đổi tại bút toán ${v.entryId}`,
      ['entries', v.index],
      { entryId: v.entryId, reason: v.reason },
    );
  }
  const head = s.entries.length === 0 ? '0'.repeat(64) : s.entries[s.entries.length - 1]!.hash;
  if (head !== s.head) {
    throw stateError(
      'LEDGER/CHAIN_BROKEN',
      'snapshot head does not match its last entry (truncated?)',
      'bản sao lưu bị cắt bớt',
      ['head'],
    );
  }
  return createLedger({
    chart: s.chart,
    functionalCurrency: s.functionalCurrency as CurrencyInput,
    store: memoryStore(s.entries),
    ...(s.lockedThrough === undefined ? {} : { lockedThrough: s.lockedThrough }),
  });
}
