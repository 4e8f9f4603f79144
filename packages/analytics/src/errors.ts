import { BoValidationError, type BoErrorCode, type FieldPath } from '@bo/core';

/**
 * Every error code @bo/analytics throws. Codes are stable: apps may switch on them.
 *
 * @example
 * ```ts
 * import { isBoError } from '@bo/core';
 * try { holtWinters([1, 2, 3], { period: 12 }); }
 * catch (e) { if (isBoError(e, ANALYTICS_ERRORS.SERIES_TOO_SHORT)) console.log(e.details); }
 * ```
 */
export const ANALYTICS_ERRORS = {
  /** A value needed by a computation is missing (null/undefined) and the missing policy is `'error'`. */
  MISSING_VALUE: 'ANALYTICS/MISSING_VALUE',
  /** A value is not a finite number/decimal where one is required. */
  INVALID_NUMBER: 'ANALYTICS/INVALID_NUMBER',
  /** A row does not match its zod schema. */
  INVALID_ROW: 'ANALYTICS/INVALID_ROW',
  /** An option is out of range or inconsistent. */
  INVALID_OPTION: 'ANALYTICS/INVALID_OPTION',
  /** Money values of different currencies were combined. */
  CURRENCY_MISMATCH: 'ANALYTICS/CURRENCY_MISMATCH',
  /** An aggregate of an empty set that has no value (mean, median, min…). */
  EMPTY_INPUT: 'ANALYTICS/EMPTY_INPUT',
  /** A join would overwrite a non-key field present on both sides. */
  JOIN_FIELD_CONFLICT: 'ANALYTICS/JOIN_FIELD_CONFLICT',
  /** A pivot cell received more than one value with the `'unique'` aggregate. */
  PIVOT_DUPLICATE: 'ANALYTICS/PIVOT_DUPLICATE',
  /** A bucket key cannot be parsed or belongs to another unit. */
  INVALID_BUCKET: 'ANALYTICS/INVALID_BUCKET',
  /** A CSV field cannot be converted to its column type. */
  CSV_INVALID_VALUE: 'ANALYTICS/CSV_INVALID_VALUE',
  /** The CSV text is malformed (unterminated quote, wrong field count…). */
  CSV_MALFORMED: 'ANALYTICS/CSV_MALFORMED',
  /** A column declared in the CSV schema is absent from the header. */
  CSV_MISSING_COLUMN: 'ANALYTICS/CSV_MISSING_COLUMN',
  /** The series is too short for the method (e.g. fewer than two seasons for Holt–Winters). */
  SERIES_TOO_SHORT: 'ANALYTICS/SERIES_TOO_SHORT',
  /** Multiplicative models need strictly positive data. */
  NON_POSITIVE_DATA: 'ANALYTICS/NON_POSITIVE_DATA',
  /** A smoothing parameter is outside its allowed interval. */
  PARAMETER_OUT_OF_RANGE: 'ANALYTICS/PARAMETER_OUT_OF_RANGE',
  /** A ratio's denominator is zero (MAPE with a zero actual, margin with zero revenue…). */
  ZERO_DENOMINATOR: 'ANALYTICS/ZERO_DENOMINATOR',
  /** Two series that must be aligned have different lengths. */
  LENGTH_MISMATCH: 'ANALYTICS/LENGTH_MISMATCH',
  /** A KPI input is negative where only non-negative figures make sense. */
  NEGATIVE_INPUT: 'ANALYTICS/NEGATIVE_INPUT',
} as const satisfies Record<string, BoErrorCode>;

/** One of {@link ANALYTICS_ERRORS}. */
export type AnalyticsErrorCode = (typeof ANALYTICS_ERRORS)[keyof typeof ANALYTICS_ERRORS];

/** @internal Builds and throws a {@link BoValidationError} with an analytics code. */
export function fail(
  code: AnalyticsErrorCode,
  message: string,
  messageVi: string,
  path: FieldPath = [],
  details: Record<string, unknown> = {},
): never {
  throw new BoValidationError({ code, message, messageVi, path, details });
}
