import { compareValues } from '../internal/compare.js';
import type { Row } from './group-by.js';

/** One sort key: a field, or a function of the row, with direction and where missing values go. */
export interface SortKey<R> {
  readonly by: (keyof R & string) | ((row: R) => unknown);
  /** `'asc'` (default) or `'desc'`. */
  readonly direction?: 'asc' | 'desc';
  /** Where null/undefined go: `'last'` (default) or `'first'`, whatever the direction. */
  readonly missing?: 'first' | 'last';
}

/**
 * Stable multi-key sort (returns a new array). Numbers, Decimals and Money compare numerically, strings and
 * CalendarDates by code unit.
 *
 * @example
 * ```ts
 * sortBy(rows, [{ by: 'region' }, { by: 'revenue', direction: 'desc' }]);
 * ```
 */
export function sortBy<R extends Row>(rows: readonly R[], keys: readonly SortKey<R>[]): R[] {
  const getters = keys.map((k) => (typeof k.by === 'function' ? k.by : (r: R) => r[k.by as keyof R]));
  const decorated = rows.map((row, i) => ({ row, i, v: getters.map((g) => g(row)) }));
  decorated.sort((a, b) => {
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j] as SortKey<R>;
      const va = a.v[j];
      const vb = b.v[j];
      const ma = va === null || va === undefined;
      const mb = vb === null || vb === undefined;
      if (ma || mb) {
        if (ma && mb) continue;
        const first = (k.missing ?? 'last') === 'first';
        return ma === first ? -1 : 1;
      }
      const c = compareValues(va, vb);
      if (c !== 0) return k.direction === 'desc' ? -c : c;
    }
    return a.i - b.i;
  });
  return decorated.map((d) => d.row);
}

/**
 * The first `n` rows by the given order (ties keep input order).
 *
 * @example
 * ```ts
 * topN(byProduct, 5, [{ by: 'revenue', direction: 'desc' }]); // five best sellers
 * ```
 */
export function topN<R extends Row>(rows: readonly R[], n: number, keys: readonly SortKey<R>[]): R[] {
  return sortBy(rows, keys).slice(0, Math.max(0, Math.floor(n)));
}
