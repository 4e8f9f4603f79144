import type { CalendarDate } from '@bo/core';
import { avalanche } from '../journal/entry-index.js';
import { TextPool } from '../journal/text-pool.js';

/** An account name as written, interned, with its code (mapped on first use). @internal */
export interface AccountName {
  readonly name: string;
  /** Position in the table of names. */
  readonly index: number;
  /** The name in UTF-8. */
  readonly bytes: Uint8Array;
  code: string | undefined;
  /** Next name in the same hash bucket. */
  next: AccountName | undefined;
}

/**
 * A number for the valid date `year-month-day` that orders as the dates do, with at most 372 a
 * year (31 a month), so that a radix pass of 11 bits sorts five years of dates.
 * @internal
 */
export function dayKey(year: number, month: number, day: number): number {
  return (year * 12 + month - 1) * 31 + day - 1;
}

/** A typed array twice as long, with the same start. @internal */
export function grown<T extends Int32Array | Float64Array | Uint8Array>(a: T): T {
  const next = new (a.constructor as new (n: number) => T)(a.length * 2);
  next.set(a);
  return next;
}

/** A byte array of at least `size` (doubling), with the same start. @internal */
export function grownTo(a: Uint8Array, size: number): Uint8Array {
  let length = a.length * 2;
  while (length < size) length *= 2;
  const next = new Uint8Array(length);
  next.set(a);
  return next;
}

/**
 * What the reading of a journal has built so far, in file order, and where it is: the byte
 * scanner ({@link scanPlainTextLines}) and the general reader of the other lines both add to it.
 * @internal
 */
export class JournalScan {
  /** Start of the next line to read (past the end when done). */
  start: number;
  /** Where the lines that end with a newline end (after the last newline). */
  readonly complete: number;
  /** Number of the line read last (1-based). */
  lineNo = 0;
  /** The open transaction, or -1. */
  cur = -1;
  /** Postings: account name (position in the table of names) and amount (minor units). */
  pName: Int32Array;
  pAmount: Float64Array;
  np = 0;
  /** Transactions: their postings are tCount[t] from tFirst[t]; line; read by the general reader. */
  tFirst: Int32Array;
  tCount: Int32Array;
  tLine: Int32Array;
  tSlow: Uint8Array;
  /** Date as a day number in date order (see {@link dayKey}), and as text. */
  tDateKey: Int32Array;
  /** Whether the dates so far never go back, and their least and greatest keys. */
  sorted = true;
  minKey = 0x7fffffff;
  maxKey = 0;
  /** Date and description as codes into `dateList` and `descPool` (see {@link CodedTexts}). */
  tDateCode: Int32Array;
  tDescCode: Int32Array;
  readonly dateList: CalendarDate[] = [];
  readonly descPool: TextPool;
  private readonly dateCodes = new Map<string, number>();
  /**
   * The id the scan found (plain ASCII), copied to `idBytes`: `tIdStart[t]` to `tIdEnd[t] - 1`,
   * with its hash; or `tIdStart[t] = -1`.
   */
  tIdStart: Int32Array;
  tIdEnd: Int32Array;
  tIdHash: Int32Array;
  idBytes: Uint8Array;
  idW = 0;
  /** Number of transactions whose id the scan copied. */
  idCount = 0;
  nt = 0;

  /** Capacities from the size of the text (a posting line is typically 20–40 bytes, a transaction 80 or more). */
  constructor(bytes: number, start: number, complete: number) {
    this.start = start;
    this.complete = complete;
    const postings = Math.max(1024, Math.ceil(bytes / 24));
    this.pName = new Int32Array(postings);
    this.pAmount = new Float64Array(postings);
    const txns = Math.max(256, Math.ceil(bytes / 80));
    this.tFirst = new Int32Array(txns);
    this.tCount = new Int32Array(txns);
    this.tLine = new Int32Array(txns);
    this.tSlow = new Uint8Array(txns);
    this.tDateKey = new Int32Array(txns);
    this.tIdStart = new Int32Array(txns);
    this.tIdEnd = new Int32Array(txns);
    this.tIdHash = new Int32Array(txns);
    this.tDateCode = new Int32Array(txns);
    this.tDescCode = new Int32Array(txns);
    this.descPool = new TextPool(1024);
    this.idBytes = new Uint8Array(Math.max(1024, txns * 8));
  }

  /** The code of a valid date (one per distinct date). */
  dateCode(date: CalendarDate): number {
    let code = this.dateCodes.get(date);
    if (code === undefined) {
      code = this.dateList.length;
      this.dateList.push(date);
      this.dateCodes.set(date, code);
    }
    return code;
  }

  /** A new code for a description. */
  descCode(text: string): number {
    return this.descPool.addText(text);
  }

  /** Notes the date key of the transaction being added (for {@link JournalScan.sorted}). */
  dated(key: number): void {
    if (this.nt > 0 && key < this.tDateKey[this.nt - 1]!) this.sorted = false;
    if (key < this.minKey) this.minKey = key;
    if (key > this.maxKey) this.maxKey = key;
    this.tDateKey[this.nt] = key;
  }

  /** Makes room for one more posting and one more transaction. */
  grow(): void {
    if (this.np === this.pName.length) {
      this.pName = grown(this.pName);
      this.pAmount = grown(this.pAmount);
    }
    if (this.nt === this.tFirst.length) {
      this.tFirst = grown(this.tFirst);
      this.tCount = grown(this.tCount);
      this.tLine = grown(this.tLine);
      this.tSlow = grown(this.tSlow);
      this.tDateKey = grown(this.tDateKey);
      this.tDateCode = grown(this.tDateCode);
      this.tDescCode = grown(this.tDescCode);
      this.tIdStart = grown(this.tIdStart);
      this.tIdEnd = grown(this.tIdEnd);
      this.tIdHash = grown(this.tIdHash);
    }
  }
}

/** The caches and helpers of one reading, for the byte scanner. @internal */
export interface ScanKit {
  /** The functional currency's code in UTF-8, and its minor unit. */
  readonly fc: Uint8Array;
  readonly scale: number;
  /** Names by hash & 1023 (a direct-mapped cache), and the full lookup behind it. */
  readonly recent: (AccountName | undefined)[];
  internSlow(from: number, to: number, h: number): AccountName;
  /** A posting without an amount (the one that balances its transaction). */
  elided(posting: number, name: AccountName, line: number): void;
  /** Date codes by YYYYMMDD & 1023, and the checked decoding behind it (-1: not a date). */
  readonly dateKeys: Int32Array;
  readonly dateCodes: Int32Array;
  dateAt(from: number, key: number): number;
  /** The code of the description `b[from, to)`; `h` is a hash of it (a key for the cache). */
  description(from: number, to: number, h: number): number;
  decode(from: number, to: number): string;
  /** Where an `id:` tag's value starts (-1 none, -2 ask the regular expression). */
  idTagAt(b: Uint8Array, from: number, to: number): number;
  /** An id the regular expression reads from `b[from, to)`, if any. */
  idByExpression(from: number, to: number): string | undefined;
  /** Document numbers and ids read as text, by transaction. */
  readonly tCode: Map<number, string>;
  readonly tIdText: Map<number, string>;
  /** Whether the code point at `i` (or the one ending before `end`) is white space to trim. */
  trimmedAt(i: number): boolean;
  trimmedBefore(from: number, end: number): boolean;
}

/** Uint8Array's own indexOf, also for a Buffer. */
const byteIndexOf = Uint8Array.prototype.indexOf;

/** Why {@link scanPlainTextLines} stopped. @internal */
export const SCAN_DONE = 0;
/** @internal */
export const SCAN_FULL = 1;
/** @internal */
export const SCAN_GENERAL = 2;

/**
 * Reads lines of the journal `b` from `s.start`, the common ones byte by byte: blank lines,
 * postings `ACCOUNT  [-]DIGITS[.DIGITS] [COMMODITY]` in the functional currency or without an
 * amount, and transaction headers `YYYY-MM-DD [*|!] [(CODE)] DESCRIPTION [; COMMENT]`. It stops at
 * the end ({@link SCAN_DONE}), when `s` needs room ({@link SCAN_FULL}), or at a line for the
 * general reader ({@link SCAN_GENERAL}: `s.start` is its start and `s.lineNo` its number). One
 * small function whose state lives in locals, so that it is compiled early and tightly.
 * @internal
 */
export function scanPlainTextLines(b: Uint8Array, s: JournalScan, k: ScanKit): number {
  const n = b.length;
  const { pName, pAmount, tFirst, tCount, tSlow } = s;
  const { fc, scale, recent } = k;
  const fcLength = fc.length;
  let { start, lineNo, cur, np, nt } = s;
  const complete = s.complete;
  let result = SCAN_DONE;
  for (;;) {
    if (start >= n) {
      // the empty line after a final newline ends the transaction
      if (start === n) {
        lineNo++;
        cur = -1;
        start = n + 1;
      }
      break;
    }
    if (np === pName.length || nt === tFirst.length) {
      result = SCAN_FULL;
      break;
    }
    lineNo++;
    const lead = b[start]!;
    if (lead === 10) {
      cur = -1;
      start++;
      continue;
    }
    // a posting on a line that ends with a newline (every line but an unterminated last one), so
    // that reading on to the newline never leaves the bytes
    // biome-ignore lint/suspicious/noConfusingLabels: `break posting` hands the line to the general reader
    posting: if ((lead === 32 || lead === 9) && cur !== -1 && start < complete) {
      let i = start;
      let c = lead;
      while (c === 32 || c === 9) c = b[++i]!;
      const from = i;
      // * ! ( [ # ; or the end of the line: not a plain posting
      if (c === 42 || c === 33 || c === 40 || c === 91 || c === 35 || c === 59 || c === 10 || c === 13)
        break posting;
      // account: up to two spaces or a tab, hashed on the way (FNV-1a)
      let h = 0x811c9dc5;
      for (; ; i++) {
        c = b[i]!;
        if (c === 9 || (c === 32 && b[i + 1] === 32) || c === 10 || c === 13) break;
        if (c === 59 || c === 64 || c === 61) break posting; // ; @ =
        h = Math.imul(h ^ c, 16777619);
      }
      const accountEnd = i;
      // a name that ends in a blank or starts or ends with other white space: the general reader trims it
      const lastByte = b[accountEnd - 1]!;
      if (
        lastByte === 32 ||
        lastByte === 9 ||
        (b[from]! >= 0x80 && k.trimmedAt(from)) ||
        (lastByte >= 0x80 && k.trimmedBefore(from, accountEnd))
      )
        break posting;
      c = b[i]!;
      while (c === 32 || c === 9) c = b[++i]!;
      if (c === 13 && b[i + 1] === 10) c = b[++i]!;
      // the name, through the direct-mapped cache
      const len = accountEnd - from;
      let name = recent[h & 1023];
      if (name === undefined || name.bytes.length !== len) name = undefined;
      else {
        const nb = name.bytes;
        for (let q = 0; q < len; q++) {
          if (nb[q] !== b[from + q]) {
            name = undefined;
            break;
          }
        }
      }
      if (c === 10) {
        // no amount: the posting that balances the transaction
        if (name === undefined) {
          name = k.internSlow(from, accountEnd, h);
          recent[h & 1023] = name;
        }
        pName[np] = name.index;
        pAmount[np] = 0;
        k.elided(np++, name, lineNo);
        tCount[cur]!++;
        tSlow[cur] = 1;
        start = i + 1;
        continue;
      }
      let neg = false;
      if (c === 45) {
        neg = true;
        c = b[++i]!;
      }
      // digits, grouped by ',' or '_' after the first (the general reader drops them too)
      let v = 0;
      let digits = 0;
      for (;;) {
        if (c >= 48 && c <= 57) {
          v = v * 10 + (c - 48);
          digits++;
        } else if ((c !== 44 && c !== 95) || digits === 0) break;
        c = b[++i]!;
      }
      if (digits === 0) break posting;
      let decimals = 0;
      if (c === 46) {
        // decimals: at most the currency's minor unit
        c = b[++i]!;
        for (;;) {
          if (c >= 48 && c <= 57) {
            if (++decimals > scale) break posting;
            v = v * 10 + (c - 48);
          } else if (c !== 44 && c !== 95) break;
          c = b[++i]!;
        }
        digits += decimals;
      }
      if (digits + scale - decimals > 15) break posting;
      for (let q = decimals; q < scale; q++) v *= 10;
      if (c === 32) {
        // a space, then the functional currency's code
        while (c === 32) c = b[++i]!;
        let q = 0;
        while (q < fcLength && b[i + q] === fc[q]) q++;
        if (q === fcLength) {
          i += q;
          c = b[i]!;
        } else if (c !== 10 && c !== 13) break posting;
      }
      // trailing blanks, then the end of the line
      while (c === 32 || c === 9) c = b[++i]!;
      if (c === 13) c = b[++i]!;
      if (c !== 10) break posting;
      if (name === undefined) {
        name = k.internSlow(from, accountEnd, h);
        recent[h & 1023] = name;
      }
      pName[np] = name.index;
      pAmount[np++] = neg ? -v : v;
      tCount[cur]!++;
      start = i + 1;
      continue;
    }
    // the end of the line, by the engine's own search (Buffer's indexOf, written in JavaScript,
    // would be compiled into this function)
    let end = byteIndexOf.call(b, 10, start);
    if (end === -1) end = n;
    if (lead >= 48 && lead <= 57) {
      s.np = np;
      s.nt = nt;
      s.lineNo = lineNo;
      if (scanHeader(b, start, end, s, k)) {
        cur = nt++;
        start = end + 1;
        continue;
      }
    }
    result = SCAN_GENERAL;
    break;
  }
  s.start = start;
  s.lineNo = lineNo;
  s.cur = cur;
  s.np = np;
  s.nt = nt;
  return result;
}

/**
 * Reads the transaction header `b[start, end)` (`YYYY-MM-DD [*|!] [(CODE)] DESCRIPTION [; COMMENT]`)
 * as transaction `s.nt` at line `s.lineNo`, its postings from `s.np`; false, with nothing
 * changed, if the general reader must read it. Apart from the line scan so that each is compiled
 * on its own, small.
 */
function scanHeader(b: Uint8Array, start: number, end: number, s: JournalScan, k: ScanKit): boolean {
  const nt = s.nt;
  const from = start;
  if (end - from < 10 || b[from + 4] !== 45 || b[from + 7] !== 45) return false;
  // YYYY-MM-DD: the digits as year, month and day, and as the number YYYYMMDD
  let year = 0;
  for (let q = from; q < from + 4; q++) {
    const d = b[q]! - 48;
    if (d < 0 || d > 9) return false;
    year = year * 10 + d;
  }
  const m1 = b[from + 5]! - 48;
  const m2 = b[from + 6]! - 48;
  const d1 = b[from + 8]! - 48;
  const d2 = b[from + 9]! - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const dayOfMonth = d1 * 10 + d2;
  const key = year * 10_000 + month * 100 + dayOfMonth;
  let i = from + 10;
  let e = end;
  if (e > i && b[e - 1] === 13) e--;
  if (i < e && b[i] !== 32 && b[i] !== 9) return false;
  const date = k.dateKeys[key & 1023] === key ? k.dateCodes[key & 1023]! : k.dateAt(from, key);
  if (date < 0) return false;
  while (i < e && (b[i] === 32 || b[i] === 9)) i++;
  let c = i < e ? b[i]! : 10;
  if (c === 42 || c === 33) {
    // status * or !
    i++;
    while (i < e && (b[i] === 32 || b[i] === 9)) i++;
    c = i < e ? b[i]! : 10;
  }
  // (CODE): its closing parenthesis before any ';'
  let close = -1;
  if (c === 40) {
    close = i + 1;
    while (close < e && b[close] !== 41 && b[close] !== 59) close++;
    if (close === e || b[close] === 59) return false;
  }
  const codeFrom = i;
  if (close !== -1) {
    i = close + 1;
    while (i < e && (b[i] === 32 || b[i] === 9)) i++;
  }
  // the description up to ';' (or the end), less trailing blanks
  let semi = i;
  let d = i;
  for (; semi < e; semi++) {
    const x = b[semi]!;
    if (x === 59) break;
    if (x !== 32 && x !== 9) d = semi + 1;
  }
  // a key for the cache of descriptions: the length and the bytes at both ends (the cache
  // compares every byte before it answers)
  const len = d - i;
  const hd =
    len === 0
      ? 0
      : avalanche(
          Math.imul(len, 0x9e3779b1) ^
            (b[i]! | (b[i + (len >> 1)]! << 8) | (b[d - 1]! << 16) | (b[d - (len > 1 ? 2 : 1)]! << 24)),
        );
  if (i < d) {
    // white space String.prototype.trim would take off: the general reader reads the line
    const f = b[i]!;
    const l = b[d - 1]!;
    if (
      f === 32 ||
      (f >= 9 && f <= 13) ||
      (f >= 0x80 && k.trimmedAt(i)) ||
      l === 32 ||
      (l >= 9 && l <= 13) ||
      (l >= 0x80 && k.trimmedBefore(i, d))
    )
      return false;
  }
  let idFrom = -1;
  if (semi < e) {
    idFrom = k.idTagAt(b, semi, e);
    if (idFrom === -2) {
      idFrom = -1;
      const id = k.idByExpression(semi, e);
      if (id !== undefined) k.tIdText.set(nt, id);
    }
  }
  const { tIdStart, tIdEnd, tIdHash, tDateKey } = s;
  if (idFrom >= 0) {
    // a plain-ASCII id: its bytes to the pool, hashed on the way (as hashId hashes it)
    let idBytes = s.idBytes;
    let idW = s.idW;
    if (idW + (e - idFrom) > idBytes.length) {
      idBytes = grownTo(idBytes, idW + (e - idFrom));
      s.idBytes = idBytes;
    }
    tIdStart[nt] = idW;
    let h = 0x811c9dc5;
    for (let q = idFrom; q < e; q++) {
      const x = b[q]!;
      if (x === 44 || x === 32 || (x >= 9 && x <= 13)) break;
      idBytes[idW++] = x;
      h = Math.imul(h ^ x, 0x01000193);
    }
    tIdEnd[nt] = idW;
    tIdHash[nt] = avalanche(h);
    s.idW = idW;
    s.idCount++;
  } else tIdStart[nt] = -1;
  if (close > codeFrom + 1) k.tCode.set(nt, k.decode(codeFrom + 1, close));
  s.tDateCode[nt] = date;
  const day = dayKey(year, month, dayOfMonth);
  if (nt > 0 && day < tDateKey[nt - 1]!) s.sorted = false;
  if (day < s.minKey) s.minKey = day;
  if (day > s.maxKey) s.maxKey = day;
  tDateKey[nt] = day;
  s.tDescCode[nt] = k.description(i, d, hd);
  s.tFirst[nt] = s.np;
  s.tCount[nt] = 0;
  s.tLine[nt] = s.lineNo;
  s.tSlow[nt] = 0;
  s.nt = nt + 1;
  return true;
}
