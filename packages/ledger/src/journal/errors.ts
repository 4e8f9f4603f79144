import { BoError, BoRuleError, BoStateError, BoValidationError, type FieldPath } from '@bo/core';

/** Builds a validation error with a LEDGER code. @internal */
export function invalid(
  code: `LEDGER/${string}`,
  message: string,
  messageVi: string,
  path: FieldPath,
  details?: Record<string, unknown>,
): BoValidationError {
  return new BoValidationError({
    code,
    message,
    messageVi,
    path,
    ...(details === undefined ? {} : { details }),
  });
}

/** Builds a state error with a LEDGER code. @internal */
export function stateError(
  code: `LEDGER/${string}`,
  message: string,
  messageVi: string,
  path: FieldPath,
  details?: Record<string, unknown>,
): BoStateError {
  return new BoStateError({ code, message, messageVi, path, ...(details === undefined ? {} : { details }) });
}

/** Builds a rule error with a LEDGER code. @internal */
export function ruleError(
  code: `LEDGER/${string}`,
  message: string,
  messageVi: string,
  path: FieldPath,
  details?: Record<string, unknown>,
): BoRuleError {
  return new BoRuleError({ code, message, messageVi, path, ...(details === undefined ? {} : { details }) });
}

/**
 * Re-throws a BoError with its path prefixed (e.g. by the entry's index in a batch), keeping its class and code.
 * @internal
 */
export function prefixPath(e: unknown, prefix: FieldPath): unknown {
  if (!(e instanceof BoError)) return e;
  const Ctor = e.constructor as new (init: ConstructorParameters<typeof BoError>[0]) => BoError;
  return new Ctor({
    code: e.code,
    message: e.message.replace(/^[A-Z]+\/[A-Z_]+: /, '').replace(/ \(at [^)]*\)$/, ''),
    messageVi: e.messageVi,
    path: [...prefix, ...e.path],
    details: e.details,
    cause: e,
  });
}
