// Core money operations against raw decimal.js on the same work (issue target: overhead ≤ 1.5×),
// and allocation of 1 000 000 VND amounts. Run with `pnpm bench`.
import DecimalJs from 'decimal.js';
import { bench, describe } from 'vitest';
import {
  type CalendarDate,
  Decimal,
  MON_SAT,
  type Money,
  add,
  allocate,
  money,
  monthPeriod,
  multiply,
  period,
  prorate,
  roundMoney,
  workingDays,
} from '../src/index.js';

const N = 10_000;
const raws = Array.from({ length: N }, (_, i) => new DecimalJs(1_000_000 + i * 37));
const ours = raws.map((d) => money(new Decimal(d.toString()), 'VND'));
const rate = '0.08';

describe('sum, ×8 % and round 10 000 VND amounts', () => {
  bench('raw decimal.js', () => {
    let total = new DecimalJs(0);
    for (const d of raws) total = total.plus(d.times(rate).toDecimalPlaces(0, DecimalJs.ROUND_HALF_UP));
  });
  bench('raw decimal.js, rate parsed once', () => {
    const r = new DecimalJs(rate);
    let total = new DecimalJs(0);
    for (const d of raws) total = total.plus(d.times(r).toDecimalPlaces(0, DecimalJs.ROUND_HALF_UP));
  });
  bench('@bo/core money', () => {
    let total: Money<'VND'> = money(0, 'VND');
    for (const m of ours) total = add(total, roundMoney(multiply(m, rate), 'half-up'));
  });
});

describe('allocation', () => {
  const amounts = Array.from({ length: 1_000_000 }, (_, i) => money(1_000_000 + i, 'VND'));
  bench(
    'allocate 1 000 000 VND amounts over 3 ratios',
    () => {
      for (const a of amounts) allocate(a, [5, 3, 2]);
    },
    { iterations: 1, time: 0, warmupIterations: 0 },
  );
});

describe('day counts', () => {
  const march = monthPeriod(2026, 3);
  const holidays = ['2026-03-02', '2026-03-09'] as CalendarDate[];
  bench('workingDays of a month with two holidays', () => {
    workingDays(march, { workWeek: MON_SAT, holidays });
  });
  bench('prorate a joiner on a 26-day basis', () => {
    prorate(
      money('15000000', 'VND'),
      period('2026-03-16', '2026-03-31'),
      march,
      { kind: 'fixed-days', days: 26, calendar: { workWeek: MON_SAT } },
      'half-up',
    );
  });
});
