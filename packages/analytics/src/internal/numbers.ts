import { Decimal, isMoney, type FieldPath } from '@bo/core';
import { ANALYTICS_ERRORS, fail } from '../errors.js';

const DECIMAL_STRING = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** @internal Converts a numeric cell (number, bigint, decimal string, Decimal, Money) to float64. */
export function toNumber(value: unknown, path: FieldPath): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
  } else if (typeof value === 'bigint') {
    return Number(value);
  } else if (typeof value === 'string') {
    const t = value.trim();
    if (DECIMAL_STRING.test(t)) return Number(t);
  } else if (value instanceof Decimal || Decimal.isDecimal(value)) {
    const d = value as Decimal;
    if (d.isFinite()) return d.toNumber();
  } else if (isMoney(value)) {
    return value.amount.toNumber();
  }
  return fail(
    ANALYTICS_ERRORS.INVALID_NUMBER,
    `expected a finite number, got ${describe(value)}`,
    `cần một số hữu hạn, nhận được ${describe(value)}`,
    path,
    { received: describe(value) },
  );
}

/** @internal Converts a numeric cell to an exact Decimal (numbers by their shortest decimal form). */
export function toExactDecimal(value: unknown, path: FieldPath): Decimal {
  if (value instanceof Decimal) {
    if (value.isFinite()) return value;
  } else if (typeof value === 'number') {
    if (Number.isFinite(value)) return new Decimal(value);
  } else if (typeof value === 'bigint') {
    return new Decimal(value.toString());
  } else if (typeof value === 'string') {
    const t = value.trim();
    if (DECIMAL_STRING.test(t)) return new Decimal(t);
  } else if (Decimal.isDecimal(value)) {
    const d = new Decimal(value as Decimal);
    if (d.isFinite()) return d;
  } else if (isMoney(value)) {
    return value.amount;
  }
  return fail(
    ANALYTICS_ERRORS.INVALID_NUMBER,
    `expected a finite decimal, got ${describe(value)}`,
    `cần một số thập phân hữu hạn, nhận được ${describe(value)}`,
    path,
    { received: describe(value) },
  );
}

/** @internal */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  return typeof value;
}

/** @internal Throws unless `n` is a finite number. */
export function assertFinite(n: number, path: FieldPath): number {
  if (!Number.isFinite(n)) {
    fail(
      ANALYTICS_ERRORS.INVALID_NUMBER,
      `expected a finite number, got ${n}`,
      `cần một số hữu hạn, nhận được ${n}`,
      path,
      {
        received: String(n),
      },
    );
  }
  return n;
}

/** @internal Validates a numeric series (finite numbers only). */
export function assertSeries(series: readonly number[], field = 'series'): readonly number[] {
  for (let i = 0; i < series.length; i++) assertFinite(series[i] as number, [field, i]);
  return series;
}
