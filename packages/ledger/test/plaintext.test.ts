import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calendarDate, money } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chartOfAccounts,
  createLedger,
  formatPlainTextJournal,
  type MinorEntryInput,
  parsePlainTextJournal,
  trialBalance,
} from '../src/index.js';

function has(tool: string): boolean {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const hasHledger = has('hledger');
const hasLedger = has('ledger');

const SAMPLE = `; sample journal
commodity 1,000 VND
account 1121

2026/01/05 * (PT-01) Owner contributes capital  ; id:CAP
    112:1121        500,000,000 VND
    411:4111:41111

2026-01-06 Buy USD
    112:1122        100.00 USD @ 25,000 VND
    112:1121       -2,500,000 VND = 497,500,000 VND

2026-01-07 ! Sale
    131             VND 1,100,000
    511:5111       -1000000 VND
    333:3331:33311      -100000 VND
`;

describe('plain-text journals (hledger / ledger-cli format)', () => {
  it('parses dates, codes, status, ids, commodities before/after, thousands separators, prices, elided amounts, assertions', () => {
    const { entries } = parsePlainTextJournal(SAMPLE);
    expect(entries.map((e) => e.id)).toEqual(['CAP', 'L9', 'L13']);
    expect(entries[0]).toMatchObject({
      postingDate: '2026-01-05',
      documentNumber: 'PT-01',
      description: 'Owner contributes capital',
    });
    expect(entries[0]!.postings.map((p) => [p.account, p.amount])).toEqual([
      ['1121', 500000000],
      ['41111', -500000000],
    ]);
    expect(entries[1]!.postings[0]).toMatchObject({
      account: '1122',
      amount: 2500000,
      currency: 'USD',
      originalAmount: 10000,
      rate: '25000',
    });
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    l.postBatchMinor(entries);
    expect(l.balances('1121').posted.amount.toString()).toBe('497500000');
    expect(l.currencyBalances('1122')[0]?.original.amount.toString()).toBe('100');
  });

  it('reports a failing balance assertion and syntax errors with the line', () => {
    expect(() => parsePlainTextJournal(SAMPLE.replace('= 497,500,000 VND', '= 1 VND'))).toThrow(
      expect.objectContaining({ code: 'LEDGER/BALANCE_ASSERTION', path: ['line', 11] }),
    );
    expect(() => parsePlainTextJournal('2026-01-01 x\n    a  1 VND\n    b\n    c\n')).toThrow(
      expect.objectContaining({ code: 'LEDGER/PLAIN_TEXT_SYNTAX', path: ['line', 4] }),
    );
    expect(() => parsePlainTextJournal('2026-01-01 x\n    a  1.5 VND\n    b\n')).toThrow(
      expect.objectContaining({ code: 'LEDGER/PLAIN_TEXT_SYNTAX', path: ['line', 2] }),
    );
    expect(() => parsePlainTextJournal('2026-01-01 x\n    a  1 USD\n    b\n')).toThrow(
      expect.objectContaining({ code: 'LEDGER/PLAIN_TEXT_SYNTAX', path: ['line', 2] }),
    );
  });

  it('reads transaction lines the same on the fast and the general path', () => {
    // the common shapes are read by char codes, the rest by the general reader: same result
    const fast = parsePlainTextJournal(
      [
        '2026-01-06 * (PC-1) Mua hàng  ; id:A1, tag',
        '    156  10 VND',
        '    331',
        '',
        '2026-01-05 ! Bán hàng ; uuid:x id: A2',
        '\t131\t-7',
        '    5111  7 VND\r',
        '',
        '2026-01-05 (PC-2)',
        '    1111  3 VND',
        '    ; id:ignored-first-is-header-less',
        '    5111  -3 VND',
      ].join('\n'),
    ).entries;
    const general = parsePlainTextJournal(
      [
        '2026/1/6=2026/1/8 * (PC-1) Mua hàng  ; id:A1, tag',
        '    156  10 VND',
        '    331',
        '',
        '2026-1-5 !  Bán hàng ; uuid:x id: A2',
        '\t131\t-7',
        '    5111  7 VND\r',
        '',
        '2026.01.05  (PC-2)',
        '    1111  3 VND',
        '    ; id:ignored-first-is-header-less',
        '    5111  -3 VND',
      ].join('\n'),
    ).entries;
    expect(fast).toEqual(general);
    expect(fast.map((e) => [e.id, e.postingDate, e.description, e.documentNumber])).toEqual([
      ['A2', '2026-01-05', 'Bán hàng', undefined],
      ['ignored-first-is-header-less', '2026-01-05', '', 'PC-2'],
      ['A1', '2026-01-06', 'Mua hàng', 'PC-1'],
    ]);
    expect(fast[2]!.postings).toEqual([
      { account: '156', amount: 10 },
      { account: '331', amount: -10 },
    ]);
    // decimals of a functional currency with a minor unit (USD: cents)
    const usd = parsePlainTextJournal('2026-01-01 x\n    a  12.5 USD\n    b  -0.25\n    c\n', {
      functionalCurrency: 'USD',
    }).entries[0]!;
    expect(usd.postings.map((p) => p.amount)).toEqual([1250, -25, -1225]);
    expect(() =>
      parsePlainTextJournal('2026-01-01 x\n    a  1.005 USD\n    b\n', { functionalCurrency: 'USD' }),
    ).toThrow(expect.objectContaining({ code: 'LEDGER/PLAIN_TEXT_SYNTAX', path: ['line', 2] }));
  });

  it('export → import reproduces the trial balance', () => {
    const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
    l.postBatchMinor(parsePlainTextJournal(SAMPLE).entries);
    l.post({
      id: 'R1',
      postingDate: calendarDate('2026-01-08'),
      description: 'Refund; with (odd) chars',
      postings: [
        { role: 'salesRevenueGoods', debit: money('1000', 'VND') },
        { role: 'cash', credit: money('1000', 'VND') },
      ],
    });
    const text = formatPlainTextJournal(l);
    const again = createLedger({ chart: chartOfAccounts('VN-TT99') });
    again.postBatchMinor(parsePlainTextJournal(text).entries);
    const range = { to: calendarDate('2026-12-31') };
    expect(JSON.stringify(trialBalance(again, range))).toBe(JSON.stringify(trialBalance(l, range)));
  });
});

/** Random balanced books over TT99 leaf accounts, exported and balanced by the peer tool. */
function randomBook(seed: number) {
  const leaves = chartOfAccounts('VN-TT99')
    .accounts.filter((a, _, all) => !all.some((b) => b.parent === a.code))
    .map((a) => a.code);
  const entriesArb = fc.array(
    fc.record({
      lines: fc.array(
        fc.record({ a: fc.constantFrom(...leaves), x: fc.integer({ min: -1e10, max: 1e10 }) }),
        { minLength: 1, maxLength: 3 },
      ),
      plug: fc.constantFrom(...leaves),
      day: fc.integer({ min: 1, max: 28 }),
    }),
    { minLength: 5, maxLength: 60 },
  );
  const [raw] = fc.sample(entriesArb, { numRuns: 1, seed });
  const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
  const entries: MinorEntryInput[] = raw!.map((e, i) => ({
    id: `E${i}`,
    postingDate: calendarDate(`2026-03-${String(e.day).padStart(2, '0')}`),
    description: `generated ${i}`,
    postings: [
      ...e.lines.map((x) => ({ account: x.a, amount: x.x })),
      { account: e.plug, amount: -e.lines.reduce((s, x) => s + x.x, 0) },
    ],
  }));
  l.postBatchMinor(entries);
  return l;
}

function ours(l: ReturnType<typeof createLedger>): Record<string, string> {
  const text = formatPlainTextJournal(l);
  const names = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^ {4}(\S+)/.exec(line);
    if (m) names.set(m[1]!.split(':').at(-1)!, m[1]!);
  }
  const tb = trialBalance(l, { to: calendarDate('2026-12-31') });
  const out: Record<string, string> = {};
  for (const r of tb.rows) {
    if (!names.has(r.account)) continue;
    // leaf-exclusive balance: only accounts that were posted directly (all generated accounts are leaves)
    const net = r.closingDebit.amount.minus(r.closingCredit.amount);
    if (!net.isZero()) out[names.get(r.account)!] = `${net.toFixed()} VND`;
  }
  return out;
}

describe('cross-check against a real peer', () => {
  it.skipIf(!hasHledger)('our trial balance equals hledger bal on generated journals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bo-ledger-'));
    for (const seed of [1, 2, 3, 4, 5]) {
      const l = randomBook(seed);
      const file = join(dir, `g${seed}.journal`);
      writeFileSync(file, formatPlainTextJournal(l));
      const csv = execFileSync('hledger', ['-f', file, 'bal', '-O', 'csv', '--flat', '-N'], {
        encoding: 'utf8',
      });
      const theirs: Record<string, string> = {};
      for (const row of csv.trim().split('\n').slice(1)) {
        const [acc, bal] = row.split('","').map((s) => s.replace(/"/g, ''));
        if (bal !== '0') theirs[acc!] = bal!;
      }
      expect(theirs).toEqual(ours(l));
    }
  });

  it.skipIf(!hasLedger)('our trial balance equals ledger-cli balance on generated journals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bo-ledger-'));
    for (const seed of [6, 7, 8]) {
      const l = randomBook(seed);
      const file = join(dir, `g${seed}.journal`);
      writeFileSync(file, formatPlainTextJournal(l));
      const out = execFileSync(
        'ledger',
        [
          '-f',
          file,
          'balance',
          '--flat',
          '--no-total',
          '--balance-format',
          '%(account)\t%(quantity(display_amount))\n',
        ],
        {
          encoding: 'utf8',
        },
      );
      const theirs: Record<string, string> = {};
      for (const row of out.trim().split('\n')) {
        const [acc, q] = row.split('\t');
        if (acc && q && q !== '0') theirs[acc] = `${q} VND`;
      }
      expect(theirs).toEqual(ours(l));
    }
  });
});
