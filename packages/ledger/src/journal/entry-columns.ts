import type { CalendarDate } from '@bo/core';
import type { EntryIndex } from './entry-index.js';
import { type IdList, IdPool, idAt } from './id-pool.js';
import { type TextList, textAt } from './text-list.js';
import { invalid } from './errors.js';

/**
 * A batch of entries as columns, for {@link Ledger.postColumns}: the fastest way to post a large
 * batch (an import, a day of point-of-sale tickets), because no object is made per entry or per
 * posting. Entry `i` has the id `ids[i]` (also its idempotency key), the date `postingDates[i]`,
 * the description `descriptions[i]`, an optional document number, and the postings
 * `postingStart[i]` to `postingStart[i + 1] - 1`; posting `j` books `amounts[j]` minor units of the
 * functional currency (positive = debit Nợ, negative = credit Có) on `accounts[accountIndex[j]]`.
 * Columns carry no dimensions, memos, metadata or foreign currency: post such entries as objects.
 * @example
 * const columns: EntryColumns = {
 *   ids: ['S1', 'S2'],
 *   postingDates: ['2026-01-05', '2026-01-05'] as CalendarDate[],
 *   descriptions: ['Cash sale', 'Cash sale'],
 *   postingStart: Int32Array.from([0, 2, 4]),
 *   accounts: ['1111', '5111'],
 *   accountIndex: Int32Array.from([0, 1, 0, 1]),
 *   amounts: Float64Array.from([150000, -150000, 99000, -99000]),
 * };
 */
export interface EntryColumns {
  /** Entry ids, one per entry; each is also the entry's idempotency key. */
  readonly ids: readonly string[];
  /** Posting dates (ngày hạch toán), one per entry. */
  readonly postingDates: readonly CalendarDate[];
  /** Descriptions (diễn giải), one per entry. */
  readonly descriptions: readonly string[];
  /** Document numbers (số chứng từ), one per entry (undefined where there is none); optional. */
  readonly documentNumbers?: readonly (string | undefined)[];
  /** Where each entry's postings start: length entries + 1, from 0, ascending, last = postings. */
  readonly postingStart: Int32Array;
  /** The account codes the batch uses. */
  readonly accounts: readonly string[];
  /** Account of each posting, as a position in `accounts`. */
  readonly accountIndex: Int32Array;
  /** Amount of each posting: a signed safe integer in functional-currency minor units. */
  readonly amounts: Float64Array;
}

/**
 * Result of {@link Ledger.postColumns}.
 * @example const r: ColumnPostResult = { posted: 2, replayed: 0 };
 */
export interface ColumnPostResult {
  /** Entries stored by this call. */
  readonly posted: number;
  /** Entries already stored with the same content (idempotent replays). */
  readonly replayed: number;
}

/** A private copy of the columns, checked for shape. @internal */
export interface CheckedColumns {
  readonly ids: IdList;
  readonly dates: TextList<CalendarDate>;
  readonly descriptions: TextList;
  readonly documentNumbers: (string | undefined)[] | undefined;
  readonly start: Int32Array;
  readonly codes: string[];
  readonly account: Int32Array;
  readonly amount: Float64Array;
  /**
   * For columns made by this package: every id with its position + 1, the ids being distinct.
   * An empty ledger takes it as its index of entries by id.
   */
  readonly idIndex?: EntryIndex<number> | undefined;
  /**
   * For columns made by this package, whose rows are not in date order (the order of a journal
   * file): the row of each entry in date order. Undefined when the rows are in order.
   */
  readonly order?: Int32Array | undefined;
  /**
   * For columns made by this package, whose dates are all valid calendar dates: the earliest
   * (so that a period lock need not be checked entry by entry).
   */
  readonly firstDate?: CalendarDate | undefined;
  /** With `firstDate`: the latest date. */
  readonly lastDate?: CalendarDate | undefined;
}

/**
 * The same columns with their rows in date order (a copy when they are not), and without an id
 * index (whose positions would no longer be the rows').
 * @internal
 */
export function inDateOrder(c: CheckedColumns): CheckedColumns {
  const order = c.order;
  if (order === undefined) return c;
  const n = order.length;
  const ids = c.ids instanceof IdPool ? c.ids.permuted(order) : Array.from(order, (r) => idAt(c.ids, r));
  const dates: CalendarDate[] = new Array(n);
  const descriptions: string[] = new Array(n);
  const docs = c.documentNumbers;
  const documentNumbers: (string | undefined)[] | undefined = docs === undefined ? undefined : new Array(n);
  const start = new Int32Array(n + 1);
  const postings = c.account.length;
  const account = new Int32Array(postings);
  const amount = new Float64Array(postings);
  let q = 0;
  for (let p = 0; p < n; p++) {
    const r = order[p]!;
    dates[p] = textAt(c.dates, r);
    descriptions[p] = textAt(c.descriptions, r);
    if (documentNumbers !== undefined) documentNumbers[p] = docs![r];
    start[p] = q;
    for (let j = c.start[r]!; j < c.start[r + 1]!; j++) {
      account[q] = c.account[j]!;
      amount[q++] = c.amount[j]!;
    }
  }
  start[n] = q;
  return { ids, dates, descriptions, documentNumbers, start, codes: c.codes, account, amount };
}

function bad(field: string, at: number | undefined, rule: string, ruleVi: string): never {
  const path = at === undefined ? ['columns', field] : ['columns', field, at];
  throw invalid(
    'LEDGER/INVALID_COLUMNS',
    `${field}${at === undefined ? '' : `[${at}]`} ${rule}`,
    `${field}${at === undefined ? '' : `[${at}]`} ${ruleVi}`,
    path,
  );
}

/** Columns made by this package, checked already, under the token that stands for them. */
const owned = new WeakMap<EntryColumns, CheckedColumns>();

/**
 * A token for columns this package has just made and hands to `postColumns` without keeping or
 * sharing them (the plain-text import): they are well-formed by construction and nobody else can
 * change them, so they need neither the shape check nor a copy. The token is good for one post.
 * @internal
 */
export function ownedColumns(c: CheckedColumns): EntryColumns {
  const token = Object.freeze({}) as unknown as EntryColumns;
  owned.set(token, c);
  return token;
}

/**
 * Copies the columns (so later changes by the caller cannot reach the books) and checks their
 * shape: lengths, posting ranges, account positions, safe integer amounts, string ids and
 * descriptions. The ledger checks the accounting rules.
 * @throws BoValidationError `LEDGER/INVALID_COLUMNS` with path `['columns', field, position]`
 * @internal
 */
export function checkEntryColumns(c: EntryColumns): CheckedColumns {
  const made = owned.get(c);
  if (made !== undefined) {
    owned.delete(c);
    return made;
  }
  if (typeof c !== 'object' || c === null)
    bad('columns', undefined, 'must be an object', 'phải là đối tượng');
  if (!Array.isArray(c.ids)) bad('ids', undefined, 'must be an array', 'phải là mảng');
  const n = c.ids.length;
  for (const [field, list] of [
    ['postingDates', c.postingDates],
    ['descriptions', c.descriptions],
  ] as const) {
    if (!Array.isArray(list) || list.length !== n)
      bad(field, undefined, `must be an array of ${n} (one per id)`, `phải là mảng ${n} phần tử`);
  }
  if (
    c.documentNumbers !== undefined &&
    (!Array.isArray(c.documentNumbers) || c.documentNumbers.length !== n)
  )
    bad('documentNumbers', undefined, `must be an array of ${n} (one per id)`, `phải là mảng ${n} phần tử`);
  if (!(c.postingStart instanceof Int32Array) || c.postingStart.length !== n + 1)
    bad(
      'postingStart',
      undefined,
      `must be an Int32Array of ${n + 1}`,
      `phải là Int32Array ${n + 1} phần tử`,
    );
  if (!(c.accountIndex instanceof Int32Array))
    bad('accountIndex', undefined, 'must be an Int32Array', 'phải là Int32Array');
  if (!(c.amounts instanceof Float64Array))
    bad('amounts', undefined, 'must be a Float64Array', 'phải là Float64Array');
  if (!Array.isArray(c.accounts)) bad('accounts', undefined, 'must be an array', 'phải là mảng');
  const ids = c.ids.slice();
  const dates = c.postingDates.slice();
  const descriptions = c.descriptions.slice();
  const documentNumbers = c.documentNumbers?.slice();
  const start = c.postingStart.slice();
  const codes = c.accounts.slice();
  const account = c.accountIndex.slice();
  const amount = c.amounts.slice();
  const postings = account.length;
  if (amount.length !== postings)
    bad(
      'amounts',
      undefined,
      `must have one amount per posting (${postings})`,
      `phải có ${postings} số tiền`,
    );
  if (start[0] !== 0) bad('postingStart', 0, 'must be 0', 'phải bằng 0');
  if (start[n] !== postings)
    bad('postingStart', n, `must be the number of postings (${postings})`, `phải bằng số dòng (${postings})`);
  for (let i = 0; i < n; i++) {
    if (start[i + 1]! < start[i]!) bad('postingStart', i + 1, 'must not decrease', 'không được giảm');
    const id = ids[i];
    if (typeof id !== 'string' || id.length === 0)
      bad('ids', i, 'must be a non-empty string', 'phải là chuỗi khác rỗng');
    if (typeof descriptions[i] !== 'string') bad('descriptions', i, 'must be a string', 'phải là chuỗi');
    if (typeof dates[i] !== 'string')
      bad('postingDates', i, 'must be a YYYY-MM-DD string', 'phải là ngày YYYY-MM-DD');
    const doc = documentNumbers?.[i];
    if (doc !== undefined && typeof doc !== 'string')
      bad('documentNumbers', i, 'must be a string', 'phải là chuỗi');
  }
  for (let k = 0; k < codes.length; k++)
    if (typeof codes[k] !== 'string') bad('accounts', k, 'must be an account code', 'phải là mã tài khoản');
  const accountCount = codes.length;
  for (let j = 0; j < postings; j++) {
    const a = account[j]!;
    if (a < 0 || a >= accountCount)
      bad(
        'accountIndex',
        j,
        `must be a position in accounts (0–${accountCount - 1})`,
        'phải là vị trí trong accounts',
      );
    if (!Number.isSafeInteger(amount[j]))
      bad('amounts', j, 'must be a safe integer number of minor units', 'phải là số nguyên an toàn');
  }
  return {
    ids,
    dates,
    descriptions,
    documentNumbers: documentNumbers?.some((d) => d !== undefined) ? documentNumbers : undefined,
    start,
    codes,
    account,
    amount,
  };
}
