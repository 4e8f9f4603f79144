import { Decimal } from './decimal.js';
import { BoValidationError, type FieldPath } from './errors/bo-error.js';

const DECIMAL_STRING = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Converts an input to a {@link Decimal}, rejecting anything that is not an exact, finite number:
 * NaN, ±Infinity, non-numeric strings, and JS numbers that are not safe integers unless their
 * shortest decimal form is exact (e.g. `0.1` is accepted as "0.1", `1e21` is rejected).
 *
 * @param value - the input
 * @param field - the field name used in the error (e.g. `'amount'`)
 * @throws BoValidationError `CORE/INVALID_NUMBER` naming the field
 * @example toDecimal('1234.5', 'amount') // Decimal 1234.5
 */
export function toDecimal(value: unknown, field: string | FieldPath = 'value'): Decimal {
  const path: FieldPath = typeof field === 'string' ? [field] : field;
  const fail = (rule: string): never => {
    throw new BoValidationError({
      code: 'CORE/INVALID_NUMBER',
      message: `${path.join('.') || 'value'} must be a finite decimal number: ${rule}`,
      messageVi: `${path.join('.') || 'giá trị'} phải là số thập phân hữu hạn: ${rule}`,
      path,
      details: { received: describe(value) },
    });
  };
  if (value instanceof Decimal) {
    if (!value.isFinite()) fail('got NaN or Infinity');
    return value;
  }
  if (Decimal.isDecimal(value)) {
    const d = new Decimal(value as Decimal);
    if (!d.isFinite()) fail('got NaN or Infinity');
    return d;
  }
  switch (typeof value) {
    case 'bigint':
      return new Decimal(value.toString());
    case 'number': {
      if (!Number.isFinite(value)) fail(`got ${value}`);
      if (Number.isSafeInteger(value)) return new Decimal(value);
      if (Number.isInteger(value)) fail(`${value} is beyond the safe integer range: pass a string or bigint`);
      // A non-integer number is accepted only when its shortest representation is exact in binary terms
      // that decimal.js reproduces: we take JS's own shortest round-trip string.
      const text = String(value);
      if (/e/i.test(text)) fail(`${text} has too many digits to convert exactly: pass a string`);
      return new Decimal(text);
    }
    case 'string': {
      const text = value.trim();
      if (!DECIMAL_STRING.test(text)) fail(`"${value}" is not a decimal string`);
      return new Decimal(text);
    }
    default:
      return fail(`got ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  return typeof value;
}
