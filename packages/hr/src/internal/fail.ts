import { BoRuleError, BoStateError, BoValidationError, type BoErrorCode, type FieldPath } from '@bo/core';

/** Throws a {@link BoValidationError} with an `HR/...` code. @internal */
export function invalid(
  code: BoErrorCode,
  message: string,
  messageVi: string,
  path: FieldPath = [],
  details: Record<string, unknown> = {},
): never {
  throw new BoValidationError({ code, message, messageVi, path, details });
}

/** Throws a {@link BoRuleError} with an `HR/...` code. @internal */
export function ruleError(
  code: BoErrorCode,
  message: string,
  messageVi: string,
  path: FieldPath = [],
  details: Record<string, unknown> = {},
): never {
  throw new BoRuleError({ code, message, messageVi, path, details });
}

/** Throws a {@link BoStateError} with an `HR/...` code. @internal */
export function stateError(
  code: BoErrorCode,
  message: string,
  messageVi: string,
  path: FieldPath = [],
  details: Record<string, unknown> = {},
): never {
  throw new BoStateError({ code, message, messageVi, path, details });
}
