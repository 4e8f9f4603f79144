import type { CalendarDate } from '@bo/core';
import type { Dimensions } from './journal-entry-input.js';

/**
 * What an entry is (loại bút toán): `standard` postings; `reversal` (swap sides) and `storno`
 * (ghi số âm: same sides, negative amounts) corrections; `closing` entries of the period close;
 * `adjustment` = prior-period adjustment routed out of a closed period; `pending` reservations and
 * their resolution `pendingPost` / `pendingVoid`.
 * @example const k: EntryKind = 'storno';
 */
export type EntryKind =
  | 'standard'
  | 'reversal'
  | 'storno'
  | 'closing'
  | 'adjustment'
  | 'pending'
  | 'pendingPost'
  | 'pendingVoid';

/**
 * A posting as stored: amounts are integers in minor units of the functional currency (đồng for
 * VND), positive except in storno entries. Foreign-currency postings keep the original currency,
 * amount (its minor units) and rate.
 * @example const p: StoredPosting = { account: '1111', side: 'D', amount: 1000000 };
 */
export interface StoredPosting {
  /** Account code. */
  readonly account: string;
  /** Side: `D` debit (Nợ), `C` credit (Có). */
  readonly side: 'D' | 'C';
  /** Functional-currency minor units (negative only in storno entries). */
  readonly amount: number;
  /** Original currency, when it differs from the functional currency. */
  readonly currency?: string;
  /** Original amount in minor units of `currency`, same sign as `amount`. */
  readonly originalAmount?: number;
  /** Exchange rate used (decimal string), if any. */
  readonly rate?: string;
  /** Analysis dimensions. */
  readonly dimensions?: Dimensions;
  /** Line memo. */
  readonly memo?: string;
}

/**
 * A journal entry as stored: immutable, sequenced, hash-chained.
 * @example ledger.entries()[0]?.hash
 */
export interface StoredEntry {
  /** Position in the journal, from 1. */
  readonly seq: number;
  /** Entry id. */
  readonly id: string;
  /** Idempotency key. */
  readonly idempotencyKey: string;
  /** Kind of entry. */
  readonly kind: EntryKind;
  /** Posting date (ngày hạch toán). */
  readonly postingDate: CalendarDate;
  /** Document date (ngày chứng từ). */
  readonly documentDate?: CalendarDate;
  /** Document number (số chứng từ). */
  readonly documentNumber?: string;
  /** Description (diễn giải). */
  readonly description: string;
  /** The entry corrected by this reversal/storno. */
  readonly reverses?: string;
  /** The pending entry resolved by this `pendingPost` / `pendingVoid`. */
  readonly pendingId?: string;
  /** For prior-period adjustments: the date originally requested (in a closed period). */
  readonly adjustsDate?: CalendarDate;
  /** Metadata. */
  readonly metadata?: Readonly<Record<string, string>>;
  /** Postings. */
  readonly postings: readonly StoredPosting[];
  /** Hash of the previous entry (64 zeros for the first). */
  readonly prevHash: string;
  /** SHA-256 of `prevHash`, `seq` and the canonical content. */
  readonly hash: string;
}

/** Hash that precedes the first entry. @example GENESIS_HASH.length // 64 */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Signed functional amount of a posting: debit positive, credit negative.
 * @example signedAmount({ account: '111', side: 'C', amount: 5 }) // -5
 */
export function signedAmount(p: StoredPosting): number {
  return p.side === 'D' ? p.amount : -p.amount;
}
