import { addDays, type CalendarDate, Decimal, weekday } from '@bo/core';
import { z } from 'zod';
import { invalid, stateError } from '../internal/fail.js';
import { CalendarDateSchema } from '../internal/schemas.js';
import type { LeaveDay } from '../time/timesheet.js';
import type { WorkSchedule } from '../time/work-schedule.js';
import { type LeaveLedger, leaveBalance } from './leave-ledger.js';
import type { LeavePolicy } from './leave-policy.js';
import { DEFAULT_LEAVE_TYPES, type LeaveType } from './leave-types.js';

/**
 * A leave request (đơn xin nghỉ): a leave type from `start` to `end` inclusive; `halfDay` for a single
 * half day.
 * @example LeaveRequestSchema.parse({ id: 'L1', employeeId: 'E1', leaveType: 'ANNUAL', start: '2026-03-09', end: '2026-03-10' })
 */
export const LeaveRequestSchema = z.object({
  id: z.string().min(1),
  employeeId: z.string().min(1),
  leaveType: z.string().min(1),
  start: CalendarDateSchema,
  end: CalendarDateSchema,
  halfDay: z.enum(['morning', 'afternoon']).optional(),
});
/** A leave request. */
export type LeaveRequest = z.output<typeof LeaveRequestSchema>;

/** Context a request is checked against. */
export interface LeaveRequestContext {
  readonly schedule: WorkSchedule;
  /** Public holidays and compensatory days off. */
  readonly holidays?: ReadonlySet<string>;
  /** The employee's other approved or pending requests. */
  readonly existing?: readonly LeaveRequest[];
  readonly ledger?: LeaveLedger;
  /** Policies by leave type code, for balance-based leave. */
  readonly policies?: readonly LeavePolicy[];
  readonly leaveTypes?: readonly LeaveType[];
}

/** A validated request: the days it takes and the leave days to record. */
export interface LeaveRequestCheck {
  readonly request: LeaveRequest;
  /** Days charged: working days for most types (rest days and holidays skipped), calendar days otherwise. */
  readonly days: number;
  /** Day-by-day leave for timesheets and period summaries. */
  readonly leaveDays: readonly LeaveDay[];
  /** Balance before and after, for balance-based types. */
  readonly balanceBefore?: Decimal;
  readonly balanceAfter?: Decimal;
}

function occupied(r: LeaveRequest): Map<string, 'morning' | 'afternoon' | 'full'> {
  const out = new Map<string, 'morning' | 'afternoon' | 'full'>();
  for (let d = r.start; d <= r.end; d = addDays(d, 1)) out.set(d, r.halfDay ?? 'full');
  return out;
}

/**
 * Validates a leave request against the calendar, overlaps and the balance, and expands it into leave days.
 * @throws BoValidationError `HR/INVALID_LEAVE_REQUEST`, `HR/DATES_OUT_OF_ORDER`, `HR/UNKNOWN_LEAVE_TYPE`,
 *   `HR/LEAVE_ON_NON_WORKING_DAY`, `HR/LEAVE_EXCEEDS_ENTITLEMENT`; BoStateError `HR/LEAVE_OVERLAP`,
 *   `HR/INSUFFICIENT_LEAVE_BALANCE`
 * @example validateLeaveRequest(request, { schedule, holidays, existing, ledger, policies }).days // 2
 */
export function validateLeaveRequest(input: unknown, ctx: LeaveRequestContext): LeaveRequestCheck {
  const parsed = LeaveRequestSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    invalid(
      'HR/INVALID_LEAVE_REQUEST',
      `invalid leave request: ${issue.message}`,
      'đơn xin nghỉ không hợp lệ',
      issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    );
  }
  const r = parsed.data;
  if (r.end < r.start)
    invalid(
      'HR/DATES_OUT_OF_ORDER',
      `leave ends ${r.end}, before it starts ${r.start}`,
      'ngày kết thúc nghỉ trước ngày bắt đầu',
      ['end'],
    );
  if (r.halfDay !== undefined && r.end !== r.start)
    invalid(
      'HR/INVALID_LEAVE_REQUEST',
      'a half-day request covers one date',
      'nghỉ nửa ngày chỉ áp dụng cho một ngày',
      ['halfDay'],
    );
  const type = (ctx.leaveTypes ?? DEFAULT_LEAVE_TYPES).find((t) => t.code === r.leaveType);
  if (!type)
    invalid(
      'HR/UNKNOWN_LEAVE_TYPE',
      `unknown leave type ${r.leaveType}`,
      `loại nghỉ ${r.leaveType} không tồn tại`,
      ['leaveType'],
    );
  const mine = occupied(r);
  for (const other of ctx.existing ?? []) {
    if (other.id === r.id || other.employeeId !== r.employeeId || other.end < r.start || other.start > r.end)
      continue;
    for (const [date, part] of occupied(other)) {
      const here = mine.get(date);
      if (here !== undefined && (here === 'full' || part === 'full' || here === part)) {
        stateError(
          'HR/LEAVE_OVERLAP',
          `request overlaps ${other.id} on ${date}`,
          `đơn nghỉ trùng với đơn ${other.id} ngày ${date}`,
          ['start'],
          { other: other.id, date },
        );
      }
    }
  }
  const fraction = r.halfDay ? 0.5 : 1;
  const leaveDays: LeaveDay[] = [];
  let days = 0;
  for (let d = r.start; d <= r.end; d = addDays(d, 1) as CalendarDate) {
    const weight = ctx.schedule.dayWeights[weekday(d) - 1]!;
    const working = weight > 0 && !ctx.holidays?.has(d);
    if (type.countsWorkingDaysOnly) {
      if (!working) continue;
      days += weight * fraction;
    } else days += fraction;
    leaveDays.push(
      fraction === 1 ? { date: d, type: r.leaveType } : { date: d, type: r.leaveType, fraction: 0.5 },
    );
  }
  if (days === 0)
    invalid(
      'HR/LEAVE_ON_NON_WORKING_DAY',
      'the request covers only rest days and public holidays',
      'đơn nghỉ chỉ rơi vào ngày nghỉ',
      ['start'],
    );
  if (type.maxDaysPerRequest !== undefined && days > type.maxDaysPerRequest) {
    invalid(
      'HR/LEAVE_EXCEEDS_ENTITLEMENT',
      `${type.code} allows at most ${type.maxDaysPerRequest} days per request (Labour Code Art. 115), got ${days}`,
      `loại nghỉ ${type.code} tối đa ${type.maxDaysPerRequest} ngày`,
      ['end'],
      { max: type.maxDaysPerRequest, days },
    );
  }
  if (!type.usesBalance) return { request: r, days, leaveDays };
  const policy = ctx.policies?.find((p) => p.leaveType === r.leaveType);
  const before = leaveBalance(ctx.ledger ?? [], r.leaveType, r.start);
  const after = before.minus(days);
  const floor = policy?.allowNegative ? -policy.maxNegativeDays : 0;
  if (after.lt(floor)) {
    stateError(
      'HR/INSUFFICIENT_LEAVE_BALANCE',
      `${days} ${r.leaveType} days requested, ${before.toString()} available on ${r.start}`,
      `không đủ ngày phép: yêu cầu ${days}, còn ${before.toString()}`,
      ['end'],
      { requested: days, available: before.toString() },
    );
  }
  return { request: r, days, leaveDays, balanceBefore: before, balanceAfter: after };
}

/**
 * The ledger movement that charges a validated request (one `taken` movement on the start date).
 * @example postLeaveMovement(ledger, takenMovement(check))
 */
export function takenMovement(check: LeaveRequestCheck) {
  return {
    date: check.request.start,
    leaveType: check.request.leaveType,
    kind: 'taken' as const,
    days: new Decimal(check.days).neg(),
    ref: check.request.id,
  };
}
