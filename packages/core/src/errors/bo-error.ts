/**
 * A path to the offending field of an input, as zod reports it: `['employees', 3, 'salary']`.
 */
export type FieldPath = readonly (string | number)[];

/**
 * A stable, namespaced error code: `PACKAGE/RULE`, e.g. `CORE/CURRENCY_MISMATCH`.
 * Codes never change once published, so apps may switch on them.
 */
export type BoErrorCode = `${string}/${string}`;

/** What every {@link BoError} is built from. */
export interface BoErrorInit {
  /** Stable code, `PACKAGE/RULE`. */
  readonly code: BoErrorCode;
  /** English message: names the field and the rule that failed. */
  readonly message: string;
  /** Vietnamese message (thông báo lỗi tiếng Việt); defaults to the English one. */
  readonly messageVi?: string;
  /** Path of the offending field within the input, if any. */
  readonly path?: FieldPath;
  /** Machine-readable facts about the failure (the value received, the limit…), JSON-safe. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The underlying error, if this one wraps another. */
  readonly cause?: unknown;
}

/**
 * The base of every error bo throws. Carries a stable {@link BoErrorCode}, an English and a
 * Vietnamese message, and the path of the offending field.
 *
 * @example
 * ```ts
 * try { add(money('1', 'VND'), money('1', 'USD')); }
 * catch (e) { if (isBoError(e, 'CORE/CURRENCY_MISMATCH')) console.log(e.path, e.messageVi); }
 * ```
 */
export class BoError extends Error {
  /** Stable code, `PACKAGE/RULE`. */
  readonly code: BoErrorCode;
  /** Vietnamese message. */
  readonly messageVi: string;
  /** Path of the offending field (empty when the error concerns the whole input). */
  readonly path: FieldPath;
  /** Machine-readable details. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(init: BoErrorInit) {
    const where = init.path && init.path.length > 0 ? ` (at ${formatPath(init.path)})` : '';
    super(
      `${init.code}: ${init.message}${where}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.name = new.target.name;
    this.code = init.code;
    this.messageVi = init.messageVi ?? init.message;
    this.path = Object.freeze([...(init.path ?? [])]);
    this.details = Object.freeze({ ...(init.details ?? {}) });
  }

  /** A JSON-safe view of the error, for logs and API responses. */
  toJSON(): {
    name: string;
    code: BoErrorCode;
    message: string;
    messageVi: string;
    path: FieldPath;
    details: Readonly<Record<string, unknown>>;
  } {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      messageVi: this.messageVi,
      path: this.path,
      details: this.details,
    };
  }
}

/**
 * Input failed validation: wrong type, out of range, NaN, malformed date…
 * @example throw new BoValidationError({ code: 'HR/INVALID_CCCD', message: 'CCCD has 12 digits', path: ['nationalId'] })
 */
export class BoValidationError extends BoError {}
/**
 * Two amounts in different currencies were combined.
 * @example add(money('1', 'VND'), money('1', 'USD') as never) // throws BoCurrencyError CORE/CURRENCY_MISMATCH
 */
export class BoCurrencyError extends BoError {}
/**
 * A rule or parameter is missing for the date asked, or a rule set is inconsistent.
 * @example parameterAt(baseSalary, '1990-01-01') // throws BoRuleError CORE/NO_PARAMETER_VALUE
 */
export class BoRuleError extends BoError {}
/**
 * A state change is not allowed (closed period, illegal transition, conflicting idempotency key…).
 * @example throw new BoStateError({ code: 'LEDGER/PERIOD_CLOSED', message: 'period to 2026-01-31 is closed' })
 */
export class BoStateError extends BoError {}

/**
 * Formats a field path as `a.b[3].c`.
 * @example formatPath(['employees', 3, 'salary']) // 'employees[3].salary'
 */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/**
 * True when `error` is a {@link BoError}, optionally with the given code.
 * @example if (isBoError(e, 'CORE/INVALID_DATE')) …
 */
export function isBoError(error: unknown, code?: BoErrorCode): error is BoError {
  return error instanceof BoError && (code === undefined || error.code === code);
}
