import type { Row } from './group-by.js';

/**
 * Adds (or replaces) computed fields on every row, returning new rows; the input is not changed.
 * Each function gets the original row and its index.
 *
 * @example
 * ```ts
 * derive(sales, { month: (r) => bucketKey(r.date, 'month'), amount: (r) => r.qty * r.price });
 * ```
 */
export function derive<R extends Row, D extends Readonly<Record<string, (row: R, index: number) => unknown>>>(
  rows: readonly R[],
  fields: D,
): Array<Omit<R, keyof D> & { [K in keyof D]: ReturnType<D[K]> }> {
  const names = Object.keys(fields);
  return rows.map((row, i) => {
    const o: Record<string, unknown> = { ...row };
    for (const n of names) o[n] = (fields[n] as (row: R, index: number) => unknown)(row, i);
    return o as Omit<R, keyof D> & { [K in keyof D]: ReturnType<D[K]> };
  });
}

/**
 * Keeps the rows for which `predicate` is true (a typed wrapper over `Array.prototype.filter`).
 *
 * @example
 * ```ts
 * filterRows(sales, (r) => r.region === 'North');
 * ```
 */
export function filterRows<R extends Row>(
  rows: readonly R[],
  predicate: (row: R, index: number) => boolean,
): R[] {
  return rows.filter(predicate);
}
