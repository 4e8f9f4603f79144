// Every public function of @bo/core, tried with wrong types, NaN/Infinity, unknown currencies, inverted
// periods and impossible dates: each must throw a BoError with a stable code and the field named.
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';

const m = core.money('1000', 'VND');
const march = core.monthOf('2026-03');
const bad = '2026-02-30' as core.CalendarDate;

const cases: [string, () => unknown, string, (string | number)[]?][] = [
  ['money(NaN)', () => core.money(Number.NaN, 'VND'), 'CORE/INVALID_NUMBER', ['amount']],
  ['money(Infinity)', () => core.money(Number.POSITIVE_INFINITY, 'VND'), 'CORE/INVALID_NUMBER', ['amount']],
  ['money(unknown currency)', () => core.money('1', 'ABC' as never), 'CORE/UNKNOWN_CURRENCY', ['currency']],
  ['money(object)', () => core.money({} as never, 'VND'), 'CORE/INVALID_NUMBER', ['amount']],
  ['moneyFromMinor(1.5)', () => core.moneyFromMinor(1.5, 'VND'), 'CORE/INVALID_NUMBER', ['minor']],
  ['add(number)', () => core.add(5 as never, m), 'CORE/INVALID_INPUT', ['a']],
  ['add(.., null)', () => core.add(m, null as never), 'CORE/INVALID_INPUT', ['b']],
  ['subtract(string)', () => core.subtract(m, '5' as never), 'CORE/INVALID_INPUT', ['b']],
  ['negate(undefined)', () => core.negate(undefined as never), 'CORE/INVALID_INPUT', ['a']],
  ['multiply(NaN)', () => core.multiply(m, Number.NaN), 'CORE/INVALID_NUMBER', ['rate']],
  [
    'multiply(not money)',
    () => core.multiply({ amount: 5, currency: 'VND' } as never, 2),
    'CORE/INVALID_INPUT',
    ['a'],
  ],
  ['divide(0)', () => core.divide(m, 0, 'half-up'), 'CORE/DIVISION_BY_ZERO', ['divisor']],
  ['divide(bad mode)', () => core.divide(m, 3, 'banker' as never), 'CORE/INVALID_ROUNDING', ['rounding']],
  ['sum(not an array)', () => core.sum(m as never), 'CORE/INVALID_INPUT', ['amounts']],
  ['sum([junk])', () => core.sum([{} as never]), 'CORE/INVALID_INPUT', ['amounts[0]']],
  ['compare(USD)', () => core.compare(m, core.money('1', 'USD') as never), 'CORE/CURRENCY_MISMATCH', ['b']],
  ['equals(junk)', () => core.equals(m, 3 as never), 'CORE/INVALID_INPUT', ['b']],
  ['isZero(junk)', () => core.isZero('0' as never), 'CORE/INVALID_INPUT', ['a']],
  ['minimum([])', () => core.minimum([]), 'CORE/EMPTY_INPUT', ['amounts']],
  ['roundMoney(junk)', () => core.roundMoney(1 as never, 'half-up'), 'CORE/INVALID_INPUT', ['money']],
  [
    'roundMoney(Infinity increment)',
    () => core.roundMoney(m, 'half-up', Number.POSITIVE_INFINITY),
    'CORE/INVALID_NUMBER',
    ['increment'],
  ],
  [
    'roundDecimal(NaN)',
    () => core.roundDecimal(Number.NaN, { mode: 'half-up' }),
    'CORE/INVALID_NUMBER',
    ['value'],
  ],
  [
    'roundDecimal(places -1)',
    () => core.roundDecimal(1, { mode: 'half-up', places: -1 }),
    'CORE/INVALID_ROUNDING',
    ['places'],
  ],
  ['allocate(junk)', () => core.allocate('100' as never, [1]), 'CORE/INVALID_INPUT', ['amount']],
  ['allocate(ratios not array)', () => core.allocate(m, 3 as never), 'CORE/INVALID_RATIOS', ['ratios']],
  ['allocate(NaN ratio)', () => core.allocate(m, [1, Number.NaN]), 'CORE/INVALID_NUMBER', ['ratios', 1]],
  ['split(-1)', () => core.split(m, -1), 'CORE/INVALID_INPUT', ['parts']],
  ['toMinor(junk)', () => core.toMinor(null as never), 'CORE/INVALID_INPUT', ['money']],
  ['formatMoney(junk)', () => core.formatMoney({} as never), 'CORE/INVALID_INPUT', ['money']],
  [
    'parseMoney(unknown currency)',
    () => core.parseMoney('1', 'ABC' as never),
    'CORE/UNKNOWN_CURRENCY',
    ['currency'],
  ],
  ['toDecimal(true)', () => core.toDecimal(true, 'rate'), 'CORE/INVALID_NUMBER', ['rate']],
  [
    'calendarDate(2026-02-30)',
    () => core.calendarDate('2026-02-30', 'hireDate'),
    'CORE/INVALID_DATE',
    ['hireDate'],
  ],
  ['addDays(bad date)', () => core.addDays(bad, 1), 'CORE/INVALID_DATE', ['date']],
  [
    'addDays(NaN)',
    () => core.addDays('2026-01-01' as core.CalendarDate, Number.NaN),
    'CORE/INVALID_INPUT',
    ['days'],
  ],
  [
    'addMonths(1.5)',
    () => core.addMonths('2026-01-01' as core.CalendarDate, 1.5),
    'CORE/INVALID_INPUT',
    ['months'],
  ],
  ['diffDays(bad)', () => core.diffDays('2026-01-01' as core.CalendarDate, bad), 'CORE/INVALID_DATE', ['to']],
  ['weekday(bad)', () => core.weekday(bad), 'CORE/INVALID_DATE', ['date']],
  ['isoWeek(number)', () => core.isoWeek(20260101 as never), 'CORE/INVALID_DATE', ['date']],
  [
    'endOfMonth(bad)',
    () => core.endOfMonth('2026-13-01' as core.CalendarDate),
    'CORE/INVALID_DATE',
    ['date'],
  ],
  ['dateOf(2026, 2, 30)', () => core.dateOf(2026, 2, 30), 'CORE/INVALID_DATE', ['date']],
  ['period(inverted)', () => core.period('2026-03-31', '2026-03-01'), 'CORE/INVALID_PERIOD', ['end']],
  ['period(bad start)', () => core.period('2026-02-30', '2026-03-01'), 'CORE/INVALID_DATE', ['start']],
  ['monthPeriod(2026, 0)', () => core.monthPeriod(2026, 0), 'CORE/INVALID_PERIOD', ['month']],
  ['yearPeriod(NaN)', () => core.yearPeriod(Number.NaN), 'CORE/INVALID_PERIOD', ['year']],
  [
    'fiscalYearPeriod(2026, 13)',
    () => core.fiscalYearPeriod(2026, 13),
    'CORE/INVALID_PERIOD',
    ['startMonth'],
  ],
  [
    'workingDays(bad holiday)',
    () => core.workingDays(march, { workWeek: core.MON_FRI, holidays: [bad] }),
    'CORE/INVALID_DATE',
    ['holidays'],
  ],
  [
    'workWeek(NaN)',
    () => core.workWeek([1, 1, 1, 1, 1, Number.NaN, 0]),
    'CORE/INVALID_NUMBER',
    ['workWeek', 5],
  ],
  [
    'prorate(part outside)',
    () => core.prorate(m, core.monthOf('2026-04'), march, { kind: 'calendar-days' }, 'half-up'),
    'CORE/INVALID_PERIOD',
    ['part'],
  ],
  [
    'prorate(bad basis)',
    () => core.prorate(m, march, march, { kind: 'lunar' } as never, 'half-up'),
    'CORE/INVALID_INPUT',
    ['basis', 'kind'],
  ],
  [
    'defineScale(unsorted)',
    () =>
      core.defineScale([
        { lower: 5, rate: 0.1 },
        { lower: 1, rate: 0.2 },
      ]),
    'CORE/INVALID_SCALE',
    ['brackets', 1, 'lower'],
  ],
  [
    'marginalAmount(NaN)',
    () => core.marginalAmount(core.defineScale([{ lower: 0, rate: 0.1 }]), Number.NaN),
    'CORE/INVALID_NUMBER',
    ['base'],
  ],
  ['getCurrency(null)', () => core.getCurrency(null as never), 'CORE/UNKNOWN_CURRENCY', ['currency']],
];

describe('bad input gets a typed error naming the field', () => {
  for (const [name, call, code, path] of cases) {
    it(name, () => {
      let thrown: unknown;
      try {
        call();
      } catch (e) {
        thrown = e;
      }
      expect(thrown, 'should throw').toBeInstanceOf(core.BoError);
      expect((thrown as core.BoError).code).toBe(code);
      if (path) expect((thrown as core.BoError).path).toEqual(path);
    });
  }
});
