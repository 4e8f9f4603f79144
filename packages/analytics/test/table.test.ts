import { Decimal, money } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  aggregate,
  columns,
  count,
  cumulative,
  derive,
  distinct,
  distinctCount,
  groupBy,
  groupRows,
  innerJoin,
  leftJoin,
  max,
  mean,
  median,
  min,
  parseRows,
  periodChange,
  pivot,
  quantile,
  rolling,
  sortBy,
  stdev,
  sum,
  sumMoney,
  topN,
  unpivot,
  weightedMean,
} from '../src/index.js';
import { boErrorOf as codeOf } from '../../../scripts/test-support.js';

const sales = [
  { region: 'North', month: '2026-01', sku: 'A', amount: 0.1, qty: 1 },
  { region: 'North', month: '2026-01', sku: 'B', amount: 0.2, qty: 3 },
  { region: 'South', month: '2026-01', sku: 'A', amount: '1000000.005', qty: 2 },
  { region: 'North', month: '2026-02', sku: 'A', amount: 5, qty: 4 },
  { region: 'South', month: '2026-02', sku: 'C', amount: 7, qty: 1 },
];

describe('aggregates', () => {
  it('sums money exactly (0.1 + 0.2 = 0.3) and mixes numbers, strings and Decimals', () => {
    const t = aggregate(sales, { n: count(), total: sum('amount') });
    expect(t.n).toBe(5);
    expect(t.total.toString()).toBe('1000012.305');
    const g = groupBy(sales.slice(0, 2), ['region'], { s: sum('amount') });
    expect(g[0]?.s.toString()).toBe('0.3');
  });

  it('computes mean, median, type-7 quantiles, min/max, distinct, weighted mean, stdev', () => {
    const rows = [
      95.1772, 95.1567, 95.1937, 95.1959, 95.1442, 95.061, 95.1591, 95.1195, 95.1065, 95.0925, 95.199,
      95.1682,
    ].map((x) => ({ x }));
    // NIST 7.2.6.2 wafer data; R type-7 90th percentile 95.19568 (reference qc-analytics.md B1.1, R / d3 / arquero agree)
    const r = aggregate(rows, {
      p90: quantile('x', 0.9),
      med: median('x'),
      lo: min<number>('x'),
      hi: max<number>('x'),
    });
    expect(r.p90).toBeCloseTo(95.19568, 5);
    expect(r.lo).toBe(95.061);
    expect(r.hi).toBe(95.199);
    // simple-statistics quantile([1..10], 0.1) = 1.9 (type 7)
    expect(
      aggregate(
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((x) => ({ x })),
        { q: quantile('x', 0.1) },
      ).q,
    ).toBeCloseTo(1.9, 12);
    const s = aggregate(sales, {
      m: mean('qty'),
      med: median('qty'),
      sk: distinct<string>('sku'),
      nsk: distinctCount('sku'),
      w: weightedMean('amount', 'qty'),
      sd: stdev('qty'),
    });
    expect(s.m).toBeCloseTo(2.2, 12);
    expect(s.med).toBe(2);
    expect(s.sk).toEqual(['A', 'B', 'C']);
    expect(s.nsk).toBe(3);
    expect(s.w).toBeCloseTo((0.1 + 0.6 + 2000000.01 + 20 + 7) / 11, 6);
    expect(s.sd).toBeCloseTo(Math.sqrt(1.7), 12);
  });

  it('sums Money columns and rejects mixed currencies with the row path', () => {
    const rows = [{ v: money('100', 'VND') }, { v: money('250', 'VND') }];
    expect(aggregate(rows, { t: sumMoney('v') }).t.amount.toString()).toBe('350');
    const bad = [...rows, { v: money('1', 'USD') }];
    expect(codeOf(() => aggregate(bad, { t: sumMoney('v') }))).toEqual({
      code: 'ANALYTICS/CURRENCY_MISMATCH',
      path: ['rows', 2, 'v'],
    });
    expect(codeOf(() => aggregate([], { t: sumMoney('v') })).code).toBe('ANALYTICS/EMPTY_INPUT');
    expect(aggregate([], { t: sumMoney('v', { currency: 'VND' }) }).t.amount.toString()).toBe('0');
  });

  it('applies the missing policy: error by default, skip, or treat-as', () => {
    const rows = [{ x: 1 }, { x: null }, { x: 3 }];
    expect(codeOf(() => aggregate(rows, { s: sum('x') }))).toEqual({
      code: 'ANALYTICS/MISSING_VALUE',
      path: ['rows', 1, 'x'],
    });
    expect(aggregate(rows, { m: mean('x', { missing: 'skip' }) }).m).toBe(2);
    expect(aggregate(rows, { m: mean('x', { missing: { treatAs: 0 } }) }).m).toBeCloseTo(4 / 3, 12);
    expect(aggregate([{ x: null }], { m: mean('x', { missing: 'skip' }) }).m).toBeNull();
    expect(aggregate(rows, { n: count('x') }).n).toBe(2);
  });

  it('rejects non-numeric values naming the row and field', () => {
    expect(codeOf(() => aggregate([{ x: 1 }, { x: 'abc' }], { s: sum('x') }))).toEqual({
      code: 'ANALYTICS/INVALID_NUMBER',
      path: ['rows', 1, 'x'],
    });
    expect(codeOf(() => aggregate([{ x: Number.NaN }], { s: mean('x') })).code).toBe(
      'ANALYTICS/INVALID_NUMBER',
    );
    expect(codeOf(() => aggregate([{ x: 1, w: 0 }], { s: weightedMean('x', 'w') })).code).toBe(
      'ANALYTICS/ZERO_DENOMINATOR',
    );
    expect(codeOf(() => quantile('x', 1.5)).code).toBe('ANALYTICS/INVALID_OPTION');
  });
});

describe('groupBy', () => {
  it('groups by several keys in first-seen order', () => {
    const g = groupBy(sales, ['region', 'month'], { n: count(), s: sum('amount') });
    expect(g.map((r) => [r.region, r.month, r.n, r.s.toString()])).toEqual([
      ['North', '2026-01', 2, '0.3'],
      ['South', '2026-01', 1, '1000000.005'],
      ['North', '2026-02', 1, '5'],
      ['South', '2026-02', 1, '7'],
    ]);
    expect(groupRows(sales, ['sku']).map((g) => [g.key.sku, g.rows.length])).toEqual([
      ['A', 3],
      ['B', 1],
      ['C', 1],
    ]);
  });

  it('property: group sums add up to the grand total exactly, and counts to the row count', () => {
    const row = fc.record({
      k1: fc.constantFrom('a', 'b', 'c'),
      k2: fc.integer({ min: 0, max: 3 }),
      v: fc.oneof(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: -1e6, max: 1e6 }).map((c) => `${c}.37`),
      ),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const groups = groupBy(rows, ['k1', 'k2'], { s: sum('v'), n: count() });
        const total = aggregate(rows, { s: sum('v') }).s;
        const bySum = groups.reduce((acc, g) => acc.plus(g.s), new Decimal(0));
        expect(bySum.eq(total)).toBe(true);
        expect(groups.reduce((a, g) => a + g.n, 0)).toBe(rows.length);
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('switches exactly from the fast integer path to Decimal beyond 2^53', () => {
    const rows = [{ v: Number.MAX_SAFE_INTEGER }, { v: 2 }, { v: 1 }];
    expect(aggregate(rows, { s: sum('v') }).s.toString()).toBe('9007199254740994');
  });
});

describe('pivot / unpivot / joins / sort / windows', () => {
  it('pivots with a null fill by default and round-trips through unpivot', () => {
    const { rows, columns: cols } = pivot(sales, {
      index: ['region'],
      columns: 'month',
      value: sum('amount'),
    });
    expect(cols).toEqual(['2026-01', '2026-02']);
    expect(rows.map((r) => [r.region, String(r['2026-01']), String(r['2026-02'])])).toEqual([
      ['North', '0.3', '5'],
      ['South', '1000000.005', '7'],
    ]);
    const sparse = pivot(sales, { index: ['sku'], columns: 'region', value: sum('qty') });
    expect(sparse.rows.find((r) => r.sku === 'B')?.South).toBeNull();
    const long = unpivot(sparse.rows, {
      keep: ['sku'],
      columns: ['North', 'South'],
      nameField: 'region',
      valueField: 'qty',
      dropMissing: true,
    });
    expect(long).toHaveLength(4);
    expect(long[0]).toEqual({ sku: 'A', region: 'North', qty: new Decimal(5) });
  });

  it('joins inner and left, refusing silent field overwrites', () => {
    const products = [
      { sku: 'A', name: 'Áo dài lụa' },
      { sku: 'B', name: 'Nón lá' },
    ];
    expect(innerJoin(sales, products, { on: ['sku'] }).map((r) => r.name)).toEqual([
      'Áo dài lụa',
      'Nón lá',
      'Áo dài lụa',
      'Áo dài lụa',
    ]);
    const l = leftJoin(sales, products, { on: ['sku'] });
    expect(l).toHaveLength(5);
    expect(l[4]?.name).toBeUndefined();
    const clash = [{ sku: 'A', qty: 99 }];
    expect(codeOf(() => innerJoin(sales, clash, { on: ['sku'] })).code).toBe('ANALYTICS/JOIN_FIELD_CONFLICT');
    expect(innerJoin(sales, clash, { on: ['sku'], conflict: 'left' })[0]?.qty).toBe(1);
    const d = [{ id: 'A', cat: 'x' }];
    expect(innerJoin(sales, d, { on: { left: ['sku'], right: ['id'] } })).toHaveLength(3);
  });

  it('sorts stably with several keys and picks the top N', () => {
    const s = sortBy(sales, [{ by: 'region' }, { by: 'amount', direction: 'desc' }]);
    expect(s.map((r) => r.amount)).toEqual([5, 0.2, 0.1, '1000000.005', 7]);
    expect(topN(sales, 2, [{ by: 'qty', direction: 'desc' }]).map((r) => r.qty)).toEqual([4, 3]);
    const withNull = [{ v: 2 }, { v: null }, { v: 1 }];
    expect(sortBy(withNull, [{ by: 'v', direction: 'desc' }]).map((r) => r.v)).toEqual([2, 1, null]);
  });

  it('computes rolling and cumulative windows per partition', () => {
    const rows = [1, 2, 3, 4, 5].map((v, i) => ({ g: i % 2 === 0 ? 'x' : 'y', i, v }));
    const r = rolling(rows, { field: 'v', reduce: 'mean', window: 2, as: 'ma' });
    expect(r.map((x) => x.ma)).toEqual([null, 1.5, 2.5, 3.5, 4.5]);
    const c = cumulative(rows, { field: 'v', reduce: 'sum', partitionBy: ['g'], as: 'cum' });
    expect(c.map((x) => String(x.cum))).toEqual(['1', '2', '4', '6', '9']);
    const rs = rolling(rows, { field: 'v', reduce: 'sum', window: 3 });
    expect(rs.map((x) => (x.v_sum === null ? null : String(x.v_sum)))).toEqual([null, null, '6', '9', '12']);
    expect(codeOf(() => rolling(rows, { field: 'v', reduce: 'sum', window: 0 })).code).toBe(
      'ANALYTICS/INVALID_OPTION',
    );
  });

  it('computes period-over-period change; growth from zero is null, not 0', () => {
    const rows = [
      { m: '2026-01', v: 0 },
      { m: '2026-02', v: 100 },
      { m: '2026-03', v: 80 },
    ];
    const p = periodChange(rows, { field: 'v' });
    expect(p.map((r) => (r.vChange === null ? null : String(r.vChange)))).toEqual([null, '100', '-20']);
    expect(p.map((r) => (r.vChangeRatio === null ? null : String(r.vChangeRatio)))).toEqual([
      null,
      null,
      '-0.2',
    ]);
  });

  it('derives fields without touching the input', () => {
    const d = derive(sales, { value: (r) => r.qty * 2 });
    expect(d[0]?.value).toBe(2);
    expect((sales[0] as Record<string, unknown>).value).toBeUndefined();
  });
});

describe('parseRows (zod columns)', () => {
  const Sale = z.object({
    date: columns.date(),
    sku: z.string(),
    amount: columns.decimal(),
    paid: columns.money('VND'),
  });
  it('parses exact decimals and dates', () => {
    const rows = parseRows(Sale, [{ date: '2026-02-28', sku: 'A', amount: '12.30', paid: '1000' }]);
    expect(rows[0]?.amount.toString()).toBe('12.3');
    expect(rows[0]?.paid.currency.code).toBe('VND');
  });
  it('names the row and column of a bad cell', () => {
    expect(
      codeOf(() =>
        parseRows(Sale, [
          { date: '2026-02-28', sku: 'A', amount: '1', paid: 1 },
          { date: '2026-02-30', sku: 'A', amount: '1', paid: 1 },
        ]),
      ),
    ).toEqual({
      code: 'ANALYTICS/INVALID_ROW',
      path: [1, 'date'],
    });
    expect(
      codeOf(() => parseRows(Sale, [{ date: '2026-02-28', sku: 'A', amount: 'x', paid: 1 }])).path,
    ).toEqual([0, 'amount']);
  });
});

describe('key identity', () => {
  it('compares keys by value across numbers, Decimals and bigints, never confusing them with strings', () => {
    const rows = [{ k: new Decimal(5) }, { k: 'n5' }, { k: new Decimal('5.0') }, { k: 5 }];
    const g = groupBy(rows, ['k'], { n: count() });
    expect(g.map((r) => r.n)).toEqual([3, 1]);
    const p = pivot(
      rows.map((r, i) => ({ ...r, i })),
      { index: ['k'], columns: 'i', value: count() },
    );
    expect(p.rows).toHaveLength(2);
    expect(innerJoin([{ k: 5 }], [{ k: new Decimal('5.00'), v: 1 }], { on: ['k'] })).toHaveLength(1);
  });
});

describe('pivot invariants', () => {
  it('property: pivot cells add up to the grand total, and unpivot gives back every non-empty cell', () => {
    const row = fc.record({
      r: fc.constantFrom('N', 'S', 'E'),
      m: fc.constantFrom('2026-01', '2026-02', '2026-03', '2026-04'),
      v: fc
        .integer({ min: 0, max: 1e7 })
        .map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 50 }), (rows) => {
        const { rows: wide, columns: cols } = pivot(rows, { index: ['r'], columns: 'm', value: sum('v') });
        let total = new Decimal(0);
        for (const w of wide) for (const c of cols) if (w[c] !== null) total = total.plus(w[c] as Decimal);
        expect(total.eq(aggregate(rows, { s: sum('v') }).s)).toBe(true);
        const long = unpivot(wide, { keep: ['r'], columns: cols, dropMissing: true });
        expect(long.length).toBe(groupBy(rows, ['r', 'm'], { n: count() }).length);
      }),
      { numRuns: 100, seed: 9 },
    );
  });
});

describe('exact sums', () => {
  it('property: sum equals the Decimal sum of every value’s exact decimal form, whatever the mix', () => {
    const value = fc.oneof(
      fc.integer({ min: -1e15, max: 1e15 }),
      fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
      fc
        .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 18 }))
        .map(([n, s]) => {
          const neg = n < 0n;
          const digits = (neg ? -n : n).toString().padStart(s + 1, '0');
          return `${neg ? '-' : ''}${digits.slice(0, digits.length - s)}${s > 0 ? `.${digits.slice(digits.length - s)}` : ''}`;
        }),
      fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0.1, 0.2, 1e-7, 5e-324),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => new Decimal(n).div(8)),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        const expected = values.reduce<Decimal>(
          (acc, v) => acc.plus(new Decimal(typeof v === 'number' ? String(v) : v)),
          new Decimal(0),
        );
        expect(
          aggregate(
            values.map((v) => ({ v })),
            { s: sum('v') },
          ).s.eq(expected),
        ).toBe(true);
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it('keeps a sum of cents exact past 2^53 at each scale', () => {
    // 15 significant digits: summed as integer cents (900719925474099), flushed to Decimal before passing 2^53
    const rows = Array.from({ length: 12 }, () => ({ v: '9007199254740.99' }));
    expect(aggregate(rows, { s: sum('v') }).s.toString()).toBe('108086391056891.88');
    expect(aggregate([...rows, { v: -0.01 }, { v: '1e2' }], { s: sum('v') }).s.toString()).toBe(
      '108086391056991.87',
    );
  });
});
