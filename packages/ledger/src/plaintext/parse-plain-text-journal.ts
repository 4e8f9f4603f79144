import { type CalendarDate, type Currency, getCurrency, isCalendarDate } from '@bo/core';
import { type CheckedColumns, type EntryColumns, inDateOrder } from '../journal/entry-columns.js';
import { EntryIndex, hashId } from '../journal/entry-index.js';
import { type IdList, IdPool, idAt } from '../journal/id-pool.js';
import { textAt } from '../journal/text-list.js';
import {
  type AccountName,
  grownTo,
  JournalScan,
  SCAN_DONE,
  SCAN_FULL,
  dayKey,
  type ScanKit,
  scanPlainTextLines,
} from './scan-plain-text-lines.js';
import { invalid } from '../journal/errors.js';
import type { MinorEntryInput, MinorPostingInput } from '../journal/ledger.js';

/**
 * Options of {@link parsePlainTextJournal}.
 * @example parsePlainTextJournal(text, { functionalCurrency: 'VND', mapAccount: (name) => name.split(':').at(-1)! })
 */
export interface PlainTextOptions {
  /** Functional currency; amounts in it are posted as is, others need an `@`/`@@` price in it. Default VND. */
  readonly functionalCurrency?: string;
  /** Maps a plain-text account name (`assets:bank`) to an account code; default: the last `:` segment. */
  readonly mapAccount?: (name: string) => string;
  /** Commodity symbols that mean the functional currency (default `['VND', 'đ', '₫']` for VND). */
  readonly functionalSymbols?: readonly string[];
}

/** A balance assertion found in the journal (`= amount`). @example a.line */
export interface PlainTextAssertion {
  /** 1-based line number. */
  readonly line: number;
  /** Account name as written. */
  readonly account: string;
  /** Commodity. */
  readonly commodity: string;
  /** Asserted balance in minor units of the commodity. */
  readonly amount: number;
}

/** Result of {@link parsePlainTextJournal}. @example parsed.entries.length */
export interface ParsedPlainTextJournal {
  /** Entries, sorted by date (stable), ready for `ledger.postBatchMinor`. */
  readonly entries: MinorEntryInput[];
}

interface RawPosting {
  account: string;
  commodity: string | undefined;
  minor: number | undefined; // in the commodity's minor units
  priceTotal: number | undefined; // functional minor units (absolute)
  priceUnit: string | undefined; // functional per unit, decimal string
  assertion: { commodity: string; minor: number } | undefined;
  line: number;
}

const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;

function fail(line: number, message: string, messageVi: string): never {
  throw invalid('LEDGER/PLAIN_TEXT_SYNTAX', `line ${line}: ${message}`, `dòng ${line}: ${messageVi}`, [
    'line',
    line,
  ]);
}

/** Parses "1,234.50" into minor units of a currency with `scale` decimals (exact, no floats). */
function parseNumber(text: string, scale: number, line: number): number {
  let t = text.replace(/[,_ ]/g, '');
  let neg = false;
  if (t.startsWith('-')) {
    neg = true;
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  const m = /^(\d*)(?:\.(\d*))?$/.exec(t);
  if (m === null || (m[1] === '' && (m[2] ?? '') === ''))
    fail(line, `not a number: ${text}`, `không phải số: ${text}`);
  const int = m![1] ?? '';
  let frac = m![2] ?? '';
  if (frac.length > scale) {
    if (/^0*$/.test(frac.slice(scale))) frac = frac.slice(0, scale);
    else fail(line, `${text} has more than ${scale} decimals`, `${text} có quá ${scale} chữ số thập phân`);
  }
  const digits = (int + frac.padEnd(scale, '0')).replace(/^0+(?=\d)/, '');
  const n = Number(digits === '' ? '0' : digits);
  if (!Number.isSafeInteger(n)) fail(line, `${text} is out of range`, `${text} vượt giới hạn`);
  return neg ? -n : n;
}

/** Splits "AMOUNT [@ PRICE | @@ PRICE] [= ASSERTION]" and reads commodity/number pairs. */
function readAmount(text: string, line: number): { commodity: string; number: string } {
  const t = text.trim();
  const m = /^(-?)\s*("[^"]+"|[^\d\s.,+-]+)?\s*([-+]?[\d.,_]+)\s*("[^"]+"|[^\d\s.,@=;-]+)?$/.exec(t);
  if (m === null) fail(line, `cannot read amount "${t}"`, `không đọc được số tiền "${t}"`);
  const sign = m![1] === '-' ? '-' : '';
  const commodity = (m![2] ?? m![4] ?? '').replace(/"/g, '');
  let num = m![3]!;
  if (sign !== '') num = num.startsWith('-') ? num.slice(1) : `-${num}`;
  return { commodity, number: num };
}

function scaleOf(commodity: string, functional: Currency, isFunctional: (c: string) => boolean): number {
  if (isFunctional(commodity)) return functional.minorUnit;
  try {
    return getCurrency(commodity).minorUnit;
  } catch {
    return 2;
  }
}

/** String.prototype.trim's white space (WhiteSpace and LineTerminator of ECMA-262). */
function isTrimmed(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 0xa0 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `\w` of a regular expression (ASCII letters, digits, underscore). */
function isWord(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

const ID_TAG = /\bid:\s*([^,\s]+)/;

/** Position of the byte `c` in `b[from, to)`, or -1 (a bounded `indexOf`). */
function indexIn(b: Uint8Array, c: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (b[i] === c) return i;
  return -1;
}

/**
 * Where the value of the first `id:` tag in `b[from, to)` starts, read as the regular expression
 * `\bid:\s*([^,\s]+)` reads the decoded text, for the common case of a plain-ASCII value (it
 * ends at a comma, a blank or the end); -1 if there is no tag; -2 if the expression must decide
 * (a non-ASCII or control character, an empty value).
 */
function idTagAt(b: Uint8Array, from: number, to: number): number {
  let at = indexIn(b, 105, from, to); // i
  while (
    at !== -1 &&
    (b[at + 1] !== 100 || // d
      b[at + 2] !== 58 || // :
      at + 3 > to ||
      (at > from && isWord(b[at - 1]!)))
  )
    at = indexIn(b, 105, at + 1, to);
  if (at === -1) return -1;
  let i = at + 3;
  while (i < to && (b[i] === 32 || b[i] === 9)) i++;
  const start = i;
  for (; i < to; i++) {
    const c = b[i]!;
    if (c === 44 || c === 32 || (c >= 9 && c <= 13)) break;
    if (c < 32 || c >= 127) return -2;
  }
  return i > start ? start : -2;
}

/** The code point of the UTF-8 sequence starting at `i` (for white-space checks at the edges of a field). */
function codePointAt(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return c;
  if (c >= 0xf0)
    return ((c & 7) << 18) | ((b[i + 1]! & 63) << 12) | ((b[i + 2]! & 63) << 6) | (b[i + 3]! & 63);
  if (c >= 0xe0) return ((c & 15) << 12) | ((b[i + 1]! & 63) << 6) | (b[i + 2]! & 63);
  return ((c & 31) << 6) | (b[i + 1]! & 63);
}

/** The code point of the UTF-8 sequence that ends just before `end`. */
function codePointBefore(b: Uint8Array, from: number, end: number): number {
  let i = end - 1;
  while (i > from && (b[i]! & 0xc0) === 0x80) i--;
  return codePointAt(b, i);
}

/**
 * The bytes ending with a newline (a copy with one added, when they do not): the last line reads
 * as it would without it, and the byte scanner can take every line.
 */
function withFinalNewline(bytes: Uint8Array): Uint8Array {
  if (bytes.length === 0 || bytes[bytes.length - 1] === 10) return bytes;
  const copy = new Uint8Array(bytes.length + 1);
  copy.set(bytes);
  copy[bytes.length] = 10;
  return copy;
}

/** Uint8Array's own lastIndexOf, also for a Buffer. */
const lastIndexOfByte = Uint8Array.prototype.lastIndexOf;

/** The runtime's UTF-8 encoder and decoder (every runtime the package supports has them; its lib is ES only). */
const codecs = globalThis as unknown as {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (label: string, options: { ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };
};
const utf8 = new codecs.TextEncoder();

/**
 * Positions of the transactions in stable date order (dates as day keys from `min` to `max`,
 * out of order somewhere): a stable radix sort, 11 bits a pass, over the keys less `min` (one
 * pass for a journal of up to five years).
 */
function dateOrder(keys: Int32Array, n: number, min: number, max: number): Int32Array {
  let order: Int32Array | undefined;
  let next: Int32Array = new Int32Array(n);
  const count = new Int32Array(2048);
  for (let shift = 0; shift < 32 && (max - min) >>> shift !== 0; shift += 11) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[((keys[i]! - min) >>> shift) & 2047]!++;
    let sum = 0;
    for (let d = 0; d < 2048; d++) {
      const c = count[d]!;
      count[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = order === undefined ? k : order[k]!;
      next[count[((keys[i]! - min) >>> shift) & 2047]!++] = i;
    }
    const t = order ?? new Int32Array(n);
    order = next;
    next = t;
  }
  return order!;
}

/**
 * Parses a plain-text accounting journal in the hledger / ledger-cli format, given as a string or
 * as the file's UTF-8 bytes (a byte order mark is skipped; a string is read as its UTF-8 encoding,
 * so an unpaired surrogate reads as U+FFFD): transactions with
 * date (`YYYY-MM-DD`, `/` or `.` separators), optional status `*`/`!`, optional `(code)` used as
 * document number, description, `; comments`, postings indented by at least one space, amounts with
 * the commodity before or after, one elided amount, `@`/`@@` prices into the functional currency,
 * and balance assertions `= amount` (checked in date order, as hledger does). Directives (`account`,
 * `commodity`, `P`, `include`, …) are skipped. Foreign-currency postings need a price.
 * @throws BoValidationError `LEDGER/PLAIN_TEXT_SYNTAX` (path `['line', n]`), `LEDGER/BALANCE_ASSERTION`, `LEDGER/MISSING_RATE`
 * @example
 * const { entries } = parsePlainTextJournal('2026-01-05 Capital\n    1121  500000000 VND\n    4111\n');
 * ledger.postBatchMinor(entries);
 */
export function parsePlainTextJournal(
  text: string | Uint8Array,
  options: PlainTextOptions = {},
): ParsedPlainTextJournal {
  return { entries: readPlainText(text, options, false) as MinorEntryInput[] };
}

/**
 * The entries of a plain-text journal as columns ({@link EntryColumns}, in date order), for
 * `ledger.postColumns`; undefined when a posting is in a foreign currency (columns carry only the
 * functional currency: use {@link parsePlainTextJournal}). Same reading, checks and errors as
 * {@link parsePlainTextJournal}.
 * @throws BoValidationError `LEDGER/PLAIN_TEXT_SYNTAX` (path `['line', n]`), `LEDGER/BALANCE_ASSERTION`, `LEDGER/MISSING_RATE`
 * @example
 * const columns = parsePlainTextColumns('2026-01-05 Capital\n    1121  500000000 VND\n    4111\n');
 * if (columns !== undefined) ledger.postColumns(columns);
 */
export function parsePlainTextColumns(
  text: string | Uint8Array,
  options: PlainTextOptions = {},
): EntryColumns | undefined {
  const read = readPlainTextColumns(text, options);
  if (Array.isArray(read)) return undefined;
  // in date order, each code once (the reader's own columns may keep file order and one code per name)
  const c = inDateOrder(read);
  const unique = new Map<string, number>();
  const slot = c.codes.map((code) => {
    let k = unique.get(code);
    if (k === undefined) {
      k = unique.size;
      unique.set(code, k);
    }
    return k;
  });
  const accountIndex =
    unique.size === c.codes.length ? c.account : Int32Array.from(c.account, (k) => slot[k]!);
  return {
    ids: c.ids instanceof IdPool ? c.ids.toArray() : (c.ids as string[]),
    postingDates: Array.from({ length: c.start.length - 1 }, (_, i) => textAt(c.dates, i)),
    descriptions: Array.from({ length: c.start.length - 1 }, (_, i) => textAt(c.descriptions, i)),
    ...(c.documentNumbers === undefined ? {} : { documentNumbers: c.documentNumbers }),
    postingStart: c.start,
    accounts: [...unique.keys()],
    accountIndex,
    amounts: c.amount,
  };
}

/**
 * {@link parsePlainTextColumns} as the ledger takes them (for the import): ids kept as bytes, and
 * the index of the ids it built to make them distinct; or, for a journal with a posting in another
 * currency than the functional one, its entries (read once, as {@link parsePlainTextJournal} would).
 * @internal
 */
export function readPlainTextColumns(
  text: string | Uint8Array,
  options: PlainTextOptions = {},
): CheckedColumns | MinorEntryInput[] {
  return readPlainText(text, options, true);
}

function readPlainText(
  source: string | Uint8Array,
  options: PlainTextOptions,
  wantColumns: boolean,
): MinorEntryInput[] | CheckedColumns {
  // read as UTF-8 bytes: the common lines are read byte by byte, and only the strings kept
  // (descriptions, ids, names) are decoded; other lines are decoded and read as text
  const text = withFinalNewline(
    typeof source === 'string' ? utf8.encode(source.endsWith('\n') ? source : `${source}\n`) : source,
  );
  const decoder = new codecs.TextDecoder('utf-8', { ignoreBOM: true });
  const asciiCodes: number[][] = [];
  const decode = (from: number, to: number): string => {
    const len = to - from;
    if (len <= 64) {
      let codes = asciiCodes[len];
      if (codes === undefined) {
        codes = new Array<number>(len).fill(0);
        asciiCodes[len] = codes;
      }
      let ascii = true;
      for (let k = 0; k < len; k++) {
        const c = text[from + k]!;
        if (c >= 0x80) {
          ascii = false;
          break;
        }
        codes[k] = c;
      }
      if (ascii) return String.fromCharCode.apply(null, codes);
    }
    return decoder.decode(text.subarray(from, to));
  };
  // descriptions repeat: a small cache by a hash of their bytes keeps one text for each
  const descStart = new Int32Array(4096);
  const descLength = new Int32Array(4096).fill(-1);
  const descHash = new Int32Array(4096);
  const descCode = new Int32Array(4096);
  const description = (from: number, to: number, h: number): number => {
    const slot = (h ^ (h >>> 12)) & 4095;
    const len = to - from;
    if (descLength[slot] === len && descHash[slot] === h) {
      // from the end, where texts that share a beginning (numbered ones) differ
      const at = descStart[slot]!;
      let k = len - 1;
      while (k >= 0 && text[at + k] === text[from + k]) k--;
      if (k < 0) return descCode[slot]!;
    }
    // kept as bytes: a string is made only if something reads it
    descStart[slot] = from;
    descLength[slot] = len;
    descHash[slot] = h;
    descCode[slot] = s.descPool.addBytes(text, from, to);
    return descCode[slot]!;
  };
  const fcBytes = utf8.encode(getCurrency(options.functionalCurrency ?? 'VND').code);
  const functional = getCurrency(options.functionalCurrency ?? 'VND');
  const functionalCode = functional.code;
  const scale = functional.minorUnit;
  const symbols = new Set(
    options.functionalSymbols ?? (functionalCode === 'VND' ? ['VND', 'đ', '₫'] : [functionalCode]),
  );
  const isFunctional = (c: string) => symbols.has(c);
  const mapName = options.mapAccount ?? ((name: string) => name.slice(name.lastIndexOf(':') + 1));

  // Account names are interned: the fast path finds a name by a hash of its characters without
  // slicing the line; the code is mapped once per name, after parsing (in journal order of use).
  const byName = new Map<string, AccountName>();
  const byHash = new Map<number, AccountName>();
  const names: AccountName[] = [];
  const named = (name: string): AccountName => {
    let a = byName.get(name);
    if (a === undefined) {
      a = { name, index: names.length, bytes: utf8.encode(name), code: undefined, next: undefined };
      byName.set(name, a);
      names.push(a);
    }
    return a;
  };
  // most lines name an account seen just before: a direct-mapped cache by hash answers first
  const recent: (AccountName | undefined)[] = new Array(1024);
  const internSlow = (from: number, to: number, h: number): AccountName => {
    const len = to - from;
    const head = byHash.get(h);
    for (let a = head; a !== undefined; a = a.next) {
      const b = a.bytes;
      if (b.length !== len) continue;
      let k = 0;
      while (k < len && b[k] === text[from + k]) k++;
      if (k === len) return a;
    }
    const a = named(decode(from, to));
    if (a.next === undefined && a !== head) {
      a.next = head;
      byHash.set(h, a);
    }
    return a;
  };
  const codeOf = (a: AccountName): string => {
    if (a.code === undefined) a.code = mapName(a.name);
    return a.code;
  };

  const pRaw = new Map<number, RawPosting>(); // postings read by the general reader
  let foreign = false; // some posting is in another commodity than the functional currency
  const tCode = new Map<number, string>(); // document numbers, by transaction
  // ids read as text (by the general reader, or not plain ASCII), by transaction; the others the
  // scan copied as bytes (JournalScan.tIdStart), or there is none
  const tIdText = new Map<number, string>();
  // valid dates seen, by their digits as the number YYYYMMDD: a direct-mapped cache keeps the code
  // of each (one per distinct date)
  const dateKeys = new Int32Array(1024).fill(-1);
  const dateCodes = new Int32Array(1024);
  /**
   * The code of the date written at `from` (`YYYY-MM-DD`, its digits `key` as YYYYMMDD), or -1 if
   * it is not a valid date; asked when the cache (`dateKeys`, `dateCodes`) has no such key.
   */
  const dateAt = (from: number, key: number): number => {
    const slot = key & 1023;
    const d = decode(from, from + 10);
    if (!isCalendarDate(d)) return -1;
    dateKeys[slot] = key;
    dateCodes[slot] = s.dateCode(d);
    return dateCodes[slot]!;
  };

  /**
   * Reads the line at `s.start` (number `s.lineNo`) that the byte scanner left: decoded, as text.
   */
  const generalLine = (s: JournalScan): void => {
    const start = s.start;
    const lineNo = s.lineNo;
    let end = text.indexOf(10, start);
    if (end === -1) end = text.length;
    let raw = decode(start, end);
    s.start = end + 1;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (raw.length === 0 || raw.trim() === '') {
      s.cur = -1;
      return;
    }
    const c0 = raw.charCodeAt(0);
    if (c0 === 32 || c0 === 9) {
      // posting or comment inside a transaction
      const body = raw.trim();
      if (body.startsWith(';') || body.startsWith('#')) {
        if (s.cur !== -1 && s.tIdStart[s.cur] === -1 && !tIdText.has(s.cur)) {
          const idm = ID_TAG.exec(body);
          if (idm !== null) tIdText.set(s.cur, idm[1]!);
        }
        return;
      }
      if (s.cur === -1) fail(lineNo, 'posting outside a transaction', 'dòng bút toán nằm ngoài giao dịch');
      const semi = body.indexOf(';');
      const content = (semi === -1 ? body : body.slice(0, semi)).trimEnd();
      // account name ends at two spaces or a tab
      let split = content.search(/ {2}|\t/);
      if (split === -1) split = content.length;
      let account = content.slice(0, split).trim();
      if (account.startsWith('*') || account.startsWith('!')) account = account.slice(1).trim();
      if (account.startsWith('(') || account.startsWith('['))
        fail(lineNo, 'virtual postings are not supported', 'không hỗ trợ bút toán ảo');
      let rest = content.slice(split).trim();
      let assertion: RawPosting['assertion'];
      const eq = rest.indexOf('=');
      if (eq !== -1) {
        const a = readAmount(
          rest
            .slice(eq + 1)
            .replace(/^=/, '')
            .replace(/^\*/, ''),
          lineNo,
        );
        assertion = {
          commodity: a.commodity,
          minor: parseNumber(a.number, scaleOf(a.commodity, functional, isFunctional), lineNo),
        };
        rest = rest.slice(0, eq).trim();
      }
      let priceTotal: number | undefined;
      let priceUnit: string | undefined;
      const at = rest.indexOf('@');
      if (at !== -1) {
        const total = rest[at + 1] === '@';
        const p = readAmount(rest.slice(at + (total ? 2 : 1)), lineNo);
        if (!isFunctional(p.commodity))
          fail(lineNo, `price must be in ${functionalCode}`, `giá phải tính bằng ${functionalCode}`);
        if (total) priceTotal = Math.abs(parseNumber(p.number, scale, lineNo));
        else priceUnit = p.number.replace(/[,_]/g, '');
        rest = rest.slice(0, at).trim();
      }
      let posting: RawPosting;
      if (rest === '') {
        posting = {
          account,
          commodity: undefined,
          minor: undefined,
          priceTotal,
          priceUnit,
          assertion,
          line: lineNo,
        };
      } else {
        const a = readAmount(rest, lineNo);
        const commodity = a.commodity === '' ? functionalCode : a.commodity;
        posting = {
          account,
          commodity,
          minor: parseNumber(a.number, scaleOf(commodity, functional, isFunctional), lineNo),
          priceTotal,
          priceUnit,
          assertion,
          line: lineNo,
        };
      }
      if (posting.commodity !== undefined && !isFunctional(posting.commodity)) foreign = true;
      s.pName[s.np] = named(account).index;
      s.pAmount[s.np] = 0;
      pRaw.set(s.np++, posting);
      s.tCount[s.cur]!++;
      s.tSlow[s.cur] = 1;
      return;
    }
    s.cur = -1;
    const dm = DATE.exec(raw);
    if (dm === null) return; // directive, comment or unsupported top-level line: skipped
    const date = `${dm[1]}-${dm[2]!.padStart(2, '0')}-${dm[3]!.padStart(2, '0')}`;
    if (!isCalendarDate(date)) fail(lineNo, `invalid date ${dm[0]}`, `ngày không hợp lệ ${dm[0]}`);
    let head = raw.slice(dm[0].length);
    if (head.startsWith('=')) head = head.replace(/^=\S+/, '');
    head = head.trim();
    let id: string | undefined;
    const semi = head.indexOf(';');
    if (semi !== -1) {
      const idm = ID_TAG.exec(head.slice(semi));
      if (idm !== null) id = idm[1]!;
      head = head.slice(0, semi).trim();
    }
    if (head.startsWith('*') || head.startsWith('!')) head = head.slice(1).trim();
    let code: string | undefined;
    const cm = /^\(([^)]*)\)\s*/.exec(head);
    if (cm !== null) {
      code = cm[1]!;
      head = head.slice(cm[0].length);
    }
    const nt = s.nt;
    s.tDateCode[nt] = s.dateCode(date as CalendarDate);
    s.dated(dayKey(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))));
    if (code !== undefined && code !== '') tCode.set(nt, code);
    s.tDescCode[nt] = s.descCode(head);
    if (id !== undefined) tIdText.set(nt, id);
    s.tIdStart[nt] = -1;
    s.tFirst[nt] = s.np;
    s.tCount[nt] = 0;
    s.tLine[nt] = lineNo;
    s.tSlow[nt] = 0;
    s.cur = s.nt++;
  };

  // a byte order mark at the start is not part of the first line
  const s = new JournalScan(
    text.length,
    text[0] === 0xef && text[1] === 0xbb && text[2] === 0xbf ? 3 : 0,
    lastIndexOfByte.call(text, 10) + 1,
  );
  const kit: ScanKit = {
    fc: fcBytes,
    scale,
    recent,
    internSlow,
    elided: (posting, name, line) => {
      pRaw.set(posting, {
        account: name.name,
        commodity: undefined,
        minor: undefined,
        priceTotal: undefined,
        priceUnit: undefined,
        assertion: undefined,
        line,
      });
    },
    dateKeys,
    dateCodes,
    dateAt,
    description,
    decode,
    idTagAt,
    idByExpression: (from, to) => ID_TAG.exec(decode(from, to))?.[1],
    tCode,
    tIdText,
    trimmedAt: (i) => isTrimmed(codePointAt(text, i)),
    trimmedBefore: (from, end) => isTrimmed(codePointBefore(text, from, end)),
  };
  for (;;) {
    const r = scanPlainTextLines(text, s, kit);
    if (r === SCAN_DONE) break;
    if (r === SCAN_FULL) s.grow();
    else generalLine(s);
  }
  const { pName, pAmount, np, tFirst, tCount, tLine, tSlow, nt, tDateKey, tDateCode, tDescCode } = s;
  const { dateList, descPool } = s;

  // columns carry only the functional currency: a journal with another one is read as objects
  const asColumns = wantColumns && !foreign;
  // postings without an amount (and nothing else) are the only ones the general reader made
  let onlyElided = true;
  for (const p of pRaw.values()) {
    if (
      p.minor !== undefined ||
      p.commodity !== undefined ||
      p.priceTotal !== undefined ||
      p.priceUnit !== undefined ||
      p.assertion !== undefined
    ) {
      onlyElided = false;
      break;
    }
  }
  // by date when the dates go back somewhere; a journal of up to five years made of such lines is
  // put in order as its columns are made (see plainColumns)
  const plain = asColumns && onlyElided && (s.sorted || s.maxKey - s.minKey < 2048);
  const order = s.sorted || plain ? undefined : dateOrder(tDateKey, nt, s.minKey, s.maxKey);
  // running balances for assertions, in date order: by name in the functional currency, and by
  // name and commodity in another
  const running = new Float64Array(names.length);
  const runningForeign = new Map<string, number>();
  let hasAssertions = false;
  for (const p of pRaw.values()) if (p.assertion !== undefined) hasAssertions = true;
  // columns: account codes by position, the code of each name (mapped once), postings in date order
  const codeList: string[] = [];
  const codeIndex = new Map<string, number>();
  const nameCode = new Int32Array(names.length).fill(-1);
  const codeAt = (nameIndex: number): number => {
    let k = nameCode[nameIndex]!;
    if (k === -1) {
      const code = codeOf(names[nameIndex]!);
      k = codeIndex.get(code) ?? -1;
      if (k === -1) {
        k = codeList.length;
        codeList.push(code);
        codeIndex.set(code, k);
      }
      nameCode[nameIndex] = k;
    }
    return k;
  };
  // map every name once, in the order the journal first uses them
  if (asColumns) for (const a of names) codeAt(a.index);
  if (plain) return plainColumns();
  const entryDates: CalendarDate[] = asColumns ? new Array(nt) : [];
  const descriptions: string[] = asColumns ? new Array(nt) : [];
  let documentNumbers: (string | undefined)[] | undefined;
  const postingStart = new Int32Array(asColumns ? nt + 1 : 0);
  const accountIndex = new Int32Array(asColumns ? np : 0);
  const amounts = new Float64Array(asColumns ? np : 0);
  // where each transaction's postings go in the columns, and the postings the general reader
  // computed (elided amounts, prices), by transaction
  const dest = new Int32Array(asColumns ? nt : 0);
  const computed = new Map<number, readonly MinorPostingInput[]>();
  let q = 0; // next posting slot of the columns
  const entries: MinorEntryInput[] = asColumns ? [] : new Array(nt);
  for (let ti = 0; ti < nt; ti++) {
    const t = order === undefined ? ti : order[ti]!;
    const first = tFirst[t]!;
    const count = tCount[t]!;
    if (count < 2)
      fail(tLine[t]!, 'a transaction needs at least two postings', 'giao dịch cần ít nhất hai dòng');
    let out: MinorPostingInput[] | undefined;
    if (tSlow[t] === 1) {
      out = new Array(count);
      convert(t, out);
    } else if (!asColumns) {
      out = new Array(count);
      for (let k = 0; k < count; k++)
        out[k] = { account: codeOf(names[pName[first + k]!]!), amount: pAmount[first + k]! };
    }
    if (hasAssertions) checkAssertions(t, out);
    const code = tCode.size === 0 ? undefined : tCode.get(t);
    if (asColumns) {
      entryDates[ti] = dateList[tDateCode[t]!]!;
      descriptions[ti] = descPool.at(tDescCode[t]!);
      if (code !== undefined) {
        documentNumbers ??= new Array(nt);
        documentNumbers[ti] = code;
      }
      postingStart[ti] = q;
      dest[t] = q;
      q += count;
      if (out !== undefined) computed.set(t, out);
      continue;
    }
    const e: { -readonly [K in keyof MinorEntryInput]: MinorEntryInput[K] } = {
      id: '',
      postingDate: dateList[tDateCode[t]!]!,
      description: descPool.at(tDescCode[t]!),
      postings: out!,
    };
    if (code !== undefined) e.documentNumber = code;
    entries[ti] = e;
  }
  // the ids in date order, kept as bytes (an id is a string only once something reads it); a
  // transaction without one is named after its line
  const { ids, idIndex } = distinctIds(
    idPool(completeIds()),
    undefined,
    undefined,
    (p) => tLine[order === undefined ? p : order[p]!]!,
  );
  if (!asColumns) {
    for (let ti = 0; ti < nt; ti++) (entries[ti] as { id: string }).id = idAt(ids, ti);
    return entries;
  }
  postingStart[nt] = q;
  // in file order, each block to its place
  for (let t = 0; t < nt; t++) {
    const first = tFirst[t]!;
    const count = tCount[t]!;
    const out = tSlow[t] === 1 || hasAssertions ? computed.get(t) : undefined;
    let d = dest[t]!;
    for (let k = 0; k < count; k++) {
      accountIndex[d] = nameCode[pName[first + k]!]!;
      amounts[d++] = out === undefined ? pAmount[first + k]! : out[k]!.amount;
    }
  }
  return {
    ids,
    dates: entryDates,
    descriptions,
    documentNumbers,
    start: postingStart,
    codes: codeList,
    account: accountIndex,
    amount: amounts,
    idIndex,
    // every date was checked as it was read
    firstDate: nt > 0 ? entryDates[0] : undefined,
    lastDate: nt > 0 ? entryDates[nt - 1] : undefined,
  };

  /**
   * Gives every transaction without an id the scan copied its id as bytes, after the others: the
   * UTF-8 of an id read as text, or `L` and the line number. Returns whether all are plain ASCII.
   */
  function completeIds(): boolean {
    let ascii = true;
    if (s.idCount === nt) return ascii;
    let bytes = s.idBytes;
    let w = s.idW;
    const { tIdStart: start, tIdEnd: end, tIdHash: hash } = s;
    for (let t = 0; t < nt; t++) {
      if (start[t] !== -1) continue;
      const given = tIdText.size > 0 ? tIdText.get(t) : undefined;
      const room = given === undefined ? 11 : given.length * 3;
      if (w + room > bytes.length) bytes = grownTo(bytes, w + room);
      start[t] = w;
      if (given !== undefined) {
        const b = utf8.encode(given);
        bytes.set(b, w);
        w += b.length;
        for (let k = 0; k < b.length; k++) if (b[k]! >= 0x80) ascii = false;
        hash[t] = hashId(given);
      } else {
        const name = `L${tLine[t]}`;
        for (let k = 0; k < name.length; k++) bytes[w++] = name.charCodeAt(k);
        hash[t] = hashId(name);
      }
      end[t] = w;
    }
    s.idBytes = bytes;
    s.idW = w;
    s.idCount = nt;
    return ascii;
  }

  /** The ids in date order (kept as bytes). */
  function idPool(ascii: boolean): IdPool {
    const { idBytes, tIdStart: start, tIdEnd: end, tIdHash: hash } = s;
    if (order === undefined)
      return new IdPool(idBytes, start.subarray(0, nt), end.subarray(0, nt), hash.subarray(0, nt), ascii);
    const from = new Int32Array(nt);
    const to = new Int32Array(nt);
    const h = new Int32Array(nt);
    for (let ti = 0; ti < nt; ti++) {
      const t = order[ti]!;
      from[ti] = start[t]!;
      to[ti] = end[t]!;
      h[ti] = hash[t]!;
    }
    return new IdPool(idBytes, from, to, h, ascii);
  }

  /**
   * Distinct ids, each with its position in date order + 1, for ids given by row (`pool`) with
   * the row of each position (`order`, undefined: the same) and its inverse (`rank`): all at once
   * (the common case), or one by one in date order when some repeat: a repeated id gets the line
   * of its transaction, and if that is taken too (an explicit id written that way), a counter.
   */
  function distinctIds(
    pool: IdPool,
    order: Int32Array | undefined,
    rank: Int32Array | undefined,
    lineOfRow: (row: number) => number,
  ): { ids: IdList; idIndex: EntryIndex<number> } {
    const all = EntryIndex.fromPool(pool, rank);
    if (all !== undefined) return { ids: pool, idIndex: all };
    const named = pool.toArray();
    const index = new EntryIndex<number>(nt);
    for (let p = 0; p < nt; p++) {
      const r = order === undefined ? p : order[p]!;
      const id = named[r]!;
      if (index.getOrAdd(id, p + 1) === undefined) continue;
      const base = `${id}@L${lineOfRow(r)}`;
      let renamed = base;
      for (let k = 2; index.getOrAdd(renamed, p + 1) !== undefined; k++) renamed = `${base}.${k}`;
      named[r] = renamed;
    }
    return { ids: named, idIndex: index };
  }

  /**
   * The columns of a journal in the functional currency without prices or assertions (postings
   * without an amount are computed here), spanning at most 2048 day keys, made of the scan's own arrays: the rows stay in
   * file order, and out of date order a counting sort by day gives the row of each position
   * (`order`), so nothing is moved. The accounts are the names' codes, one per name.
   */
  function plainColumns(): CheckedColumns {
    const ascii = completeIds();
    const { tIdStart, tIdEnd, tIdHash } = s;
    let start = tFirst;
    if (start.length < nt + 1) {
      start = new Int32Array(nt + 1);
      start.set(tFirst.subarray(0, nt));
    }
    start[nt] = np;
    let order: Int32Array | undefined;
    let rank: Int32Array | undefined;
    if (!s.sorted) {
      // by day (key less the first): the first position of each day, then each row's position
      const min = s.minKey;
      const days = s.maxKey - min + 1;
      const at = new Int32Array(days + 1);
      for (let t = 0; t < nt; t++) at[tDateKey[t]! - min + 1]!++;
      for (let day = 1; day <= days; day++) at[day]! += at[day - 1]!;
      order = new Int32Array(nt);
      rank = new Int32Array(nt);
      for (let t = 0; t < nt; t++) {
        const p = at[tDateKey[t]! - min]!++;
        order[p] = t;
        rank[t] = p;
      }
    }
    // in date order, as the general route checks them: fewer than two postings, or more than one
    // without an amount; the posting without an amount balances its transaction
    const elided = pRaw.size > 0;
    for (let p = 0; p < nt; p++) {
      const t = order === undefined ? p : order[p]!;
      const count = tCount[t]!;
      if (count < 2)
        fail(tLine[t]!, 'a transaction needs at least two postings', 'giao dịch cần ít nhất hai dòng');
      if (!elided || tSlow[t] !== 1) continue;
      const first = tFirst[t]!;
      let sum = 0;
      let at = -1;
      for (let k = first; k < first + count; k++) {
        const raw = pRaw.get(k);
        if (raw === undefined) sum += pAmount[k]!;
        else if (at !== -1)
          fail(raw.line, 'only one posting may omit its amount', 'chỉ một dòng được bỏ trống số tiền');
        else at = k;
      }
      pAmount[at] = -sum;
    }
    let documentNumbers: (string | undefined)[] | undefined;
    if (tCode.size > 0) {
      documentNumbers = new Array(nt);
      for (const [t, code] of tCode) documentNumbers[t] = code;
    }
    const pool = new IdPool(
      s.idBytes,
      tIdStart.subarray(0, nt),
      tIdEnd.subarray(0, nt),
      tIdHash.subarray(0, nt),
      ascii,
    );
    const { ids, idIndex } = distinctIds(pool, order, rank, (r) => tLine[r]!);
    return {
      ids,
      dates: { list: dateList, codes: tDateCode.subarray(0, nt) },
      descriptions: { list: descPool, codes: tDescCode.subarray(0, nt) },
      documentNumbers,
      start: start.subarray(0, nt + 1),
      codes: names.map(codeOf),
      account: pName.subarray(0, np),
      amount: pAmount.subarray(0, np),
      idIndex,
      order,
      // every date was checked as it was read
      firstDate: nt > 0 ? dateList[tDateCode[order === undefined ? 0 : order[0]!]!] : undefined,
      lastDate: nt > 0 ? dateList[tDateCode[order === undefined ? nt - 1 : order[nt - 1]!]!] : undefined,
    };
  }

  /** Postings of a transaction with elided amounts, other commodities or prices. */
  function convert(t: number, out: MinorPostingInput[]): void {
    let sum = 0;
    let elided = -1;
    const first = tFirst[t]!;
    for (let k = 0; k < tCount[t]!; k++) {
      const account = codeOf(names[pName[first + k]!]!);
      const p = pRaw.get(first + k);
      if (p === undefined) {
        sum += pAmount[first + k]!;
        out[k] = { account, amount: pAmount[first + k]! };
        continue;
      }
      if (p.minor === undefined) {
        if (elided !== -1)
          fail(p.line, 'only one posting may omit its amount', 'chỉ một dòng được bỏ trống số tiền');
        elided = k;
        out[k] = { account, amount: 0 };
        continue;
      }
      if (isFunctional(p.commodity!)) {
        sum += p.minor;
        out[k] = { account, amount: p.minor };
        continue;
      }
      const cur = p.commodity!;
      let functionalAmount: number;
      if (p.priceTotal !== undefined) functionalAmount = p.minor < 0 ? -p.priceTotal : p.priceTotal;
      else if (p.priceUnit !== undefined) {
        const unitScale = scaleOf(cur, functional, isFunctional);
        // functional = round_half_up(minor / 10^unitScale × price × 10^functionalScale)
        const priceMinor = parseNumber(p.priceUnit, 6, p.line); // price with 6 decimals
        const num = BigInt(Math.abs(p.minor)) * BigInt(priceMinor) * 10n ** BigInt(scale);
        const den = 10n ** BigInt(unitScale + 6);
        const q = (num * 2n + den) / (2n * den);
        functionalAmount = Number(q) * (p.minor < 0 ? -1 : 1);
      } else
        fail(
          p.line,
          `amount in ${cur} needs a price (@ or @@) in ${functionalCode}`,
          `số tiền ${cur} cần tỷ giá`,
        );
      sum += functionalAmount;
      out[k] = {
        account,
        amount: functionalAmount,
        currency: cur,
        originalAmount: p.minor,
        ...(p.priceUnit === undefined ? {} : { rate: p.priceUnit }),
      };
    }
    if (elided !== -1) out[elided] = { ...out[elided]!, amount: -sum };
  }

  /**
   * Balance assertions, in date order, single commodity, this account only (as hledger `=`). The
   * postings of transaction `t` are `out` when made as objects, else the functional amounts read.
   */
  function checkAssertions(t: number, out: readonly MinorPostingInput[] | undefined): void {
    const first = tFirst[t]!;
    const count = tCount[t]!;
    for (let k = 0; k < count; k++) {
      const o = out?.[k];
      const name = pName[first + k]!;
      if (o?.currency !== undefined) {
        const key = `${name}\u0000${pRaw.get(first + k)?.commodity ?? functionalCode}`;
        runningForeign.set(key, (runningForeign.get(key) ?? 0) + o.originalAmount!);
      } else running[name]! += o === undefined ? pAmount[first + k]! : o.amount;
    }
    for (let k = 0; k < count; k++) {
      const p = pRaw.get(first + k);
      if (p?.assertion === undefined) continue;
      const c =
        isFunctional(p.assertion.commodity) || p.assertion.commodity === ''
          ? functionalCode
          : p.assertion.commodity;
      const name = pName[first + k]!;
      const have = c === functionalCode ? running[name]! : (runningForeign.get(`${name}\u0000${c}`) ?? 0);
      if (have !== p.assertion.minor) {
        throw invalid(
          'LEDGER/BALANCE_ASSERTION',
          `line ${p.line}: balance assertion failed for ${p.account}: expected ${p.assertion.minor}, actual ${have} (minor units of ${c})`,
          `dòng ${p.line}: kiểm tra số dư ${p.account} sai: cần ${p.assertion.minor}, thực tế ${have}`,
          ['line', p.line],
          { account: p.account, expected: p.assertion.minor, actual: have },
        );
      }
    }
  }
}
