import { Decimal, isBoError } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accrualMovements,
  encashmentOnTermination,
  annualLeaveEntitlement,
  expireCarryOver,
  holidayDates,
  type LeaveLedger,
  leaveBalance,
  parseLeavePolicy,
  parseWorkSchedule,
  postLeaveMovement,
  publicHolidays,
  takenMovement,
  validateLeaveRequest,
  yearEndMovements,
} from '../src/index.js';
import { boErrorOf as errorOf } from '../../../scripts/test-support.js';

const schedule = parseWorkSchedule({
  id: 'office',
  name: 'Văn phòng',
  shifts: [{ code: 'HC', start: '08:00', end: '17:00', breakMinutes: 60 }],
  week: ['HC', 'HC', 'HC', 'HC', 'HC', null, null],
});
const holidays = holidayDates(publicHolidays(2026));

describe('annual leave entitlement (Labour Code 2019 Art. 113–114; Decree 145/2020 Art. 66)', () => {
  it('12 / 14 / 16 days by job type, +1 per full 5 years', () => {
    const base = { year: 2026, serviceStart: '2024-01-01' };
    expect(annualLeaveEntitlement({ ...base, jobType: 'normal' }).days.toString()).toBe('12');
    expect(annualLeaveEntitlement({ ...base, jobType: 'heavy' }).days.toString()).toBe('14');
    expect(annualLeaveEntitlement({ ...base, jobType: 'especially-heavy' }).days.toString()).toBe('16');
    expect(
      annualLeaveEntitlement({ year: 2026, jobType: 'normal', serviceStart: '2021-06-01' }),
    ).toMatchObject({ serviceYears: 5, seniorityDays: 1, fullYearDays: 13 });
    expect(
      annualLeaveEntitlement({ year: 2026, jobType: 'normal', serviceStart: '2016-01-01' }),
    ).toMatchObject({ serviceYears: 11, seniorityDays: 2 });
    expect(
      annualLeaveEntitlement({ year: 2026, jobType: 'normal', serviceStart: '2022-01-02' }).seniorityDays,
    ).toBe(0);
  });
  it('pro-rated: a month counts from half its working days (April 2026: 22 weekdays, 11 needed)', () => {
    const hired = (d: string) =>
      annualLeaveEntitlement({ year: 2026, jobType: 'normal', serviceStart: d, employedFrom: d });
    expect(hired('2026-04-15')).toMatchObject({ monthsCounted: 9 }); // 12 working days in April
    expect(hired('2026-04-15').days.toString()).toBe('9');
    expect(hired('2026-04-16').monthsCounted).toBe(9); // 11 of 22
    expect(hired('2026-04-17').monthsCounted).toBe(8); // 10 of 22
  });
  it('rounding is explicit: 14 × 7 / 12 = 8.1667', () => {
    const run = (increment: string) =>
      annualLeaveEntitlement({
        year: 2026,
        jobType: 'heavy',
        serviceStart: '2026-06-01',
        employedFrom: '2026-06-01',
        rounding: { increment, mode: 'half-up' },
      });
    expect(run('1').exactDays.toFixed(4)).toBe('8.1667');
    expect(run('1').days.toString()).toBe('8');
    expect(run('0.5').days.toString()).toBe('8');
    expect(run('0.01').days.toString()).toBe('8.17');
  });
  it('bad input', () => {
    expect(
      errorOf(() => annualLeaveEntitlement({ year: 2026, jobType: 'normal', serviceStart: '2026-02-30' })),
    ).toEqual({ code: 'CORE/INVALID_DATE', path: ['serviceStart'] });
    expect(
      errorOf(() =>
        annualLeaveEntitlement({
          year: 2026,
          jobType: 'normal',
          serviceStart: '2026-05-01',
          employedFrom: '2026-04-01',
        }),
      ),
    ).toEqual({ code: 'HR/INVALID_LEAVE_INPUT', path: ['serviceStart'] });
    expect(
      errorOf(() =>
        annualLeaveEntitlement({
          year: 2026,
          jobType: 'normal',
          serviceStart: '2020-01-01',
          employedFrom: '2026-05-01',
          employedTo: '2026-04-01',
        }),
      ),
    ).toEqual({ code: 'HR/INVALID_LEAVE_INPUT', path: ['employedFrom'] });
  });
});

describe('leave ledger', () => {
  const policy = parseLeavePolicy({
    leaveType: 'ANNUAL',
    accrual: 'monthly',
    rounding: { increment: '0.5', mode: 'half-up' },
    carryOver: { maxDays: 5, expiresAfterMonths: 3 },
  });
  it('monthly accrual of 14 days in half days adds up to 14', () => {
    const moves = accrualMovements(policy, new Decimal(14), '2026-01-01', '2026-12-31');
    expect(moves).toHaveLength(12);
    expect(moves[0]).toMatchObject({ date: '2026-01-31', kind: 'accrual' });
    expect(moves.map((m) => m.days.toString())).toEqual([
      '1',
      '1.5',
      '1',
      '1',
      '1.5',
      '1',
      '1',
      '1.5',
      '1',
      '1',
      '1.5',
      '1',
    ]);
    expect(moves.reduce((s, m) => s.plus(m.days), new Decimal(0)).toString()).toBe('14');
  });
  it('property: accruals over any span add up to the entitlement rounded once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('1', '0.5', '0.25', '0.01'),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 11 }),
        (halfDays, inc, startMonth, extra) => {
          const p = parseLeavePolicy({
            leaveType: 'ANNUAL',
            accrual: 'monthly',
            rounding: { increment: inc, mode: 'half-up' },
          });
          const endMonth = Math.min(12, startMonth + extra);
          const from = `2026-${String(startMonth).padStart(2, '0')}-01`;
          const to = `2026-${String(endMonth).padStart(2, '0')}-28`;
          const e = new Decimal(halfDays).div(2);
          const total = accrualMovements(p, e, from, to).reduce((s, m) => s.plus(m.days), new Decimal(0));
          const once = e.div(inc).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(inc);
          return total.eq(once);
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });
  it('property: the balance never goes negative when the policy forbids it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ take: fc.boolean(), days: fc.integer({ min: 1, max: 6 }) }), { maxLength: 40 }),
        (ops) => {
          let ledger: LeaveLedger = [];
          ops.forEach((op, i) => {
            const date = `2026-01-${String(1 + Math.floor(i / 2)).padStart(2, '0')}`;
            try {
              ledger = postLeaveMovement(
                ledger,
                {
                  date: date as never,
                  leaveType: 'ANNUAL',
                  kind: op.take ? 'taken' : 'grant',
                  days: new Decimal(op.take ? -op.days : op.days),
                },
                policy,
              );
            } catch (e) {
              if (!isBoError(e, 'HR/INSUFFICIENT_LEAVE_BALANCE')) throw e;
            }
            if (leaveBalance(ledger, 'ANNUAL', '2026-12-31').isNegative()) throw new Error('negative');
          });
          return true;
        },
      ),
      { numRuns: 100, seed: 9 },
    );
  });
  it('rejects wrong signs, back-dated movements and overdrafts; allows a policy overdraft', () => {
    const ledger = postLeaveMovement([], {
      date: '2026-01-01' as never,
      leaveType: 'ANNUAL',
      kind: 'grant',
      days: new Decimal(2),
    });
    expect(
      errorOf(() =>
        postLeaveMovement(ledger, {
          date: '2026-02-01' as never,
          leaveType: 'ANNUAL',
          kind: 'taken',
          days: new Decimal(1),
        }),
      ),
    ).toEqual({ code: 'HR/INVALID_LEAVE_MOVEMENT', path: ['days'] });
    expect(
      errorOf(() =>
        postLeaveMovement(ledger, {
          date: '2025-12-31' as never,
          leaveType: 'ANNUAL',
          kind: 'grant',
          days: new Decimal(1),
        }),
      ),
    ).toEqual({ code: 'HR/LEDGER_OUT_OF_ORDER', path: ['date'] });
    expect(
      errorOf(() =>
        postLeaveMovement(
          ledger,
          { date: '2026-02-01' as never, leaveType: 'ANNUAL', kind: 'taken', days: new Decimal(-3) },
          policy,
        ),
      ),
    ).toEqual({ code: 'HR/INSUFFICIENT_LEAVE_BALANCE', path: ['days'] });
    const lenient = parseLeavePolicy({
      leaveType: 'ANNUAL',
      accrual: 'upfront',
      allowNegative: true,
      maxNegativeDays: 1,
    });
    expect(
      leaveBalance(
        postLeaveMovement(
          ledger,
          { date: '2026-02-01' as never, leaveType: 'ANNUAL', kind: 'taken', days: new Decimal(-3) },
          lenient,
        ),
        'ANNUAL',
        '2026-02-01',
      ).toString(),
    ).toBe('-1');
  });
  it('year end: up to 5 days carried over for 3 months, unused carried days expire first-in-first-out', () => {
    let ledger: LeaveLedger = accrualMovements(policy, new Decimal(12), '2026-01-01', '2026-12-31');
    ledger = postLeaveMovement(
      ledger,
      { date: '2026-12-31' as never, leaveType: 'ANNUAL', kind: 'taken', days: new Decimal(-6) },
      policy,
    );
    const yearEnd = yearEndMovements(ledger, policy, 2026);
    expect(yearEnd.map((m) => [m.kind, m.date, m.days.toString(), m.expiresOn])).toEqual([
      ['expiry', '2026-12-31', '-6', undefined],
      ['carry-over', '2027-01-01', '5', '2027-03-31'],
    ]);
    for (const m of yearEnd) ledger = postLeaveMovement(ledger, m, policy);
    ledger = postLeaveMovement(
      ledger,
      { date: '2027-02-10' as never, leaveType: 'ANNUAL', kind: 'taken', days: new Decimal(-3) },
      policy,
    );
    const expiry = expireCarryOver(ledger, 'ANNUAL', '2027-04-01');
    expect(expiry.map((m) => [m.date, m.days.toString()])).toEqual([['2027-03-31', '-2']]);
    for (const m of expiry) ledger = postLeaveMovement(ledger, m, policy);
    expect(leaveBalance(ledger, 'ANNUAL', '2027-04-01').toString()).toBe('0');
    expect(expireCarryOver(ledger, 'ANNUAL', '2027-05-01')).toEqual([]);
    ledger = postLeaveMovement(
      ledger,
      { date: '2027-05-01' as never, leaveType: 'ANNUAL', kind: 'grant', days: new Decimal('4.5') },
      policy,
    );
    const payout = encashmentOnTermination(ledger, 'ANNUAL', '2027-06-30')!;
    expect([payout.kind, payout.days.toString()]).toEqual(['encashment', '-4.5']);
    expect(leaveBalance(postLeaveMovement(ledger, payout, policy), 'ANNUAL', '2027-06-30').toString()).toBe(
      '0',
    );
    expect(encashmentOnTermination([], 'ANNUAL', '2027-06-30')).toBeUndefined();
  });
});

describe('leave requests', () => {
  const ledger = accrualMovements(
    parseLeavePolicy({ leaveType: 'ANNUAL', accrual: 'upfront' }),
    new Decimal(3),
    '2026-01-01',
    '2026-12-31',
  );
  const ctx = { schedule, holidays, ledger };
  it('counts working days, skipping weekends and holidays (27 April 2026 is a compensatory day)', () => {
    const check = validateLeaveRequest(
      { id: 'L1', employeeId: 'E1', leaveType: 'ANNUAL', start: '2026-04-24', end: '2026-04-28' },
      ctx,
    );
    expect(check.days).toBe(2);
    expect(check.leaveDays.map((d) => d.date)).toEqual(['2026-04-24', '2026-04-28']);
    expect(check.balanceAfter?.toString()).toBe('1');
    expect(takenMovement(check).days.toString()).toBe('-2');
  });
  it('maternity counts calendar days; personal leave is capped by Art. 115', () => {
    expect(
      validateLeaveRequest(
        { id: 'M', employeeId: 'E1', leaveType: 'MATERNITY', start: '2026-04-24', end: '2026-04-28' },
        ctx,
      ).days,
    ).toBe(5);
    expect(
      errorOf(() =>
        validateLeaveRequest(
          { id: 'W', employeeId: 'E1', leaveType: 'MARRIAGE', start: '2026-03-02', end: '2026-03-05' },
          ctx,
        ),
      ),
    ).toEqual({ code: 'HR/LEAVE_EXCEEDS_ENTITLEMENT', path: ['end'] });
  });
  it('rejects overlaps (half days of different halves may share a date), empty requests, overdrafts, bad dates', () => {
    const existing = [
      {
        id: 'A',
        employeeId: 'E1',
        leaveType: 'ANNUAL',
        start: '2026-03-10' as never,
        end: '2026-03-10' as never,
        halfDay: 'morning' as const,
      },
    ];
    expect(
      validateLeaveRequest(
        {
          id: 'B',
          employeeId: 'E1',
          leaveType: 'ANNUAL',
          start: '2026-03-10',
          end: '2026-03-10',
          halfDay: 'afternoon',
        },
        { ...ctx, existing },
      ).days,
    ).toBe(0.5);
    expect(
      errorOf(() =>
        validateLeaveRequest(
          { id: 'C', employeeId: 'E1', leaveType: 'ANNUAL', start: '2026-03-09', end: '2026-03-10' },
          { ...ctx, existing },
        ),
      ),
    ).toEqual({ code: 'HR/LEAVE_OVERLAP', path: ['start'] });
    expect(
      errorOf(() =>
        validateLeaveRequest(
          { id: 'D', employeeId: 'E1', leaveType: 'ANNUAL', start: '2026-04-25', end: '2026-04-27' },
          ctx,
        ),
      ),
    ).toEqual({ code: 'HR/LEAVE_ON_NON_WORKING_DAY', path: ['start'] });
    expect(
      errorOf(() =>
        validateLeaveRequest(
          { id: 'E', employeeId: 'E1', leaveType: 'ANNUAL', start: '2026-03-02', end: '2026-03-05' },
          ctx,
        ),
      ),
    ).toEqual({ code: 'HR/INSUFFICIENT_LEAVE_BALANCE', path: ['end'] });
    expect(
      errorOf(() =>
        validateLeaveRequest(
          { id: 'F', employeeId: 'E1', leaveType: 'ANNUAL', start: '2026-03-05', end: '2026-03-02' },
          ctx,
        ),
      ),
    ).toEqual({ code: 'HR/DATES_OUT_OF_ORDER', path: ['end'] });
    expect(
      errorOf(() =>
        validateLeaveRequest(
          { id: 'G', employeeId: 'E1', leaveType: 'ANNUAL', start: '2026-02-30', end: '2026-03-02' },
          ctx,
        ),
      ),
    ).toEqual({ code: 'HR/INVALID_LEAVE_REQUEST', path: ['start'] });
    expect(
      errorOf(() =>
        validateLeaveRequest(
          { id: 'H', employeeId: 'E1', leaveType: 'VACATION', start: '2026-03-02', end: '2026-03-02' },
          ctx,
        ),
      ),
    ).toEqual({ code: 'HR/UNKNOWN_LEAVE_TYPE', path: ['leaveType'] });
  });
});
