import { type CalendarDate, type Currency, getCurrency, isCalendarDate } from '@bo/core';
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

/**
 * Fast path for the common posting line `ACCOUNT  [-]DIGITS [COMMODITY]` in the functional currency
 * with a whole number of minor units and no price, assertion or comment; anything else returns
 * undefined and goes through the general reader.
 */
function fastPosting(
  text: string,
  from: number,
  to: number,
  functionalCode: string,
  scale: number,
): { account: string; minor: number } | undefined {
  if (scale !== 0) return undefined;
  // account: up to two spaces or a tab
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || (c === 32 && text.charCodeAt(i + 1) === 32)) break;
    if (c === 59 || c === 64 || c === 61) return undefined; // ; @ =
  }
  if (i === from || i >= to) return undefined;
  const c0 = text.charCodeAt(from);
  if (c0 === 42 || c0 === 33 || c0 === 40 || c0 === 91 || c0 === 35 || c0 === 59) return undefined; // * ! ( [ # ;
  const accountEnd = i;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let neg = false;
  if (text.charCodeAt(i) === 45) {
    neg = true;
    i++;
  }
  const start = i;
  let v = 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
    i++;
  }
  if (i === start || i - start > 15) return undefined;
  if (i < to) {
    if (text.charCodeAt(i) !== 32) return undefined;
    while (i < to && text.charCodeAt(i) === 32) i++;
    if (to - i !== functionalCode.length || !text.startsWith(functionalCode, i)) return undefined;
  }
  return { account: text.slice(from, accountEnd), minor: neg ? -v : v };
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
  const symbols = new Set(
    options.functionalSymbols ?? (functional.code === 'VND' ? ['VND', 'đ', '₫'] : [functional.code]),
  );
  const isFunctional = (c: string) => symbols.has(c);
  const mapName = options.mapAccount ?? ((name: string) => name.slice(name.lastIndexOf(':') + 1));
  const mapped = new Map<string, string>();
  const mapAccount = (name: string): string => {
    let code = mapped.get(name);
    if (code === undefined) {
      code = mapName(name);
      mapped.set(name, code);
    }
    return code;
  };
  const txns: {
    date: CalendarDate;
    code?: string;
    description: string;
    id?: string;
    postings: RawPosting[];
    line: number;
    order: number;
  }[] = [];
  let cur: (typeof txns)[number] | undefined;
  let lineNo = 0;
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = n;
    lineNo++;
    // fast path: an indented posting line in the functional currency, read without slicing the line
    const lead = text.charCodeAt(start);
    if ((lead === 32 || lead === 9) && cur !== undefined) {
      let b = start;
      while (b < end && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b++;
      let e = end;
      while (
        e > b &&
        (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 13 || text.charCodeAt(e - 1) === 9)
      )
        e--;
      const fast = b < e ? fastPosting(text, b, e, functional.code, functional.minorUnit) : undefined;
      if (fast !== undefined) {
        cur.postings.push({
          account: fast.account,
          commodity: functional.code,
          minor: fast.minor,
          priceTotal: undefined,
          priceUnit: undefined,
          assertion: undefined,
          line: lineNo,
        });
        start = end + 1;
        continue;
      }
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
          const idm = /\bid:\s*([^,\s]+)/.exec(body);
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
          fail(lineNo, `price must be in ${functional.code}`, `giá phải tính bằng ${functional.code}`);
        if (total) priceTotal = Math.abs(parseNumber(p.number, functional.minorUnit, lineNo));
        else priceUnit = p.number.replace(/[,_]/g, '');
        rest = rest.slice(0, at).trim();
      }
      if (rest === '') {
        cur.postings.push({
          account,
          commodity: undefined,
          minor: undefined,
          priceTotal,
          priceUnit,
          assertion,
          line: lineNo,
        });
      } else {
        const a = readAmount(rest, lineNo);
        const commodity = a.commodity === '' ? functional.code : a.commodity;
        cur.postings.push({
          account,
          commodity,
          minor: parseNumber(a.number, scaleOf(commodity, functional, isFunctional), lineNo),
          priceTotal,
          priceUnit,
          assertion,
          line: lineNo,
        });
      }
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
      const idm = /\bid:\s*([^,\s]+)/.exec(head.slice(semi));
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
    cur = {
      date: date as CalendarDate,
      ...(code === undefined || code === '' ? {} : { code }),
      description: head,
      ...(id === undefined ? {} : { id }),
      postings: [],
      line: lineNo,
      order: txns.length,
    };
    txns.push(cur);
    if (end === n) break;
  }
  txns.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  const running = new Map<string, number>();
  const seenIds = new Set<string>();
  const hasAssertions = txns.some((t) => t.postings.some((p) => p.assertion !== undefined));
  const finish = (t: (typeof txns)[number], out: MinorPostingInput[]): MinorEntryInput => {
    let id = t.id ?? `L${t.line}`;
    if (seenIds.has(id)) id = `${id}@L${t.line}`;
    seenIds.add(id);
    const e: { -readonly [K in keyof MinorEntryInput]: MinorEntryInput[K] } = {
      id,
      postingDate: t.date,
      description: t.description,
      postings: out,
    };
    if (t.code !== undefined) e.documentNumber = t.code;
    return e;
  };
  const entries: MinorEntryInput[] = txns.map((t) => {
    if (t.postings.length < 2)
      fail(t.line, 'a transaction needs at least two postings', 'giao dịch cần ít nhất hai dòng');
    const out: MinorPostingInput[] = [];
    let sum = 0;
    let elided = -1;
    t.postings.forEach((p, k) => {
      if (p.minor === undefined) {
        if (elided !== -1)
          fail(p.line, 'only one posting may omit its amount', 'chỉ một dòng được bỏ trống số tiền');
        elided = k;
        out.push({ account: mapAccount(p.account), amount: 0 });
        return;
      }
      if (isFunctional(p.commodity!)) {
        sum += p.minor;
        out.push({ account: mapAccount(p.account), amount: p.minor });
        return;
      }
      let functionalAmount: number;
      let extra: Pick<MinorPostingInput, 'currency' | 'originalAmount' | 'rate'> = {};
      {
        const cur = p.commodity!;
        if (p.priceTotal !== undefined) functionalAmount = p.minor < 0 ? -p.priceTotal : p.priceTotal;
        else if (p.priceUnit !== undefined) {
          const unitScale = scaleOf(cur, functional, isFunctional);
          // functional = round_half_up(minor / 10^unitScale × price × 10^functionalScale)
          const priceMinor = parseNumber(p.priceUnit, 6, p.line); // price with 6 decimals
          const num = BigInt(Math.abs(p.minor)) * BigInt(priceMinor) * 10n ** BigInt(functional.minorUnit);
          const den = 10n ** BigInt(unitScale + 6);
          const q = (num * 2n + den) / (2n * den);
          functionalAmount = Number(q) * (p.minor < 0 ? -1 : 1);
        } else
          fail(
            p.line,
            `amount in ${cur} needs a price (@ or @@) in ${functional.code}`,
            `số tiền ${cur} cần tỷ giá`,
          );
        extra = {
          currency: cur,
          originalAmount: p.minor,
          ...(p.priceUnit === undefined ? {} : { rate: p.priceUnit }),
        };
      }
      sum += functionalAmount;
      out.push({ account: mapAccount(p.account), amount: functionalAmount, ...extra });
    });
    if (elided !== -1) out[elided] = { ...out[elided]!, amount: -sum };
    if (!hasAssertions) return finish(t, out);
    // balance assertions, in date order, single commodity, this account only (as hledger `=`)
    t.postings.forEach((p, k) => {
      const o = out[k]!;
      const commodity = p.commodity ?? functional.code;
      const isFx = o.currency !== undefined;
      const key = `${p.account}\u0000${isFx ? commodity : functional.code}`;
      const v = (running.get(key) ?? 0) + (isFx ? o.originalAmount! : o.amount);
      running.set(key, v);
    });
    t.postings.forEach((p) => {
      if (p.assertion === undefined) return;
      const c =
        isFunctional(p.assertion.commodity) || p.assertion.commodity === ''
          ? functional.code
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
    });
    return finish(t, out);
  });
  return { entries };
}
