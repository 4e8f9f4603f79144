import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { compareValues, valueKeyMaker } from '../internal/compare.js';
import type { Accumulator, Aggregate } from './aggregates.js';
import type { Row } from './group-by.js';

/** Options of {@link pivot}. */
export interface PivotOptions<K extends string> {
  /** Fields that identify an output row (e.g. `['region']`). */
  readonly index: readonly K[];
  /** Field whose distinct values become output columns (e.g. `'month'`). */
  readonly columns: string;
  /** How the cell value is computed from the rows that fall into it (e.g. `sum('amount')`). */
  readonly value: Aggregate<unknown>;
  /**
   * Value of a cell no row fell into. Default `null` — an empty cell is "no data", never a silent 0;
   * pass `fill: new Decimal(0)` when an empty cell truly means zero.
   */
  readonly fill?: unknown;
  /** Column order: `'sorted'` (default, by value) or `'first-seen'`. */
  readonly columnOrder?: 'sorted' | 'first-seen';
}

/** Result of {@link pivot}: the wide rows and the generated column names in order. */
export interface PivotResult<K extends string> {
  readonly rows: Array<Record<K, unknown> & Record<string, unknown>>;
  readonly columns: string[];
}

/**
 * Pivots a long table to a wide one (spreadsheet "pivot table"): one row per index value, one column per
 * distinct value of `columns`, each cell aggregated with `value`. Column names are `String(value)`.
 *
 * @example
 * ```ts
 * const { rows, columns } = pivot(sales, { index: ['region'], columns: 'month', value: sum('amount') });
 * // rows: [{ region: 'North', '2026-01': Decimal, '2026-02': Decimal }, …]
 * ```
 */
export function pivot<R extends Row, K extends keyof R & string>(
  rows: readonly R[],
  options: PivotOptions<K>,
): PivotResult<K> {
  const { index, columns: colField, value } = options;
  const fill = 'fill' in options ? options.fill : null;
  const colKey = valueKeyMaker();
  const rowKey = valueKeyMaker();
  const colKeys = new Map<unknown, unknown>();
  type Cells = { key: unknown[]; cells: Map<unknown, Accumulator<unknown>> };
  const root = new Map<unknown, unknown>();
  const order: Cells[] = [];
  const nk = index.length;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as R;
    const cv = row[colField];
    const ck = colKey(cv);
    if (!colKeys.has(ck)) colKeys.set(ck, cv);
    let node = root;
    let r: Cells | undefined;
    for (let k = 0; k < nk; k++) {
      const mk = rowKey(row[index[k] as K]);
      const next = node.get(mk);
      if (k === nk - 1) {
        r = next as Cells | undefined;
        if (r === undefined) {
          r = { key: index.map((f) => row[f]), cells: new Map() };
          node.set(mk, r);
          order.push(r);
        }
      } else {
        let child = next as Map<unknown, unknown> | undefined;
        if (child === undefined) {
          child = new Map();
          node.set(mk, child);
        }
        node = child;
      }
    }
    if (nk === 0) {
      if (order.length === 0) order.push({ key: [], cells: new Map() });
      r = order[0];
    }
    const cells = (r as Cells).cells;
    let acc = cells.get(ck);
    if (acc === undefined) {
      acc = value.create();
      cells.set(ck, acc);
    }
    acc.add(row, i);
  }
  let cols = [...colKeys.entries()];
  if ((options.columnOrder ?? 'sorted') === 'sorted') cols = cols.sort((a, b) => compareValues(a[1], b[1]));
  const names = cols.map(([, v]) => String(v));
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) {
      fail(
        ANALYTICS_ERRORS.PIVOT_DUPLICATE,
        `two column values print as '${n}'`,
        `hai giá trị cột cùng hiển thị là '${n}'`,
        [colField],
      );
    }
    seen.add(n);
  }
  const out = order.map((r) => {
    const o: Record<string, unknown> = {};
    index.forEach((f, j) => {
      o[f] = r.key[j];
    });
    cols.forEach(([ck], j) => {
      const acc = r.cells.get(ck);
      o[names[j] as string] = acc === undefined ? fill : acc.result();
    });
    return o as Record<K, unknown> & Record<string, unknown>;
  });
  return { rows: out, columns: names };
}

/** Options of {@link unpivot}. */
export interface UnpivotOptions<K extends string, C extends string> {
  /** Fields copied to every output row. */
  readonly keep: readonly K[];
  /** Wide columns folded into (name, value) pairs. */
  readonly columns: readonly C[];
  /** Output field holding the column name; default `'name'`. */
  readonly nameField?: string;
  /** Output field holding the value; default `'value'`. */
  readonly valueField?: string;
  /** Drop pairs whose value is null/undefined (default `false`: they are kept as they are). */
  readonly dropMissing?: boolean;
}

/**
 * Unpivots (melts / folds) a wide table into a long one: each listed column becomes a row.
 *
 * @example
 * ```ts
 * unpivot([{ sku: 'A', Q1: 5, Q2: 7 }], { keep: ['sku'], columns: ['Q1', 'Q2'], nameField: 'quarter', valueField: 'qty' });
 * // [{ sku: 'A', quarter: 'Q1', qty: 5 }, { sku: 'A', quarter: 'Q2', qty: 7 }]
 * ```
 */
export function unpivot<R extends Row, K extends keyof R & string, C extends keyof R & string>(
  rows: readonly R[],
  options: UnpivotOptions<K, C>,
): Array<Record<string, unknown>> {
  const nameField = options.nameField ?? 'name';
  const valueField = options.valueField ?? 'value';
  const out: Array<Record<string, unknown>> = [];
  for (const row of rows) {
    for (const c of options.columns) {
      const v = row[c];
      if (options.dropMissing && (v === null || v === undefined)) continue;
      const o: Record<string, unknown> = {};
      for (const k of options.keep) o[k] = row[k];
      o[nameField] = c;
      o[valueField] = v;
      out.push(o);
    }
  }
  return out;
}
