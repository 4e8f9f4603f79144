import { describe, expect, it } from 'vitest';
import {
  CalendarDateSchema,
  CurrencyCodeSchema,
  DecimalStringSchema,
  MoneySchema,
  PeriodSchema,
  RoundingModeSchema,
  YearMonthSchema,
  safeCalendarDate,
  safeDecimal,
  safeMoney,
  safeMoneyFromJSON,
  safeParseMoney,
  safePeriod,
} from '../src/index.js';

describe('zod schemas of the core input types', () => {
  it('accept good input and transform it', () => {
    expect(CalendarDateSchema.parse('2028-02-29')).toBe('2028-02-29');
    expect(YearMonthSchema.parse('2026-03')).toBe('2026-03');
    expect(DecimalStringSchema.parse('-0.08').toString()).toBe('-0.08');
    expect(CurrencyCodeSchema.parse('KWD')).toBe('KWD');
    const m = MoneySchema.parse({ amount: '19.99', currency: 'USD' });
    expect(m.amount.toString()).toBe('19.99');
    expect(m.currency.minorUnit).toBe(2);
    expect(PeriodSchema.parse({ start: '2026-03-01', end: '2026-03-31' })).toEqual({
      start: '2026-03-01',
      end: '2026-03-31',
    });
    expect(RoundingModeSchema.parse('half-even')).toBe('half-even');
  });

  it('reject bad input with the path of the field', () => {
    const issue = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
      r.error?.issues[0]?.path;
    expect(CalendarDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(YearMonthSchema.safeParse('2026-13').success).toBe(false);
    expect(DecimalStringSchema.safeParse('1e5').success).toBe(false);
    expect(DecimalStringSchema.safeParse(5).success).toBe(false);
    expect(CurrencyCodeSchema.safeParse('XYZ').success).toBe(false);
    expect(issue(MoneySchema.safeParse({ amount: 5, currency: 'VND' }))).toEqual(['amount']);
    expect(issue(MoneySchema.safeParse({ amount: '5', currency: 'ABC' }))).toEqual(['currency']);
    expect(issue(PeriodSchema.safeParse({ start: '2026-03-31', end: '2026-03-01' }))).toEqual(['end']);
    expect(issue(PeriodSchema.safeParse({ start: '2026-02-30', end: '2026-03-01' }))).toEqual(['start']);
    expect(RoundingModeSchema.safeParse('banker').success).toBe(false);
  });
});

describe('safe variants', () => {
  it('return results with typed errors', () => {
    expect(safeMoney('5', 'VND').ok).toBe(true);
    const bad = safeMoney('năm', 'VND');
    expect(!bad.ok && bad.error.code).toBe('CORE/INVALID_NUMBER');
    expect(safeMoneyFromJSON({ amount: '1', currency: 'VND' }).ok).toBe(true);
    const parsed = safeParseMoney('1,234.56', 'VND');
    expect(!parsed.ok && parsed.error.code).toBe('CORE/PARSE_FAILED');
    const date = safeCalendarDate('2026-02-30');
    expect(!date.ok && date.error.path).toEqual(['date']);
    const p = safePeriod('2026-03-31', '2026-03-01');
    expect(!p.ok && p.error.code).toBe('CORE/INVALID_PERIOD');
    expect(safeDecimal('abc').ok).toBe(false);
  });
});
