import {
  addDays,
  type CalendarDate,
  type Currency,
  type CurrencyInput,
  Decimal,
  getCurrency,
  isCalendarDate,
  type Money,
  moneyFromMinor,
  parseWith,
} from '@bo/core';
import type { AccountDefinition } from '../accounts/account-definition.js';
import type { AccountRole } from '../accounts/account-role.js';
import { type ChartOfAccounts, resolveRole } from '../accounts/chart-of-accounts.js';
import { type ChainVerification, hashEntry, sameEntryContent, verifyChain } from '../audit/entry-hash.js';
import {
  APPEND_SEGMENT,
  JOURNAL_PARTS,
  type JournalPart,
  type LedgerStore,
  memoryStore,
  type SegmentStore,
} from '../storage/ledger-store.js';
import {
  type CheckedColumns,
  type ColumnPostResult,
  checkEntryColumns,
  type EntryColumns,
  inDateOrder,
} from './entry-columns.js';
import { EntryIndex } from './entry-index.js';
import { IdPool, idAt } from './id-pool.js';
import { textAt } from './text-list.js';
import { EntrySegment } from './entry-segment.js';
import { invalid, prefixPath, ruleError, stateError } from './errors.js';
import {
  type Dimensions,
  type JournalEntryInput,
  journalEntryInputSchema,
  type PostingInput,
} from './journal-entry-input.js';
import { type EntryKind, GENESIS_HASH, type StoredEntry, type StoredPosting } from './stored-entry.js';

/**
 * A posting for the high-volume API: a signed integer amount in minor units of the functional
 * currency (positive = debit, negative = credit).
 * @example const p: MinorPostingInput = { account: '1121', amount: -2500000 };
 */
export interface MinorPostingInput {
  /** Account code. */
  readonly account?: string;
  /** Or an account role. */
  readonly role?: AccountRole;
  /** Signed safe integer, functional-currency minor units. */
  readonly amount: number;
  /** Dimensions. */
  readonly dimensions?: Dimensions;
  /** Memo. */
  readonly memo?: string;
  /** Original currency of a foreign-currency posting (then `amount` is its functional value). */
  readonly currency?: string;
  /** Original amount in minor units of `currency`, same sign as `amount`. */
  readonly originalAmount?: number;
  /** Exchange rate used, decimal string (informational). */
  readonly rate?: string;
}

/**
 * An entry for the high-volume API ({@link Ledger.postBatchMinor}): same fields as
 * {@link JournalEntryInput} but postings in integer minor units.
 * @example const e: MinorEntryInput = { id: 'E1', postingDate: '2026-01-05' as CalendarDate, description: 'Sale', postings: [{ account: '1111', amount: 100 }, { account: '5111', amount: -100 }] };
 */
export interface MinorEntryInput extends Omit<JournalEntryInput, 'postings'> {
  /** At least two postings. */
  readonly postings: readonly MinorPostingInput[];
}

/** Options of a write. @example ledger.post(entry, { priorPeriodAdjustment: true }) */
export interface PostOptions {
  /**
   * When the posting date falls in a locked period: `false` (default) refuses with
   * `LEDGER/PERIOD_CLOSED`; `true` books the entry on the first open day as a prior-period
   * adjustment (kind `adjustment`, `adjustsDate` = the requested date).
   */
  readonly priorPeriodAdjustment?: boolean;
  /** Entry kind for system entries (`closing` is used by the period close). */
  readonly kind?: 'standard' | 'closing';
}

/** Options of {@link createLedger}. @example createLedger({ chart: chartOfAccounts('VN-TT99') }) */
export interface LedgerOptions {
  /** The chart of accounts (with user accounts and role mappings). */
  readonly chart: ChartOfAccounts;
  /** Functional (accounting) currency; default VND (Law on Accounting 2015 Art. 10). */
  readonly functionalCurrency?: CurrencyInput;
  /** Storage; default {@link memoryStore}. Existing entries are verified and replayed. */
  readonly store?: LedgerStore;
  /** Postings dated on or before this day are refused (period lock). */
  readonly lockedThrough?: CalendarDate;
  /** Accounts that absorb FX rounding residue of an entry: `gain` is credited, `loss` debited. Default roles financeIncome (515) / financeCosts (635). */
  readonly fxResidue?: { readonly gain?: string; readonly loss?: string };
  /** If given, the only dimension keys accepted on postings. */
  readonly dimensions?: readonly string[];
}

/**
 * Running balances of an account, all signed debit-minus-credit (dư Nợ positive, dư Có negative).
 * `available` excludes pending movements in your favour and includes pending movements against
 * the normal side (TigerBeetle / Modern Treasury semantics).
 * @example ledger.balances('1121').available
 */
export interface AccountBalances {
  /** Account code. */
  readonly account: string;
  /** Posted debit turnover. */
  readonly debit: Money;
  /** Posted credit turnover. */
  readonly credit: Money;
  /** Posted balance (debit − credit). */
  readonly posted: Money;
  /** Pending debits (reserved). */
  readonly pendingDebit: Money;
  /** Pending credits (reserved). */
  readonly pendingCredit: Money;
  /** Posted balance after pending movements against the account's normal side. */
  readonly available: Money;
}

/** Original-currency balance of an account. @example ledger.currencyBalances('1122') */
export interface CurrencyBalance {
  /** Original currency. */
  readonly currency: string;
  /** Balance in that currency (debit − credit). */
  readonly original: Money;
  /** Functional-currency carrying amount of that balance (debit − credit). */
  readonly functional: Money;
}

/**
 * Options of {@link Ledger.reverse}.
 * @example ledger.reverse('E1', { id: 'E1-R', postingDate: '2026-01-31' as CalendarDate, method: 'storno' })
 */
export interface ReverseOptions {
  /** Id of the correcting entry. */
  readonly id: string;
  /** Posting date of the correction (the original date, or any open date). */
  readonly postingDate: CalendarDate;
  /** `reversal` swaps debit and credit; `storno` (ghi số âm) keeps sides with negative amounts. Default `reversal`. */
  readonly method?: 'reversal' | 'storno';
  /** Description; default "Reversal of <id>". */
  readonly description?: string;
  /** Idempotency key; default `id`. */
  readonly idempotencyKey?: string;
  /** As in {@link PostOptions}. */
  readonly priorPeriodAdjustment?: boolean;
}

/**
 * Options to resolve a pending entry.
 * @example ledger.postPending('HOLD-1', { id: 'HOLD-1-POST', postingDate: d })
 */
export interface ResolvePendingOptions {
  /** Id of the resolving entry. */
  readonly id: string;
  /** Posting date. */
  readonly postingDate: CalendarDate;
  /** For a partial post: the postings to post (same accounts and sides, amounts ≤ reserved). Default: all. */
  readonly postings?: readonly PostingInput[];
  /** Description. */
  readonly description?: string;
  /** Idempotency key; default `id`. */
  readonly idempotencyKey?: string;
}

/**
 * A double-entry ledger (sổ cái): append-only, hash-chained, balanced per entry in the functional
 * currency, with idempotent and atomic writes, pending entries, limits and period locks.
 * Create with {@link createLedger}.
 * @example
 * const ledger: Ledger = createLedger({ chart: chartOfAccounts('VN-TT99') });
 * ledger.postBatch(entries);
 * ledger.verify().ok; // true
 */
export interface Ledger {
  /** The chart of accounts in use. */
  readonly chart: ChartOfAccounts;
  /** The functional currency. */
  readonly functionalCurrency: Currency;
  /** Last locked day, if any. */
  readonly lockedThrough: CalendarDate | undefined;
  /**
   * Hash of the last entry: the head of the chain ({@link GENESIS_HASH} while the journal is
   * empty). Publishing or storing it elsewhere anchors the whole journal.
   */
  readonly head: string;
  /** Number of entries in the journal (the sequence number of the last one). */
  readonly size: number;
  /** Posts one entry; returns the stored entry (or the first result on an idempotent replay). */
  post(entry: JournalEntryInput, options?: PostOptions): StoredEntry;
  /** Posts a batch atomically: all entries or none. */
  postBatch(entries: readonly JournalEntryInput[], options?: PostOptions): readonly StoredEntry[];
  /** High-volume batch post with integer minor-unit amounts; same checks. */
  postBatchMinor(entries: readonly MinorEntryInput[], options?: PostOptions): readonly StoredEntry[];
  /**
   * Posts a batch given as columns ({@link EntryColumns}): atomic, idempotent by id, with the
   * same checks, hash chain and stored entries as {@link Ledger.postBatchMinor} of the same
   * entries — the fastest way in. The in-memory store keeps the batch as columns and builds the
   * entry objects the first time `entries()` is read.
   */
  postColumns(columns: EntryColumns, options?: PostOptions): ColumnPostResult;
  /** Reserves a pending (two-phase) entry. */
  reserve(entry: JournalEntryInput): StoredEntry;
  /** Posts a pending entry in full or in part; the rest is released. */
  postPending(pendingId: string, options: ResolvePendingOptions): StoredEntry;
  /** Voids a pending entry (releases the reservation). */
  voidPending(pendingId: string, options: Omit<ResolvePendingOptions, 'postings'>): StoredEntry;
  /** Corrects an entry by reversal or storno, linked to it. */
  reverse(entryId: string, options: ReverseOptions): StoredEntry;
  /** Locks every day up to and including `through`. */
  lockPeriod(through: CalendarDate): void;
  /** Replaces the chart (e.g. after `addAccount`, `closeAccount`, `remapRoles`); accounts with postings must remain. */
  setChart(chart: ChartOfAccounts): void;
  /** All entries in journal order. */
  entries(): readonly StoredEntry[];
  /** An entry by id. */
  entry(id: string): StoredEntry | undefined;
  /** The id of the entry that reversed `id`, if any. */
  reversedBy(id: string): string | undefined;
  /** Running balances of an account (with its sub-accounts). */
  balances(account: string): AccountBalances;
  /** Per-currency balances of an account (with sub-accounts). */
  currencyBalances(account: string): readonly CurrencyBalance[];
  /** Verifies the hash chain. */
  verify(): ChainVerification;
  /** Resolves an account role to a code under the current chart. */
  resolve(role: AccountRole): string;
}

interface AccountState {
  def: AccountDefinition;
  debit: number;
  credit: number;
  pendingDebit: number;
  pendingCredit: number;
  minLimit: number | undefined;
  maxLimit: number | undefined;
  fx: Map<string, { original: number; functional: number }> | undefined;
  // Movements of the batch being committed (zero outside a commit); the account is listed once in
  // the batch's `touched` list when `inBatch` is set. Kept on the account to avoid a per-posting map.
  inBatch: boolean;
  dDebit: number;
  dCredit: number;
  dPendingDebit: number;
  dPendingCredit: number;
}

type Prepared = Omit<StoredEntry, 'seq' | 'prevHash' | 'hash'>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const MAX = Number.MAX_SAFE_INTEGER;

function checkSafe(n: number, path: readonly (string | number)[]): number {
  if (!Number.isSafeInteger(n)) {
    throw invalid(
      'LEDGER/AMOUNT_OUT_OF_RANGE',
      `amount ${n} is not a safe integer number of minor units (|x| ≤ ${MAX})`,
      `số tiền ${n} vượt giới hạn số nguyên an toàn`,
      path,
    );
  }
  return n;
}

function minorOf(m: Money, expected: Currency | undefined, path: readonly (string | number)[]): number {
  if (expected !== undefined && m.currency.code !== expected.code) {
    throw invalid(
      'LEDGER/CURRENCY_MISMATCH',
      `expected ${expected.code}, got ${m.currency.code}`,
      `cần ${expected.code}, nhận ${m.currency.code}`,
      path,
    );
  }
  const scaled = m.amount.times(new Decimal(10).pow(m.currency.minorUnit));
  if (!scaled.isInteger()) {
    throw invalid(
      'LEDGER/NOT_ROUNDED',
      `${m.amount.toString()} ${m.currency.code} has more decimals than the currency allows (${m.currency.minorUnit})`,
      `${m.amount.toString()} ${m.currency.code} có nhiều chữ số lẻ hơn cho phép`,
      path,
    );
  }
  return checkSafe(scaled.toNumber(), path);
}

/**
 * Creates a ledger over a chart of accounts. If the store already holds entries, their chain is
 * verified and balances are rebuilt from them.
 * @throws BoStateError `LEDGER/CHAIN_BROKEN` when the stored chain does not verify
 * @example
 * ```ts
 * const ledger = createLedger({ chart: chartOfAccounts('VN-TT99') });
 * ledger.post({
 *   id: 'E1', postingDate: calendarDate('2026-01-05'), description: 'Owner contributes capital',
 *   postings: [{ role: 'bankDeposits', debit: money('500000000', 'VND') }, { role: 'ownersCapital', credit: money('500000000', 'VND') }],
 * });
 * ledger.balances('112').posted; // 500,000,000 VND (1121 rolls up into 112)
 * ```
 */
export function createLedger(options: LedgerOptions): Ledger {
  const currency = getCurrency(options.functionalCurrency ?? 'VND');
  const store = options.store ?? memoryStore();
  let chart = options.chart;
  let lockedThrough = options.lockedThrough;
  const allowedDims = options.dimensions === undefined ? undefined : new Set(options.dimensions);

  const accounts = new Map<string, AccountState>();
  const children = new Map<string, string[]>();
  // entries by id; an entry of a column segment is indexed by its sequence number and built
  // from its segment when looked up
  let index = new EntryIndex<StoredEntry | number>();
  const segments: EntrySegment[] = [];
  const entryAtSeq = (s: number): StoredEntry => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.firstSeq <= s) lo = mid;
      else hi = mid - 1;
    }
    const seg = segments[lo]!;
    return seg.at(s - seg.firstSeq);
  };
  const found = (v: StoredEntry | number | undefined): StoredEntry | undefined =>
    typeof v === 'number' ? entryAtSeq(v) : v;
  const byId = {
    get size() {
      return index.size;
    },
    get: (id: string) => found(index.get(id)),
    has: (id: string) => index.has(id),
    set: (id: string, e: StoredEntry) => index.set(id, e),
    getOrAdd: (id: string, e: StoredEntry) => found(index.getOrAdd(id, e)),
    truncate: (size: number) => index.truncate(size),
  };
  const byKey = new Map<string, StoredEntry>();
  const reversed = new Map<string, string>();
  const pendingStatus = new Map<string, 'open' | 'posted' | 'voided'>();
  // the chain head: the hash of the last entry, or the last column segment whose hashes are
  // computed when first needed (see EntrySegment)
  let headHash = GENESIS_HASH;
  let headSegment: EntrySegment | undefined;
  const currentHead = (): string => {
    if (headSegment !== undefined) {
      headHash = headSegment.hashAt(headSegment.count - 1);
      headSegment = undefined;
    }
    return headHash;
  };
  let seq = 0;

  function indexChart(c: ChartOfAccounts): void {
    const old = new Map(accounts);
    accounts.clear();
    children.clear();
    for (const def of c.accounts) {
      const prev = old.get(def.code);
      accounts.set(def.code, {
        def,
        debit: prev?.debit ?? 0,
        credit: prev?.credit ?? 0,
        pendingDebit: prev?.pendingDebit ?? 0,
        pendingCredit: prev?.pendingCredit ?? 0,
        minLimit: def.limits?.min === undefined ? undefined : Number(def.limits.min),
        maxLimit: def.limits?.max === undefined ? undefined : Number(def.limits.max),
        fx: prev?.fx,
        inBatch: false,
        dDebit: 0,
        dCredit: 0,
        dPendingDebit: 0,
        dPendingCredit: 0,
      });
      if (def.parent !== undefined) {
        const list = children.get(def.parent) ?? [];
        list.push(def.code);
        children.set(def.parent, list);
      }
    }
    for (const [code, st] of old) {
      if (
        !accounts.has(code) &&
        (st.debit !== 0 || st.credit !== 0 || st.pendingDebit !== 0 || st.pendingCredit !== 0)
      ) {
        accounts.clear();
        for (const [k, v] of old) accounts.set(k, v);
        throw stateError(
          'LEDGER/ACCOUNT_IN_USE',
          `account ${code} has postings and cannot be removed from the chart`,
          `tài khoản ${code} đã có phát sinh, không thể xóa`,
          ['chart', 'accounts'],
          { account: code },
        );
      }
    }
  }
  indexChart(chart);

  const gainAccount = options.fxResidue?.gain ?? chart.roles.financeIncome;
  const lossAccount = options.fxResidue?.loss ?? chart.roles.financeCosts;

  function accountFor(
    p: { account?: string | undefined; role?: AccountRole | undefined },
    path: readonly (string | number)[],
  ): string {
    if (p.account !== undefined) return p.account;
    if (p.role !== undefined) {
      try {
        return resolveRole(chart, p.role);
      } catch (e) {
        throw prefixPath(e, path.slice(0, -1));
      }
    }
    throw invalid('LEDGER/INVALID_POSTING', 'give account or role', 'cần tài khoản hoặc vai trò', path);
  }

  // ---------- preparation ----------

  function prepareMoney(input: JournalEntryInput, kind: EntryKind): Prepared {
    const e = parseWith(journalEntryInputSchema, input, 'entry', 'LEDGER/INVALID_ENTRY') as JournalEntryInput;
    const postings: StoredPosting[] = [];
    let fxCount = 0;
    e.postings.forEach((p, i) => {
      const path = ['postings', i];
      const account = accountFor(p, [...path, p.account !== undefined ? 'account' : 'role']);
      const field = p.debit !== undefined ? 'debit' : p.credit !== undefined ? 'credit' : 'amount';
      const m = (p.debit ?? p.credit ?? p.amount)!;
      let side: 'D' | 'C' = field === 'credit' ? 'C' : 'D';
      const negative = field === 'amount' && m.amount.isNegative();
      if (negative) side = 'C';
      const abs = negative ? { amount: m.amount.neg(), currency: m.currency } : m;
      let posting: StoredPosting;
      if (abs.currency.code === currency.code) {
        if (p.rate !== undefined || p.functionalAmount !== undefined) {
          throw invalid(
            'LEDGER/INVALID_POSTING',
            'rate/functionalAmount only apply to foreign-currency postings',
            'tỷ giá chỉ dùng cho ngoại tệ',
            [...path, 'rate'],
          );
        }
        posting = { account, side, amount: minorOf(abs, currency, [...path, field]) };
      } else {
        fxCount++;
        const original = minorOf(abs, undefined, [...path, field]);
        let functional: number;
        if (p.functionalAmount !== undefined) {
          functional = Math.abs(minorOf(p.functionalAmount, currency, [...path, 'functionalAmount']));
        } else if (p.rate !== undefined) {
          const f = abs.amount.times(p.rate).times(new Decimal(10).pow(currency.minorUnit));
          functional = checkSafe(f.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber(), [...path, 'rate']);
        } else {
          throw invalid(
            'LEDGER/MISSING_RATE',
            `posting in ${abs.currency.code} needs rate or functionalAmount in ${currency.code}`,
            `bút toán ngoại tệ ${abs.currency.code} cần tỷ giá hoặc số tiền quy đổi`,
            [...path, 'rate'],
          );
        }
        posting = {
          account,
          side,
          amount: functional,
          currency: abs.currency.code,
          originalAmount: original,
          ...(p.rate === undefined ? {} : { rate: p.rate }),
        };
      }
      if (p.dimensions !== undefined) posting = { ...posting, dimensions: p.dimensions };
      if (p.memo !== undefined) posting = { ...posting, memo: p.memo };
      postings.push(posting);
    });
    // FX rounding residue: each rounding to the functional minor unit is off by at most half a unit.
    let sum = 0;
    for (const p of postings) sum += p.side === 'D' ? p.amount : -p.amount;
    if (sum !== 0 && fxCount > 0 && 2 * Math.abs(sum) <= fxCount) {
      const acc = sum > 0 ? gainAccount : lossAccount;
      if (acc === undefined) {
        throw ruleError(
          'LEDGER/NO_RESIDUE_ACCOUNT',
          'no FX residue account configured',
          'chưa cấu hình tài khoản chênh lệch làm tròn',
          ['fxResidue'],
        );
      }
      postings.push({
        account: acc,
        side: sum > 0 ? 'C' : 'D',
        amount: Math.abs(sum),
        memo: 'FX rounding residue',
      });
    }
    return shell(e, kind, postings);
  }

  function shell(
    e: Omit<JournalEntryInput, 'postings'>,
    kind: EntryKind,
    postings: readonly StoredPosting[],
  ): Prepared {
    // created with its final shape (seq and hashes filled in at commit) so V8 keeps one hidden class
    const o: Mutable<StoredEntry> = {
      seq: 0,
      id: e.id,
      idempotencyKey: e.idempotencyKey ?? e.id,
      kind,
      postingDate: e.postingDate,
      description: e.description,
      postings,
      prevHash: '',
      hash: '',
    };
    if (e.documentDate !== undefined) o.documentDate = e.documentDate;
    if (e.documentNumber !== undefined) o.documentNumber = e.documentNumber;
    if (e.metadata !== undefined) o.metadata = e.metadata;
    return o;
  }

  // Entries of a batch share few dates: remember the ones already validated (bounded).
  const validDates = new Set<string>();

  function prepareMinor(e: MinorEntryInput, kind: EntryKind): Prepared {
    if (typeof e.id !== 'string' || e.id.length === 0)
      throw invalid('LEDGER/INVALID_ENTRY', 'id must be a non-empty string', 'id không hợp lệ', ['id']);
    if (!validDates.has(e.postingDate)) {
      if (!isCalendarDate(e.postingDate))
        throw invalid(
          'LEDGER/INVALID_ENTRY',
          'postingDate must be YYYY-MM-DD',
          'ngày hạch toán không hợp lệ',
          ['postingDate'],
        );
      if (validDates.size >= 4096) validDates.clear();
      validDates.add(e.postingDate);
    }
    if (typeof e.description !== 'string')
      throw invalid('LEDGER/INVALID_ENTRY', 'description must be a string', 'diễn giải không hợp lệ', [
        'description',
      ]);
    const ps = e.postings;
    if (!Array.isArray(ps) || ps.length < 2)
      throw invalid(
        'LEDGER/INVALID_ENTRY',
        'an entry needs at least two postings',
        'bút toán cần ít nhất hai dòng',
        ['postings'],
      );
    const postings: StoredPosting[] = new Array(ps.length);
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      const account = p.account ?? accountFor(p, ['postings', i, 'role']);
      const a = p.amount;
      if (!Number.isSafeInteger(a)) checkSafe(a, ['postings', i, 'amount']);
      let sp: StoredPosting = a < 0 ? { account, side: 'C', amount: -a } : { account, side: 'D', amount: a };
      if (p.currency !== undefined && p.currency !== currency.code) {
        const o = p.originalAmount;
        if (o === undefined || !Number.isSafeInteger(o))
          checkSafe(o ?? Number.NaN, ['postings', i, 'originalAmount']);
        sp = {
          ...sp,
          currency: p.currency,
          originalAmount: a < 0 ? -o! : o!,
          ...(p.rate === undefined ? {} : { rate: p.rate }),
        };
      }
      if (p.dimensions !== undefined) sp = { ...sp, dimensions: p.dimensions };
      if (p.memo !== undefined) sp = { ...sp, memo: p.memo };
      postings[i] = sp;
    }
    return shell(e, kind, postings);
  }

  // ---------- validation ----------

  /** The batch delta of an account, listing it in `touched` on first use. */
  function touch(st: AccountState, touched: AccountState[]): AccountState {
    if (!st.inBatch) {
      st.inBatch = true;
      touched.push(st);
    }
    return st;
  }

  /** Forgets the batch deltas (after they were applied, or when the batch is refused). */
  function clearDeltas(touched: readonly AccountState[]): void {
    for (const st of touched) {
      st.inBatch = false;
      st.dDebit = 0;
      st.dCredit = 0;
      st.dPendingDebit = 0;
      st.dPendingCredit = 0;
    }
  }

  function validate(p: Prepared, touched: AccountState[], allowEmpty: boolean): void {
    if (p.documentDate !== undefined && !isCalendarDate(p.documentDate)) {
      throw invalid('LEDGER/INVALID_ENTRY', 'documentDate must be YYYY-MM-DD', 'ngày chứng từ không hợp lệ', [
        'documentDate',
      ]);
    }
    const pending = p.kind === 'pending';
    if (p.pendingId !== undefined) {
      // resolving a pending entry releases its reservation
      for (const q of byId.get(p.pendingId)?.postings ?? []) {
        const d = touch(accounts.get(q.account)!, touched);
        if (q.side === 'D') d.dPendingDebit -= q.amount;
        else d.dPendingCredit -= q.amount;
      }
    }
    let sum = 0;
    const ps = p.postings;
    if (ps.length === 0 && !allowEmpty) {
      throw invalid('LEDGER/INVALID_ENTRY', 'an entry needs postings', 'bút toán cần có dòng', ['postings']);
    }
    for (let i = 0; i < ps.length; i++) {
      const q = ps[i]!;
      const st = accounts.get(q.account);
      if (st === undefined) {
        throw invalid(
          'LEDGER/UNKNOWN_ACCOUNT',
          `no account ${q.account} in the chart`,
          `không có tài khoản ${q.account}`,
          ['postings', i, 'account'],
          {
            account: q.account,
          },
        );
      }
      const def = st.def;
      if (
        (def.closedFrom !== undefined && p.postingDate >= def.closedFrom) ||
        (def.openFrom !== undefined && p.postingDate < def.openFrom)
      ) {
        throw stateError(
          'LEDGER/ACCOUNT_CLOSED',
          `account ${q.account} does not accept postings on ${p.postingDate}`,
          `tài khoản ${q.account} không nhận bút toán ngày ${p.postingDate}`,
          ['postings', i, 'account'],
          { account: q.account, closedFrom: def.closedFrom },
        );
      }
      if (def.requiredDimensions !== undefined) {
        for (const d of def.requiredDimensions) {
          if (q.dimensions?.[d] === undefined) {
            throw invalid(
              'LEDGER/MISSING_DIMENSION',
              `account ${q.account} requires dimension ${d}`,
              `tài khoản ${q.account} bắt buộc chi tiết theo ${d}`,
              ['postings', i, 'dimensions', d],
            );
          }
        }
      }
      if (allowedDims !== undefined && q.dimensions !== undefined) {
        for (const k of Object.keys(q.dimensions)) {
          if (!allowedDims.has(k)) {
            throw invalid(
              'LEDGER/UNKNOWN_DIMENSION',
              `dimension ${k} is not defined for this ledger`,
              `chiều phân tích ${k} chưa được khai báo`,
              ['postings', i, 'dimensions', k],
            );
          }
        }
      }
      sum += q.side === 'D' ? q.amount : -q.amount;
      if (!st.inBatch) {
        st.inBatch = true;
        touched.push(st);
      }
      if (pending) {
        if (q.side === 'D') st.dPendingDebit += q.amount;
        else st.dPendingCredit += q.amount;
      } else if (q.side === 'D') st.dDebit += q.amount;
      else st.dCredit += q.amount;
    }
    if (sum !== 0) {
      throw invalid(
        'LEDGER/UNBALANCED',
        `entry ${p.id} does not balance: debits − credits = ${sum} minor units of ${currency.code}`,
        `bút toán ${p.id} không cân: Nợ − Có = ${sum}`,
        ['postings'],
        { difference: sum },
      );
    }
    if (!Number.isSafeInteger(sum)) checkSafe(sum, ['postings']);
  }

  function checkLimits(touched: readonly AccountState[]): void {
    for (const st of touched) {
      const code = st.def.code;
      const debit = st.debit + st.dDebit;
      const credit = st.credit + st.dCredit;
      const pd = st.pendingDebit + st.dPendingDebit;
      const pc = st.pendingCredit + st.dPendingCredit;
      if (
        !Number.isSafeInteger(debit) ||
        !Number.isSafeInteger(credit) ||
        !Number.isSafeInteger(pd) ||
        !Number.isSafeInteger(pc)
      ) {
        throw invalid(
          'LEDGER/AMOUNT_OUT_OF_RANGE',
          `turnover of ${code} would exceed the safe integer range`,
          `số phát sinh của ${code} vượt giới hạn`,
          ['postings'],
        );
      }
      if (st.minLimit === undefined && st.maxLimit === undefined) continue;
      const sign = st.def.normalSide === 'debit' ? 1 : -1;
      const natural = sign * (debit - credit);
      const adverse = sign === 1 ? pc : pd;
      const favourable = sign === 1 ? pd : pc;
      if (st.minLimit !== undefined && natural - adverse < st.minLimit) {
        throw stateError(
          'LEDGER/LIMIT_EXCEEDED',
          `account ${code} would fall to ${natural - adverse}, below its limit ${st.minLimit}`,
          `tài khoản ${code} sẽ xuống dưới hạn mức ${st.minLimit}`,
          ['postings'],
          { account: code, balance: natural - adverse, min: st.minLimit },
        );
      }
      if (st.maxLimit !== undefined && natural + favourable > st.maxLimit) {
        throw stateError(
          'LEDGER/LIMIT_EXCEEDED',
          `account ${code} would rise to ${natural + favourable}, above its limit ${st.maxLimit}`,
          `tài khoản ${code} sẽ vượt hạn mức ${st.maxLimit}`,
          ['postings'],
          { account: code, balance: natural + favourable, max: st.maxLimit },
        );
      }
    }
  }

  function route(p: Prepared, opts: PostOptions | undefined): Prepared {
    if (lockedThrough === undefined || p.postingDate > lockedThrough) return p;
    if (opts?.priorPeriodAdjustment === true) {
      const next = addDays(lockedThrough, 1);
      return {
        ...p,
        kind: p.kind === 'standard' ? 'adjustment' : p.kind,
        postingDate: next,
        adjustsDate: p.postingDate,
      };
    }
    throw stateError(
      'LEDGER/PERIOD_CLOSED',
      `posting date ${p.postingDate} is in a closed period (locked through ${lockedThrough})`,
      `ngày hạch toán ${p.postingDate} thuộc kỳ đã khóa sổ (đến ${lockedThrough})`,
      ['postingDate'],
      { postingDate: p.postingDate, lockedThrough },
    );
  }

  // ---------- apply ----------

  function applyEntry(e: StoredEntry, balances = true): void {
    if (balances) {
      // replaying a stored journal; on the write path `commit` has already indexed the entry
      byId.set(e.id, e);
      if (e.idempotencyKey !== e.id) byKey.set(e.idempotencyKey, e);
    }
    if (e.reverses !== undefined) reversed.set(e.reverses, e.id);
    if (e.kind === 'pending') pendingStatus.set(e.id, 'open');
    if (e.kind === 'pendingPost' || e.kind === 'pendingVoid') {
      const orig = byId.get(e.pendingId!);
      pendingStatus.set(e.pendingId!, e.kind === 'pendingPost' ? 'posted' : 'voided');
      if (orig !== undefined && balances) {
        for (const q of orig.postings) {
          const st = accounts.get(q.account)!;
          if (q.side === 'D') st.pendingDebit -= q.amount;
          else st.pendingCredit -= q.amount;
        }
      }
    }
    const pending = e.kind === 'pending';
    for (const q of e.postings) {
      if (!balances && q.currency === undefined) continue;
      const st = accounts.get(q.account)!;
      if (pending) {
        if (balances) {
          if (q.side === 'D') st.pendingDebit += q.amount;
          else st.pendingCredit += q.amount;
        }
        continue;
      }
      if (balances) {
        if (q.side === 'D') st.debit += q.amount;
        else st.credit += q.amount;
      }
      if (q.currency !== undefined) {
        if (st.fx === undefined) st.fx = new Map();
        let b = st.fx.get(q.currency);
        if (b === undefined) {
          b = { original: 0, functional: 0 };
          st.fx.set(q.currency, b);
        }
        const s = q.side === 'D' ? 1 : -1;
        b.original += s * (q.originalAmount ?? 0);
        b.functional += s * q.amount;
      }
    }
  }

  function findByKey(key: string): StoredEntry | undefined {
    const k = byKey.size === 0 ? undefined : byKey.get(key);
    if (k !== undefined) return k;
    const e = byId.get(key);
    return e !== undefined && e.idempotencyKey === key ? e : undefined;
  }

  /** The request as the caller sent it: prior-period routing is undone before comparing. */
  function requestOf(e: StoredEntry | Prepared): Prepared {
    if (e.adjustsDate === undefined) return e;
    const base = { ...e, postingDate: e.adjustsDate, kind: e.kind === 'adjustment' ? 'standard' : e.kind };
    const { adjustsDate: _a, ...rest } = base as Prepared;
    return rest;
  }

  /** Idempotency: the same key must come with the same request (same canonical content). */
  function sameRequest(a: StoredEntry | Prepared, b: StoredEntry | Prepared): boolean {
    return sameEntryContent(requestOf(a), requestOf(b));
  }

  function conflict(key: string, path: readonly (string | number)[]): never {
    throw stateError(
      'LEDGER/IDEMPOTENCY_CONFLICT',
      `idempotency key ${key} was already used with a different request`,
      `khóa chống trùng ${key} đã dùng cho một yêu cầu khác`,
      path,
      { idempotencyKey: key },
    );
  }

  function commit(prepared: readonly Prepared[], opts: PostOptions | undefined): StoredEntry[] {
    const n = prepared.length;
    const results: (StoredEntry | undefined)[] = new Array(n);
    let replays = 0;
    const fresh: Prepared[] = [];
    const freshOrig: number[] = [];
    // ids (and keys) of this batch are reserved in the indexes as they are accepted, so a duplicate
    // inside the batch is found by the same lookup as one already stored; on any failure the
    // reservations are rolled back and the books are unchanged.
    const reservedKeys: string[] = [];
    const sizeBefore = byId.size;
    const pathOf = (i: number, field: string) => (n > 1 ? ['entries', i, field] : [field]);
    const rollback = () => {
      byId.truncate(sizeBefore);
      for (const k of reservedKeys) byKey.delete(k);
    };
    let routed: Prepared[];
    const touched: AccountState[] = [];
    try {
      for (let i = 0; i < n; i++) {
        const p = prepared[i]!;
        const key = p.idempotencyKey;
        let existing: StoredEntry | undefined;
        if (key === p.id) {
          // look up and reserve the id in one probe (undone below if it turns out to be a replay)
          const sizeNow = byId.size;
          existing = byId.getOrAdd(key, p as StoredEntry);
          if (existing !== undefined && existing.idempotencyKey !== key) {
            throw stateError(
              'LEDGER/DUPLICATE_ENTRY_ID',
              `entry id ${p.id} is already used`,
              `mã bút toán ${p.id} đã tồn tại`,
              pathOf(i, 'id'),
              {
                id: p.id,
              },
            );
          }
          if (existing === undefined && byKey.size > 0) {
            existing = byKey.get(key);
            if (existing !== undefined) byId.truncate(sizeNow);
          }
        } else existing = findByKey(key);
        if (existing !== undefined) {
          if (!sameRequest(existing, p)) conflict(key, pathOf(i, 'idempotencyKey'));
          results[i] = existing;
          replays++;
          continue;
        }
        if (key !== p.id) {
          if (byId.has(p.id)) {
            throw stateError(
              'LEDGER/DUPLICATE_ENTRY_ID',
              `entry id ${p.id} is already used`,
              `mã bút toán ${p.id} đã tồn tại`,
              pathOf(i, 'id'),
              {
                id: p.id,
              },
            );
          }
          byKey.set(key, p as StoredEntry);
          reservedKeys.push(key);
          byId.set(p.id, p as StoredEntry);
        }
        fresh.push(p);
        freshOrig.push(i);
      }
      routed = new Array(fresh.length);
      for (let j = 0; j < fresh.length; j++) {
        try {
          const r = route(fresh[j]!, opts);
          validate(r, touched, r.kind === 'pendingVoid');
          routed[j] = r;
        } catch (e) {
          throw n > 1 ? prefixPath(e, ['entries', freshOrig[j]!]) : e;
        }
      }
      checkLimits(touched);
    } catch (e) {
      clearDeltas(touched);
      rollback();
      throw e;
    }
    const stored: StoredEntry[] = new Array(routed.length);
    let h = currentHead();
    for (let j = 0; j < routed.length; j++) {
      const p = routed[j]! as Mutable<StoredEntry>;
      const s = seq + j + 1;
      const hash = hashEntry(h, s, p);
      // the prepared object becomes the stored entry (no copy on the hot path)
      p.seq = s;
      p.prevHash = h;
      p.hash = hash;
      stored[j] = p;
      h = hash;
    }
    try {
      store.append(stored);
    } catch (e) {
      clearDeltas(touched);
      rollback();
      throw e;
    }
    for (let j = 0; j < routed.length; j++) {
      const r = routed[j]!;
      if (r !== fresh[j]) {
        // routed (prior-period adjustment) entries are new objects: index the stored one
        byId.set(r.id, r as StoredEntry);
        if (r.idempotencyKey !== r.id) byKey.set(r.idempotencyKey, r as StoredEntry);
      }
    }
    // balances move by the batch's per-account deltas (already computed and limit-checked)
    for (const st of touched) {
      st.debit += st.dDebit;
      st.credit += st.dCredit;
      st.pendingDebit += st.dPendingDebit;
      st.pendingCredit += st.dPendingCredit;
    }
    clearDeltas(touched);
    for (const e of stored) applyEntry(e, false);
    seq += stored.length;
    headHash = h;
    if (replays === 0) return stored;
    const out: StoredEntry[] = new Array(n);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const r = results[i];
      out[i] = r === undefined ? stored[k++]! : (byId.get(r.id) ?? r);
    }
    return out;
  }

  // ---------- columns ----------

  /** The entries the columns describe, as objects (the general path, used when the fast one declines). */
  function columnsAsEntries(c: CheckedColumns): MinorEntryInput[] {
    const n = c.ids.length;
    const out: MinorEntryInput[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const first = c.start[i]!;
      const last = c.start[i + 1]!;
      const postings: MinorPostingInput[] = new Array(last - first);
      for (let j = first; j < last; j++)
        postings[j - first] = { account: c.codes[c.account[j]!]!, amount: c.amount[j]! };
      const doc = c.documentNumbers?.[i];
      out[i] = {
        id: idAt(c.ids, i),
        postingDate: textAt(c.dates, i),
        description: textAt(c.descriptions, i),
        postings,
        ...(doc === undefined ? {} : { documentNumber: doc }),
      };
    }
    return out;
  }

  /**
   * Posts checked columns of new, standard, valid entries without making an object per entry.
   * Returns undefined — having changed nothing — as soon as anything needs the general path
   * (a replayed or duplicate id, an error to report, a closed period, an account that needs
   * dimensions), which then gives the same result or the same error as posting the entries as
   * objects.
   */
  function postColumnsFast(
    columns: CheckedColumns,
    opts: PostOptions | undefined,
  ): ColumnPostResult | undefined {
    // distinct ids (made by this package) into an empty ledger: their index becomes the ledger's,
    // and the rows may stay in the order they came in; otherwise the rows go in date order
    const adopt = columns.idIndex !== undefined && index.size === 0 && byKey.size === 0 && seq === 0;
    const c = adopt ? columns : inDateOrder(columns);
    const n = c.ids.length;
    if ((opts?.kind ?? 'standard') !== 'standard') return undefined;
    if (n === 0) return { posted: 0, replayed: 0 };
    const states: AccountState[] = new Array(c.codes.length);
    let dated = false;
    for (let k = 0; k < c.codes.length; k++) {
      const st = accounts.get(c.codes[k]!);
      if (st === undefined || (st.def.requiredDimensions?.length ?? 0) > 0) return undefined;
      if (st.def.closedFrom !== undefined || st.def.openFrom !== undefined) dated = true;
      states[k] = st;
    }
    const dates = c.dates;
    let lastDate = '';
    // the range of the dates (for the segment's totals), and whether each is checked: the reader's
    // are, and after any lock there is nothing to check entry by entry
    let minDate = c.firstDate ?? '';
    let maxDate = c.lastDate ?? '';
    const checked =
      c.firstDate !== undefined &&
      c.lastDate !== undefined &&
      (lockedThrough === undefined || c.firstDate > lockedThrough);
    for (let i = 0; i < n && !checked; i++) {
      const d = textAt(dates, i);
      if (d === lastDate) continue;
      if (minDate === '' || d < minDate) minDate = d;
      if (d > maxDate) maxDate = d;
      if (!validDates.has(d)) {
        if (!isCalendarDate(d)) return undefined;
        if (validDates.size >= 4096) validDates.clear();
        validDates.add(d);
      }
      if (lockedThrough !== undefined && d <= lockedThrough) return undefined;
      lastDate = d;
    }
    const sizeBefore = index.size;
    const firstSeq = seq + 1;
    const keys = byKey.size > 0;
    if (keys) for (let i = 0; i < n; i++) if (byKey.has(idAt(c.ids, i))) return undefined;
    if (!adopt) {
      const ids = c.ids instanceof IdPool ? c.ids.toArray() : c.ids;
      if (!index.addAll(ids, (i) => firstSeq + i)) return undefined;
    }
    const touched: AccountState[] = [];
    const decline = (): undefined => {
      clearDeltas(touched);
      index.truncate(sizeBefore);
      return undefined;
    };
    const { start, account, amount } = c;
    // the batch's movements by position in `codes`, kept with the segment for totals over it
    const codeDebit = new Float64Array(c.codes.length);
    const codeCredit = new Float64Array(c.codes.length);
    const codeUsed = new Uint8Array(c.codes.length);
    for (let i = 0; i < n; i++) {
      const first = start[i]!;
      const last = start[i + 1]!;
      if (last - first < 2) return decline();
      let sum = 0;
      for (let j = first; j < last; j++) {
        const k = account[j]!;
        const st = states[k]!;
        if (dated) {
          const def = st.def;
          const d = textAt(dates, i);
          if (
            (def.closedFrom !== undefined && d >= def.closedFrom) ||
            (def.openFrom !== undefined && d < def.openFrom)
          )
            return decline();
        }
        const a = amount[j]!;
        sum += a;
        if (!st.inBatch) {
          st.inBatch = true;
          touched.push(st);
        }
        codeUsed[k] = 1;
        if (a < 0) {
          st.dCredit -= a;
          codeCredit[k]! -= a;
        } else {
          st.dDebit += a;
          codeDebit[k]! += a;
        }
      }
      if (sum !== 0) return decline();
    }
    try {
      checkLimits(touched);
    } catch {
      return decline();
    }
    const before = headSegment;
    const beforeHash = headHash;
    const segment = new EntrySegment(
      firstSeq,
      'standard',
      c.ids,
      c.dates,
      c.descriptions,
      c.documentNumbers,
      start,
      c.codes,
      account,
      amount,
      before === undefined ? () => beforeHash : () => before.hashAt(before.count - 1),
      c.order,
      { firstDate: minDate, lastDate: maxDate, used: codeUsed, debit: codeDebit, credit: codeCredit },
    );
    const segmentStore = store as Partial<SegmentStore>;
    try {
      if (typeof segmentStore[APPEND_SEGMENT] === 'function') segmentStore[APPEND_SEGMENT](segment);
      else {
        const built: StoredEntry[] = new Array(n);
        for (let i = 0; i < n; i++) built[i] = segment.at(i);
        store.append(built);
      }
    } catch (e) {
      decline();
      throw e;
    }
    for (const st of touched) {
      st.debit += st.dDebit;
      st.credit += st.dCredit;
    }
    clearDeltas(touched);
    if (adopt) index = c.idIndex as EntryIndex<StoredEntry | number>;
    segments.push(segment);
    seq += n;
    headSegment = segment;
    return { posted: n, replayed: 0 };
  }

  // ---------- replay existing store ----------
  {
    const existing = store.entries();
    if (existing.length > 0) {
      const v = verifyChain(existing);
      if (!v.ok) {
        throw stateError(
          'LEDGER/CHAIN_BROKEN',
          `stored journal fails verification at entry ${v.entryId} (${v.reason})`,
          `nhật ký lưu trữ bị sửa đổi tại bút toán ${v.entryId}`,
          ['store', v.index],
        );
      }
      for (const e of existing) {
        for (const q of e.postings) {
          if (!accounts.has(q.account)) {
            throw invalid(
              'LEDGER/UNKNOWN_ACCOUNT',
              `stored entry ${e.id} uses account ${q.account} missing from the chart`,
              `thiếu tài khoản ${q.account}`,
              ['store', e.seq - 1],
            );
          }
        }
        applyEntry(e);
      }
      seq = existing.length;
      headHash = existing[existing.length - 1]!.hash;
    }
  }

  function codesUnder(code: string): string[] {
    const out: string[] = [code];
    for (let i = 0; i < out.length; i++) for (const c of children.get(out[i]!) ?? []) out.push(c);
    return out;
  }

  function requireAccount(code: string): AccountState {
    const st = accounts.get(code);
    if (st === undefined)
      throw invalid(
        'LEDGER/UNKNOWN_ACCOUNT',
        `no account ${code} in the chart`,
        `không có tài khoản ${code}`,
        ['account'],
      );
    return st;
  }

  const m = (n: number): Money => moneyFromMinor(n, currency);

  function requireOpenPending(pendingId: string): StoredEntry {
    const orig = byId.get(pendingId);
    if (orig === undefined || orig.kind !== 'pending') {
      throw invalid(
        'LEDGER/UNKNOWN_PENDING',
        `no pending entry ${pendingId}`,
        `không có bút toán tạm giữ ${pendingId}`,
        ['pendingId'],
      );
    }
    const status = pendingStatus.get(pendingId);
    if (status !== 'open') {
      throw stateError(
        'LEDGER/PENDING_RESOLVED',
        `pending entry ${pendingId} is already ${status}`,
        `bút toán tạm giữ ${pendingId} đã được xử lý`,
        ['pendingId'],
        { status },
      );
    }
    return orig;
  }

  const ledger: Ledger = {
    get chart() {
      return chart;
    },
    functionalCurrency: currency,
    get lockedThrough() {
      return lockedThrough;
    },
    get head() {
      return currentHead();
    },
    get size() {
      return seq;
    },
    post(entry, opts) {
      return commit([prepareMoney(entry, opts?.kind ?? 'standard')], opts)[0]!;
    },
    postBatch(entries, opts) {
      const prepared = entries.map((e, i) => {
        try {
          return prepareMoney(e, opts?.kind ?? 'standard');
        } catch (err) {
          throw prefixPath(err, ['entries', i]);
        }
      });
      return commit(prepared, opts);
    },
    postBatchMinor(entries, opts) {
      const kind = opts?.kind ?? 'standard';
      const prepared: Prepared[] = new Array(entries.length);
      for (let i = 0; i < entries.length; i++) {
        try {
          prepared[i] = prepareMinor(entries[i]!, kind);
        } catch (err) {
          throw prefixPath(err, ['entries', i]);
        }
      }
      return commit(prepared, opts);
    },
    postColumns(columns, opts) {
      const c = checkEntryColumns(columns);
      const fast = postColumnsFast(c, opts);
      if (fast !== undefined) return fast;
      const before = seq;
      const stored = ledger.postBatchMinor(columnsAsEntries(inDateOrder(c)), opts);
      // entries with a later sequence number were stored now; the others are replays
      let posted = 0;
      for (const e of stored) if (e.seq > before) posted++;
      return { posted, replayed: stored.length - posted };
    },
    reserve(entry) {
      return commit([prepareMoney(entry, 'pending')], undefined)[0]!;
    },
    postPending(pendingId, o) {
      const key = o.idempotencyKey ?? o.id;
      const orig = byId.get(pendingId);
      if (orig === undefined || orig.kind !== 'pending') {
        throw invalid(
          'LEDGER/UNKNOWN_PENDING',
          `no pending entry ${pendingId}`,
          `không có bút toán tạm giữ ${pendingId}`,
          ['pendingId'],
        );
      }
      let postings: readonly StoredPosting[] = orig.postings;
      if (o.postings !== undefined) {
        const partial = prepareMoney(
          { id: o.id, postingDate: o.postingDate, description: 'partial', postings: o.postings },
          'pendingPost',
        ).postings;
        const reserved = new Map<string, number>();
        for (const q of orig.postings)
          reserved.set(q.account + q.side, (reserved.get(q.account + q.side) ?? 0) + q.amount);
        partial.forEach((q, i) => {
          const r = reserved.get(q.account + q.side);
          if (r === undefined || q.amount > r) {
            throw stateError(
              'LEDGER/PENDING_EXCEEDED',
              `posting ${q.account} ${q.side} ${q.amount} exceeds what was reserved (${r ?? 0})`,
              `số ghi sổ vượt số đã tạm giữ`,
              ['postings', i],
            );
          }
          reserved.set(q.account + q.side, r - q.amount);
        });
        postings = partial;
      }
      const p: Prepared = {
        ...shell(
          {
            id: o.id,
            postingDate: o.postingDate,
            description: o.description ?? `Post pending ${pendingId}`,
            idempotencyKey: key,
          },
          'pendingPost',
          postings,
        ),
        pendingId,
      };
      const hit = findByKey(key);
      if (hit !== undefined) {
        if (!sameRequest(hit, p)) conflict(key, ['idempotencyKey']);
        return hit;
      }
      requireOpenPending(pendingId);
      return commit([p], undefined)[0]!;
    },
    voidPending(pendingId, o) {
      const key = o.idempotencyKey ?? o.id;
      const p: Prepared = {
        ...shell(
          {
            id: o.id,
            postingDate: o.postingDate,
            description: o.description ?? `Void pending ${pendingId}`,
            idempotencyKey: key,
          },
          'pendingVoid',
          [],
        ),
        pendingId,
      };
      const hit = findByKey(key);
      if (hit !== undefined) {
        if (!sameRequest(hit, p)) conflict(key, ['idempotencyKey']);
        return hit;
      }
      requireOpenPending(pendingId);
      return commit([p], undefined)[0]!;
    },
    reverse(entryId, o) {
      const key = o.idempotencyKey ?? o.id;
      const method = o.method ?? 'reversal';
      const orig = byId.get(entryId);
      if (orig === undefined) {
        throw invalid('LEDGER/UNKNOWN_ENTRY', `no entry ${entryId}`, `không có bút toán ${entryId}`, [
          'entryId',
        ]);
      }
      const postings = orig.postings.map(
        (q): StoredPosting =>
          method === 'reversal'
            ? { ...q, side: q.side === 'D' ? 'C' : 'D' }
            : {
                ...q,
                amount: -q.amount,
                ...(q.originalAmount === undefined ? {} : { originalAmount: -q.originalAmount }),
              },
      );
      const p: Prepared = {
        ...shell(
          {
            id: o.id,
            postingDate: o.postingDate,
            description: o.description ?? `${method === 'storno' ? 'Storno' : 'Reversal'} of ${entryId}`,
            idempotencyKey: key,
            ...(orig.documentNumber === undefined ? {} : { documentNumber: orig.documentNumber }),
          },
          method,
          postings,
        ),
        reverses: entryId,
      };
      // idempotent replay: same key and same request → the first result (also after a restore)
      const hit = findByKey(key);
      if (hit !== undefined) {
        if (!sameRequest(hit, p)) conflict(key, ['idempotencyKey']);
        return hit;
      }
      if (
        orig.kind === 'pending' ||
        orig.kind === 'pendingVoid' ||
        orig.kind === 'reversal' ||
        orig.kind === 'storno'
      ) {
        throw stateError(
          'LEDGER/NOT_REVERSIBLE',
          `entry ${entryId} (${orig.kind}) cannot be reversed`,
          `bút toán ${entryId} không thể đảo`,
          ['entryId'],
        );
      }
      const by = reversed.get(entryId);
      if (by !== undefined) {
        throw stateError(
          'LEDGER/ALREADY_REVERSED',
          `entry ${entryId} was already reversed by ${by}`,
          `bút toán ${entryId} đã được đảo bởi ${by}`,
          ['entryId'],
          { reversedBy: by },
        );
      }
      return commit([p], o.priorPeriodAdjustment === true ? { priorPeriodAdjustment: true } : undefined)[0]!;
    },
    lockPeriod(through) {
      if (!isCalendarDate(through))
        throw invalid('LEDGER/INVALID_DATE', 'through must be YYYY-MM-DD', 'ngày không hợp lệ', ['through']);
      if (lockedThrough !== undefined && through < lockedThrough) {
        throw stateError(
          'LEDGER/PERIOD_CLOSED',
          `books are already locked through ${lockedThrough}; locks cannot move back`,
          `sổ đã khóa đến ${lockedThrough}`,
          ['through'],
        );
      }
      lockedThrough = through;
    },
    setChart(next) {
      indexChart(next);
      chart = next;
    },
    entries() {
      return store.entries();
    },
    entry(id) {
      return byId.get(id);
    },
    reversedBy(id) {
      return reversed.get(id);
    },
    balances(code) {
      const st = requireAccount(code);
      let debit = 0;
      let credit = 0;
      let pd = 0;
      let pc = 0;
      for (const c of codesUnder(code)) {
        const s = accounts.get(c)!;
        debit += s.debit;
        credit += s.credit;
        pd += s.pendingDebit;
        pc += s.pendingCredit;
      }
      const posted = debit - credit;
      const available = st.def.normalSide === 'debit' ? posted - pc : posted + pd;
      return {
        account: code,
        debit: m(debit),
        credit: m(credit),
        posted: m(posted),
        pendingDebit: m(pd),
        pendingCredit: m(pc),
        available: m(available),
      };
    },
    currencyBalances(code) {
      requireAccount(code);
      const acc = new Map<string, { original: number; functional: number }>();
      for (const c of codesUnder(code)) {
        for (const [cur, b] of accounts.get(c)!.fx ?? []) {
          const t = acc.get(cur) ?? { original: 0, functional: 0 };
          t.original += b.original;
          t.functional += b.functional;
          acc.set(cur, t);
        }
      }
      return [...acc.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([cur, b]) => ({
          currency: cur,
          original: moneyFromMinor(b.original, cur),
          functional: m(b.functional),
        }));
    },
    verify() {
      return verifyChain(store.entries());
    },
    resolve(role) {
      return resolveRole(chart, role);
    },
  };
  // reports read column segments as they are (see journalParts); not enumerable, not public
  Object.defineProperty(ledger, JOURNAL_PARTS, {
    value: (): readonly JournalPart[] => {
      const s = store as Partial<SegmentStore>;
      return typeof s[JOURNAL_PARTS] === 'function' ? s[JOURNAL_PARTS]() : [store.entries()];
    },
  });
  return ledger;
}
