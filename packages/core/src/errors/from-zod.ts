import type { z } from 'zod';
import { BoValidationError, type BoErrorCode } from './bo-error.js';

/**
 * Parses `input` with a zod schema and throws a {@link BoValidationError} naming the first
 * offending field (code `CORE/INVALID_INPUT` unless given) when it does not fit.
 *
 * @example
 * const employee = parseWith(EmployeeSchema, raw, 'employee');
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  label = 'input',
  code: BoErrorCode = 'CORE/INVALID_INPUT',
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  throw new BoValidationError({
    code,
    message: `invalid ${label}: ${issue?.message ?? 'does not match the schema'}`,
    messageVi: `${label} không hợp lệ: ${issue?.message ?? 'không đúng lược đồ'}`,
    path,
    details: { issues },
  });
}
