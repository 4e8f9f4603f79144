import {
  addDays,
  addMonths,
  type CalendarDate,
  Decimal,
  diffDays,
  MON_FRI,
  valueAt,
  type WorkWeek,
  weekday,
} from '@bo/core';
import { invalid } from '../internal/fail.js';
import { type NoticeRule, NOTICE_PERIODS } from '../legal/labour-rules.js';
import type { Contract } from './contract.js';

/** The notice a unilateral termination needs. */
export interface NoticeRequirement extends NoticeRule {
  /** Which rule applied. */
  readonly rule: 'indefinite' | 'definite12To36' | 'definiteUnder12' | 'specialLong' | 'specialShort';
  readonly article: string;
}

/**
 * The minimum notice for terminating a contract unilaterally: ≥ 45 days (indefinite), ≥ 30 days
 * (definite 12–36 months), ≥ 3 working days (under 12 months); special jobs ≥ 120 days, or ¼ of the term
 * for contracts under 12 months (Labour Code 2019 Art. 35(1), Art. 36(2); Decree 145/2020 Art. 7).
 * Cases where no notice is needed (Art. 35(2), 36(2)) are the caller's to establish.
 * @example requiredNotice(contract, 'employee') // { days: 30, kind: 'calendar', rule: 'definite12To36', … }
 */
export function requiredNotice(
  contract: Contract,
  by: 'employee' | 'employer',
  on: CalendarDate = contract.startDate,
): NoticeRequirement {
  const n = valueAt(NOTICE_PERIODS, on);
  const article = by === 'employee' ? 'Labour Code 2019 Art. 35(1)' : 'Labour Code 2019 Art. 36(2)';
  const termDays =
    contract.endDate === undefined ? undefined : diffDays(contract.startDate, contract.endDate) + 1;
  const long =
    contract.endDate === undefined || contract.endDate >= addDays(addMonths(contract.startDate, 12), -1);
  if (contract.specialJob) {
    if (long) return { ...n.specialLong, rule: 'specialLong', article: 'Decree 145/2020 Art. 7' };
    const days = new Decimal(termDays!).times(n.specialShortFraction).ceil().toNumber();
    return { days, kind: 'calendar', rule: 'specialShort', article: 'Decree 145/2020 Art. 7' };
  }
  if (contract.type === 'indefinite') return { ...n.indefinite, rule: 'indefinite', article };
  if (long) return { ...n.definite12To36, rule: 'definite12To36', article };
  return { ...n.definiteUnder12, rule: 'definiteUnder12', article };
}

/**
 * The earliest termination date when notice is given on `noticeGivenOn`: the day the notice period is
 * complete. Calendar notice counts every day after the notice; working-day notice counts the days of
 * `workWeek` that are not in `holidays`.
 * @example earliestTerminationDate('2026-03-02', { days: 30, kind: 'calendar' }) // '2026-04-01'
 */
export function earliestTerminationDate(
  noticeGivenOn: CalendarDate,
  notice: NoticeRule,
  calendar: { readonly workWeek?: WorkWeek; readonly holidays?: ReadonlySet<string> } = {},
): CalendarDate {
  if (notice.kind === 'calendar') return addDays(noticeGivenOn, notice.days);
  const week = calendar.workWeek ?? MON_FRI;
  let d = noticeGivenOn;
  let counted = 0;
  while (counted < notice.days) {
    d = addDays(d, 1);
    if (!week[weekday(d) - 1]!.isZero() && !calendar.holidays?.has(d)) counted++;
  }
  return d;
}

/** Outcome of {@link checkNotice}. */
export interface NoticeCheck {
  readonly required: NoticeRequirement;
  readonly earliestTermination: CalendarDate;
  readonly sufficient: boolean;
}

/**
 * Checks the notice of a recorded unilateral termination against {@link requiredNotice}.
 * @throws BoValidationError `HR/NO_TERMINATION` when the contract has no unilateral termination with a notice date
 * @example checkNotice(contract).sufficient // false when notice was too short
 */
export function checkNotice(
  contract: Contract,
  calendar: { readonly workWeek?: WorkWeek; readonly holidays?: ReadonlySet<string> } = {},
): NoticeCheck {
  const t = contract.termination;
  if (!t || (t.initiatedBy !== 'employee' && t.initiatedBy !== 'employer') || t.noticeGivenOn === undefined) {
    invalid(
      'HR/NO_TERMINATION',
      'the contract has no unilateral termination with a notice date',
      'hợp đồng chưa có thông tin đơn phương chấm dứt và ngày báo trước',
      ['termination'],
    );
  }
  const required = requiredNotice(contract, t.initiatedBy, t.noticeGivenOn);
  const earliestTermination = earliestTerminationDate(t.noticeGivenOn, required, calendar);
  return { required, earliestTermination, sufficient: t.date >= earliestTermination };
}
