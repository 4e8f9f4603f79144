import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEAVE_TYPES,
  holidayDates,
  type LeaveDay,
  minutesToHours,
  nightMinutesBetween,
  parseWorkSchedule,
  preparePeriod,
  publicHolidays,
  summarizePeriod,
  type TimesheetDay,
} from '../src/index.js';
import { boErrorOf as errorOf } from '../../../scripts/test-support.js';

const office = parseWorkSchedule({
  id: 'office',
  name: 'Văn phòng',
  shifts: [{ code: 'HC', start: '08:00', end: '17:00', breakMinutes: 60 }],
  week: ['HC', 'HC', 'HC', 'HC', 'HC', null, null],
});
const holidays2026 = holidayDates(publicHolidays(2026));
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
const span = (start: string, end: string) => (minutes(end) - minutes(start) + 1440) % 1440 || 1440;
const fullDay = (date: string): TimesheetDay => ({
  date,
  segments: [
    { start: '08:00', end: '12:00' },
    { start: '13:00', end: '17:00' },
  ],
});

describe('work schedules (Labour Code 2019 Art. 105–106)', () => {
  it('computes day minutes and weights', () => {
    expect(office.dayMinutes).toEqual([480, 480, 480, 480, 480, 0, 0]);
    const half = parseWorkSchedule({
      id: 'f',
      name: 'Factory',
      shifts: [
        { code: 'D', start: '07:30', end: '16:30', breakMinutes: 60 },
        { code: 'S', start: '07:30', end: '11:30' },
      ],
      week: ['D', 'D', 'D', 'D', 'D', 'S', null],
    });
    expect(half.dayWeights).toEqual([1, 1, 1, 1, 1, 0.5, 0]);
  });
  it('rejects normal hours over 8 h/day (daily) or 48 h/week (weekly)', () => {
    const nine = {
      id: 'x',
      name: 'x',
      shifts: [{ code: 'L', start: '07:00', end: '17:00', breakMinutes: 60 }],
      week: ['L', 'L', 'L', 'L', 'L', null, null],
    };
    expect(errorOf(() => parseWorkSchedule(nine))).toEqual({
      code: 'HR/NORMAL_HOURS_EXCEEDED',
      path: ['week', 0],
    });
    expect(parseWorkSchedule({ ...nine, hoursMode: 'weekly', fullDayMinutes: 540 }).dayMinutes[0]).toBe(540);
    expect(
      errorOf(() =>
        parseWorkSchedule({
          ...nine,
          hoursMode: 'weekly',
          fullDayMinutes: 540,
          week: ['L', 'L', 'L', 'L', 'L', 'L', null],
        }),
      ),
    ).toEqual({ code: 'HR/NORMAL_HOURS_EXCEEDED', path: ['week'] });
    expect(
      errorOf(() => parseWorkSchedule({ ...nine, week: ['Z', null, null, null, null, null, null] })),
    ).toEqual({ code: 'HR/INVALID_SCHEDULE', path: ['week', 0] });
  });
  it('night hours 22:00–06:00 (Art. 106)', () => {
    expect(nightMinutesBetween('22:00', '06:00')).toBe(480);
    expect(nightMinutesBetween('20:00', '02:00')).toBe(240);
    expect(nightMinutesBetween('05:00', '07:00')).toBe(60);
    expect(nightMinutesBetween('08:00', '17:00')).toBe(0);
    expect(nightMinutesBetween('21:00', '21:00')).toBe(480); // 24 h
  });
});

describe('payroll period summary', () => {
  it('standard working days: April 2026 has 22 weekdays, 2 of them holidays (27 compensatory, 30)', () => {
    const ctx = preparePeriod('2026-04', office, { holidays: holidays2026 });
    expect(ctx.standardWorkingDays).toBe(22);
    expect(
      preparePeriod('2026-04', office, {
        holidays: holidays2026,
        standardDays: 'scheduled-excluding-holidays',
      }).standardWorkingDays,
    ).toBe(20);
    expect(preparePeriod('2026-04', office, { standardDays: { fixed: 26 } }).standardWorkingDays).toBe(26);
    expect(errorOf(() => preparePeriod('2026-04', office, { standardDays: { fixed: 0 } }))).toEqual({
      code: 'HR/INVALID_STANDARD_DAYS',
      path: ['standardDays', 'fixed'],
    });
  });

  it('golden April 2026 month: days, leave, overtime by kind, night, caps (Art. 98, 106, 107)', () => {
    const ctx = preparePeriod('2026-04', office, { holidays: holidays2026 });
    const skip = new Set([
      '2026-04-08',
      '2026-04-09',
      '2026-04-10',
      '2026-04-14',
      '2026-04-15',
      '2026-04-16',
      '2026-04-21',
    ]);
    const timesheet: TimesheetDay[] = ctx.dates
      .filter((d, i) => ctx.dayKind[i] === 0 && !skip.has(d))
      .map(fullDay);
    timesheet.push(
      { date: '2026-04-09', segments: [{ start: '13:00', end: '17:00' }] },
      {
        date: '2026-04-15',
        segments: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '17:00' },
          { start: '18:00', end: '23:00' },
        ],
      },
      {
        date: '2026-04-16',
        segments: [
          { start: '08:30', end: '12:00' },
          { start: '13:00', end: '17:00' },
        ],
      },
      { date: '2026-04-11', segments: [{ start: '08:00', end: '12:00' }] }, // Saturday: weekly rest day
      { date: '2026-04-30', segments: [{ start: '08:00', end: '12:00' }] }, // Reunification Day
    );
    const leave: LeaveDay[] = [
      { date: '2026-04-08', type: 'ANNUAL' },
      { date: '2026-04-09', type: 'ANNUAL', fraction: 0.5 },
      { date: '2026-04-14', type: 'UNPAID' },
      { date: '2026-04-21', type: 'SICK' },
    ];
    const s = summarizePeriod(ctx, { employeeId: 'E1', timesheet, leave });
    expect(s).toMatchObject({
      standardWorkingDays: 22,
      scheduledDays: 22,
      workedDays: 15.5,
      paidLeaveDays: 1.5,
      publicHolidayDays: 2,
      paidDays: 19,
      unpaidLeaveDays: 1,
      absentDays: 1, // 10 April: no time, no leave
      unpaidDays: 2,
      socialInsuranceLeaveDays: 1,
      leaveDaysByType: { ANNUAL: 1.5, UNPAID: 1, SICK: 1 },
      normalMinutes: 14 * 480 + 240 + 450,
      shortfallMinutes: 30,
      nightMinutes: 0,
      overtime: {
        normalDay: { day: 240, night: 60, nightAfterDayOvertime: 60 },
        weeklyRestDay: { day: 240, night: 0, nightAfterDayOvertime: 0 },
        publicHoliday: { day: 240, night: 0, nightAfterDayOvertime: 0 },
      },
      overtimeMinutes: 780,
    });
    // 5 h overtime on 15 April exceed 50 % of the 8 normal hours (Art. 107(2)(b)): reported, not cut
    expect(s.violations).toHaveLength(1);
    expect(s.violations[0]).toMatchObject({
      rule: 'daily',
      date: '2026-04-15',
      limitMinutes: 240,
      actualMinutes: 300,
    });
    expect(s.violations[0]!.reference.document).toBe('Labour Code 45/2019/QH14');
    expect(minutesToHours(s.overtimeMinutes).toString()).toBe('13');
  });

  it('monthly cap 40 h and yearly cap 200/300 h (Art. 107(2)(b)-(c)); 60 h/month in 2022 (Resolution 17/2022)', () => {
    const ctx = preparePeriod('2026-03', office);
    const timesheet = ctx.dates
      .filter((_, i) => ctx.dayKind[i] === 0)
      .map((date) => ({
        date,
        segments: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '19:00' },
        ],
      }));
    const s = summarizePeriod(ctx, { employeeId: 'E', timesheet, overtimeMinutesBeforePeriod: 160 * 60 });
    expect(s.overtimeMinutes).toBe(22 * 120);
    expect(s.violations.map((v) => v.rule)).toEqual(['monthly', 'yearly']);
    expect(s.violations[1]).toMatchObject({ limitMinutes: 12000, actualMinutes: 160 * 60 + 2640 });
    expect(
      summarizePeriod(ctx, {
        employeeId: 'E',
        timesheet,
        overtimeMinutesBeforePeriod: 160 * 60,
        extendedOvertimeCap: true,
      }).violations.map((v) => v.rule),
    ).toEqual(['monthly']);
    const ctx2022 = preparePeriod('2022-06', office);
    expect(ctx2022.caps.monthlyHours).toBe(60);
    const ts2022 = ctx2022.dates
      .filter((_, i) => ctx2022.dayKind[i] === 0)
      .map((date) => ({
        date,
        segments: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '19:00' },
        ],
      }));
    expect(summarizePeriod(ctx2022, { employeeId: 'E', timesheet: ts2022 }).violations).toEqual([]);
  });

  it('night shifts, rest-day cap and a mid-month hire', () => {
    const nights = parseWorkSchedule({
      id: 'n',
      name: 'Ca đêm',
      shifts: [{ code: 'N', start: '22:00', end: '06:00' }],
      week: ['N', 'N', 'N', 'N', 'N', 'N', null],
    });
    const ctx = preparePeriod('2026-03', nights);
    const s = summarizePeriod(ctx, {
      employeeId: 'N1',
      employedFrom: '2026-03-16',
      timesheet: [
        { date: '2026-03-16', segments: [{ start: '22:00', end: '06:00' }] },
        {
          date: '2026-03-17',
          segments: [
            { start: '22:00', end: '02:00' },
            { start: '03:00', end: '08:00' },
          ],
        },
        { date: '2026-03-22', segments: [{ start: '06:00', end: '20:00' }] }, // Sunday, 14 h
      ],
    });
    expect(s.employed).toEqual({ start: '2026-03-16', end: '2026-03-31' });
    expect(s.scheduledDays).toBe(14);
    expect(s.outsideEmploymentDays).toBe(12); // 2–7 and 9–14 March (Mon–Sat)
    expect(s.nightMinutes).toBe(480 + 240 + 180);
    // 17th: 22:00–02:00 and 03:00–07:00 are the 8 normal hours (7 of them at night), 07:00–08:00 is overtime
    expect(s.overtime.normalDay).toEqual({ day: 60, night: 0, nightAfterDayOvertime: 0 });
    expect(s.overtime.weeklyRestDay.day).toBe(840);
    expect(s.violations.map((v) => [v.rule, v.date])).toEqual([['rest-day', '2026-03-22']]);
    expect(s.absentDays).toBe(12);
  });

  it('bad input names the rule and the field', () => {
    const ctx = preparePeriod('2026-04', office, { holidays: holidays2026 });
    const base = { employeeId: 'E', timesheet: [fullDay('2026-04-01')] };
    expect(errorOf(() => summarizePeriod(ctx, { ...base, timesheet: [fullDay('2026-05-01')] }))).toEqual({
      code: 'HR/DATE_OUTSIDE_PERIOD',
      path: ['timesheet', 0, 'date'],
    });
    expect(
      errorOf(() =>
        summarizePeriod(ctx, { ...base, timesheet: [fullDay('2026-04-01'), fullDay('2026-04-01')] }),
      ),
    ).toEqual({ code: 'HR/DUPLICATE_TIMESHEET_DAY', path: ['timesheet', 1, 'date'] });
    expect(
      errorOf(() =>
        summarizePeriod(ctx, {
          ...base,
          timesheet: [
            {
              date: '2026-04-01',
              segments: [
                { start: '08:00', end: '12:00' },
                { start: '11:00', end: '13:00' },
              ],
            },
          ],
        }),
      ),
    ).toEqual({ code: 'HR/OVERLAPPING_SEGMENTS', path: ['timesheet', 0, 'segments', 1] });
    expect(
      errorOf(() =>
        summarizePeriod(ctx, {
          ...base,
          timesheet: [{ date: '2026-04-01', segments: [{ start: '8:00', end: '12:00' }] }],
        }),
      ),
    ).toEqual({ code: 'HR/INVALID_TIMESHEET', path: ['timesheet', 0, 'segments', 0, 'start'] });
    expect(errorOf(() => summarizePeriod(ctx, { ...base, employedFrom: '2026-4-2' }))).toEqual({
      code: 'HR/INVALID_TIMESHEET',
      path: ['employedFrom'],
    });
    expect(errorOf(() => summarizePeriod(ctx, { ...base, employedFrom: '2026-04-02' }))).toEqual({
      code: 'HR/WORK_OUTSIDE_EMPLOYMENT',
      path: ['timesheet', 0, 'date'],
    });
    expect(
      errorOf(() => summarizePeriod(ctx, { ...base, leave: [{ date: '2026-04-30', type: 'ANNUAL' }] })),
    ).toEqual({ code: 'HR/LEAVE_ON_NON_WORKING_DAY', path: ['leave', 0, 'date'] });
    expect(
      errorOf(() =>
        summarizePeriod(ctx, {
          ...base,
          leave: [
            { date: '2026-04-02', type: 'ANNUAL' },
            { date: '2026-04-02', type: 'UNPAID', fraction: 0.5 },
          ],
        }),
      ),
    ).toEqual({ code: 'HR/LEAVE_OVERLAP', path: ['leave', 1, 'date'] });
    expect(
      errorOf(() => summarizePeriod(ctx, { ...base, leave: [{ date: '2026-04-02', type: 'HOLIDAY' }] })),
    ).toEqual({ code: 'HR/UNKNOWN_LEAVE_TYPE', path: ['leave', 0, 'type'] });
  });

  it('property: day identities and minute conservation hold for any month of time and leave', () => {
    const ctx = preparePeriod('2026-02', office, { holidays: holidays2026 });
    const n = ctx.dates.length;
    const dayArb = fc.record({
      work: fc.constantFrom('none', 'full', 'half', 'ot', 'night'),
      leave: fc.constantFrom('none', 'none', ...DEFAULT_LEAVE_TYPES.map((t) => t.code)),
      half: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(dayArb, { minLength: n, maxLength: n }), (days) => {
        const timesheet: TimesheetDay[] = [];
        const leave: LeaveDay[] = [];
        let worked = 0;
        days.forEach((d, i) => {
          const date = ctx.dates[i]!;
          const working = ctx.dayKind[i] === 0;
          if (d.leave !== 'none' && working) leave.push({ date, type: d.leave, fraction: d.half ? 0.5 : 1 });
          const segs =
            d.work === 'full'
              ? [{ start: '08:00', end: '17:00' }]
              : d.work === 'half'
                ? [{ start: '13:00', end: '17:00' }]
                : d.work === 'ot'
                  ? [{ start: '08:00', end: '20:30' }]
                  : d.work === 'night'
                    ? [{ start: '20:00', end: '03:00' }]
                    : [];
          if (segs.length) {
            timesheet.push({ date, segments: segs });
            for (const s of segs) worked += span(s.start, s.end);
          }
        });
        const s = summarizePeriod(ctx, { employeeId: 'P', timesheet, leave });
        const sum = (o: { day: number; night: number }) => o.day + o.night;
        return (
          s.paidDays === s.workedDays + s.paidLeaveDays + s.publicHolidayDays &&
          s.scheduledDays === s.paidDays + s.unpaidDays + s.socialInsuranceLeaveDays &&
          s.normalMinutes +
            sum(s.overtime.normalDay) +
            sum(s.overtime.weeklyRestDay) +
            sum(s.overtime.publicHoliday) ===
            worked &&
          s.overtime.normalDay.nightAfterDayOvertime <= s.overtime.normalDay.night &&
          s.paidDays <= s.standardWorkingDays &&
          s.outsideEmploymentDays === 0
        );
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});

describe('punches', () => {
  it('pairs punches into segments with explicit rounding, across midnight', async () => {
    const { timesheetDayFromPunches } = await import('../src/index.js');
    expect(
      timesheetDayFromPunches('2026-03-02', ['07:56', '12:01', '12:59', '17:08'], { roundToMinutes: 15 }),
    ).toEqual({
      date: '2026-03-02',
      segments: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    });
    expect(timesheetDayFromPunches('2026-03-02', ['21:58', '02:03', '02:30', '06:01']).segments).toEqual([
      { start: '21:58', end: '02:03' },
      { start: '02:30', end: '06:01' },
    ]);
    expect(errorOf(() => timesheetDayFromPunches('2026-03-02', ['08:00']))).toEqual({
      code: 'HR/ODD_PUNCHES',
      path: ['punches'],
    });
    expect(errorOf(() => timesheetDayFromPunches('2026-03-02', ['08:00', '25:00']))).toEqual({
      code: 'HR/INVALID_TIMESHEET',
      path: ['punches', 1],
    });
  });
  it('night punches feed the summary as one night shift', async () => {
    const { timesheetDayFromPunches } = await import('../src/index.js');
    const nights = parseWorkSchedule({
      id: 'n',
      name: 'n',
      shifts: [{ code: 'N', start: '22:00', end: '06:00' }],
      week: ['N', 'N', 'N', 'N', 'N', null, null],
    });
    const ctx = preparePeriod('2026-03', nights);
    const s = summarizePeriod(ctx, {
      employeeId: 'N',
      employedFrom: '2026-03-02',
      employedTo: '2026-03-02',
      timesheet: [timesheetDayFromPunches('2026-03-02', ['22:00', '02:00', '02:30', '06:30'])],
    });
    expect([s.normalMinutes, s.nightMinutes, s.overtime.normalDay.day, s.overtime.normalDay.night]).toEqual([
      480, 450, 0, 0,
    ]);
  });
});
