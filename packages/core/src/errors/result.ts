import { BoError, BoValidationError } from './bo-error.js';

/** The outcome of a `safe…` call: a value, or the {@link BoError} that would have been thrown. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: BoError };

/**
 * Wraps a value as a successful {@link Result}.
 * @example ok(42) // { ok: true, value: 42 }
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Wraps an error as a failed {@link Result}.
 * @example err(new BoValidationError({ code: 'CORE/INVALID_INPUT', message: 'bad' })) // { ok: false, error }
 */
export function err<T = never>(error: BoError): Result<T> {
  return { ok: false, error };
}

/**
 * Runs `fn` and returns its value or the {@link BoError} it threw as a {@link Result}.
 * Errors that are not BoErrors are programming faults and are re-thrown.
 *
 * @example
 * const r = attempt(() => calendarDate('2026-02-30'));
 * if (!r.ok) console.log(r.error.code); // 'CORE/INVALID_DATE'
 */
export function attempt<T>(fn: () => T): Result<T> {
  try {
    return ok(fn());
  } catch (e) {
    if (e instanceof BoError) return err(e);
    if (e instanceof RangeError || e instanceof TypeError) {
      // decimal.js reports bad numbers as plain errors: keep them typed for callers.
      return err(new BoValidationError({ code: 'CORE/INVALID_INPUT', message: e.message, cause: e }));
    }
    throw e;
  }
}

/**
 * Makes a `safe…` variant of a throwing function.
 * @example const safeMoney = safely(money); safeMoney('abc', 'VND') // { ok: false, error }
 */
export function safely<A extends unknown[], T>(fn: (...args: A) => T): (...args: A) => Result<T> {
  return (...args: A) => attempt(() => fn(...args));
}

/**
 * Returns the value of a successful result or throws its error.
 * @example unwrap(safeMoney('5', 'VND')).amount.toString() // '5'
 */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw result.error;
}
