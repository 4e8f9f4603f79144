import { Decimal, isBoError } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv, readCsvRecords } from '../src/index.js';

function err(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (isBoError(e)) return { code: e.code, path: e.path, details: e.details };
    throw e;
  }
  throw new Error('expected a BoError');
}

describe('CSV', () => {
  it('reads RFC 4180 quoting: delimiters, quotes and newlines inside fields, CRLF, BOM', () => {
    const text = '\ufeffa,b\r\n"x, y","say ""hi"""\r\n"multi\nline",2\r\n\r\n';
    expect(readCsvRecords(text)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', '2'],
    ]);
  });

  it('parses a Vietnamese file with a decimal comma, thousands dots and DD/MM/YYYY dates', () => {
    const text = [
      'Ngày;Mã hàng;Tên hàng;Doanh thu;Số lượng;Khuyến mãi',
      '05/01/2026;AD01;"Áo dài lụa; thêu tay";1.250.000,50;3;có',
      '31/01/2026;NL02;Nón lá Huế;85.000;;không',
    ].join('\n');
    const rows = parseCsv(
      text,
      {
        date: { type: 'date', header: 'Ngày' },
        sku: { type: 'string', header: 'Mã hàng' },
        name: { type: 'string', header: 'Tên hàng' },
        revenue: { type: 'decimal', header: 'Doanh thu' },
        qty: { type: 'integer', header: 'Số lượng', optional: true },
        promo: { type: 'boolean', header: 'Khuyến mãi' },
      },
      { delimiter: ';', decimalSeparator: ',', thousandsSeparator: '.', dateFormat: 'DD/MM/YYYY' },
    );
    expect(rows[0]).toEqual({
      date: '2026-01-05',
      sku: 'AD01',
      name: 'Áo dài lụa; thêu tay',
      revenue: new Decimal('1250000.5'),
      qty: 3,
      promo: true,
    });
    expect(rows[1]?.qty).toBeNull();
    expect(rows[1]?.revenue.toString()).toBe('85000');
  });

  it('names row, column and line in errors', () => {
    const e = err(() =>
      parseCsv('sku,amount\nA,12\nB,12x\n', { sku: { type: 'string' }, amount: { type: 'decimal' } }),
    );
    expect(e.code).toBe('ANALYTICS/CSV_INVALID_VALUE');
    expect(e.path).toEqual(['rows', 1, 'amount']);
    expect(e.details).toMatchObject({ line: 3, column: 'amount', value: '12x' });
    expect(
      err(() => parseCsv('sku,amount\nA,\n', { sku: { type: 'string' }, amount: { type: 'decimal' } })).code,
    ).toBe('ANALYTICS/CSV_INVALID_VALUE');
    expect(
      err(() => parseCsv('sku\nA\n', { sku: { type: 'string' }, amount: { type: 'decimal' } })).code,
    ).toBe('ANALYTICS/CSV_MISSING_COLUMN');
    expect(err(() => parseCsv('a,b\n1\n', { a: { type: 'string' } })).code).toBe('ANALYTICS/CSV_MALFORMED');
    expect(err(() => readCsvRecords('a,"b\n1,2\n')).code).toBe('ANALYTICS/CSV_MALFORMED');
    expect(err(() => readCsvRecords('"a"b,c\n')).code).toBe('ANALYTICS/CSV_MALFORMED');
    expect(err(() => parseCsv('d\n2026-02-30\n', { d: { type: 'date' } })).details).toMatchObject({
      line: 2,
    });
    expect(err(() => parseCsv('x\n1.5\n', { x: { type: 'decimal' } }, { decimalSeparator: ',' })).code).toBe(
      'ANALYTICS/CSV_INVALID_VALUE',
    );
  });

  it('writes CSV with quoting and a decimal comma', () => {
    const out = formatCsv([{ sku: 'A', name: 'Áo "dài"', revenue: new Decimal('1250000.5'), note: null }], {
      delimiter: ';',
      decimalSeparator: ',',
    });
    expect(out).toBe('sku;name;revenue;note\r\nA;"Áo ""dài""";1250000,5;\r\n');
  });

  it('property: format → parse round-trips strings and exact decimals', () => {
    const row = fc.record({
      s: fc.string({ maxLength: 12 }).filter((s) => s.trim() === s),
      d: fc
        .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }))
        .map(([a, b]) => new Decimal(`${a}.${b}`)),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 10 }),
        fc.constantFrom<'.' | ','>('.', ','),
        (rows, dec) => {
          const delimiter = dec === ',' ? ';' : ',';
          const text = formatCsv(rows, { delimiter, decimalSeparator: dec });
          const back = parseCsv(
            text,
            { s: { type: 'string' }, d: { type: 'decimal' } },
            { delimiter, decimalSeparator: dec },
          );
          expect(back.map((r) => [r.s, r.d.toString()])).toEqual(rows.map((r) => [r.s, r.d.toString()]));
        },
      ),
      { numRuns: 100, seed: 3 },
    );
  });
});

describe('CSV schema validation', () => {
  it('rejects an unknown column type naming the column', () => {
    const e = err(() => parseCsv('a\n1\n', { a: { type: 'money' as 'decimal' } }));
    expect(e.code).toBe('ANALYTICS/INVALID_OPTION');
    expect(e.path).toEqual(['a', 'type']);
  });
});
