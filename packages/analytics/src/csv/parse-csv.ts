import { type CalendarDate, Decimal, isCalendarDate, parseWith } from '@bo/core';
import { z } from 'zod';
import { ANALYTICS_ERRORS, fail } from '../errors.js';

/** Cell types a CSV column can be read as. */
export type CsvColumnType = 'string' | 'number' | 'integer' | 'decimal' | 'date' | 'boolean';

/** One column of a {@link CsvSchema}. */
export interface CsvColumn {
  /** How the text is converted: `decimal` gives an exact {@link Decimal} (use it for money). */
  readonly type: CsvColumnType;
  /** Header text in the file; default the schema key. Matched after trimming, case-sensitive. */
  readonly header?: string;
  /**
   * An empty cell becomes `null`. Default `false`: an empty number/decimal/date/boolean cell is an error (never a
   * silent 0) and an empty string cell is `''`.
   */
  readonly optional?: boolean;
}

/**
 * zod schema of a {@link CsvSchema} (checked by {@link parseCsv} before reading).
 * @example CsvSchemaSchema.parse({ amount: { type: 'decimal', header: 'Số tiền' } })
 */
export const CsvSchemaSchema = z.record(
  z.string(),
  z.object({
    type: z.enum(['string', 'number', 'integer', 'decimal', 'date', 'boolean']),
    header: z.string().optional(),
    optional: z.boolean().optional(),
  }),
);

/** Output field → column. */
export type CsvSchema = Readonly<Record<string, CsvColumn>>;

type ValueOf<T extends CsvColumnType> = T extends 'string'
  ? string
  : T extends 'number' | 'integer'
    ? number
    : T extends 'decimal'
      ? Decimal
      : T extends 'date'
        ? CalendarDate
        : boolean;

/** The typed row a {@link CsvSchema} produces. */
export type CsvRow<S extends CsvSchema> = {
  -readonly [K in keyof S]: S[K]['optional'] extends true
    ? ValueOf<S[K]['type']> | null
    : ValueOf<S[K]['type']>;
};

/** Options of {@link parseCsv}. */
export interface ParseCsvOptions {
  /** Field delimiter; default `','`. Files with a decimal comma usually use `';'`. */
  readonly delimiter?: string;
  /** Decimal separator of number/decimal cells: `'.'` (default) or `','` (Vietnamese/European style `1.234,5`). */
  readonly decimalSeparator?: '.' | ',';
  /** Thousands separator to strip from number cells (e.g. `'.'` with a decimal comma, `','` or `' '`); default none. */
  readonly thousandsSeparator?: string;
  /** Date cell layout; default `'YYYY-MM-DD'`. */
  readonly dateFormat?: 'YYYY-MM-DD' | 'DD/MM/YYYY' | 'MM/DD/YYYY';
  /** Words read as booleans (lower-cased); default true/false, yes/no, 1/0, có/không. */
  readonly booleans?: { readonly true: readonly string[]; readonly false: readonly string[] };
}

/** A record of raw CSV text: its fields and the 1-based line where it starts. */
interface RawRecord {
  readonly fields: string[];
  readonly line: number;
}

/**
 * Splits CSV text into records (RFC 4180: quoted fields, `""` escapes, CRLF or LF line ends, newlines inside
 * quotes). A leading UTF-8 BOM is dropped; blank lines are skipped.
 *
 * @throws `ANALYTICS/CSV_MALFORMED` naming the line for an unterminated quote or text after a closing quote
 * @example readCsvRecords('a,b\n"x, y",2') // [['a','b'], ['x, y','2']]
 */
export function readCsvRecords(text: string, delimiter = ','): string[][] {
  return records(text, delimiter).map((r) => r.fields);
}

function records(text: string, delimiter: string): RawRecord[] {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'delimiter must be one character other than a quote or newline',
      'ký tự phân cách phải là một ký tự (không phải dấu nháy hay xuống dòng)',
      ['delimiter'],
    );
  }
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out: RawRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quotedField = false;
  const n = src.length;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !quotedField)) out.push({ fields, line: recordLine });
    fields = [];
    field = '';
    quotedField = false;
  };
  while (i < n) {
    const c = src[i] as string;
    if (c === '"' && field === '' && !quotedField) {
      const openLine = line;
      quotedField = true;
      i++;
      let closed = false;
      while (i < n) {
        const q = src[i] as string;
        if (q === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      if (!closed) {
        fail(
          ANALYTICS_ERRORS.CSV_MALFORMED,
          `unterminated quoted field starting on line ${openLine}`,
          `trường có dấu nháy chưa đóng từ dòng ${openLine}`,
          ['line', openLine],
          {
            line: openLine,
          },
        );
      }
      const next = src[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        fail(
          ANALYTICS_ERRORS.CSV_MALFORMED,
          `text after a closing quote on line ${line}`,
          `có ký tự sau dấu nháy đóng ở dòng ${line}`,
          ['line', line],
          { line },
        );
      }
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = '';
      quotedField = false;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += c;
    i++;
  }
  if (field !== '' || fields.length > 0 || quotedField) endRecord();
  return out;
}

const DEFAULT_BOOLEANS = {
  true: ['true', 'yes', '1', 'có', 'co'],
  false: ['false', 'no', '0', 'không', 'khong'],
};

/**
 * Parses CSV text with a header row into typed rows. Columns are found by header (any order; extra
 * columns are ignored). Handles quoted fields, Vietnamese (UTF-8) text, a decimal comma and thousands
 * separators; `decimal` columns are exact.
 *
 * @throws `ANALYTICS/CSV_INVALID_VALUE` with path `['rows', i, column]` and `details.line`;
 *   `ANALYTICS/CSV_MISSING_COLUMN`; `ANALYTICS/CSV_MALFORMED` (wrong field count, bad quoting)
 * @example
 * ```ts
 * const rows = parseCsv('ngày;sản phẩm;doanh thu\n2026-01-05;"Áo dài";1.250.000,50\n',
 *   { date: { type: 'date', header: 'ngày' }, product: { type: 'string', header: 'sản phẩm' },
 *     revenue: { type: 'decimal', header: 'doanh thu' } },
 *   { delimiter: ';', decimalSeparator: ',', thousandsSeparator: '.' });
 * rows[0].revenue.toString(); // '1250000.5'
 * ```
 */
export function parseCsv<S extends CsvSchema>(
  text: string,
  schema: S,
  options: ParseCsvOptions = {},
): Array<CsvRow<S>> {
  parseWith(CsvSchemaSchema, schema, 'CSV schema', ANALYTICS_ERRORS.INVALID_OPTION);
  const delimiter = options.delimiter ?? ',';
  const decimalSep = options.decimalSeparator ?? '.';
  const thousands = options.thousandsSeparator;
  if (thousands !== undefined && thousands === decimalSep) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'thousandsSeparator must differ from decimalSeparator',
      'dấu phân cách hàng nghìn phải khác dấu thập phân',
      ['thousandsSeparator'],
    );
  }
  const recs = records(text, delimiter);
  const header = recs[0];
  if (header === undefined) return [];
  const names = header.fields.map((h) => h.trim());
  const keys = Object.keys(schema);
  const colIndex = keys.map((k) => {
    const h = schema[k]?.header ?? k;
    const idx = names.indexOf(h);
    if (idx < 0) {
      fail(
        ANALYTICS_ERRORS.CSV_MISSING_COLUMN,
        `column '${h}' is not in the header`,
        `không có cột '${h}' trong dòng tiêu đề`,
        [h],
        {
          header: names,
        },
      );
    }
    return idx;
  });
  const bools = options.booleans ?? DEFAULT_BOOLEANS;
  const out: Array<CsvRow<S>> = [];
  for (let r = 1; r < recs.length; r++) {
    const rec = recs[r] as RawRecord;
    const rowIndex = r - 1;
    if (rec.fields.length !== names.length) {
      fail(
        ANALYTICS_ERRORS.CSV_MALFORMED,
        `line ${rec.line} has ${rec.fields.length} fields, the header has ${names.length}`,
        `dòng ${rec.line} có ${rec.fields.length} trường, dòng tiêu đề có ${names.length}`,
        ['rows', rowIndex],
        { line: rec.line },
      );
    }
    const row: Record<string, unknown> = {};
    keys.forEach((k, j) => {
      const col = schema[k] as CsvColumn;
      const raw = rec.fields[colIndex[j] as number] as string;
      const header = col.header ?? k;
      const bad = (rule: string, ruleVi: string): never =>
        fail(
          ANALYTICS_ERRORS.CSV_INVALID_VALUE,
          `line ${rec.line}, column '${header}': ${rule} (got ${JSON.stringify(raw)})`,
          `dòng ${rec.line}, cột '${header}': ${ruleVi} (nhận ${JSON.stringify(raw)})`,
          ['rows', rowIndex, k],
          { line: rec.line, row: rowIndex, column: header, value: raw },
        );
      const t = raw.trim();
      if (t === '') {
        if (col.optional) {
          row[k] = null;
          return;
        }
        if (col.type !== 'string') bad('required value is empty', 'giá trị bắt buộc bị trống');
      }
      switch (col.type) {
        case 'string':
          row[k] = raw;
          return;
        case 'number':
        case 'integer':
        case 'decimal': {
          let s = t;
          if (thousands !== undefined) s = s.split(thousands).join('');
          if (decimalSep === ',') {
            if (s.includes('.'))
              bad(
                'unexpected "." in a decimal-comma number',
                'dấu "." không hợp lệ trong số dùng dấu phẩy thập phân',
              );
            s = s.replace(',', '.');
          }
          if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) bad(`not a ${col.type}`, `không phải số (${col.type})`);
          if (col.type === 'decimal') row[k] = new Decimal(s);
          else {
            const v = Number(s);
            if (col.type === 'integer' && !Number.isSafeInteger(v))
              bad('not a safe integer', 'không phải số nguyên hợp lệ');
            row[k] = v;
          }
          return;
        }
        case 'date': {
          let iso = t;
          const fmt = options.dateFormat ?? 'YYYY-MM-DD';
          if (fmt !== 'YYYY-MM-DD') {
            const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
            if (m) {
              const [a, b] = fmt === 'DD/MM/YYYY' ? [m[2], m[1]] : [m[1], m[2]];
              iso = `${m[3]}-${(a as string).padStart(2, '0')}-${(b as string).padStart(2, '0')}`;
            }
          }
          if (!isCalendarDate(iso)) bad(`not a real date ${fmt}`, `không phải ngày hợp lệ ${fmt}`);
          row[k] = iso;
          return;
        }
        default: {
          const low = t.toLowerCase();
          if (bools.true.includes(low)) row[k] = true;
          else if (bools.false.includes(low)) row[k] = false;
          else bad('not a boolean', 'không phải giá trị đúng/sai');
        }
      }
    });
    out.push(row as CsvRow<S>);
  }
  return out;
}
