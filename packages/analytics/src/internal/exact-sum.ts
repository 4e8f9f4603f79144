import { Decimal, type FieldPath, isMoney } from '@bo/core';
import { toExactDecimal } from './numbers.js';

const LIMIT = Number.MAX_SAFE_INTEGER;
/** A plain decimal with at most 15 significant digits in all: read exactly as an integer × 10^-scale. */
const PLAIN = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/**
 * @internal An exact running sum. Values are added as scaled integers while that is exact — a safe-integer
 * number (e.g. a VND amount), or a number/decimal string whose shortest decimal form has ≤ 15 digits
 * (`12.34` → 1234 at scale 2) — with one safe-integer accumulator per scale, flushed to Decimal before it
 * could overflow. Anything else (exponents, long fractions, Decimals, Money) goes through Decimal. The result
 * is always the exact decimal sum (to Decimal's 40 significant digits).
 */
export class ExactSum {
  /** Integer accumulator (scale 0): the hot path for VND-style amounts. */
  private small = 0;
  private readonly scaled: number[] = [0];
  private big: Decimal | null = null;

  add(value: unknown, path: FieldPath): void {
    if (typeof value === 'number') {
      if (Number.isSafeInteger(value)) {
        const next = this.small + value;
        if (next <= LIMIT && next >= -LIMIT) {
          this.small = next;
          return;
        }
        this.addDecimal(new Decimal(this.small));
        this.small = value;
        return;
      }
      if (Number.isFinite(value) && this.addText(String(value))) return;
    } else if (typeof value === 'string' && this.addText(value.trim())) return;
    this.addDecimal(toExactDecimal(isMoney(value) ? value.amount : value, path));
  }

  private addText(s: string): boolean {
    const m = PLAIN.exec(s);
    if (m === null) return false;
    const int = m[2] as string;
    const frac = m[3] ?? '';
    const digits = int.length + frac.length;
    if (digits === 0 || digits > 15) return false;
    const n = Number(int + frac);
    return this.addScaled(m[1] === '-' ? -n : n, frac.length);
  }

  private addScaled(n: number, scale: number): boolean {
    const cur = this.scaled[scale] ?? 0;
    const next = cur + n;
    if (next <= LIMIT && next >= -LIMIT) {
      this.scaled[scale] = next;
      return true;
    }
    // flush the accumulator of this scale to Decimal, then start again from n
    this.addDecimal(new Decimal(cur).div(new Decimal(10).pow(scale)));
    this.scaled[scale] = n;
    return true;
  }

  private addDecimal(d: Decimal): void {
    this.big = this.big === null ? d : this.big.plus(d);
  }

  value(): Decimal {
    let total = (this.big ?? new Decimal(0)).plus(this.small);
    this.scaled.forEach((acc, scale) => {
      if (acc !== undefined && acc !== 0)
        total = total.plus(new Decimal(acc).div(new Decimal(10).pow(scale)));
    });
    return total;
  }
}
