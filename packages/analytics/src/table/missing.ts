import { ANALYTICS_ERRORS, fail } from '../errors.js';
import type { FieldPath } from '@bo/core';

/**
 * What to do with a missing value (`null` or `undefined`) — stated per operation, never an implicit 0:
 * - `'error'` (default): throw `ANALYTICS/MISSING_VALUE` naming the row and field;
 * - `'skip'`: leave the value out (a mean of `[1, null, 3]` is 2);
 * - `{ treatAs: v }`: use `v` instead (e.g. `{ treatAs: 0 }` when a blank truly means zero sales).
 *
 * @example
 * ```ts
 * groupBy(rows, ['region'], { revenue: sum('amount', { missing: 'skip' }) });
 * ```
 */
export type MissingPolicy = 'error' | 'skip' | { readonly treatAs: unknown };

/** True when `v` counts as missing: `null` or `undefined`. @example isMissing(null) // true */
export function isMissing(v: unknown): v is null | undefined {
  return v === null || v === undefined;
}

/** @internal Applies a missing policy; returns `SKIP` when the value must be left out. */
export const SKIP: unique symbol = Symbol('skip');

/** @internal */
export function resolveMissing(
  value: unknown,
  policy: MissingPolicy,
  path: FieldPath,
): unknown | typeof SKIP {
  if (!isMissing(value)) return value;
  if (policy === 'skip') return SKIP;
  if (policy === 'error') {
    return fail(
      ANALYTICS_ERRORS.MISSING_VALUE,
      `value is missing and the missing policy is 'error' (use 'skip' or { treatAs })`,
      `thiếu giá trị và chính sách xử lý thiếu là 'error' (dùng 'skip' hoặc { treatAs })`,
      path,
    );
  }
  return policy.treatAs;
}
