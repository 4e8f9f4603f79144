import type { Accumulator, Aggregate } from './aggregates.js';
import { keyOf, valueKeyMaker } from '../internal/compare.js';

/** Named aggregates: output field → {@link Aggregate}. */
export type AggregateSpec = Readonly<Record<string, Aggregate<unknown>>>;

/** The record an {@link AggregateSpec} produces. */
export type AggregateResult<S extends AggregateSpec> = {
  -readonly [K in keyof S]: S[K] extends Aggregate<infer T> ? T : never;
};

/** A plain record (one row of a table). */
export type Row = Readonly<Record<string, unknown>>;

/**
 * Aggregates a whole table into one record.
 *
 * @example
 * ```ts
 * const totals = aggregate(sales, { orders: count(), revenue: sum('amount'), p50: median('amount') });
 * totals.revenue.toString(); // exact
 * ```
 */
export function aggregate<S extends AggregateSpec>(rows: readonly Row[], spec: S): AggregateResult<S> {
  const names = Object.keys(spec);
  const accs = names.map((n) => (spec[n] as Aggregate<unknown>).create());
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    for (const acc of accs) acc.add(row, i);
  }
  const out: Record<string, unknown> = {};
  names.forEach((n, j) => {
    out[n] = (accs[j] as Accumulator<unknown>).result();
  });
  return out as AggregateResult<S>;
}

interface Group {
  readonly keyValues: unknown[];
  readonly accs: Accumulator<unknown>[];
}

/**
 * Groups rows by one or more key fields and aggregates each group. Groups come out in order of first
 * appearance (deterministic). Key values are compared by value — the number 5, `new Decimal('5.0')` and `5n`
 * are one group, the string '5' another; Money by currency and amount. A missing key value
 * (`null` or `undefined`, each its own group) is kept — keys are labels, not measures.
 *
 * @example
 * ```ts
 * groupBy(sales, ['region', 'month'], { revenue: sum('amount'), orders: count() });
 * // [{ region: 'North', month: '2026-01', revenue: Decimal, orders: 12 }, …]
 * ```
 */
export function groupBy<R extends Row, K extends keyof R & string, S extends AggregateSpec>(
  rows: readonly R[],
  keys: readonly K[],
  spec: S,
): Array<Pick<R, K> & AggregateResult<S>> {
  const names = Object.keys(spec);
  const aggs = names.map((n) => spec[n] as Aggregate<unknown>);
  const groups: Group[] = [];
  const nk = keys.length;
  const root = new Map<unknown, unknown>();
  const mapKey = valueKeyMaker();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as R;
    let node: Map<unknown, unknown> = root;
    let group: Group | undefined;
    for (let k = 0; k < nk; k++) {
      const mk = mapKey(row[keys[k] as K]);
      const next = node.get(mk);
      if (k === nk - 1) {
        group = next as Group | undefined;
        if (group === undefined) {
          group = { keyValues: keys.map((key) => row[key]), accs: aggs.map((a) => a.create()) };
          groups.push(group);
          node.set(mk, group);
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
      if (groups.length === 0) groups.push({ keyValues: [], accs: aggs.map((a) => a.create()) });
      group = groups[0];
    }
    const accs = (group as Group).accs;
    for (let j = 0; j < accs.length; j++) (accs[j] as Accumulator<unknown>).add(row, i);
  }
  return groups.map((g) => {
    const out: Record<string, unknown> = {};
    keys.forEach((k, j) => {
      out[k] = g.keyValues[j];
    });
    names.forEach((n, j) => {
      out[n] = (g.accs[j] as Accumulator<unknown>).result();
    });
    return out as Pick<R, K> & AggregateResult<S>;
  });
}

/**
 * Splits rows into groups (arrays of the original rows) by key fields, in order of first appearance.
 *
 * @example
 * ```ts
 * for (const { key, rows } of groupRows(sales, ['sku'])) console.log(key.sku, rows.length);
 * ```
 */
export function groupRows<R extends Row, K extends keyof R & string>(
  rows: readonly R[],
  keys: readonly K[],
): Array<{ key: Pick<R, K>; rows: R[] }> {
  const index = new Map<string, { key: Pick<R, K>; rows: R[] }>();
  const out: Array<{ key: Pick<R, K>; rows: R[] }> = [];
  for (const row of rows) {
    const k = keys.map((key) => keyOf(row[key])).join('\u0001');
    let g = index.get(k);
    if (g === undefined) {
      const key = {} as Record<string, unknown>;
      for (const f of keys) key[f] = row[f];
      g = { key: key as Pick<R, K>, rows: [] };
      index.set(k, g);
      out.push(g);
    }
    g.rows.push(row);
  }
  return out;
}
