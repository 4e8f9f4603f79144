import { calendarDate } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addAccount,
  B01A_DNN_TT133,
  B01_DN_TT99,
  B02_DN_TT99,
  B02_DNN_TT133,
  B03_DN_TT99,
  B03_DNN_TT133,
  chartOfAccounts,
  closePeriod,
  createLedger,
  financialStatement,
  type FinancialStatement,
  lineValue,
  type MinorEntryInput,
} from '../src/index.js';

const d = calendarDate;
const JAN = { from: d('2026-01-01'), to: d('2026-01-31') };
const M = 1_000_000;
const v = (s: FinancialStatement, code: string) => lineValue(s, code).amount.toNumber();
const CE = { cashEquivalent: 'true' };
const BC = { expense: 'borrowingCost' };
const INV = { purpose: 'investing' };
const PREF = { classification: 'liability' };

function entry(
  id: string,
  postings: [string, number, Record<string, string>?][],
  date = '2026-01-15',
  metadata?: Record<string, string>,
): MinorEntryInput {
  return {
    id,
    postingDate: d(date),
    description: id,
    ...(metadata === undefined ? {} : { metadata }),
    postings: postings.map(([account, amount, dimensions]) => ({
      account,
      amount,
      ...(dimensions === undefined ? {} : { dimensions }),
    })),
  };
}

/**
 * A month covering every investing/financing line of B03-DN (reference note §B3 line list); the
 * expected figures are worked by hand from the entries (no published worked example was available).
 */
function investingMonth() {
  const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
  l.postBatchMinor([
    entry(
      'OPEN',
      [
        ['1121', 1000 * M],
        ['41111', -1000 * M],
      ],
      '2025-12-31',
    ),
    entry('DEP-1M', [
      ['1281', 200 * M, CE],
      ['1121', -200 * M],
    ]), // 1-month deposit: cash equivalent
    entry('DEP-6M', [
      ['1281', 100 * M],
      ['1121', -100 * M],
    ]), // 6-month deposit: line 23
    entry('BUY-FA', [
      ['2112', 300 * M],
      ['1332', 30 * M],
      ['1121', -330 * M],
    ]),
    entry('BUY-FA-CREDIT', [
      ['213', 50 * M],
      ['331', -50 * M, { counterparty: 'NCC1' }],
    ]),
    entry('DISPOSE', [
      ['2141', 40 * M],
      ['811', 20 * M],
      ['2112', -60 * M],
    ]),
    entry('PROCEEDS', [
      ['1121', 25 * M],
      ['711', -25 * M, { income: 'disposal' }],
    ]),
    entry('DEPR', [
      ['6424', 5 * M],
      ['2141', -5 * M],
    ]),
    entry('LOAN', [
      ['1121', 500 * M],
      ['3411', -500 * M],
    ]),
    entry('REPAY', [
      ['3411', 100 * M],
      ['1121', -100 * M],
    ]),
    entry('CAPITAL', [
      ['1121', 200 * M],
      ['41111', -200 * M],
    ]),
    entry('DIV-DECLARE', [
      ['4211', 80 * M],
      ['332', -80 * M],
    ]),
    entry('DIV-PAY', [
      ['332', 60 * M],
      ['1121', -60 * M],
    ]),
    entry('INTEREST', [
      ['1121', 3 * M],
      ['515', -3 * M, { income: 'investment' }],
    ]),
    entry('INVEST', [
      ['228', 70 * M],
      ['1121', -70 * M],
    ]),
  ]);
  return l;
}

describe('B01-DN cash equivalents and long-term lines', () => {
  it('1281/1288 tagged cashEquivalent go to line 112, out of 123', () => {
    const b01 = financialStatement(investingMonth(), B01_DN_TT99, JAN);
    expect(v(b01, '111')).toBe(868 * M);
    expect(v(b01, '112')).toBe(200 * M);
    expect(v(b01, '110')).toBe(1068 * M);
    expect(v(b01, '123')).toBe(100 * M);
    expect(b01.checks.every((c) => c.ok)).toBe(true);
  });

  it('long-term postings go to lines 213–216, 236–238, 251, 273, 333, 336, 338, 340, 343', () => {
    const chart = addAccount(
      addAccount(chartOfAccounts('VN-TT99'), {
        code: '3432',
        nameVi: 'Trái phiếu chuyển đổi',
        nameEn: 'Convertible bonds',
        parent: '343',
      }),
      { code: '2288', nameVi: 'Đầu tư khác', nameEn: 'Other investments', parent: '228' },
    );
    const L = { term: 'long' };
    const l = createLedger({ chart });
    l.postBatchMinor([
      entry('A', [
        ['1361', 10 * M],
        ['1368', 11 * M, L],
        ['1388', 12 * M, { counterparty: 'X', term: 'long' }],
        ['244', 13 * M, L],
        ['2293', -2 * M, L],
        ['2152', 14 * M, L],
        ['2153', 15 * M, L],
        ['2295', -3 * M, L],
        ['154', 16 * M, L],
        ['153', 17 * M, L],
        ['2288', 18 * M],
        ['2288', 19 * M, L],
        ['1121', 1000 * M],
        ['33311', -20 * M, L],
        ['3388', -21 * M, { counterparty: 'Y', term: 'long' }],
        ['344', -22 * M, L],
        ['3432', -23 * M, L],
        ['352', -24 * M, L],
        ['336', -25 * M, L],
        ['41111', -1005 * M],
      ]),
    ]);
    const b01 = financialStatement(l, B01_DN_TT99, JAN);
    const expected: Record<string, number> = {
      '213': 10,
      '214': 11,
      '215': 25,
      '216': -2,
      '210': 44,
      '236': 14,
      '237': 15,
      '238': -3,
      '230': 26,
      '251': 16,
      '273': 17,
      '141': 0,
      '125': 18,
      '263': 19,
      '333': 20,
      '338': 43,
      '340': 23,
      '339': 0,
      '343': 24,
      '336': 25,
      '317': 0,
      '322': 0,
      '330': 135,
    };
    for (const [code, x] of Object.entries(expected)) expect([code, v(b01, code)]).toEqual([code, x * M]);
    expect(b01.checks.every((c) => c.ok)).toBe(true);
  });
});

describe('B03-DN investing and financing by contra account', () => {
  it('every line of a worked month (hand-computed from the entries)', () => {
    const l = investingMonth();
    const b03 = financialStatement(l, B03_DN_TT99, JAN);
    const expected: Record<string, number> = {
      '01': 3,
      '02': 5,
      '05': -8,
      '07': -50,
      '08': -50,
      '09': -30,
      '11': 50,
      '20': -30,
      '21': -300,
      '22': 25,
      '23': -100,
      '24': 0,
      '25': -70,
      '26': 0,
      '27': 3,
      '30': -442,
      '31': 200,
      '32': 0,
      '33': 500,
      '34': -100,
      '35': 0,
      '36': -60,
      '40': 540,
      '50': 68,
      '60': 1000,
      '61': 0,
      '70': 1068,
    };
    for (const [code, x] of Object.entries(expected)) expect([code, v(b03, code)]).toEqual([code, x * M]);
    expect(b03.checks.every((c) => c.ok)).toBe(true);
    const b01 = financialStatement(l, B01_DN_TT99, JAN);
    expect(v(b03, '70')).toBe(v(b01, '110'));
  });

  it('a template with flow sources but no cash definition is refused', () => {
    const { cash: _cash, ...noCash } = B03_DN_TT99;
    expect(() => financialStatement(investingMonth(), noCash, JAN)).toThrow(
      expect.objectContaining({ code: 'LEDGER/INVALID_TEMPLATE', path: ['cash'] }),
    );
  });
});

const LEAVES = chartOfAccounts('VN-TT99')
  .accounts.filter((a, _, all) => !all.some((b) => b.parent === a.code))
  .map((a) => a.code);
const CASH_LEAVES = ['1111', '1121', '1122', '113'];

/** Independent reading of "cash paid/received against account group G" for two-posting entries. */
const GROUPS: { line: string; accounts: string[]; side?: 'D' | 'C'; not?: string[] }[] = [
  { line: '21', accounts: ['211', '212', '213', '215', '217', '241'], side: 'D' },
  { line: '22', accounts: ['211', '212', '213', '215', '217', '241'], side: 'C' },
  { line: '23', accounts: ['128', '171'], side: 'D' },
  { line: '24', accounts: ['128', '171'], side: 'C' },
  { line: '25', accounts: ['221', '222', '228'], side: 'D' },
  { line: '26', accounts: ['221', '222', '228'], side: 'C' },
  { line: '31', accounts: ['411', '419'], side: 'C' },
  { line: '32', accounts: ['411', '419'], side: 'D' },
  { line: '33', accounts: ['341', '343'], side: 'C', not: ['3412'] },
  { line: '34', accounts: ['341', '343'], side: 'D', not: ['3412'] },
  { line: '35', accounts: ['3412'] },
  { line: '36', accounts: ['332', '421'] },
];

describe('B03-DN properties', () => {
  it('for random books with cash equivalents, tagged income and FX-tagged entries, 70 = B01 110 = C70', () => {
    const posting = fc.record({
      a: fc.constantFrom(...LEAVES),
      x: fc.integer({ min: -1e9, max: 1e9 }),
      dims: fc.constantFrom<Record<string, string> | undefined>(
        undefined,
        { counterparty: 'A' },
        { counterparty: 'B', term: 'long' },
        CE,
        { cashEquivalent: 'true', term: 'long' },
        { income: 'disposal' },
        { income: 'investment' },
        BC,
        { expense: 'borrowingCost', term: 'long' },
        INV,
        { purpose: 'investing', counterparty: 'A' },
        PREF,
      ),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(posting, { minLength: 1, maxLength: 4 }), fc.boolean()), {
          minLength: 1,
          maxLength: 15,
        }),
        fc.constantFrom(...LEAVES),
        (raw, plug) => {
          const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
          l.postBatchMinor(
            raw.map(([lines, fx], i) => ({
              id: `E${i}`,
              postingDate: d(i % 3 === 0 ? '2025-12-31' : '2026-01-15'),
              description: 'random',
              ...(fx ? { metadata: { fxRevaluation: '2026-01-15' } } : {}),
              postings: [
                ...lines.map((p) => ({
                  account: p.a,
                  amount: p.x,
                  ...(p.dims === undefined ? {} : { dimensions: p.dims }),
                })),
                { account: plug, amount: -lines.reduce((s, p) => s + p.x, 0) },
              ],
            })),
          );
          for (const when of ['open', 'closed'] as const) {
            if (when === 'closed') closePeriod(l, { through: d('2026-01-31'), id: 'C' });
            const b01 = financialStatement(l, B01_DN_TT99, JAN);
            const b03 = financialStatement(l, B03_DN_TT99, JAN);
            expect(b01.checks.every((c) => c.ok)).toBe(true);
            expect(b03.checks.every((c) => c.ok)).toBe(true);
            expect(v(b03, '70')).toBe(v(b01, '110'));
            expect(v(b03, '50') + v(b03, '61')).toBe(v(b01, '110') - v(b03, '60'));
            const b02 = financialStatement(l, B02_DN_TT99, JAN);
            expect(v(b03, '01')).toBe(v(b02, '50'));
            expect(v(b03, '06')).toBe(v(b02, '24'));
          }
        },
      ),
      { numRuns: 80, seed: 21 },
    );
  });

  it('for books of cash-vs-account entries, each investing/financing line is the cash against its group', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cash: fc.constantFrom(...CASH_LEAVES),
            a: fc.constantFrom(...LEAVES.filter((a) => !/^11[123]/.test(a))),
            x: fc.integer({ min: -1e9, max: 1e9 }).filter((x) => x !== 0),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (raw) => {
          const l = createLedger({ chart: chartOfAccounts('VN-TT99') });
          l.postBatchMinor(
            raw.map((r, i) =>
              entry(`E${i}`, [
                [r.a, r.x],
                [r.cash, -r.x],
              ]),
            ),
          );
          const b03 = financialStatement(l, B03_DN_TT99, JAN);
          for (const g of GROUPS) {
            let cash = 0;
            for (const r of raw) {
              const inGroup =
                g.accounts.some((p) => r.a.startsWith(p)) && !(g.not ?? []).some((p) => r.a.startsWith(p));
              const side = r.x > 0 ? 'D' : 'C';
              if (inGroup && (g.side === undefined || g.side === side)) cash -= r.x;
            }
            expect([g.line, v(b03, g.line)]).toEqual([g.line, cash]);
          }
          const b01 = financialStatement(l, B01_DN_TT99, JAN);
          expect(v(b03, '70')).toBe(v(b01, '110'));
        },
      ),
      { numRuns: 60, seed: 22 },
    );
  });
});

/** An SME month (Circular 133 chart) touching every derived B03-DNN line; figures worked by hand. */
function smeMonth() {
  const l = createLedger({ chart: chartOfAccounts('VN-TT133') });
  l.postBatchMinor([
    entry(
      'OPEN',
      [
        ['1121', 500 * M],
        ['4111', -500 * M],
      ],
      '2025-12-31',
    ),
    entry('BUY-FA', [
      ['2111', 120 * M],
      ['1332', 12 * M],
      ['1121', -132 * M],
    ]),
    entry('DEP-1M', [
      ['1281', 50 * M, CE],
      ['1121', -50 * M],
    ]),
    entry('LEND', [
      ['1288', 30 * M],
      ['1121', -30 * M],
    ]),
    entry('INVEST', [
      ['2281', 40 * M],
      ['1121', -40 * M],
    ]),
    entry('LOAN', [
      ['1121', 200 * M],
      ['3411', -200 * M],
    ]),
    entry('LEASE-PAY', [
      ['3412', 10 * M],
      ['1121', -10 * M],
    ]),
    entry('CAPITAL', [
      ['1121', 100 * M],
      ['4111', -100 * M],
    ]),
    entry('PROFIT-PAID', [
      ['4211', 20 * M],
      ['1121', -20 * M],
    ]),
    entry('PURCHASE', [
      ['156', 80 * M],
      ['331', -80 * M, { counterparty: 'NCC1' }],
    ]),
    entry('SALE', [
      ['131', 110 * M, { counterparty: 'KH1' }],
      ['5111', -100 * M],
      ['33311', -10 * M],
    ]),
    entry('COGS', [
      ['632', 60 * M],
      ['156', -60 * M],
    ]),
    entry('COLLECT', [
      ['1121', 110 * M],
      ['131', -110 * M, { counterparty: 'KH1' }],
    ]),
    entry('DEPR', [
      ['6422', 2 * M],
      ['2141', -2 * M],
    ]),
    entry('INTEREST', [
      ['1121', 1 * M],
      ['515', -1 * M, { income: 'investment' }],
    ]),
  ]);
  return l;
}

describe('B03-DNN (Circular 133, indirect)', () => {
  it('every line of a worked SME month; 01 = B02-DNN 50, 70 = B01a-DNN 110', () => {
    const l = smeMonth();
    const b03 = financialStatement(l, B03_DNN_TT133, JAN);
    const expected: Record<string, number> = {
      '01': 39,
      '03': 2,
      '06': -1,
      '08': 0,
      '02': 1,
      '09': 40,
      '10': -12,
      '11': -20,
      '12': 90,
      '20': 98,
      '21': -120,
      '22': 0,
      '23': -70,
      '24': 0,
      '25': 1,
      '30': -189,
      '31': 100,
      '33': 200,
      '34': -10,
      '35': -20,
      '40': 270,
      '50': 179,
      '60': 500,
      '70': 679,
    };
    for (const [code, x] of Object.entries(expected)) expect([code, v(b03, code)]).toEqual([code, x * M]);
    expect(b03.checks.every((c) => c.ok)).toBe(true);
    const b01 = financialStatement(l, B01A_DNN_TT133, JAN);
    expect(v(b01, '110')).toBe(679 * M);
    expect(v(b01, '122')).toBe(30 * M);
    expect(b01.checks.every((c) => c.ok)).toBe(true);
    expect(v(financialStatement(l, B02_DNN_TT133, JAN), '50')).toBe(v(b03, '01'));
  });

  it('for random SME books, 70 = B01a-DNN 110 and 01 = B02-DNN 50, before and after the close', () => {
    const leaves = chartOfAccounts('VN-TT133')
      .accounts.filter((a, _, all) => !all.some((b) => b.parent === a.code))
      .map((a) => a.code);
    const posting = fc.record({
      a: fc.constantFrom(...leaves),
      x: fc.integer({ min: -1e9, max: 1e9 }),
      dims: fc.constantFrom<Record<string, string> | undefined>(
        undefined,
        { counterparty: 'A' },
        CE,
        { income: 'disposal' },
        { income: 'investment' },
        BC,
        INV,
      ),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(posting, { minLength: 1, maxLength: 4 }), fc.boolean()), {
          minLength: 1,
          maxLength: 15,
        }),
        fc.constantFrom(...leaves),
        (raw, plug) => {
          const l = createLedger({ chart: chartOfAccounts('VN-TT133') });
          l.postBatchMinor(
            raw.map(([lines, fx], i) => ({
              id: `E${i}`,
              postingDate: d(i % 3 === 0 ? '2025-12-31' : '2026-01-15'),
              description: 'random',
              ...(fx ? { metadata: { fxRevaluation: '2026-01-15' } } : {}),
              postings: [
                ...lines.map((p) => ({
                  account: p.a,
                  amount: p.x,
                  ...(p.dims === undefined ? {} : { dimensions: p.dims }),
                })),
                { account: plug, amount: -lines.reduce((s, p) => s + p.x, 0) },
              ],
            })),
          );
          for (const when of ['open', 'closed'] as const) {
            if (when === 'closed') closePeriod(l, { through: d('2026-01-31'), id: 'C' });
            const b01 = financialStatement(l, B01A_DNN_TT133, JAN);
            const b03 = financialStatement(l, B03_DNN_TT133, JAN);
            expect(b01.checks.every((c) => c.ok)).toBe(true);
            expect(b03.checks.every((c) => c.ok)).toBe(true);
            expect(v(b03, '70')).toBe(v(b01, '110'));
            const b02 = financialStatement(l, B02_DNN_TT133, JAN);
            expect(v(b03, '01')).toBe(v(b02, '50'));
            expect(v(b03, '07')).toBe(v(b02, '23'));
          }
        },
      ),
      { numRuns: 80, seed: 23 },
    );
  });
});

/**
 * Independent reading of the operating lines read from dimensions, for two-posting entries
 * (account with dimensions against cash): each line is the cash against the postings it names.
 */
interface DimGroup {
  line: string;
  accounts: string[];
  not?: string[];
  side?: 'D' | 'C';
  /** only postings with (`true`) or without (`false`) this dimension */
  dims?: [Record<string, string>, boolean];
  /** movement sign instead of cash sign (line 06/07 add back the expense) */
  asMovement?: boolean;
}
const PAYABLES_TT99 = ['331', '333', '334', '335', '336', '337', '338', '344', '357'];
const PAYABLES_TT133 = ['331', '333', '334', '335', '336', '338'];
const RECEIVABLES_TT99 = ['131', '133', '136', '138', '141', '244'];
const RECEIVABLES_TT133 = ['131', '133', '136', '138', '141'];
const dimGroups = (
  codes: Record<string, string>,
  fixed: string[],
  payables: string[],
  receivables: string[],
): DimGroup[] => [
  { line: codes.expense!, accounts: ['635'], dims: [BC, true], asMovement: true },
  { line: codes.interestPaid!, accounts: ['635', '335', '242'], dims: [BC, true] },
  { line: codes.citPaid!, accounts: ['3334', '821'] },
  { line: codes.otherIn!, accounts: ['353', '356'], side: 'C' },
  { line: codes.otherOut!, accounts: ['353', '356'], side: 'D' },
  { line: codes.receivables!, accounts: receivables, not: ['131', '1388'] },
  { line: codes.receivables!, accounts: ['131', '1388'], dims: [INV, false] },
  { line: codes.payables!, accounts: payables, not: ['3334', '331', '3388', '335'] },
  { line: codes.payables!, accounts: ['331', '3388'], dims: [INV, false] },
  { line: codes.payables!, accounts: ['335'], dims: [BC, false] },
  { line: codes.deferred!, accounts: ['242'], dims: [BC, false] },
  { line: '21', accounts: fixed, side: 'D' },
  { line: '21', accounts: ['331', '3388'], dims: [INV, true] },
  { line: '22', accounts: fixed, side: 'C' },
  { line: '22', accounts: ['131', '1388'], dims: [INV, true] },
];

function checkDimGroups(regime: 'VN-TT99' | 'VN-TT133', template: typeof B03_DN_TT99, groups: DimGroup[]) {
  const leaves = chartOfAccounts(regime)
    .accounts.filter((a, _, all) => !all.some((b) => b.parent === a.code))
    .map((a) => a.code)
    .filter((a) => !/^11[123]/.test(a));
  const focus = leaves.filter((a) =>
    /^(635|335|242|3334|821|353|356|331|3388|131|1388|211|241|333|334)/.test(a),
  );
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          cash: fc.constantFrom('1111', '1121'),
          a: fc.oneof(fc.constantFrom(...focus), fc.constantFrom(...leaves)),
          x: fc.integer({ min: -1e9, max: 1e9 }).filter((x) => x !== 0),
          dims: fc.constantFrom<Record<string, string> | undefined>(undefined, BC, INV, {
            counterparty: 'A',
          }),
        }),
        { minLength: 1, maxLength: 20 },
      ),
      (raw) => {
        const l = createLedger({ chart: chartOfAccounts(regime) });
        l.postBatchMinor(
          raw.map((r, i) =>
            entry(`E${i}`, [
              [r.a, r.x, ...(r.dims === undefined ? [] : [r.dims])] as [
                string,
                number,
                Record<string, string>?,
              ],
              [r.cash, -r.x],
            ]),
          ),
        );
        const b03 = financialStatement(l, template, JAN);
        const expected = new Map<string, number>();
        for (const g of groups) {
          let s = expected.get(g.line) ?? 0;
          for (const r of raw) {
            const inGroup =
              g.accounts.some((p) => r.a.startsWith(p)) && !(g.not ?? []).some((p) => r.a.startsWith(p));
            const side = r.x > 0 ? 'D' : 'C';
            const tagged =
              g.dims === undefined ||
              Object.entries(g.dims[0]).every(([k, val]) => r.dims?.[k] === val) === g.dims[1];
            if (inGroup && tagged && (g.side === undefined || g.side === side))
              s += g.asMovement ? r.x : -r.x;
          }
          expected.set(g.line, s);
        }
        for (const [line, x] of expected) expect([line, v(b03, line)]).toEqual([line, x]);
        expect(b03.checks.every((c) => c.ok)).toBe(true);
      },
    ),
    { numRuns: 60, seed: 24 },
  );
}

describe('cash-flow lines read from dimensions (borrowing costs, CIT, funds, investing payables/receivables)', () => {
  it('B03-DN: 06, 09, 11, 12, 14, 15, 16, 17, 21 and 22 are the cash against their postings', () => {
    checkDimGroups(
      'VN-TT99',
      B03_DN_TT99,
      dimGroups(
        {
          expense: '06',
          interestPaid: '14',
          citPaid: '15',
          otherIn: '16',
          otherOut: '17',
          receivables: '09',
          payables: '11',
          deferred: '12',
        },
        ['211', '212', '213', '215', '217', '241'],
        PAYABLES_TT99,
        RECEIVABLES_TT99,
      ),
    );
  });

  it('B03-DNN: 07, 10, 12, 13, 15, 16, 17, 18, 21 and 22 are the cash against their postings', () => {
    checkDimGroups(
      'VN-TT133',
      B03_DNN_TT133,
      dimGroups(
        {
          expense: '07',
          interestPaid: '15',
          citPaid: '16',
          otherIn: '17',
          otherOut: '18',
          receivables: '10',
          payables: '12',
          deferred: '13',
        },
        ['211', '217', '241'],
        PAYABLES_TT133,
        RECEIVABLES_TT133,
      ),
    );
  });
});
