import { calendarDate } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latin1ToHex, nativeSha256Latin1, sha256Latin1Js } from '../src/audit/sha256.js';
import {
  accountStatement,
  addAccount,
  B01_DN_TT99,
  B02_DN_TT99,
  B03_DN_TT99,
  balancesByDimension,
  closePeriod,
  financialStatement,
  generalJournal,
  type ChartOfAccounts,
  chartOfAccounts,
  closeAccount,
  configureAccount,
  createLedger,
  type EntryColumns,
  exportSnapshot,
  importSnapshot,
  type Ledger,
  type LedgerStore,
  type MinorEntryInput,
  snapshotToJSON,
  type StoredEntry,
  trialBalance,
  verifyChain,
} from '../src/index.js';

const ACCOUNTS = ['1111', '1121', '131', '156', '331', '5111', '632', '6421', '33311', '1331'] as const;
const chart = (): ChartOfAccounts => chartOfAccounts('VN-TT99');

/** Entries as columns (the shape an app or the plain-text reader builds). */
function toColumns(entries: readonly MinorEntryInput[]): EntryColumns {
  const accounts: string[] = [];
  const at = new Map<string, number>();
  const postingStart = new Int32Array(entries.length + 1);
  const n = entries.reduce((s, e) => s + e.postings.length, 0);
  const accountIndex = new Int32Array(n);
  const amounts = new Float64Array(n);
  let j = 0;
  entries.forEach((e, i) => {
    postingStart[i] = j;
    for (const p of e.postings) {
      let k = at.get(p.account!);
      if (k === undefined) {
        k = accounts.length;
        accounts.push(p.account!);
        at.set(p.account!, k);
      }
      accountIndex[j] = k;
      amounts[j++] = p.amount;
    }
  });
  postingStart[entries.length] = j;
  const docs = entries.map((e) => e.documentNumber);
  return {
    ids: entries.map((e) => e.id),
    postingDates: entries.map((e) => e.postingDate),
    descriptions: entries.map((e) => e.description),
    ...(docs.some((d) => d !== undefined) ? { documentNumbers: docs } : {}),
    postingStart,
    accounts,
    accountIndex,
    amounts,
  };
}

const entryArb = (id: string, balanced = true) =>
  fc
    .record({
      lines: fc.array(
        fc.record({ a: fc.constantFrom(...ACCOUNTS), x: fc.integer({ min: -1e9, max: 1e9 }) }),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
      close: fc.constantFrom(...ACCOUNTS),
      day: fc.integer({ min: 1, max: 28 }),
      doc: fc.option(fc.constantFrom('PT-01', 'PC-7', 'HĐ 0001234'), { nil: undefined }),
      description: fc.constantFrom('Bán hàng', 'Mua hàng', '', 'Trả lương tháng 1 🧾'),
      skew: balanced ? fc.constant(0) : fc.integer({ min: -2, max: 2 }),
    })
    .map(({ lines, close, day, doc, description, skew }): MinorEntryInput => {
      const sum = lines.reduce((s, l) => s + l.x, 0);
      return {
        id,
        postingDate: calendarDate(`2026-01-${String(day).padStart(2, '0')}`),
        description,
        ...(doc === undefined ? {} : { documentNumber: doc }),
        postings: [
          ...lines.map((l) => ({ account: l.a, amount: l.x })),
          { account: close, amount: -sum + skew },
        ],
      };
    });

const batchArb = (prefix: string, balanced = true) =>
  fc
    .integer({ min: 1, max: 10 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => entryArb(`${prefix}${i}`, balanced))));

/** Everything observable about a ledger's books. */
function books(l: Ledger) {
  return {
    entries: l.entries(),
    head: l.head,
    size: l.size,
    verify: l.verify(),
    tb: trialBalance(l, { to: calendarDate('2026-01-31') }),
    tbRange: trialBalance(l, { from: calendarDate('2026-01-10'), to: calendarDate('2026-01-20') }),
    cash: l.balances('111'),
  };
}

function codeOf(f: () => unknown): { code?: string | undefined; path?: unknown } {
  try {
    f();
  } catch (e) {
    const err = e as { code?: string; path?: unknown };
    return { code: err.code, path: err.path };
  }
  return {};
}

describe('postColumns', () => {
  it('stores the same entries, hashes and balances as postBatchMinor, whatever is posted before and after', () => {
    fc.assert(
      fc.property(batchArb('A'), batchArb('B'), batchArb('C'), (a, b, c) => {
        const byObjects = createLedger({ chart: chart() });
        byObjects.postBatchMinor(a);
        byObjects.postBatchMinor(b);
        byObjects.postBatchMinor(c);
        const byColumns = createLedger({ chart: chart() });
        byColumns.postBatchMinor(a);
        expect(byColumns.postColumns(toColumns(b))).toEqual({ posted: b.length, replayed: 0 });
        // an object post after a column segment chains onto its (deferred) head
        byColumns.postBatchMinor(c);
        expect(books(byColumns)).toEqual(books(byObjects));
      }),
      { numRuns: 60, seed: 31 },
    );
  });

  it('reports before any entry object is built: trial balance and balances from the columns', () => {
    fc.assert(
      fc.property(batchArb('A'), batchArb('B'), (a, b) => {
        const byObjects = createLedger({ chart: chart() });
        byObjects.postBatchMinor([...a, ...b]);
        const byColumns = createLedger({ chart: chart() });
        byColumns.postColumns(toColumns(a));
        byColumns.postColumns(toColumns(b));
        // reports first (read the segments as columns), then the objects
        for (const range of [
          { to: calendarDate('2026-01-31') },
          { from: calendarDate('2026-01-08'), to: calendarDate('2026-01-15') },
          { to: calendarDate('2026-01-03') },
        ])
          expect(trialBalance(byColumns, range)).toEqual(trialBalance(byObjects, range));
        for (const code of ['111', '131', '511', '1331'])
          expect(byColumns.balances(code)).toEqual(byObjects.balances(code));
        expect(byColumns.entries()).toEqual(byObjects.entries());
        expect(byColumns.head).toBe(byObjects.head);
      }),
      { numRuns: 40, seed: 32 },
    );
  });

  it('works the same over a store that only takes objects (entries built and hashed at once)', () => {
    fc.assert(
      fc.property(batchArb('A'), batchArb('B'), (a, b) => {
        const l = createLedger({ chart: chart(), store: objectStore() });
        l.postColumns(toColumns(a));
        l.postColumns(toColumns(b));
        const ref = createLedger({ chart: chart() });
        ref.postBatchMinor(a);
        ref.postBatchMinor(b);
        expect(books(l)).toEqual(books(ref));
      }),
      { numRuns: 30, seed: 33 },
    );
    function objectStore(): LedgerStore {
      const list: StoredEntry[] = [];
      return {
        append(batch) {
          for (const e of batch) {
            // what a database adapter sees: every field, hashes included
            expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
            list.push(e);
          }
        },
        entries: () => list,
      };
    }
  });

  it('replays idempotently by id, and refuses a different payload under a used id', () => {
    fc.assert(
      fc.property(batchArb('A'), (a) => {
        const l = createLedger({ chart: chart() });
        l.postColumns(toColumns(a));
        const before = books(l);
        expect(l.postColumns(toColumns(a))).toEqual({ posted: 0, replayed: a.length });
        expect(books(l)).toEqual(before);
        const changed = a.map((e, i) => (i === 0 ? { ...e, description: `${e.description}!` } : e));
        expect(codeOf(() => l.postColumns(toColumns(changed)))).toEqual({
          code: 'LEDGER/IDEMPOTENCY_CONFLICT',
          path: a.length > 1 ? ['entries', 0, 'idempotencyKey'] : ['idempotencyKey'],
        });
        expect(books(l)).toEqual(before);
      }),
      { numRuns: 40, seed: 34 },
    );
  });

  it('refuses a batch whole, with the same error as postBatchMinor, and leaves the books unchanged', () => {
    fc.assert(
      fc.property(batchArb('A'), batchArb('B', false), (a, b) => {
        const l = createLedger({ chart: chart() });
        l.postColumns(toColumns(a));
        const before = books(l);
        const ref = createLedger({ chart: chart() });
        ref.postBatchMinor(a);
        const viaObjects = codeOf(() => ref.postBatchMinor(b));
        const viaColumns = codeOf(() => l.postColumns(toColumns(b)));
        expect(viaColumns).toEqual(viaObjects);
        if (viaColumns.code !== undefined) expect(books(l)).toEqual(before);
        else expect(books(l)).toEqual(books(ref));
      }),
      { numRuns: 60, seed: 35 },
    );
  });

  it('applies every ledger rule: unknown or closed accounts, closed periods, limits, duplicate ids in a batch', () => {
    const base: MinorEntryInput[] = [
      {
        id: 'S1',
        postingDate: calendarDate('2026-01-05'),
        description: 'Cash sale',
        postings: [
          { account: '1111', amount: 150000 },
          { account: '5111', amount: -150000 },
        ],
      },
    ];
    const cases: [string, (l: Ledger) => void, EntryColumns, string, unknown][] = [
      [
        'unknown account',
        () => {},
        toColumns([
          {
            ...base[0]!,
            postings: [
              { account: '9999', amount: 1 },
              { account: '1111', amount: -1 },
            ],
          },
        ]),
        'LEDGER/UNKNOWN_ACCOUNT',
        ['postings', 0, 'account'],
      ],
      [
        'fewer than two postings',
        () => {},
        toColumns([{ ...base[0]!, postings: [{ account: '1111', amount: 0 }] }]),
        'LEDGER/INVALID_ENTRY',
        ['postings'],
      ],
      [
        'closed period',
        (l) => l.lockPeriod(calendarDate('2026-01-31')),
        toColumns(base),
        'LEDGER/PERIOD_CLOSED',
        ['postingDate'],
      ],
      [
        'closed account',
        (l) => l.setChart(closeAccount(l.chart, '1111', calendarDate('2026-01-01'))),
        toColumns(base),
        'LEDGER/ACCOUNT_CLOSED',
        ['postings', 0, 'account'],
      ],
      [
        'limit',
        (l) => l.setChart(configureAccount(l.chart, '5111', { limits: { max: '100000' } })),
        toColumns(base),
        'LEDGER/LIMIT_EXCEEDED',
        ['postings'],
      ],
      [
        'duplicate id in the batch',
        () => {},
        toColumns([base[0]!, { ...base[0]!, description: 'again' }]),
        'LEDGER/IDEMPOTENCY_CONFLICT',
        ['entries', 1, 'idempotencyKey'],
      ],
      [
        'required dimension',
        (l) => l.setChart(configureAccount(l.chart, '1111', { requiredDimensions: ['counterparty'] })),
        toColumns(base),
        'LEDGER/MISSING_DIMENSION',
        ['postings', 0, 'dimensions', 'counterparty'],
      ],
    ];
    for (const [name, setUp, columns, code, path] of cases) {
      const l = createLedger({ chart: chart() });
      setUp(l);
      const got = codeOf(() => l.postColumns(columns));
      expect({ name, ...got }).toEqual({ name, code, path: expect.arrayContaining(path as unknown[]) });
      expect(l.size).toBe(0);
      expect(l.entries()).toEqual([]);
    }
  });

  it('routes a closed-period batch as prior-period adjustments when asked, like postBatchMinor', () => {
    const entries: MinorEntryInput[] = [
      {
        id: 'S1',
        postingDate: calendarDate('2026-01-05'),
        description: 'Late invoice',
        postings: [
          { account: '131', amount: 99000 },
          { account: '5111', amount: -99000 },
        ],
      },
    ];
    const a = createLedger({ chart: chart(), lockedThrough: calendarDate('2026-01-31') });
    const b = createLedger({ chart: chart(), lockedThrough: calendarDate('2026-01-31') });
    expect(a.postColumns(toColumns(entries), { priorPeriodAdjustment: true })).toEqual({
      posted: 1,
      replayed: 0,
    });
    b.postBatchMinor(entries, { priorPeriodAdjustment: true });
    expect(a.entries()).toEqual(b.entries());
    expect(a.entries()[0]).toMatchObject({
      kind: 'adjustment',
      postingDate: '2026-02-01',
      adjustsDate: '2026-01-05',
    });
  });

  it('accepts accounts added to the chart and an empty batch', () => {
    const l = createLedger({
      chart: addAccount(chart(), { code: '11211', parent: '1121', nameVi: 'VCB', nameEn: 'VCB' }),
    });
    expect(
      l.postColumns(
        toColumns([
          {
            id: 'D1',
            postingDate: calendarDate('2026-01-02'),
            description: 'Deposit',
            postings: [
              { account: '11211', amount: 5_000_000 },
              { account: '1111', amount: -5_000_000 },
            ],
          },
        ]),
      ),
    ).toEqual({ posted: 1, replayed: 0 });
    expect(l.balances('112').posted.amount.toNumber()).toBe(5_000_000);
    expect(l.postColumns(toColumns([]))).toEqual({ posted: 0, replayed: 0 });
    expect(l.size).toBe(1);
  });

  it('checks the shape of the columns and names the field and position', () => {
    const good = toColumns([
      {
        id: 'S1',
        postingDate: calendarDate('2026-01-05'),
        description: 'Cash sale',
        postings: [
          { account: '1111', amount: 150000 },
          { account: '5111', amount: -150000 },
        ],
      },
    ]);
    const bad: [Partial<Record<keyof EntryColumns, unknown>>, unknown[]][] = [
      [{ ids: [''] }, ['columns', 'ids', 0]],
      [{ ids: 'S1' }, ['columns', 'ids']],
      [{ postingDates: [] }, ['columns', 'postingDates']],
      [{ descriptions: [3] }, ['columns', 'descriptions', 0]],
      [{ postingStart: Int32Array.from([0, 3]) }, ['columns', 'postingStart', 1]],
      [{ postingStart: [0, 2] }, ['columns', 'postingStart']],
      [{ accountIndex: Int32Array.from([0, 2]) }, ['columns', 'accountIndex', 1]],
      [{ amounts: Float64Array.from([0.5, -0.5]) }, ['columns', 'amounts', 0]],
      [{ amounts: Float64Array.from([Number.NaN, 0]) }, ['columns', 'amounts', 0]],
      [{ amounts: Float64Array.from([1]) }, ['columns', 'amounts']],
      [{ documentNumbers: [5] }, ['columns', 'documentNumbers', 0]],
      [{ accounts: [1111, '5111'] }, ['columns', 'accounts', 0]],
    ];
    for (const [patch, path] of bad) {
      const l = createLedger({ chart: chart() });
      expect(codeOf(() => l.postColumns({ ...good, ...patch } as EntryColumns))).toEqual({
        code: 'LEDGER/INVALID_COLUMNS',
        path,
      });
      expect(l.size).toBe(0);
    }
    // later changes to the caller's arrays cannot reach the books
    const l = createLedger({ chart: chart() });
    const cols = toColumns([
      {
        id: 'S1',
        postingDate: calendarDate('2026-01-05'),
        description: 'Cash sale',
        postings: [
          { account: '1111', amount: 150000 },
          { account: '5111', amount: -150000 },
        ],
      },
    ]);
    l.postColumns(cols);
    (cols.amounts as Float64Array)[0] = 1;
    (cols.ids as string[])[0] = 'X';
    expect(l.verify().ok).toBe(true);
    expect(l.entries()[0]).toMatchObject({ id: 'S1', postings: [{ amount: 150000 }, { amount: 150000 }] });
  });
});

describe('the hash chain of column batches', () => {
  it('is computed on first use, equals the chain of the same entries posted as objects, and verify catches any edit', () => {
    fc.assert(
      fc.property(batchArb('A'), fc.nat(), fc.nat(), (a, pick, what) => {
        const l = createLedger({ chart: chart() });
        l.postColumns(toColumns(a));
        const ref = createLedger({ chart: chart() });
        ref.postBatchMinor(a);
        expect(l.head).toBe(ref.head);
        const entries = l.entries() as StoredEntry[];
        expect(verifyChain(entries)).toEqual(ref.verify());
        const i = pick % entries.length;
        const e = entries[i] as { -readonly [K in keyof StoredEntry]: StoredEntry[K] };
        if (what % 3 === 0) e.description = `${e.description}x`;
        else if (what % 3 === 1) e.postingDate = calendarDate('2026-02-01');
        else e.postings = [...e.postings].reverse();
        const v = l.verify();
        // reversing a two-posting entry with equal amounts on both sides is the same content only if
        // the postings are identical, which they never are (one debit, one credit)
        expect(v).toMatchObject({ ok: false, index: i, entryId: e.id, reason: 'hash-mismatch' });
      }),
      { numRuns: 60, seed: 36 },
    );
  });

  it('survives a snapshot round trip (export → JSON → import → export is identical)', () => {
    fc.assert(
      fc.property(batchArb('A'), batchArb('B'), (a, b) => {
        const l = createLedger({ chart: chart() });
        l.postColumns(toColumns(a));
        l.postBatchMinor(b);
        const json = snapshotToJSON(exportSnapshot(l));
        const restored = importSnapshot(json);
        expect(restored.head).toBe(l.head);
        expect(snapshotToJSON(exportSnapshot(restored))).toBe(json);
      }),
      { numRuns: 20, seed: 37 },
    );
  });

  it('uses the runtime SHA-256 when there is one, with the same digests as the portable one', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const buf = new Uint8Array(bytes.length + 80);
        buf.set(bytes);
        const js = sha256Latin1Js(buf, bytes.length);
        expect(js).toHaveLength(32);
        if (nativeSha256Latin1 !== undefined) expect(nativeSha256Latin1(bytes)).toBe(js);
      }),
      { numRuns: 200, seed: 38 },
    );
    // FIPS 180-4 example "abc"
    const abc = new Uint8Array(100);
    abc.set([97, 98, 99]);
    expect(latin1ToHex(sha256Latin1Js(abc, 3))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('everything else works on entries posted as columns', () => {
  it('reversal, period close, account statement, general journal and statements: as with objects', () => {
    fc.assert(
      fc.property(
        batchArb('A'),
        fc.nat(),
        fc.constantFrom('reversal', 'storno') as fc.Arbitrary<'reversal' | 'storno'>,
        (a, pick, method) => {
          const viaColumns = createLedger({ chart: chart() });
          viaColumns.postColumns(toColumns(a));
          const viaObjects = createLedger({ chart: chart() });
          viaObjects.postBatchMinor(a);
          const target = a[pick % a.length]!.id;
          // an entry of a segment, looked up by id, is the same object entries() returns
          const found = viaColumns.entry(target);
          expect(found).toBe(viaColumns.entries().find((e) => e.id === target));
          for (const l of [viaColumns, viaObjects]) {
            l.reverse(target, { id: 'REV', postingDate: calendarDate('2026-01-29'), method });
            closePeriod(l, { through: calendarDate('2026-01-31'), id: 'CLOSE-01' });
          }
          const jan = { from: calendarDate('2026-01-01'), to: calendarDate('2026-01-31') };
          expect(books(viaColumns)).toEqual(books(viaObjects));
          expect(viaColumns.reversedBy(target)).toBe('REV');
          expect(accountStatement(viaColumns, '111', jan)).toEqual(accountStatement(viaObjects, '111', jan));
          expect(generalJournal(viaColumns, jan)).toEqual(generalJournal(viaObjects, jan));
          expect(balancesByDimension(viaColumns, '131', 'counterparty', jan.to)).toEqual(
            balancesByDimension(viaObjects, '131', 'counterparty', jan.to),
          );
          for (const template of [B01_DN_TT99, B02_DN_TT99, B03_DN_TT99])
            expect(financialStatement(viaColumns, template, jan)).toEqual(
              financialStatement(viaObjects, template, jan),
            );
          // the period is locked for both: a late batch is refused the same way
          const late = toColumns([{ ...a[0]!, id: 'LATE' }]);
          expect(codeOf(() => viaColumns.postColumns(late))).toEqual(
            codeOf(() => viaObjects.postColumns(late)),
          );
        },
      ),
      { numRuns: 25, seed: 39 },
    );
  });
});
