import { Decimal } from './decimal.js';
import { BoValidationError, type FieldPath } from './errors/bo-error.js';

const PARSED = new Map<string, Decimal>();
const PARSED_LIMIT = 4096;
const DECIMAL_STRING = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Converts an input to a {@link Decimal}, rejecting anything that is not an exact, finite number:
 * NaN, ±Infinity, non-numeric strings, integers beyond the safe range, and fractions whose shortest
 * decimal form has more than 15 significant digits (float noise such as `0.1 + 0.2`): `0.1` and `19.99`
 * are accepted as written, `1e21` and `0.30000000000000004` are refused.
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
      // A fraction is accepted only when its shortest decimal form has at most 15 significant digits:
      // then that form is exactly what the caller wrote (0.1, 19.99). Longer forms are float noise
      // (0.1 + 0.2 = 0.30000000000000004) and are refused rather than silently carried into money.
      const text = String(value);
      if (/e/i.test(text)) fail(`${text} has too many digits to convert exactly: pass a string`);
      const significant = text.replace(/^-?0*\.?0*/, '').replace('.', '').length;
      if (significant > 15) fail(`${text} is not an exact decimal (float noise?): pass a string`);
      return new Decimal(text);
    }
    case 'string': {
      // Rates and amounts written as text repeat a lot ('0.08', '0.015'): Decimals are immutable, so a
      // small bounded cache of parsed strings is safe and saves the regex check and the parse.
      const hit = PARSED.get(value);
      if (hit !== undefined) return hit;
      const text = value.trim();
      if (!DECIMAL_STRING.test(text)) fail(`"${value}" is not a decimal string`);
      const d = new Decimal(text);
      if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
      PARSED.set(value, d);
      return d;
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
