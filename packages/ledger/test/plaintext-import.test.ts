/**
 * The byte-level plain-text reader (`parsePlainTextJournal` / `parsePlainTextColumns` on a string
 * or on UTF-8 bytes) and `importPlainTextJournal`, checked against an independent model: random
 * journals are generated from a model of their transactions (what each line means), rendered in
 * many equivalent spellings (fast-path lines and general-reader lines mixed), and the reader's
 * output is compared with what the model says it must be.
 */
import { type CalendarDate, calendarDate } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chartOfAccounts,
  createLedger,
  type EntryColumns,
  importPlainTextJournal,
  type Ledger,
  type MinorEntryInput,
  parsePlainTextColumns,
  parsePlainTextJournal,
  trialBalance,
} from '../src/index.js';

// ---------------------------------------------------------------------------------------------
// Model of a journal and its rendering
// ---------------------------------------------------------------------------------------------

/** TT99 leaf accounts used by the generated journals. */
const LEAVES = ['1111', '1121', '131', '156', '331', '5111', '632', '6421', '33311', '1331', '3383', '334'];
/** Ways to write an account (the default mapAccount keeps the last `:` segment). */
const PREFIXES = ['', 'assets:cash:', 'Tài sản:Tiền mặt:', '🙂:', 'x:y:', '\u00a0', '\u3000assets:'];
const WORDS = [
  'Bán hàng',
  'Đặt cọc',
  'Chi phí lãi vay',
  'Ứng lương',
  'Sale',
  'tiền',
  '🙂',
  '👨‍👩‍👧',
  'Ω',
  'x)',
];
/** Text at the edges of a description: must be trimmed exactly like String.prototype.trim. */
const EDGES = [
  '',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u3000',
  '\u00a0 ',
  ' \u3000',
  '\u2003',
  '\ufeff',
  'Đ',
  'ữ',
  '🙂',
];
const INNER = [' ', '  ', '\t', '\u00a0', '\u3000'];
const IDS = ['A1', 'SALE-1', 'Đơn-7', '🙂', 'x_y', 'HĐ/01', 'id9'];
const CODES = ['PT-01', 'HĐ 0001234', 'PC/7', '🙂', 'Đ'];
/** Lines between transactions. */
const BETWEEN = [
  '',
  '   ',
  'account assets:cash:1111',
  'commodity 1,000 VND',
  'P 2026-01-01 USD 25,000 VND',
  '; top-level comment',
  '# đây là ghi chú',
  'include other.journal',
];

type AmountForm = 'plain' | 'code' | 'before' | 'commas' | 'dong' | 'symbol' | 'zeros' | 'plus';
const AMOUNT_FORMS: readonly AmountForm[] = [
  'plain',
  'code',
  'before',
  'commas',
  'dong',
  'symbol',
  'zeros',
  'plus',
];

interface PostingModel {
  readonly indent: string;
  readonly status: string;
  readonly prefix: string;
  readonly code: string;
  readonly amount: number;
  readonly form: AmountForm;
  readonly sep: string;
  readonly trailing: string;
  readonly assertion: boolean;
  readonly memo: boolean;
}

interface TxnModel {
  readonly month: number;
  readonly day: number;
  readonly dateForm: 0 | 1 | 2 | 3;
  readonly secondary: boolean;
  readonly sp: string;
  readonly status: string;
  readonly code: string | undefined;
  readonly codeSp: string;
  readonly lead: string;
  readonly words: readonly string[];
  readonly inner: string;
  readonly trail: string;
  readonly headerId: string | undefined;
  readonly headerNote: 0 | 1 | 2;
  readonly commentId: string | undefined;
  readonly comments: readonly number[];
  readonly postings: readonly PostingModel[];
  /** Position of the posting written without an amount, or -1. */
  readonly elided: number;
  readonly between: readonly string[];
}

interface JournalModel {
  readonly txns: readonly TxnModel[];
  readonly crlf: 0 | 1 | 2; // LF, CRLF, mixed
  readonly finalEol: boolean;
}

interface Rendered {
  readonly text: string;
  /** The entries the model says the reader must return, as objects, in date order. */
  readonly expected: MinorEntryInput[];
  /** Transaction header line numbers (1-based), in file order. */
  readonly headerLines: readonly number[];
  /** Number of lines. */
  readonly lines: number;
}

const postingArb = (plain: boolean): fc.Arbitrary<Omit<PostingModel, 'amount' | 'assertion'>> =>
  fc.record({
    indent: plain ? fc.constantFrom('    ', '  ', '\t') : fc.constantFrom('    ', '  ', '\t', ' ', '\t  '),
    status: plain ? fc.constant('') : fc.constantFrom('', '', '', '', '', '* ', '! '),
    prefix: fc.constantFrom(...PREFIXES),
    code: fc.constantFrom(...LEAVES),
    // about half the postings in a fast-path form
    form: plain
      ? fc.constantFrom<AmountForm>('plain', 'code')
      : fc.constantFrom<AmountForm>(...AMOUNT_FORMS, 'plain', 'plain', 'plain', 'code', 'code', 'code'),
    // a single space then a tab after the name: the general reader trims the name
    sep: plain
      ? fc.constantFrom('  ', '    ', '\t')
      : fc.constantFrom('  ', '    ', '\t', '\t\t', '  \t', ' \t'),
    trailing: plain ? fc.constantFrom('', '  ') : fc.constantFrom('', ' ', '  ', '\t'),
    memo: plain ? fc.constant(false) : fc.constantFrom(false, false, false, true),
  });

const txnArb = (plain: boolean): fc.Arbitrary<TxnModel> =>
  fc
    .record({
      month: fc.integer({ min: 1, max: 3 }),
      day: fc.integer({ min: 1, max: 28 }),
      dateForm: plain ? fc.constant<0>(0) : fc.constantFrom<0 | 1 | 2 | 3>(0, 0, 1, 2, 3),
      secondary: plain ? fc.constant(false) : fc.constantFrom(false, false, false, true),
      sp: plain ? fc.constantFrom(' ', '  ') : fc.constantFrom(' ', '  ', '\t'),
      status: fc.constantFrom('', '* ', '! ', '*'),
      code: fc.option(fc.constantFrom(...CODES, ''), { nil: undefined }),
      codeSp: fc.constantFrom(' ', '', '  '),
      lead: plain ? fc.constantFrom('', 'Đ', '🙂') : fc.constantFrom(...EDGES),
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 3 }),
      inner: plain ? fc.constant(' ') : fc.constantFrom(...INNER),
      trail: plain ? fc.constantFrom('', ' ', 'ữ') : fc.constantFrom(...EDGES),
      headerId: fc.option(fc.constantFrom(...IDS), { nil: undefined, freq: 2 }),
      headerNote: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
      commentId: plain
        ? fc.constant(undefined)
        : fc.option(fc.constantFrom(...IDS), { nil: undefined, freq: 2 }),
      comments: plain ? fc.constant([]) : fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }),
      amounts: fc
        .array(
          fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).filter((x) => x !== 0),
          {
            minLength: 1,
            maxLength: 3,
          },
        )
        .filter((xs) => xs.reduce((s, x) => s + x, 0) !== 0),
      postings: fc.array(postingArb(plain), { minLength: 4, maxLength: 4 }),
      elide: plain ? fc.constant(false) : fc.boolean(),
      elidedAt: fc.nat(),
      assertAt: plain ? fc.constant(-1) : fc.integer({ min: -3, max: 3 }),
      between: fc.array(plain ? fc.constant('') : fc.constantFrom(...BETWEEN), {
        minLength: 0,
        maxLength: 2,
      }),
    })
    .map((r): TxnModel => {
      const amounts = [...r.amounts, -r.amounts.reduce((s, x) => s + x, 0)];
      const postings = amounts.map((amount, k) => ({
        ...r.postings[k]!,
        amount,
        assertion: k === r.assertAt,
      }));
      return {
        month: r.month,
        day: r.day,
        dateForm: r.dateForm,
        secondary: r.secondary,
        sp: r.sp,
        status: r.status,
        code: r.code,
        codeSp: r.codeSp,
        lead: r.lead,
        words: r.words,
        inner: r.inner,
        trail: r.trail,
        headerId: r.headerId,
        headerNote: r.headerNote,
        commentId: r.commentId,
        comments: r.comments,
        postings,
        elided: r.elide ? r.elidedAt % postings.length : -1,
        between: r.between,
      };
    });

const journalArb = (plain = false, minLength = 1): fc.Arbitrary<JournalModel> =>
  fc.record({
    txns: fc.array(txnArb(plain), { minLength, maxLength: 12 }),
    crlf: plain ? fc.constant<0>(0) : fc.constantFrom<0 | 1 | 2>(0, 1, 2),
    finalEol: fc.boolean(),
  });

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function commas(n: number): string {
  const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${s}` : s;
}

function renderAmount(n: number, form: AmountForm): string {
  switch (form) {
    case 'plain':
      return `${n}`;
    case 'code':
      return `${n} VND`;
    case 'before':
      return n < 0 ? `-VND ${-n}` : `VND ${n}`;
    case 'commas':
      return `${commas(n)} VND`;
    case 'dong':
      return `${n} đ`;
    case 'symbol':
      return `${n}₫`;
    case 'zeros':
      return `${n}.00 VND`;
    case 'plus':
      return n > 0 ? `+${n}` : `${n}`;
  }
}

function headerDate(t: TxnModel): string {
  const m = t.month;
  const d = t.day;
  const date = [
    `2026-${pad2(m)}-${pad2(d)}`,
    `2026/${m}/${d}`,
    `2026.${pad2(m)}.${pad2(d)}`,
    `2026-${m}-${pad2(d)}`,
  ][t.dateForm]!;
  return t.secondary ? `${date}=2026-12-31` : date;
}

/** Renders a journal model and works out, independently of the reader, what it means. */
function render(model: JournalModel, bias = 0): Rendered {
  interface PostingLine {
    readonly head: string; // indent, status, name and amount
    readonly tail: string; // trailing white space and memo
    readonly elided: boolean;
    readonly name: string;
    readonly account: string;
    readonly amount: number;
    readonly assertion: boolean;
    assertText?: string;
  }
  interface Pending {
    readonly line: number;
    readonly date: string;
    readonly description: string;
    readonly documentNumber: string | undefined;
    readonly id: string | undefined;
    readonly postings: PostingLine[];
  }
  const lines: (string | PostingLine)[] = [];
  const headerLines: number[] = [];
  const txns: Pending[] = [];
  for (const t of model.txns) {
    const description = t.lead + t.words.join(t.inner) + t.trail;
    const note = ['', ' ; uuid:zz', '\t; ghi chú, tag:y'][t.headerNote]!;
    const idPart = t.headerId === undefined ? '' : ` ; id:${t.headerId}`;
    const comment = idPart !== '' ? `${idPart}${note.replace(/^\s*;/, ',')}` : note;
    const code = t.code === undefined ? '' : `(${t.code})${t.codeSp}`;
    lines.push(`${headerDate(t)}${t.sp}${t.status}${code}${description}${comment}`);
    const line = lines.length;
    headerLines.push(line);
    const postings: PostingLine[] = [];
    for (let k = 0; k < t.postings.length; k++) {
      for (const c of t.comments)
        if (c === k) lines.push(c % 2 === 0 ? '    ; ghi chú trong giao dịch' : '\t# note');
      if (k === 1 && t.commentId !== undefined) lines.push(`    ; note, id:${t.commentId}`);
      const p = t.postings[k]!;
      const name = `${p.prefix}${p.code}`;
      // balance assertions run per account name as the reader sees it: trimmed like String.prototype.trim
      const key = name.trim();
      const elided = k === t.elided;
      const posting: PostingLine = {
        head: `${p.indent}${p.status}${name}${elided ? '' : `${p.sep}${renderAmount(p.amount, p.form)}`}`,
        tail: `${p.trailing}${p.memo ? '  ; ghi chú: Chi phí' : ''}`,
        elided,
        name: key,
        account: p.code,
        amount: p.amount,
        assertion: p.assertion,
      };
      lines.push(posting);
      postings.push(posting);
    }
    txns.push({
      line,
      date: `2026-${pad2(t.month)}-${pad2(t.day)}`,
      description: description.trim(),
      documentNumber: t.code === '' ? undefined : t.code,
      id: t.headerId ?? t.commentId,
      postings,
    });
    for (const b of t.between) lines.push(b);
    if (t.between.length === 0 && bias % 2 === 1) lines.push('');
  }
  // stable date order; balance assertions hold: running balance per account name as written
  const order = txns
    .map((_, i) => i)
    .sort((a, b) => (txns[a]!.date < txns[b]!.date ? -1 : txns[a]!.date > txns[b]!.date ? 1 : a - b));
  const running = new Map<string, number>();
  for (const i of order) {
    const t = txns[i]!;
    for (const p of t.postings) running.set(p.name, (running.get(p.name) ?? 0) + p.amount);
    for (const p of t.postings)
      if (p.assertion) p.assertText = `${p.elided ? '  ' : ' '}= ${commas(running.get(p.name)!)} VND`;
  }
  // expected entries: ids as written or L<line>, a repeated id renamed id@L<line> (in date order)
  const seen = new Set<string>();
  const expected: MinorEntryInput[] = order.map((i) => {
    const t = txns[i]!;
    let id = t.id ?? `L${t.line}`;
    if (seen.has(id)) id = `${id}@L${t.line}`;
    seen.add(id);
    return {
      id,
      postingDate: t.date as CalendarDate,
      description: t.description,
      ...(t.documentNumber === undefined ? {} : { documentNumber: t.documentNumber }),
      postings: t.postings.map((p) => ({ account: p.account, amount: p.amount })),
    };
  });
  let text = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    text += typeof l === 'string' ? l : `${l.head}${l.assertText ?? ''}${l.tail}`;
    if (i < lines.length - 1 || model.finalEol)
      text += model.crlf === 0 ? '\n' : model.crlf === 1 ? '\r\n' : i % 3 === bias % 3 ? '\r\n' : '\n';
  }
  return { text, expected, headerLines, lines: lines.length };
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const utf8 = new TextEncoder();

/** The same text as every input form the reader accepts. */
function inputForms(text: string): { readonly name: string; readonly input: string | Uint8Array }[] {
  const bytes = utf8.encode(text);
  // a view that does not start at the beginning of its buffer (as Node's pooled Buffers are)
  const big = new Uint8Array(bytes.length + 11).fill(0x0a);
  big.set(bytes, 5);
  const bom = new Uint8Array(bytes.length + 3);
  bom.set([0xef, 0xbb, 0xbf]);
  bom.set(bytes, 3);
  return [
    { name: 'string', input: text },
    { name: 'bytes', input: bytes },
    { name: 'Buffer', input: Buffer.from(text, 'utf8') },
    { name: 'offset view', input: big.subarray(5, 5 + bytes.length) },
    { name: 'string with BOM', input: `\ufeff${text}` },
    { name: 'bytes with BOM', input: bom },
  ];
}

/** Entries as the fields columns carry (no currency, memo or dimensions). */
function comparable(entries: readonly MinorEntryInput[]) {
  return entries.map((e) => ({
    id: e.id,
    postingDate: e.postingDate,
    description: e.description,
    documentNumber: e.documentNumber,
    postings: e.postings.map((p) => ({ account: p.account, amount: p.amount })),
  }));
}

/** Columns back to entries, by the documented meaning of EntryColumns. */
function fromColumns(c: EntryColumns) {
  expect(c.postingStart.length).toBe(c.ids.length + 1);
  expect(c.postingStart[0]).toBe(0);
  expect(c.postingStart[c.ids.length]).toBe(c.amounts.length);
  expect(c.accountIndex.length).toBe(c.amounts.length);
  expect(new Set(c.accounts).size).toBe(c.accounts.length);
  return c.ids.map((id, i) => {
    const postings: { account: string; amount: number }[] = [];
    for (let j = c.postingStart[i]!; j < c.postingStart[i + 1]!; j++)
      postings.push({ account: c.accounts[c.accountIndex[j]!]!, amount: c.amounts[j]! });
    return {
      id,
      postingDate: c.postingDates[i]!,
      description: c.descriptions[i]!,
      documentNumber: c.documentNumbers?.[i],
      postings,
    };
  });
}

const newLedger = (): Ledger => createLedger({ chart: chartOfAccounts('VN-TT99') });

/** Everything observable about the books that the two import routes must agree on. */
function books(l: Ledger) {
  return {
    size: l.size,
    head: l.head,
    entries: l.entries(),
    verify: l.verify(),
    tb: JSON.stringify(trialBalance(l, { to: calendarDate('2026-12-31') })),
    tbMid: JSON.stringify(
      trialBalance(l, { from: calendarDate('2026-02-15'), to: calendarDate('2026-03-31') }),
    ),
  };
}

function errorOf(f: () => unknown): { code: unknown; path: unknown } {
  try {
    f();
  } catch (e) {
    const err = e as { code?: unknown; path?: unknown };
    return { code: err.code, path: err.path };
  }
  throw new Error('expected an error');
}

/** A foreign-currency transaction (needs the object route). */
const FOREIGN = [
  '2026-01-20 * (UNC-5) Mua USD ; id:FX1',
  '    assets:bank:1122    100.00 USD @ 25,000 VND',
  '    assets:bank:1121',
  '',
  '2026-01-21 Mua USD tổng giá',
  '    assets:bank:1122    -12.5 USD @@ 312,500 VND',
  '    assets:bank:1121    312500 VND',
  '',
].join('\n');

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('plain-text reader on strings and on UTF-8 bytes', () => {
  it('the model renderer itself: a hand-written journal gives the hand-worked entries', () => {
    // guards the oracle: if render() were wrong the properties below could agree with a wrong reader
    const text = [
      '2026-02-03 * (PT-01)\u00a0 Bán hàng \u3000 ; id:A1',
      '    assets:cash:1111  1,000,000 VND',
      '\t5111',
      '',
      '2026/1/5 Đặt cọc🙂',
      '    331    VND -7',
      '    ; id:Đơn-7',
      '    1121  7',
    ].join('\r\n');
    const expected = [
      {
        id: 'Đơn-7',
        postingDate: '2026-01-05',
        description: 'Đặt cọc🙂',
        postings: [
          { account: '331', amount: -7 },
          { account: '1121', amount: 7 },
        ],
      },
      {
        id: 'A1',
        postingDate: '2026-02-03',
        description: 'Bán hàng',
        documentNumber: 'PT-01',
        postings: [
          { account: '1111', amount: 1_000_000 },
          { account: '5111', amount: -1_000_000 },
        ],
      },
    ];
    for (const { input } of inputForms(text)) expect(parsePlainTextJournal(input).entries).toEqual(expected);
    // and render() on a model of a similar shape agrees with the reader
    const r = render({
      crlf: 1,
      finalEol: false,
      txns: [
        {
          month: 2,
          day: 3,
          dateForm: 0,
          secondary: false,
          sp: ' ',
          status: '* ',
          code: 'PT-01',
          codeSp: ' ',
          lead: '\u00a0 ',
          words: ['Bán hàng'],
          inner: ' ',
          trail: ' \u3000',
          headerId: 'A1',
          headerNote: 0,
          commentId: undefined,
          comments: [],
          postings: [
            {
              indent: '    ',
              status: '',
              prefix: 'assets:cash:',
              code: '1111',
              amount: 1_000_000,
              form: 'commas',
              sep: '  ',
              trailing: '',
              assertion: true,
              memo: false,
            },
            {
              indent: '\t',
              status: '',
              prefix: '',
              code: '5111',
              amount: -1_000_000,
              form: 'plain',
              sep: '  ',
              trailing: '',
              assertion: false,
              memo: false,
            },
          ],
          elided: 1,
          between: [''],
        },
      ],
    });
    expect(r.text).toBe(
      '2026-02-03 * (PT-01) \u00a0 Bán hàng \u3000 ; id:A1\r\n    assets:cash:1111  1,000,000 VND = 1,000,000 VND\r\n\t5111\r\n',
    );
    expect(r.expected).toEqual([expected[1]]);
  });

  it('reads a string, its UTF-8 bytes, a Buffer, an offset view and a BOM-prefixed copy the same, as the model says', () => {
    fc.assert(
      fc.property(journalArb(), fc.nat(5), (model, bias) => {
        const r = render(model, bias);
        const reference = parsePlainTextJournal(r.text).entries;
        expect(reference).toEqual(r.expected);
        for (const { name, input } of inputForms(r.text))
          expect(parsePlainTextJournal(input).entries, name).toEqual(reference);
      }),
      { numRuns: 150, seed: 20261126 },
    );
  });

  it('trims descriptions exactly like String.prototype.trim, on the fast and the general path', () => {
    // every white space of trim() at either edge, around ASCII, Vietnamese and astral letters
    const spaces = [
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u200a',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff',
      '\u000b',
      '\u000c',
    ];
    const arb = fc.record({
      lead: fc.array(fc.constantFrom(' ', '\t', ...spaces), { maxLength: 3 }).map((a) => a.join('')),
      trail: fc.array(fc.constantFrom(' ', '\t', ...spaces), { maxLength: 3 }).map((a) => a.join('')),
      word: fc.constantFrom(
        'Bán hàng',
        'Đặt cọc',
        'Chi phí lãi vay',
        '🙂 ok 🙂',
        'Ω',
        'x',
        'ữ\u00a0ữ',
        '\u0085x\u0085',
      ),
      header: fc.constantFrom(
        '2026-01-05 ',
        '2026-01-05 * ',
        '2026-01-05 (C1) ',
        '2026/1/5 ',
        '2026-01-05\t! (C2)',
      ),
      comment: fc.constantFrom('', ' ; id:🙂x', ';x'),
      eol: fc.constantFrom('\n', '\r\n'),
    });
    fc.assert(
      fc.property(arb, ({ lead, trail, word, header, comment, eol }) => {
        const raw = `${lead}${word}${trail}`;
        const text = `${header}${raw}${comment}${eol}    1111  5${eol}    5111  -5${eol}`;
        for (const { name, input } of inputForms(text)) {
          const [e] = parsePlainTextJournal(input).entries;
          expect(e!.description, name).toBe(raw.trim());
          expect(e!.id, name).toBe(comment.includes('id:') ? '🙂x' : 'L1');
          const [c] = fromColumns(parsePlainTextColumns(input)!);
          expect(c!.description, name).toBe(raw.trim());
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('reads ids with emoji, non-ASCII letters, spaces after id: and several tags as the regular expression does', () => {
    const cases: [string, string][] = [
      ['; id:🙂', '🙂'],
      ['; id: Đơn-7', 'Đơn-7'],
      ['; tag:x, id:A1, id:B2', 'A1'],
      ['; uuid:zz, id:B2', 'B2'],
      ['; id:, id:C3', 'C3'],
      ['; xid:no', 'L1'],
      ['; Đid:D4', 'D4'],
      ['; id:\u00a0E5', 'E5'],
      ['; id:F6\u00a0tail', 'F6'],
      ['; id:G7\ttail', 'G7'],
      ['; id:a🙂b,c', 'a🙂b'],
    ];
    for (const [comment, id] of cases)
      for (const header of ['2026-01-05 Sale ', '2026/01/05 Sale '])
        for (const { name, input } of inputForms(`${header}${comment}\r\n    1111  5\r\n    5111  -5\r\n`))
          expect(parsePlainTextJournal(input).entries[0]!.id, `${header}${comment} (${name})`).toBe(id);
  });
});

describe('numbers and bytes at the edges of the fast path', () => {
  /** `minor` minor units of a currency with `scale` decimals, in one of many spellings. */
  function spell(minor: number, scale: number, code: string, form: number, extraZeros: number): string {
    const abs = String(Math.abs(minor)).padStart(scale + 1, '0');
    const int = abs.slice(0, abs.length - scale);
    const frac = abs.slice(abs.length - scale) + '0'.repeat(extraZeros);
    const intPart = form & 1 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
    const num = frac === '' || (form & 2 && /^0+$/.test(frac)) ? intPart : `${intPart}.${frac}`;
    const sign = minor < 0 ? '-' : form & 4 ? '+' : '';
    return [`${sign}${num}`, `${sign}${num} ${code}`, `${code} ${sign}${num}`][(form >> 3) % 3]!;
  }

  it('every spelling of an amount reads to the same minor units (VND, USD, KWD), up to 2^53 - 1', () => {
    const arb = fc.record({
      currency: fc.constantFrom(
        { code: 'VND', scale: 0 },
        { code: 'USD', scale: 2 },
        { code: 'KWD', scale: 3 },
      ),
      postings: fc.array(
        fc.record({
          minor: fc.oneof(
            fc.integer({ min: -1_000_000, max: 1_000_000 }),
            fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
            fc.constantFrom(
              1e14,
              1e15 - 1,
              1e15,
              1e15 + 1,
              -(1e15 - 1),
              Number.MAX_SAFE_INTEGER,
              -Number.MAX_SAFE_INTEGER,
            ),
          ),
          form: fc.nat(23),
          extraZeros: fc.constantFrom(0, 0, 0, 1, 3),
          sep: fc.constantFrom('  ', '\t', '    '),
          eol: fc.constantFrom('\n', '\r\n', '  \n', '\t\r\n'),
        }),
        { minLength: 2, maxLength: 8 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ currency: { code, scale }, postings }) => {
        const live = postings.filter((p) => p.minor !== 0);
        fc.pre(live.length >= 2);
        let text = '2026-01-05 Số lớn\n';
        live.forEach((p, k) => {
          text += `    a${k}${p.sep}${spell(p.minor, scale, code, p.form, p.extraZeros)}${p.eol}`;
        });
        const options = { functionalCurrency: code, mapAccount: (name: string) => name };
        const expected = live.map((p, k) => ({ account: `a${k}`, amount: p.minor }));
        for (const input of [text, utf8.encode(text)]) {
          expect(parsePlainTextJournal(input, options).entries[0]!.postings).toEqual(expected);
          expect(fromColumns(parsePlainTextColumns(input, options)!)[0]!.postings).toEqual(expected);
        }
        // one more digit than the currency has is an error on that line (unless it is a zero)
        const bad = `2026-01-05 x\n    a  1.${'0'.repeat(scale)}5 ${code}\n    b\n`;
        expect(errorOf(() => parsePlainTextJournal(utf8.encode(bad), options))).toEqual({
          code: 'LEDGER/PLAIN_TEXT_SYNTAX',
          path: ['line', 2],
        });
      }),
      { numRuns: 200, seed: 31337 },
    );
    // beyond 2^53 - 1 minor units: an error, not a rounded number
    expect(errorOf(() => parsePlainTextJournal('2026-01-05 x\n    a  9007199254740993\n    b\n'))).toEqual({
      code: 'LEDGER/PLAIN_TEXT_SYNTAX',
      path: ['line', 2],
    });
  });

  it('bytes that are not valid UTF-8 read as their decoded text does (U+FFFD), entries or error alike', () => {
    const junk = [
      [0x80],
      [0xff],
      [0xc3],
      [0xe1, 0xba],
      [0xed, 0xa0, 0x80],
      [0xf0, 0x9f, 0x99],
      [0xe3, 0x80, 0x80, 0x80],
      [0xc0, 0xaf],
    ];
    const outcome = (input: string | Uint8Array) => {
      try {
        return { entries: parsePlainTextJournal(input).entries };
      } catch (e) {
        return errorOf(() => {
          throw e;
        });
      }
    };
    fc.assert(
      fc.property(
        journalArb(),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...junk)), { minLength: 1, maxLength: 4 }),
        (model, inserts) => {
          const bytes = utf8.encode(render(model).text);
          const parts: number[] = [...bytes];
          for (const [at, seq] of inserts) parts.splice(at % (parts.length + 1), 0, ...seq);
          const broken = Uint8Array.from(parts);
          const decoded = new TextDecoder().decode(broken);
          expect(outcome(broken)).toEqual(outcome(decoded));
        },
      ),
      { numRuns: 150, seed: 65533 },
    );
  });
});

describe('large journals: caches, hash collisions and growing buffers', () => {
  /** A small deterministic PRNG (the test must not depend on Math.random). */
  function prng(seed: number): () => number {
    let x = seed >>> 0;
    return () => {
      x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
      return x / 2 ** 32;
    };
  }

  it('reads thousands of transactions with many names and descriptions exactly (FNV-1a collisions included)', () => {
    // 'tk:agpvu'/'tk:a13ea' and 'tk:agpvv'/'tk:a13eb' have the same 32-bit FNV-1a hash: the
    // interned-name table must still tell them apart
    const names = ['tk:agpvu', 'tk:a13ea', 'tk:agpvv', 'tk:a13eb'];
    for (let i = 0; i < 1500; i++) names.push(`tk:${String(i).padStart(5, '0')}`, `Tài khoản ${i}`);
    for (const shortLines of [false, true]) {
      const rnd = prng(shortLines ? 17 : 23);
      const pick = (k: number) => Math.floor(rnd() * k);
      const n = 4000;
      const rows: { date: string; description: string; postings: [string, number][]; line: number }[] = [];
      let text = '';
      let line = 1;
      for (let t = 0; t < n; t++) {
        const date = `2026-0${1 + pick(3)}-${pad2(1 + pick(28))}`;
        // equal-length descriptions, far more than the 4096 slots of the description cache
        const description = shortLines ? '' : `Bán hàng ${String(pick(9000)).padStart(4, '0')}`;
        const count = shortLines ? 2 : 2 + pick(3);
        const postings: [string, number][] = [];
        let sum = 0;
        for (let k = 0; k < count - 1; k++) {
          const amount = shortLines ? 1 + pick(9) : pick(2_000_000) - 1_000_000 || 1;
          postings.push([shortLines ? 'ab'[pick(2)]! : names[pick(names.length)]!, amount]);
          sum += amount;
        }
        postings.push([shortLines ? 'c' : names[pick(names.length)]!, -sum]);
        rows.push({ date, description, postings, line });
        text += `${date}${description === '' ? '' : ` ${description}`}\n`;
        for (const [name, amount] of postings)
          text += shortLines ? `\t${name}\t${amount}\n` : `    ${name}  ${amount} VND\n`;
        line += 1 + postings.length;
      }
      const order = rows
        .map((_, i) => i)
        .sort((a, b) => (rows[a]!.date < rows[b]!.date ? -1 : rows[a]!.date > rows[b]!.date ? 1 : a - b));
      const expected = order.map((i) => ({
        id: `L${rows[i]!.line}`,
        postingDate: rows[i]!.date,
        description: rows[i]!.description,
        documentNumber: undefined,
        postings: rows[i]!.postings.map(([account, amount]) => ({ account, amount })),
      }));
      const options = { mapAccount: (name: string) => name };
      for (const input of [text, utf8.encode(text)]) {
        expect(comparable(parsePlainTextJournal(input, options).entries)).toEqual(expected);
        expect(fromColumns(parsePlainTextColumns(input, options)!)).toEqual(expected);
      }
    }
  });
});

describe('parsePlainTextColumns', () => {
  it('columns converted back to entries equal parsePlainTextJournal on mixed fast/general journals', () => {
    fc.assert(
      fc.property(journalArb(), fc.nat(5), (model, bias) => {
        const r = render(model, bias);
        const objects = comparable(parsePlainTextJournal(r.text).entries);
        expect(objects).toEqual(comparable(r.expected));
        for (const input of [r.text, utf8.encode(r.text)]) {
          const columns = parsePlainTextColumns(input);
          expect(columns).toBeDefined();
          expect(fromColumns(columns!)).toEqual(objects);
        }
      }),
      { numRuns: 150, seed: 99 },
    );
  });

  it('columns equal objects on journals the byte scanner reads whole, out of date order (moved to their places)', () => {
    // only lines the byte scanner reads: headers with status, codes and ids, postings with an
    // amount in VND; random dates over three years, so transactions move
    const txn = fc.record({
      date: fc.date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
      status: fc.constantFrom('', '* ', '! '),
      code: fc.option(fc.constantFrom('PT-01', 'HĐ 0001234', 'PC/7'), { nil: undefined }),
      description: fc.constantFrom('Bán hàng', 'Thu tiền', 'Sale', ''),
      id: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
      amounts: fc.array(
        fc.integer({ min: -1e9, max: 1e9 }).filter((x) => x !== 0),
        { minLength: 1, maxLength: 3 },
      ),
      accounts: fc.array(fc.constantFrom('1111', '131', 'assets:bank:1121', '5111', '33311'), {
        minLength: 4,
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(fc.array(txn, { minLength: 1, maxLength: 30 }), fc.boolean(), (txns, finalEol) => {
        const text = txns
          .map((t) => {
            const amounts = [...t.amounts, -t.amounts.reduce((a, b) => a + b, 0)];
            const head = `${t.date.toISOString().slice(0, 10)} ${t.status}${t.code === undefined ? '' : `(${t.code}) `}${t.description}${t.id === undefined ? '' : `  ; id:E${t.id}`}`;
            return [head, ...amounts.map((a, k) => `    ${t.accounts[k]!}  ${a} VND`)].join('\n');
          })
          .join('\n\n')
          .concat(finalEol ? '\n' : '');
        const columns = parsePlainTextColumns(text)!;
        expect(fromColumns(columns)).toEqual(comparable(parsePlainTextJournal(text).entries));
        const l = newLedger();
        importPlainTextJournal(l, text);
        const m = newLedger();
        m.postBatchMinor(parsePlainTextJournal(text).entries);
        // trial balances over ranges that cut the journal (segment totals serve only whole spans), before any
        // entry object is built (then totals come from the columns)
        for (const [from, to] of [
          [undefined, '2026-06-30'],
          ['2026-01-01', '2027-12-31'],
          [undefined, '2027-12-31'],
          ['2025-01-01', '2025-12-31'],
        ] as const) {
          const range = { ...(from === undefined ? {} : { from: calendarDate(from) }), to: calendarDate(to) };
          expect(JSON.stringify(trialBalance(l, range))).toBe(JSON.stringify(trialBalance(m, range)));
        }
        expect(l.entries()).toEqual(m.entries());
        expect(l.head).toBe(m.head);
        // into books that already hold an entry: the columns are put in date order first
        const first = {
          id: 'OPEN',
          postingDate: calendarDate('2024-12-31'),
          description: 'opening',
          postings: [
            { account: '1111', amount: 7 },
            { account: '5111', amount: -7 },
          ],
        };
        const l2 = newLedger();
        l2.postBatchMinor([first]);
        importPlainTextJournal(l2, utf8.encode(text));
        const m2 = newLedger();
        m2.postBatchMinor([first]);
        m2.postBatchMinor(parsePlainTextJournal(text).entries);
        expect(books(l2)).toEqual(books(m2));
      }),
      { numRuns: 200, seed: 6 },
    );
  });

  it('a transaction with fewer than two postings is reported first in date order, on every route', () => {
    const text = [
      '2026-03-01 late and short  ; id:A',
      '    1111  5 VND',
      '',
      '2026-02-01 fine  ; id:B',
      '    1111  5 VND',
      '    5111  -5 VND',
      '',
      '2026-01-15 early and short  ; id:C',
      '    5111  5 VND',
      '',
    ].join('\n');
    for (const input of [text, utf8.encode(text)]) {
      for (const read of [
        () => parsePlainTextJournal(input),
        () => parsePlainTextColumns(input),
        () => importPlainTextJournal(newLedger(), input),
      ])
        expect(errorOf(read)).toEqual({ code: 'LEDGER/PLAIN_TEXT_SYNTAX', path: ['line', 8] });
    }
  });

  it('a locked period refuses an imported entry wherever it is in the file, as objects do', () => {
    // plain lines only, the locked entry last in date order but not in the file, or first
    for (const [a, b] of [
      ['2026-02-10', '2026-01-20'],
      ['2026-01-20', '2026-02-10'],
      ['2026-02-10', '2026-01-31'],
    ] as const) {
      const text = `${a} one  ; id:A\n    1111  5 VND\n    5111  -5 VND\n\n${b} two  ; id:B\n    1111  7 VND\n    5111  -7 VND\n`;
      const locked = () =>
        createLedger({ chart: chartOfAccounts('VN-TT99'), lockedThrough: calendarDate('2026-01-31') });
      const l = locked();
      const m = locked();
      expect(errorOf(() => importPlainTextJournal(l, text))).toEqual(
        errorOf(() => m.postBatchMinor(parsePlainTextJournal(text).entries)),
      );
      expect(errorOf(() => importPlainTextJournal(l, text)).code).toBe('LEDGER/PERIOD_CLOSED');
      expect(l.size).toBe(0);
    }
  });

  it('tells apart descriptions that share their length and the bytes the cache keys on', () => {
    // same length, first, middle and last two bytes: only a byte-by-byte comparison separates them
    const texts = ['ABxDE', 'ACxDE', 'AđxDE', 'ABxDE', 'AĐxDE', 'ACxDE'];
    const text = texts
      .map((d, i) => `2026-01-0${1 + (i % 9)} ${d}  ; id:D${i}\n    1111  1 VND\n    5111  -1 VND\n`)
      .join('\n');
    expect(parsePlainTextJournal(text).entries.map((e) => e.description)).toEqual(texts);
    expect(parsePlainTextColumns(utf8.encode(text))?.descriptions).toEqual(texts);
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    importPlainTextJournal(l, text);
    expect(l.entries().map((e) => e.description)).toEqual(texts);
  });

  it('balance assertions count every posting before them, read in place or as objects, in VND and in USD', () => {
    // many byte-scanned postings, then assertions: the balance of 1111 in VND, and of 1122 in USD
    // (USD postings go the object way, with their prices)
    const lines: string[] = [];
    let cash = 0;
    for (let i = 0; i < 300; i++) {
      const a = 1000 + i * 7;
      cash += a;
      lines.push(
        `2026-01-${pad2(1 + (i % 28))} sale  ; id:S${i}`,
        `    1111  ${a} VND`,
        `    5111  -${a} VND`,
        '',
      );
    }
    const usd = [
      '2026-01-20 buy USD  ; id:FX1',
      '    1122    100.00 USD @ 25,000 VND',
      '    1121',
      '',
      '2026-01-21 buy USD  ; id:FX2',
      '    1122    50.25 USD @ 25,000 VND',
      '    1121',
      '',
    ];
    const check = (vnd: number, usdCents: number) =>
      [
        '2026-01-31 count  ; id:CHK',
        `    1111  1 VND = ${vnd + 1} VND`,
        `    1122  0.00 USD @ 25,000 VND = ${(usdCents / 100).toFixed(2)} USD`,
        '    5111  -1 VND',
        '',
      ].join('\n');
    const good = [...lines, ...usd, check(cash, 15025)].join('\n');
    const newBooks = () => createLedger({ chart: chartOfAccounts('VN-TT99') });
    const viaObjects = newBooks();
    viaObjects.postBatchMinor(parsePlainTextJournal(good).entries);
    const viaImport = newBooks();
    importPlainTextJournal(viaImport, utf8.encode(good));
    expect(viaImport.head).toBe(viaObjects.head);
    for (const bad of [check(cash - 1, 15025), check(cash, 15024)]) {
      const text = [...lines, ...usd, bad].join('\n');
      const expected = errorOf(() => parsePlainTextJournal(text));
      expect(expected.code).toBe('LEDGER/BALANCE_ASSERTION');
      expect(errorOf(() => importPlainTextJournal(newBooks(), text))).toEqual(expected);
    }
    // without the USD postings the journal is read by the byte scanner but the assertion
    const vndOnly = [
      ...lines,
      '2026-01-31 count  ; id:CHK',
      `    1111  1 VND = ${cash + 1} VND`,
      '    5111  -1 VND',
      '',
    ].join('\n');
    const a = newBooks();
    importPlainTextJournal(a, vndOnly);
    const b = newBooks();
    b.postBatchMinor(parsePlainTextJournal(vndOnly).entries);
    expect(a.head).toBe(b.head);
    const wrong = vndOnly.replace(`= ${cash + 1} VND`, `= ${cash} VND`);
    const wrongObjects = errorOf(() => parsePlainTextJournal(wrong));
    expect(wrongObjects.code).toBe('LEDGER/BALANCE_ASSERTION');
    expect(errorOf(() => importPlainTextJournal(newBooks(), wrong))).toEqual(wrongObjects);
    expect(errorOf(() => parsePlainTextColumns(wrong))).toEqual(wrongObjects);
  });

  it('columns equal objects on plain journals already in date order (postings used in place)', () => {
    fc.assert(
      fc.property(journalArb(true), (model) => {
        const sorted: JournalModel = {
          ...model,
          txns: [...model.txns].sort((a, b) => a.month - b.month || a.day - b.day),
        };
        const r = render(sorted, 1);
        const columns = parsePlainTextColumns(r.text)!;
        expect(fromColumns(columns)).toEqual(comparable(r.expected));
        expect(fromColumns(columns)).toEqual(comparable(parsePlainTextJournal(r.text).entries));
        // each account code appears once in `accounts`, whatever names mapped to it
        expect([...columns.accounts].sort()).toEqual(
          [...new Set(r.expected.flatMap((e) => e.postings.map((p) => p.account)))].sort(),
        );
      }),
      { numRuns: 80, seed: 5 },
    );
  });

  it('is undefined when any posting is in a foreign currency (@ or @@), wherever it is', () => {
    fc.assert(
      fc.property(journalArb(), fc.nat(), fc.constantFrom(0, 1), (model, at, which) => {
        const r = render(model);
        const lines = r.text.split('\n');
        const cut = r.headerLines[at % r.headerLines.length]! - 1;
        const fx = FOREIGN.split('\n\n')[which]!;
        const text = [...lines.slice(0, cut), '', fx, '', ...lines.slice(cut)].join('\n');
        expect(parsePlainTextColumns(text)).toBeUndefined();
        expect(parsePlainTextColumns(utf8.encode(text))).toBeUndefined();
        // and the object reader still reads it, with the foreign posting converted
        const fxEntries = parsePlainTextJournal(text).entries.filter((e) =>
          e.postings.some((p) => p.currency === 'USD'),
        );
        expect(fxEntries).toHaveLength(1);
        expect(fxEntries[0]!.postings.find((p) => p.currency === 'USD')).toMatchObject(
          which === 0
            ? { account: '1122', amount: 2_500_000, originalAmount: 10000, rate: '25000' }
            : { account: '1122', amount: -312_500, originalAmount: -1250 },
        );
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});

describe('importPlainTextJournal', () => {
  it('gives the same books as postBatchMinor(parsePlainTextJournal(text).entries)', () => {
    fc.assert(
      fc.property(journalArb(false, 2), fc.nat(5), fc.boolean(), (model, bias, asBytes) => {
        const r = render(model, bias);
        const a = newLedger();
        const b = newLedger();
        const result = importPlainTextJournal(a, asBytes ? utf8.encode(r.text) : r.text);
        const stored = b.postBatchMinor(parsePlainTextJournal(r.text).entries);
        expect(result).toEqual({ posted: r.expected.length, replayed: 0 });
        expect(stored).toHaveLength(r.expected.length);
        expect(books(a)).toEqual(books(b));
        expect(a.verify().ok).toBe(true);
        // a second import is an idempotent replay: nothing changes
        const before = books(a);
        expect(importPlainTextJournal(a, r.text)).toEqual({ posted: 0, replayed: r.expected.length });
        expect(books(a)).toEqual(before);
        // the import into an empty ledger hands over the reader's index of ids: every id is
        // found, a new id posts, a known id with other content is a conflict, on both ledgers
        for (const e of b.entries()) expect(a.entry(e.id)).toEqual(e);
        expect(a.entry('not-there')).toBeUndefined();
        const fresh = {
          id: 'NEW-1',
          postingDate: calendarDate('2026-12-31'),
          description: 'after the import',
          postings: [
            { account: '1111', amount: 5 },
            { account: '5111', amount: -5 },
          ],
        };
        expect(a.postBatchMinor([fresh])).toEqual(b.postBatchMinor([fresh]));
        const taken = { ...fresh, id: b.entries()[0]!.id };
        expect(errorOf(() => a.postBatchMinor([taken]))).toEqual(errorOf(() => b.postBatchMinor([taken])));
        expect(books(a)).toEqual(books(b));
      }),
      { numRuns: 40, seed: 314 },
    );
  });

  it('passes the reader options (mapAccount) and the post options (priorPeriodAdjustment) through, on both routes', () => {
    // 1111 is read as 1121: if the options were dropped the books would differ
    const mapAccount = (name: string) => {
      const code = name.slice(name.lastIndexOf(':') + 1);
      return code === '1111' ? '1121' : code;
    };
    fc.assert(
      fc.property(journalArb(false, 2), fc.boolean(), (model, foreign) => {
        const text = `${foreign ? FOREIGN : ''}${render(model).text}`;
        const locked = () =>
          createLedger({ chart: chartOfAccounts('VN-TT99'), lockedThrough: calendarDate('2026-01-31') });
        const entries = parsePlainTextJournal(text, { mapAccount }).entries;
        const a = locked();
        const b = locked();
        const inJanuary = entries.some((e) => e.postingDate <= '2026-01-31');
        if (inJanuary) {
          const viaImport = errorOf(() => importPlainTextJournal(a, text, { mapAccount }));
          expect(viaImport).toEqual(errorOf(() => b.postBatchMinor(entries)));
          expect(viaImport.code).toBe('LEDGER/PERIOD_CLOSED');
          expect(a.size).toBe(0);
        }
        const result = importPlainTextJournal(a, text, { mapAccount }, { priorPeriodAdjustment: true });
        b.postBatchMinor(entries, { priorPeriodAdjustment: true });
        expect(result).toEqual({ posted: entries.length, replayed: 0 });
        expect(books(a)).toEqual(books(b));
        expect(a.entries().some((e) => e.postings.some((p) => p.account === '1111'))).toBe(false);
      }),
      { numRuns: 25, seed: 8080 },
    );
  });

  it('imports a foreign-currency journal by the object route with the same result', () => {
    fc.assert(
      fc.property(journalArb(false, 1), (model) => {
        const text = `${FOREIGN}\n${render(model).text}`;
        const a = newLedger();
        const b = newLedger();
        const n = parsePlainTextJournal(text).entries.length;
        expect(importPlainTextJournal(a, utf8.encode(text))).toEqual({ posted: n, replayed: 0 });
        b.postBatchMinor(parsePlainTextJournal(text).entries);
        expect(books(a)).toEqual(books(b));
        expect(a.currencyBalances('1122')[0]?.original.amount.toString()).toBe('87.5');
        expect(importPlainTextJournal(a, text)).toEqual({ posted: 0, replayed: n });
        expect(books(a)).toEqual(books(b));
      }),
      { numRuns: 15, seed: 2718 },
    );
  });

  it('an unbalanced transaction or an unknown account: same error code and path as the object route, books unchanged', () => {
    fc.assert(
      fc.property(
        journalArb(false, 2),
        fc.nat(),
        fc.constantFrom('unbalanced', 'unknown', 'unbalanced-fx'),
        fc.boolean(),
        (model, at, kind, seeded) => {
          const r = render(model);
          const lines = r.text.split('\n');
          const cut = r.headerLines[at % r.headerLines.length]! - 1;
          const bad =
            kind === 'unbalanced'
              ? '2026-02-10 * (PT-9) Lệch\n    bank:1111  1000\n    bank:5111  -999\n'
              : kind === 'unknown'
                ? '2026-02-10 Sai tài khoản\n    assets:9999  1000 VND\n    bank:5111\n'
                : '2026-02-10 Lệch ngoại tệ\n    bank:1122  1.00 USD @ 25,000 VND\n    bank:1121  -24999\n';
          const text = [...lines.slice(0, cut), '', bad, ...lines.slice(cut)].join('\n');
          const a = newLedger();
          const b = newLedger();
          if (seeded) {
            // the ledgers already hold books: the failed import must leave them as they were
            const seed = '2026-01-01 Góp vốn ; id:SEED\n    1121  500000000\n    4111\n';
            importPlainTextJournal(a, seed);
            b.postBatchMinor(parsePlainTextJournal(seed).entries);
          }
          const before = books(a);
          const viaImport = errorOf(() => importPlainTextJournal(a, text));
          const viaObjects = errorOf(() => b.postBatchMinor(parsePlainTextJournal(text).entries));
          expect(viaImport).toEqual(viaObjects);
          expect(viaImport.code).toBe(kind === 'unknown' ? 'LEDGER/UNKNOWN_ACCOUNT' : 'LEDGER/UNBALANCED');
          expect((viaImport.path as unknown[])[0]).toBe('entries');
          expect(books(a)).toEqual(before);
          expect(books(b)).toEqual(before);
        },
      ),
      { numRuns: 40, seed: 1618 },
    );
  });

  it('reports syntax errors and failed assertions of the journal, as parsePlainTextJournal does', () => {
    const a = newLedger();
    const text = '2026-01-05 Sale\n    1111  5 VND = 4 VND\n    5111\n';
    expect(errorOf(() => importPlainTextJournal(a, text))).toEqual({
      code: 'LEDGER/BALANCE_ASSERTION',
      path: ['line', 2],
    });
    expect(errorOf(() => importPlainTextJournal(a, `${FOREIGN}\n${text}`))).toEqual({
      code: 'LEDGER/BALANCE_ASSERTION',
      path: ['line', 10],
    });
    expect(a.size).toBe(0);
  });
});

describe('syntax errors name the 1-based line, for strings and bytes, after CRLF lines and a BOM', () => {
  type Fault =
    | 'decimals'
    | 'garbage'
    | 'date'
    | 'virtual'
    | 'twoElided'
    | 'onePosting'
    | 'outside'
    | 'foreignNoPrice';
  const FAULTS: readonly Fault[] = [
    'decimals',
    'garbage',
    'date',
    'virtual',
    'twoElided',
    'onePosting',
    'outside',
    'foreignNoPrice',
  ];

  it('a fault injected before any transaction header is reported on its own line', () => {
    fc.assert(
      fc.property(
        journalArb(),
        fc.nat(),
        fc.constantFrom(...FAULTS),
        fc.constantFrom('\n', '\r\n'),
        (model, at, fault, eol) => {
          const r = render(model);
          // split keeping line structure; the renderer's own CR (if any) stays on each line
          const lines = r.text.split('\n');
          const cut = r.headerLines[at % r.headerLines.length]! - 1;
          let block: string[];
          let offset: number; // 0-based line of the fault within the block
          switch (fault) {
            case 'decimals':
              block = ['2026-02-01 x', '    1111  1.5 VND', '    5111'];
              offset = 1;
              break;
            case 'garbage':
              block = ['2026-02-01 x', '    1111  12x34', '    5111'];
              offset = 1;
              break;
            case 'date':
              block = ['2026-02-30 * Ngày sai', '    1111  1', '    5111'];
              offset = 0;
              break;
            case 'virtual':
              block = ['2026-02-01 x', '    (1111)  1', '    5111  -1'];
              offset = 1;
              break;
            case 'twoElided':
              block = ['2026-02-01 x', '    1111  1', '    5111', '    131'];
              offset = 3;
              break;
            case 'onePosting':
              block = ['2026-02-01 Một dòng', '    1111  1'];
              offset = 0;
              break;
            case 'outside':
              block = ['account 1111', '    1111  1'];
              offset = 1;
              break;
            case 'foreignNoPrice':
              block = ['2026-02-01 x', '    1122  1.00 USD', '    1121'];
              offset = 1;
              break;
          }
          const text = [
            ...lines.slice(0, cut),
            ...block.map((l) => l + (eol === '\r\n' ? '\r' : '')),
            '',
            ...lines.slice(cut),
          ].join('\n');
          const expected = { code: 'LEDGER/PLAIN_TEXT_SYNTAX', path: ['line', cut + offset + 1] };
          for (const { name, input } of inputForms(text)) {
            expect(
              errorOf(() => parsePlainTextJournal(input)),
              name,
            ).toEqual(expected);
            if (fault !== 'foreignNoPrice')
              expect(
                errorOf(() => parsePlainTextColumns(input)),
                name,
              ).toEqual(expected);
            expect(
              errorOf(() => importPlainTextJournal(newLedger(), input)),
              name,
            ).toEqual(expected);
          }
        },
      ),
      { numRuns: 120, seed: 4242 },
    );
  });

  it('a fault on the very first line, after a BOM, is line 1; on the last line without a newline, the last line', () => {
    for (const eol of ['\n', '\r\n']) {
      const first = `2026-13-01 x${eol}    1111  1${eol}    5111${eol}`;
      const last = `; c${eol}${eol}2026-01-01 x${eol}    1111  1${eol}    5111  1.5`;
      for (const { name, input } of inputForms(first))
        expect(
          errorOf(() => parsePlainTextJournal(input)),
          name,
        ).toEqual({ code: 'LEDGER/PLAIN_TEXT_SYNTAX', path: ['line', 1] });
      for (const { name, input } of inputForms(last))
        expect(
          errorOf(() => parsePlainTextJournal(input)),
          name,
        ).toEqual({ code: 'LEDGER/PLAIN_TEXT_SYNTAX', path: ['line', 5] });
    }
  });
});

describe('ids and names the fast path must leave to the general reader', () => {
  it('renames a repeated id until it is unused, also when an explicit id already has the renamed form', () => {
    const text = [
      '2026-01-01 first  ; id:A@L9',
      '    1111  1',
      '    5111  -1',
      '',
      '2026-01-02 second  ; id:A',
      '    1111  1',
      '    5111  -1',
      '',
      '2026-01-03 third  ; id:A',
      '    1111  1',
      '    5111  -1',
      '',
    ].join('\n');
    const ids = parsePlainTextJournal(text).entries.map((e) => e.id);
    expect(ids).toEqual(['A@L9', 'A', 'A@L9.2']);
    expect(new Set(ids).size).toBe(3);
    expect(parsePlainTextColumns(text)?.ids).toEqual(ids);
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    expect(importPlainTextJournal(l, text)).toEqual({ posted: 3, replayed: 0 });
  });

  it('orders transactions stably by date over many years (several radix passes), fast and general headers alike', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            date: fc.date({ min: new Date('1999-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
            general: fc.boolean(),
          }),
          { minLength: 1, maxLength: 80 },
        ),
        (rows) => {
          const text = rows
            .map(({ date, general }, i) => {
              const d = date.toISOString().slice(0, 10);
              return `${general ? d.replaceAll('-', '/') : d} T${i}\n    1111  1\n    5111  -1\n`;
            })
            .join('\n');
          const want = rows
            .map((r, i) => ({ d: r.date.toISOString().slice(0, 10), i }))
            .sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.i - b.i))
            .map((r) => `T${r.i}`);
          expect(parsePlainTextJournal(text).entries.map((e) => e.description)).toEqual(want);
          expect(parsePlainTextColumns(text)?.descriptions).toEqual(want);
        },
      ),
      { numRuns: 100, seed: 99 },
    );
  });

  it('ids of every kind in a large journal (kept as bytes): as written, by line, read as text, renamed', () => {
    // 1,500 transactions, so the ids go through the sorted bulk index; each kind of id the reader
    // meets: plain ASCII in the header (read in place), none (L<line>), non-ASCII (read as text),
    // on a comment line (the general reader), in a header the general reader reads (a / date)
    for (const repeat of [false, true]) {
      const lines: string[] = [];
      const expected: string[] = [];
      for (let i = 0; i < 1500; i++) {
        const line = lines.length + 1;
        const kind = i % 5;
        const day = pad2(1 + (i % 28));
        const id = kind === 0 ? `E${i}` : kind === 2 ? `Đơn-${i}` : kind === 3 ? `C${i}` : `G${i}`;
        const header = kind === 4 ? `2026/01/${day} Bán hàng ; id:${id}` : `2026-01-${day} Bán hàng`;
        lines.push(kind === 0 || kind === 2 ? `${header}  ; id:${id}` : header);
        if (kind === 3) lines.push(`    ; ghi chú, id:${id}`);
        lines.push('    1111  1000 VND', '    5111  -1000 VND', '');
        expected.push(kind === 1 ? `L${line}` : id);
      }
      if (repeat) {
        // the 700th transaction (kind 4: its id in the header) repeats the 10th's id: it is
        // renamed after its line
        const at = lines.findIndex((l) => l.includes(`id:${expected[699]}`));
        lines[at] = lines[at]!.replace(`id:${expected[699]}`, `id:${expected[9]}`);
        expected[699] = `${expected[9]}@L${at + 1}`;
      }
      const text = lines.join('\n');
      // date order: stable by day
      const days = expected.map((_, i) => i % 28);
      const order = expected.map((_, i) => i).sort((a, b) => days[a]! - days[b]! || a - b);
      const want = order.map((i) => expected[i]!);
      expect(parsePlainTextJournal(text).entries.map((e) => e.id)).toEqual(want);
      expect(parsePlainTextColumns(utf8.encode(text))?.ids).toEqual(want);
      const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
      expect(importPlainTextJournal(l, utf8.encode(text))).toEqual({ posted: 1500, replayed: 0 });
      expect(l.entries().map((e) => e.id)).toEqual(want);
      for (const id of want) expect(l.entry(id)?.id).toBe(id);
      expect(l.entry('E1')).toBeUndefined();
      expect(l.verify().ok).toBe(true);
    }
  });

  it('trims account names exactly as String.prototype.trim, on elided postings too', () => {
    const text = '2026-01-05 x\n    1111 \t100\n    \u00a05111  -60\n    5111\u3000\n';
    const entries = parsePlainTextJournal(text).entries;
    expect(entries[0]!.postings).toEqual([
      { account: '1111', amount: 100 },
      { account: '5111', amount: -60 },
      { account: '5111', amount: -40 },
    ]);
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    expect(importPlainTextJournal(l, new TextEncoder().encode(text))).toEqual({ posted: 1, replayed: 0 });
  });
});
