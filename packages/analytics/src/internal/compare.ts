import { Decimal, isMoney } from '@bo/core';

/**
 * @internal Total order over cell values: numbers, bigints, Decimals and Money compare numerically,
 * strings (including CalendarDate) by code unit, booleans false < true. Missing values compare equal
 * to each other; where they go is decided by the caller.
 */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const da = asDecimal(a);
  const db = asDecimal(b);
  if (da !== null && db !== null) return da.comparedTo(db);
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function asDecimal(v: unknown): Decimal | null {
  if (typeof v === 'number') return Number.isFinite(v) ? new Decimal(v) : null;
  if (typeof v === 'bigint') return new Decimal(v.toString());
  if (v instanceof Decimal || Decimal.isDecimal(v)) return v as Decimal;
  if (isMoney(v)) return v.amount;
  // A decimal string compared with a number is read as a number (money columns may hold either).
  if (typeof v === 'string' && DECIMAL_STRING.test(v.trim())) return new Decimal(v.trim());
  return null;
}

const DECIMAL_STRING = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** @internal A string key for a cell value, used for grouping and joins (Decimal/Money by value). */
export function keyOf(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return `s${v}`;
    case 'number':
      return `n${v}`;
    case 'bigint':
      return `n${v}`;
    case 'boolean':
      return `b${v}`;
    case 'undefined':
      return 'u';
    default:
      if (v === null) return 'u';
      if (v instanceof Decimal || Decimal.isDecimal(v)) return `n${(v as Decimal).toString()}`;
      if (isMoney(v)) return `m${v.currency.code}${v.amount.toString()}`;
      return `j${JSON.stringify(v)}`;
  }
}

/**
 * @internal Map key of a cell: primitives as they are (SameValueZero), objects (Decimal, Money…) interned by value to a
 * unique token, so that a Decimal can never collide with a string that happens to spell its internal key.
 */
export function valueKeyMaker(): (v: unknown) => unknown {
  const tokens = new Map<string, object>();
  return (v) => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'bigint')) return v;
    const k = keyOf(v);
    // A Decimal or bigint equal to a JS number groups with that number (keys compare by value, as in joins).
    if (k.startsWith('n')) {
      const n = Number(k.slice(1));
      if (String(n) === k.slice(1)) return n;
    }
    let t = tokens.get(k);
    if (t === undefined) {
      t = { k };
      tokens.set(k, t);
    }
    return t;
  };
}
