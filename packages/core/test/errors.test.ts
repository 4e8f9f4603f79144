import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  BoError,
  BoValidationError,
  attempt,
  calendarDate,
  formatPath,
  isBoError,
  money,
  parseWith,
  safely,
  unwrap,
} from '../src/index.js';

describe('BoError', () => {
  it('carries a stable code, English and Vietnamese messages, a field path and JSON form', () => {
    const e = new BoValidationError({
      code: 'CORE/INVALID_INPUT',
      message: 'salary must be positive',
      messageVi: 'lương phải dương',
      path: ['employees', 3, 'salary'],
    });
    expect(e).toBeInstanceOf(BoError);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('BoValidationError');
    expect(e.message).toBe('CORE/INVALID_INPUT: salary must be positive (at employees[3].salary)');
    expect(e.messageVi).toBe('lương phải dương');
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({
      code: 'CORE/INVALID_INPUT',
      path: ['employees', 3, 'salary'],
    });
    expect(isBoError(e, 'CORE/INVALID_INPUT')).toBe(true);
    expect(isBoError(e, 'CORE/INVALID_DATE')).toBe(false);
    expect(isBoError(new Error('x'))).toBe(false);
    expect(formatPath(['a', 0, 'b'])).toBe('a[0].b');
  });
});

describe('safe variants', () => {
  it('returns results instead of throwing', () => {
    const safeMoney = safely(money);
    const good = safeMoney('5', 'VND');
    expect(good.ok && good.value.amount.toString()).toBe('5');
    const bad = safeMoney('five', 'VND');
    expect(!bad.ok && bad.error.code).toBe('CORE/INVALID_NUMBER');
    expect(() => unwrap(bad)).toThrow(BoError);
    const date = attempt(() => calendarDate('2026-02-30'));
    expect(!date.ok && date.error.code).toBe('CORE/INVALID_DATE');
    expect(() =>
      attempt(() => {
        throw new Error('bug');
      }),
    ).toThrow('bug');
  });

  it('turns zod failures into BoValidationErrors with the path', () => {
    const schema = z.object({ employees: z.array(z.object({ salary: z.number().positive() })) });
    try {
      parseWith(schema, { employees: [{ salary: 1 }, { salary: -1 }] }, 'run');
      expect.unreachable();
    } catch (e) {
      expect(isBoError(e, 'CORE/INVALID_INPUT')).toBe(true);
      expect((e as BoError).path).toEqual(['employees', 1, 'salary']);
    }
    expect(parseWith(schema, { employees: [] })).toEqual({ employees: [] });
  });
});
