import { type CalendarDate, type Currency, getCurrency, isCalendarDate } from '@bo/core';
import { EntryIndex } from '../journal/entry-index.js';
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

/** An account name as written, interned, with its code (mapped on first use). */
interface AccountName {
  readonly name: string;
  code: string | undefined;
  /** Next name in the same hash bucket. */
  next: AccountName | undefined;
}

/** A transaction while parsing: its postings are `count` slots from `first` in the shared arrays. */
interface Txn {
  readonly date: CalendarDate;
  readonly code: string | undefined;
  readonly description: string;
  id: string | undefined;
  readonly first: number;
  count: number;
  /** Some posting needed the general reader (elided amount, commodity, price or assertion). */
  slow: boolean;
  readonly line: number;
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

/** Position of the char code `c` in `text[from, to)`, or -1 (a bounded `indexOf`). */
function indexIn(text: string, c: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/**
 * Value of the first `id:` tag in `text[from, to)`, exactly as the regular expression
 * `\bid:\s*([^,\s]+)`: the common plain-ASCII case is read by char codes, anything else (a
 * non-ASCII or control character, an empty value) goes through the expression itself.
 */
function idTag(text: string, from: number, to: number): string | undefined {
  let at = indexIn(text, 105, from, to); // i
  while (
    at !== -1 &&
    (text.charCodeAt(at + 1) !== 100 || // d
      text.charCodeAt(at + 2) !== 58 || // :
      at + 3 > to ||
      (at > from && isWord(text.charCodeAt(at - 1))))
  )
    at = indexIn(text, 105, at + 1, to);
  if (at === -1) return undefined;
  let i = at + 3;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const start = i;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 32 || (c >= 9 && c <= 13)) break;
    if (c < 32 || c >= 127) return ID_TAG.exec(text.slice(from, to))?.[1];
  }
  return i > start ? text.slice(start, i) : ID_TAG.exec(text.slice(from, to))?.[1];
}

/**
 * Stable sort by date in O(n + d log d) for d distinct dates: journals are usually in date order
 * already (then nothing moves); otherwise entries are grouped by date and the groups concatenated.
 */
function sortByDate<T extends { readonly date: string }>(list: T[]): void {
  let sorted = true;
  for (let i = 1; i < list.length; i++) {
    if (list[i]!.date < list[i - 1]!.date) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  const groups = new Map<string, T[]>();
  for (const t of list) {
    const g = groups.get(t.date);
    if (g === undefined) groups.set(t.date, [t]);
    else g.push(t);
  }
  const dates = [...groups.keys()].sort();
  let k = 0;
  for (const d of dates) for (const t of groups.get(d)!) list[k++] = t;
}

/**
 * Parses a plain-text accounting journal in the hledger / ledger-cli format: transactions with
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
export function parsePlainTextJournal(text: string, options: PlainTextOptions = {}): ParsedPlainTextJournal {
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
  const named = (name: string): AccountName => {
    let a = byName.get(name);
    if (a === undefined) {
      a = { name, code: undefined, next: undefined };
      byName.set(name, a);
    }
    return a;
  };
  const internAt = (from: number, to: number): AccountName => {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    const len = to - from;
    const head = byHash.get(h);
    for (let a = head; a !== undefined; a = a.next) {
      if (a.name.length === len && text.startsWith(a.name, from)) return a;
    }
    const a = named(text.slice(from, to));
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

  // postings of all transactions, in file order
  const pAccount: AccountName[] = [];
  const pAmount: number[] = [];
  const pRaw = new Map<number, RawPosting>(); // postings read by the general reader
  const txns: Txn[] = [];
  let cur: Txn | undefined;
  // valid dates seen, by their digits as the number YYYYMMDD: one string per distinct date
  const dates = new Map<number, CalendarDate>();
  const dateAt = (from: number): CalendarDate | undefined => {
    let key = 0;
    for (let i = from; i < from + 10; i++)
      if (i !== from + 4 && i !== from + 7) key = key * 10 + text.charCodeAt(i) - 48;
    let d = dates.get(key);
    if (d === undefined) {
      const s = text.slice(from, from + 10);
      if (!isCalendarDate(s)) return undefined;
      d = s;
      dates.set(key, d);
    }
    return d;
  };
  let lineNo = 0;
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = n;
    lineNo++;
    const lead = text.charCodeAt(start);
    if ((lead === 32 || lead === 9) && cur !== undefined) {
      // fast path: `ACCOUNT  [-]DIGITS[.DIGITS] [COMMODITY]` in the functional currency, read
      // without slicing the line
      let b = start;
      while (b < end && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b++;
      let e = end;
      while (
        e > b &&
        (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 13 || text.charCodeAt(e - 1) === 9)
      )
        e--;
      if (b < e && fastPosting(b, e)) {
        cur.count++;
        start = end + 1;
        continue;
      }
    } else if (isDigit(lead) && fastHeader(start, end)) {
      start = end + 1;
      if (end === n) break;
      continue;
    }
    let raw = text.slice(start, end);
    start = end + 1;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (raw.length === 0 || raw.trim() === '') {
      cur = undefined;
      if (end === n) break;
      continue;
    }
    const c0 = raw.charCodeAt(0);
    if (c0 === 32 || c0 === 9) {
      // posting or comment inside a transaction
      const body = raw.trim();
      if (body.startsWith(';') || body.startsWith('#')) {
        if (cur !== undefined && cur.id === undefined) {
          const idm = ID_TAG.exec(body);
          if (idm !== null) cur.id = idm[1]!;
        }
        continue;
      }
      if (cur === undefined)
        fail(lineNo, 'posting outside a transaction', 'dòng bút toán nằm ngoài giao dịch');
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
      const k = pAccount.length;
      pAccount.push(named(account));
      pAmount.push(0);
      pRaw.set(k, posting);
      cur!.count++;
      cur!.slow = true;
      continue;
    }
    cur = undefined;
    const dm = DATE.exec(raw);
    if (dm === null) continue; // directive, comment or unsupported top-level line: skipped
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
    open(date as CalendarDate, code === '' ? undefined : code, head, id);
    if (end === n) break;
  }

  function open(
    date: CalendarDate,
    code: string | undefined,
    description: string,
    id: string | undefined,
  ): void {
    cur = { date, code, description, id, first: pAccount.length, count: 0, slow: false, line: lineNo };
    txns.push(cur);
  }

  /**
   * The common transaction line `YYYY-MM-DD [*|!] [(CODE)] DESCRIPTION [; COMMENT]` read by char
   * codes; anything else (other date forms, secondary date, unusual white space) returns false and
   * goes through the general reader, which gives the same result.
   */
  function fastHeader(from: number, to: number): boolean {
    if (
      to - from < 10 ||
      text.charCodeAt(from + 4) !== 45 ||
      text.charCodeAt(from + 7) !== 45 ||
      !isDigit(text.charCodeAt(from + 1)) ||
      !isDigit(text.charCodeAt(from + 2)) ||
      !isDigit(text.charCodeAt(from + 3)) ||
      !isDigit(text.charCodeAt(from + 5)) ||
      !isDigit(text.charCodeAt(from + 6)) ||
      !isDigit(text.charCodeAt(from + 8)) ||
      !isDigit(text.charCodeAt(from + 9))
    )
      return false;
    let i = from + 10;
    let e = to;
    if (e > i && text.charCodeAt(e - 1) === 13) e--;
    if (i < e && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return false;
    const date = dateAt(from);
    if (date === undefined) return false;
    while (i < e && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    let c = text.charCodeAt(i);
    if (c === 42 || c === 33) {
      // status * or !
      i++;
      while (i < e && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      c = text.charCodeAt(i);
    }
    let semi = indexIn(text, 59, i, e);
    if (semi === -1) semi = e;
    let code: string | undefined;
    if (c === 40) {
      const close = indexIn(text, 41, i, semi);
      if (close === -1) return false;
      code = close > i + 1 ? text.slice(i + 1, close) : undefined;
      i = close + 1;
      while (i < semi && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    }
    let d = semi;
    while (d > i && (text.charCodeAt(d - 1) === 32 || text.charCodeAt(d - 1) === 9)) d--;
    if (i < d && (isTrimmed(text.charCodeAt(i)) || isTrimmed(text.charCodeAt(d - 1)))) return false;
    const id = semi < e ? idTag(text, semi, e) : undefined;
    open(date, code, text.slice(i, d), id);
    return true;
  }

  /** The common posting line, appended to the current transaction (false: use the general reader). */
  function fastPosting(from: number, to: number): boolean {
    // account: up to two spaces or a tab
    let i = from;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 9 || (c === 32 && text.charCodeAt(i + 1) === 32)) break;
      if (c === 59 || c === 64 || c === 61) return false; // ; @ =
    }
    if (i === from || i >= to) return false;
    const c0 = text.charCodeAt(from);
    if (c0 === 42 || c0 === 33 || c0 === 40 || c0 === 91 || c0 === 35 || c0 === 59) return false; // * ! ( [ # ;
    const accountEnd = i;
    while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    let neg = false;
    if (text.charCodeAt(i) === 45) {
      neg = true;
      i++;
    }
    const digitsFrom = i;
    let v = 0;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
      i++;
    }
    if (i === digitsFrom) return false;
    let digits = i - digitsFrom;
    let decimals = 0;
    if (i < to && text.charCodeAt(i) === 46) {
      // decimals: at most the currency's minor unit
      i++;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) break;
        if (++decimals > scale) return false;
        v = v * 10 + (c - 48);
        i++;
      }
      digits += decimals;
    }
    if (digits + scale - decimals > 15) return false;
    for (let k = decimals; k < scale; k++) v *= 10;
    if (i < to) {
      if (text.charCodeAt(i) !== 32) return false;
      while (i < to && text.charCodeAt(i) === 32) i++;
      if (to - i !== functionalCode.length || !text.startsWith(functionalCode, i)) return false;
    }
    pAccount.push(internAt(from, accountEnd));
    pAmount.push(neg ? -v : v);
    return true;
  }

  sortByDate(txns);
  const running = new Map<string, number>();
  const seenIds = new EntryIndex<true>();
  let hasAssertions = false;
  for (const p of pRaw.values()) if (p.assertion !== undefined) hasAssertions = true;
  const entries: MinorEntryInput[] = new Array(txns.length);
  for (let ti = 0; ti < txns.length; ti++) {
    const t = txns[ti]!;
    if (t.count < 2)
      fail(t.line, 'a transaction needs at least two postings', 'giao dịch cần ít nhất hai dòng');
    const out: MinorPostingInput[] = new Array(t.count);
    if (!t.slow) {
      for (let k = 0; k < t.count; k++)
        out[k] = { account: codeOf(pAccount[t.first + k]!), amount: pAmount[t.first + k]! };
    } else convert(t, out);
    if (hasAssertions) checkAssertions(t, out);
    let id = t.id ?? `L${t.line}`;
    if (seenIds.has(id)) id = `${id}@L${t.line}`;
    seenIds.set(id, true);
    const e: { -readonly [K in keyof MinorEntryInput]: MinorEntryInput[K] } = {
      id,
      postingDate: t.date,
      description: t.description,
      postings: out,
    };
    if (t.code !== undefined) e.documentNumber = t.code;
    entries[ti] = e;
  }
  return { entries };

  /** Postings of a transaction with elided amounts, other commodities or prices. */
  function convert(t: Txn, out: MinorPostingInput[]): void {
    let sum = 0;
    let elided = -1;
    for (let k = 0; k < t.count; k++) {
      const account = codeOf(pAccount[t.first + k]!);
      const p = pRaw.get(t.first + k);
      if (p === undefined) {
        sum += pAmount[t.first + k]!;
        out[k] = { account, amount: pAmount[t.first + k]! };
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

  /** Balance assertions, in date order, single commodity, this account only (as hledger `=`). */
  function checkAssertions(t: Txn, out: readonly MinorPostingInput[]): void {
    for (let k = 0; k < t.count; k++) {
      const o = out[k]!;
      const name = pAccount[t.first + k]!.name;
      const commodity = pRaw.get(t.first + k)?.commodity ?? functionalCode;
      const isFx = o.currency !== undefined;
      const key = `${name}\u0000${isFx ? commodity : functionalCode}`;
      running.set(key, (running.get(key) ?? 0) + (isFx ? o.originalAmount! : o.amount));
    }
    for (let k = 0; k < t.count; k++) {
      const p = pRaw.get(t.first + k);
      if (p?.assertion === undefined) continue;
      const c =
        isFunctional(p.assertion.commodity) || p.assertion.commodity === ''
          ? functionalCode
          : p.assertion.commodity;
      const have = running.get(`${p.account}\u0000${c}`) ?? 0;
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
