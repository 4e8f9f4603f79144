import { Decimal, isMoney, type FieldPath } from '@bo/core';
import { toExactDecimal } from './numbers.js';

const LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * @internal An exact running sum. Safe-integer JS numbers (e.g. VND amounts) are added as numbers while
 * the running total stays a safe integer — exact and fast; anything else (fractions, strings, Decimals,
 * Money amounts) goes through Decimal. The result is always exact.
 */
export class ExactSum {
  private small = 0;
  private big: Decimal | null = null;
  add(value: unknown, path: FieldPath): void {
    if (typeof value === 'number' && Number.isSafeInteger(value)) {
      const next = this.small + value;
      if (next <= LIMIT && next >= -LIMIT) {
        this.small = next;
        return;
      }
    }
    const d = toExactDecimal(isMoney(value) ? value.amount : value, path);
    this.big = this.big === null ? d : this.big.plus(d);
  }
  value(): Decimal {
    const s = new Decimal(this.small);
    return this.big === null ? s : this.big.plus(s);
  }
}
