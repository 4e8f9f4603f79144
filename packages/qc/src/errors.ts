import { BoStateError, BoValidationError, type FieldPath } from '@bo/core';

/**
 * Every error code @bo/qc throws. Codes are stable: apps may switch on them.
 *
 * @example
 * try { xbarRChart([[1]]); } catch (e) { if (isBoError(e, 'QC/SUBGROUP_TOO_SMALL')) … }
 */
export type QcErrorCode =
  | 'QC/EMPTY_DATA'
  | 'QC/NOT_FINITE'
  | 'QC/SUBGROUP_TOO_SMALL'
  | 'QC/SUBGROUP_SIZE_OUT_OF_TABLE'
  | 'QC/UNEQUAL_SUBGROUPS'
  | 'QC/INVALID_SIZE'
  | 'QC/INVALID_COUNT'
  | 'QC/PROPORTION_OUT_OF_RANGE'
  | 'QC/INVALID_PARAMETER'
  | 'QC/INVALID_SPEC'
  | 'QC/ZERO_VARIATION'
  | 'QC/SINGULAR_COVARIANCE'
  | 'QC/INVALID_RULE'
  | 'QC/INVALID_LOT_SIZE'
  | 'QC/UNKNOWN_AQL'
  | 'QC/INVALID_INPUT'
  | 'QC/INVALID_TRANSITION'
  | 'QC/DISCONTINUED';

/** @internal Builds a {@link BoValidationError} with a QC code. */
export function invalid(
  code: QcErrorCode,
  message: string,
  messageVi: string,
  path: FieldPath = [],
  details: Record<string, unknown> = {},
): BoValidationError {
  return new BoValidationError({ code, message, messageVi, path, details });
}

/** @internal Builds a {@link BoStateError} with a QC code. */
export function illegalState(
  code: QcErrorCode,
  message: string,
  messageVi: string,
  details: Record<string, unknown> = {},
): BoStateError {
  return new BoStateError({ code, message, messageVi, details });
}

/** @internal Throws `QC/NOT_FINITE` unless `x` is a finite number. */
export function assertFinite(x: unknown, path: FieldPath): asserts x is number {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw invalid(
      'QC/NOT_FINITE',
      `value must be a finite number, got ${String(x)}`,
      `giá trị phải là số hữu hạn, nhận ${String(x)}`,
      path,
      {
        value: String(x),
      },
    );
  }
}

/** @internal Throws `QC/EMPTY_DATA` when `xs` is empty. */
export function assertNonEmpty(xs: readonly unknown[], path: FieldPath): void {
  if (xs.length === 0) {
    throw invalid('QC/EMPTY_DATA', 'data must not be empty', 'dữ liệu không được rỗng', path);
  }
}

/** @internal Throws `QC/INVALID_PARAMETER` unless `x` is a finite number with `min < x` (or ≤) and `x < max`. */
export function assertParameter(x: number, name: string, check: (v: number) => boolean, rule: string): void {
  if (!Number.isFinite(x) || !check(x)) {
    throw invalid(
      'QC/INVALID_PARAMETER',
      `${name} must be ${rule}, got ${x}`,
      `${name} phải ${rule}, nhận ${x}`,
      [name],
      {
        value: x,
      },
    );
  }
}
