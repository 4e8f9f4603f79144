import { ANALYTICS_ERRORS, fail } from '../errors.js';
import { keyOf } from '../internal/compare.js';
import type { Row } from './group-by.js';

/** Options of {@link innerJoin} and {@link leftJoin}. */
export interface JoinOptions {
  /** Key fields with the same name on both sides, or `{ left, right }` pairs of field names. */
  readonly on: readonly string[] | { readonly left: readonly string[]; readonly right: readonly string[] };
  /**
   * When a non-key field exists on both sides: `'error'` (default, `ANALYTICS/JOIN_FIELD_CONFLICT`),
   * `'left'` (keep the left value) or `'right'` (take the right value).
   */
  readonly conflict?: 'error' | 'left' | 'right';
}

function keys(on: JoinOptions['on']): { left: readonly string[]; right: readonly string[] } {
  return Array.isArray(on)
    ? { left: on, right: on }
    : (on as { left: readonly string[]; right: readonly string[] });
}

function join<L extends Row, R extends Row>(
  left: readonly L[],
  right: readonly R[],
  options: JoinOptions,
  outer: boolean,
) {
  const { left: lk, right: rk } = keys(options.on);
  if (lk.length !== rk.length || lk.length === 0) {
    fail(
      ANALYTICS_ERRORS.INVALID_OPTION,
      'join needs the same number (≥ 1) of left and right keys',
      'phép nối cần số khoá trái/phải bằng nhau (≥ 1)',
      ['on'],
    );
  }
  const conflict = options.conflict ?? 'error';
  const index = new Map<string, R[]>();
  for (const r of right) {
    if (rk.some((f) => r[f] === null || r[f] === undefined)) continue; // missing keys never match (SQL semantics)
    const k = rk.map((f) => keyOf(r[f])).join('\u0001');
    const list = index.get(k);
    if (list) list.push(r);
    else index.set(k, [r]);
  }
  const rkSet = new Set(rk);
  const out: Array<Record<string, unknown>> = [];
  left.forEach((l, li) => {
    const hasKey = lk.every((f) => l[f] !== null && l[f] !== undefined);
    const matches = hasKey ? index.get(lk.map((f) => keyOf(l[f])).join('\u0001')) : undefined;
    if (!matches) {
      if (outer) out.push({ ...l });
      return;
    }
    for (const r of matches) {
      const o: Record<string, unknown> = { ...l };
      for (const f of Object.keys(r)) {
        if (rkSet.has(f) && lk.includes(f)) continue;
        if (f in o) {
          if (conflict === 'error') {
            fail(
              ANALYTICS_ERRORS.JOIN_FIELD_CONFLICT,
              `field '${f}' exists on both sides of the join (set options.conflict)`,
              `trường '${f}' có ở cả hai bên của phép nối (đặt options.conflict)`,
              ['left', li, f],
            );
          }
          if (conflict === 'left') continue;
        }
        o[f] = r[f];
      }
      out.push(o);
    }
  });
  return out;
}

/**
 * Inner join: one output row per matching (left, right) pair, in left order then right order. Rows whose
 * key is missing never match (as in SQL).
 *
 * @example
 * ```ts
 * innerJoin(sales, products, { on: ['sku'] }); // each sale with its product's fields
 * ```
 */
export function innerJoin<L extends Row, R extends Row>(
  left: readonly L[],
  right: readonly R[],
  options: JoinOptions,
): Array<L & R> {
  return join(left, right, options, false) as Array<L & R>;
}

/**
 * Left join: every left row, merged with each matching right row; unmatched left rows are kept as they are
 * (right fields absent).
 *
 * @example
 * ```ts
 * leftJoin(employees, departments, { on: { left: ['deptId'], right: ['id'] } });
 * ```
 */
export function leftJoin<L extends Row, R extends Row>(
  left: readonly L[],
  right: readonly R[],
  options: JoinOptions,
): Array<L & Partial<R>> {
  return join(left, right, options, true) as Array<L & Partial<R>>;
}
