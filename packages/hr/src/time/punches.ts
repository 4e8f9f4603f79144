import { invalid } from '../internal/fail.js';
import type { TimesheetDay } from './timesheet.js';

/** Options of {@link timesheetDayFromPunches}. */
export interface PunchOptions {
  /** Round clock-ins up and clock-outs down to this many minutes (a policy choice; default 1 = none). */
  readonly roundToMinutes?: number;
}

function toMinutes(text: string, index: number): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!m)
    invalid(
      'HR/INVALID_TIMESHEET',
      `punch ${JSON.stringify(text)} is not HH:MM`,
      'giờ chấm công phải có dạng HH:MM',
      ['punches', index],
    );
  return Number(m[1]) * 60 + Number(m[2]);
}

function toClock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * Turns a day's clock-in/clock-out punches (máy chấm công), in time order, into a timesheet day: each
 * in/out pair becomes a segment; a punch earlier than the one before is taken as the next morning.
 * Clock-ins are rounded up and clock-outs down to `roundToMinutes` — explicit, never silent.
 * @throws BoValidationError `HR/ODD_PUNCHES` for an unmatched punch; `HR/INVALID_TIMESHEET`
 * @example timesheetDayFromPunches('2026-03-02', ['07:56', '12:01', '12:59', '17:08'], { roundToMinutes: 15 })
 * // { date: '2026-03-02', segments: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }] }
 */
export function timesheetDayFromPunches(
  date: string,
  punches: readonly string[],
  options: PunchOptions = {},
): TimesheetDay {
  if (punches.length === 0 || punches.length % 2 !== 0) {
    invalid(
      'HR/ODD_PUNCHES',
      `${date} has ${punches.length} punches; in/out punches come in pairs`,
      `ngày ${date} có số lần chấm công lẻ`,
      ['punches'],
      { count: punches.length },
    );
  }
  const step = options.roundToMinutes ?? 1;
  if (!Number.isInteger(step) || step < 1 || step > 60)
    invalid(
      'HR/INVALID_TIMESHEET',
      'roundToMinutes must be a whole number 1–60',
      'bước làm tròn phải từ 1 đến 60 phút',
      ['roundToMinutes'],
    );
  let offset = 0;
  let prev = -1;
  const absolute = punches.map((p, i) => {
    let m = toMinutes(p, i) + offset;
    if (m < prev) {
      offset += 1440;
      m += 1440;
    }
    prev = m;
    return m;
  });
  const segments: { start: string; end: string }[] = [];
  for (let k = 0; k < absolute.length; k += 2) {
    const start = Math.ceil(absolute[k]! / step) * step;
    const end = Math.floor(absolute[k + 1]! / step) * step;
    if (end > start) segments.push({ start: toClock(start), end: toClock(end) });
  }
  return { date, segments };
}
