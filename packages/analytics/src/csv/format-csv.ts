import { Decimal, isMoney } from '@bo/core';

/** Options of {@link formatCsv}. */
export interface FormatCsvOptions {
  /** Columns to write, in order: a field name, or `{ field, header }`. Default: the keys of the first row. */
  readonly columns?: ReadonlyArray<string | { readonly field: string; readonly header: string }>;
  /** Field delimiter; default `','`. */
  readonly delimiter?: string;
  /** Decimal separator for numbers, Decimals and Money; default `'.'`. */
  readonly decimalSeparator?: '.' | ',';
  /** Line ending; default `'\r\n'` (RFC 4180). */
  readonly lineEnding?: '\r\n' | '\n';
}

/**
 * Writes rows as CSV text (RFC 4180 quoting where needed). Decimals and Money amounts are written in full
 * (no rounding, no exponent), null/undefined as an empty field, dates as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * formatCsv([{ sku: 'A', name: 'Áo "dài"', revenue: new Decimal('1250000.5') }], { delimiter: ';', decimalSeparator: ',' });
 * // 'sku;name;revenue\r\nA;"Áo ""dài""";1250000,5\r\n'
 * ```
 */
export function formatCsv(
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
  options: FormatCsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const dec = options.decimalSeparator ?? '.';
  const eol = options.lineEnding ?? '\r\n';
  const cols = (options.columns ?? Object.keys(rows[0] ?? {})).map((c) =>
    typeof c === 'string' ? { field: c, header: c } : c,
  );
  const quote = (s: string): string =>
    s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r') || s !== s.trim()
      ? `"${s.replaceAll('"', '""')}"`
      : s;
  const num = (s: string) => (dec === ',' ? s.replace('.', ',') : s);
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (v instanceof Decimal || Decimal.isDecimal(v)) return num((v as Decimal).toFixed());
    if (isMoney(v)) return num(v.amount.toFixed());
    if (typeof v === 'number') return num(String(v));
    if (typeof v === 'bigint') return String(v);
    if (typeof v === 'string') return v;
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return JSON.stringify(v);
  };
  const lines = [cols.map((c) => quote(c.header)).join(delimiter)];
  for (const r of rows) lines.push(cols.map((c) => quote(cell(r[c.field]))).join(delimiter));
  return lines.join(eol) + eol;
}
