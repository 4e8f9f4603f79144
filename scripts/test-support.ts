import { isBoError } from '@bo/core';

/**
 * Helpers the packages' tests share (not part of any package).
 *
 * The code and path of the `BoError` that `fn` throws; fails the test if `fn` returns or throws
 * anything else.
 * @example expect(boErrorOf(() => calendarDate('2026-02-30'))).toEqual({ code: 'CORE/INVALID_DATE', path: ['date'] })
 */
export function boErrorOf(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (e) {
    if (isBoError(e)) return { code: e.code, path: e.path };
    throw e;
  }
  throw new Error('expected a BoError');
}

/**
 * The code of the `BoError` that `fn` throws; fails the test if `fn` returns or throws anything else.
 * @example expect(boErrorCodeOf(() => getCurrency('XYZ'))).toBe('CORE/UNKNOWN_CURRENCY')
 */
export function boErrorCodeOf(fn: () => unknown): string {
  return boErrorOf(fn).code;
}

/**
 * The code of what `fn` throws (a description when it is not a `BoError`), or undefined when it
 * returns: for tests that check valid and invalid input alike.
 * @example expect(thrownCode(() => calendarDate('2026-02-28'))).toBeUndefined()
 */
export function thrownCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isBoError(e) ? e.code : `not a BoError: ${String(e)}`;
  }
  return undefined;
}
