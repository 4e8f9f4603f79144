import { addDays, addMonths, type CalendarDate, Decimal, type RoundingMode, roundDecimal } from '@bo/core';
import { invalid, stateError } from '../internal/fail.js';
import type { LeavePolicy } from './leave-policy.js';

/** What a ledger movement records. Positive kinds add days, negative kinds remove them. */
export type LeaveMovementKind =
  | 'grant'
  | 'accrual'
  | 'carry-over'
  | 'taken'
  | 'expiry'
  | 'encashment'
  | 'adjustment';

const SIGN: Readonly<Record<LeaveMovementKind, 1 | -1 | 0>> = {
  grant: 1,
  accrual: 1,
  'carry-over': 1,
  taken: -1,
  expiry: -1,
  encashment: -1,
  adjustment: 0,
};

/** One dated movement of a leave balance (bút toán phép). `days` is signed: + adds, − removes. */
export interface LeaveMovement {
  readonly date: CalendarDate;
  readonly leaveType: string;
  readonly kind: LeaveMovementKind;
  readonly days: Decimal;
  /** For carry-over: last day the carried days may be used. */
  readonly expiresOn?: CalendarDate;
  /** Request id, year, or other reference. */
  readonly ref?: string;
}

/** A leave balance as an append-only list of dated movements. */
export type LeaveLedger = readonly LeaveMovement[];

/**
 * The balance of a leave type on a date: the sum of its movements dated on or before it.
 * @example leaveBalance(ledger, 'ANNUAL', '2026-06-30').toString() // '4.5'
 */
export function leaveBalance(ledger: LeaveLedger, leaveType: string, asOf: string): Decimal {
  let total = new Decimal(0);
  for (const m of ledger) if (m.leaveType === leaveType && m.date <= asOf) total = total.plus(m.days);
  return total;
}

/**
 * Appends a movement, returning a new ledger. Checks the sign fits the kind, the date is not before the
 * last movement of the type (the ledger is append-only), and — unless the policy allows it — that the
 * balance does not go below zero (or below −maxNegativeDays).
 * @throws BoValidationError `HR/INVALID_LEAVE_MOVEMENT`; BoStateError `HR/LEDGER_OUT_OF_ORDER`,
 *   `HR/INSUFFICIENT_LEAVE_BALANCE`
 * @example const next = postLeaveMovement(ledger, { date: '2026-03-10', leaveType: 'ANNUAL', kind: 'taken', days: new Decimal(-1) }, policy);
 */
export function postLeaveMovement(
  ledger: LeaveLedger,
  movement: LeaveMovement,
  policy?: LeavePolicy,
): LeaveLedger {
  const sign = SIGN[movement.kind];
  if (sign === undefined || !Decimal.isDecimal(movement.days) || !movement.days.isFinite()) {
    invalid(
      'HR/INVALID_LEAVE_MOVEMENT',
      'a movement needs a known kind and finite Decimal days',
      'bút toán phép không hợp lệ',
      ['days'],
    );
  }
  if (
    (sign === 1 && movement.days.isNegative()) ||
    (sign === -1 && movement.days.isPositive() && !movement.days.isZero())
  ) {
    invalid(
      'HR/INVALID_LEAVE_MOVEMENT',
      `a ${movement.kind} movement must be ${sign === 1 ? 'positive' : 'negative'}`,
      'dấu của số ngày không khớp loại bút toán',
      ['days'],
      { kind: movement.kind },
    );
  }
  let lastDate: string | undefined;
  for (const m of ledger)
    if (m.leaveType === movement.leaveType && (lastDate === undefined || m.date > lastDate))
      lastDate = m.date;
  if (lastDate !== undefined && movement.date < lastDate) {
    stateError(
      'HR/LEDGER_OUT_OF_ORDER',
      `movement dated ${movement.date} is before the last one (${lastDate}); post a dated adjustment instead`,
      'bút toán phép ghi lùi ngày',
      ['date'],
      { lastDate },
    );
  }
  const after = leaveBalance(ledger, movement.leaveType, movement.date).plus(movement.days);
  const floor = policy?.allowNegative ? -(policy.maxNegativeDays ?? 0) : 0;
  if (movement.days.isNegative() && movement.kind === 'taken' && after.lt(floor)) {
    stateError(
      'HR/INSUFFICIENT_LEAVE_BALANCE',
      `taking ${movement.days.neg().toString()} days would leave ${after.toString()} ${movement.leaveType} days (floor ${floor})`,
      'không đủ số ngày phép',
      ['days'],
      { balanceAfter: after.toString(), floor },
    );
  }
  return [...ledger, movement];
}

/**
 * Accrual movements for a year's entitlement under a policy: one grant on `from` (upfront), or one
 * accrual per month end from `from` to `to` (monthly), each rounded cumulatively to the policy's increment
 * so the year's total equals the entitlement rounded once.
 * @example accrualMovements(policy, new Decimal(14), '2026-01-01', '2026-12-31') // 12 accruals adding up to 14
 */
export function accrualMovements(
  policy: LeavePolicy,
  entitlement: Decimal,
  from: string,
  to: string,
): LeaveMovement[] {
  if (to < from)
    invalid(
      'HR/DATES_OUT_OF_ORDER',
      'accrual period ends before it starts',
      'kỳ tích lũy phép kết thúc trước khi bắt đầu',
      ['to'],
    );
  const rule = { increment: policy.rounding.increment, mode: policy.rounding.mode as RoundingMode };
  const ref = `${policy.leaveType}:${from.slice(0, 4)}`;
  if (policy.accrual === 'upfront') {
    return [
      {
        date: from as CalendarDate,
        leaveType: policy.leaveType,
        kind: 'grant',
        days: roundDecimal(entitlement, rule),
        ref,
      },
    ];
  }
  const months: CalendarDate[] = [];
  let m = `${from.slice(0, 7)}-01` as CalendarDate;
  while (m <= to) {
    const end = addDays(addMonths(m, 1), -1);
    months.push(end > to ? (to as CalendarDate) : end);
    m = addMonths(m, 1);
  }
  const out: LeaveMovement[] = [];
  let previous = new Decimal(0);
  months.forEach((date, k) => {
    const cumulative = roundDecimal(entitlement.times(k + 1).div(months.length), rule);
    out.push({ date, leaveType: policy.leaveType, kind: 'accrual', days: cumulative.minus(previous), ref });
    previous = cumulative;
  });
  return out;
}

/**
 * Year-end movements: the whole balance at 31 December expires, and up to `carryOver.maxDays` of it comes
 * back on 1 January as a carry-over usable until `expiresAfterMonths` later. Without a carry-over rule
 * the unused balance simply expires (unless the policy is `null` carry-over with a zero balance).
 * @example yearEndMovements(ledger, policy, 2026) // [expiry −6 on 2026-12-31, carry-over +5 on 2027-01-01 until 2027-03-31]
 */
export function yearEndMovements(ledger: LeaveLedger, policy: LeavePolicy, year: number): LeaveMovement[] {
  const end = `${year}-12-31` as CalendarDate;
  const balance = leaveBalance(ledger, policy.leaveType, end);
  if (!balance.isPositive() || balance.isZero()) return [];
  const out: LeaveMovement[] = [
    { date: end, leaveType: policy.leaveType, kind: 'expiry', days: balance.neg(), ref: `year-end:${year}` },
  ];
  if (policy.carryOver && policy.carryOver.maxDays > 0) {
    const carried = Decimal.min(balance, policy.carryOver.maxDays);
    const start = `${year + 1}-01-01` as CalendarDate;
    out.push({
      date: start,
      leaveType: policy.leaveType,
      kind: 'carry-over',
      days: carried,
      expiresOn: addDays(addMonths(start, policy.carryOver.expiresAfterMonths), -1),
      ref: `carry-over:${year}`,
    });
  }
  return out;
}

/**
 * Expiry of carried-over days not used by their `expiresOn` date: days taken from the carry-over date
 * on count against the carried days first (first in, first out). Returns the movements to post.
 * @example expireCarryOver(ledger, 'ANNUAL', '2027-04-01') // [expiry −2 on 2027-03-31]
 */
export function expireCarryOver(ledger: LeaveLedger, leaveType: string, asOf: string): LeaveMovement[] {
  const out: LeaveMovement[] = [];
  for (const c of ledger) {
    if (
      c.leaveType !== leaveType ||
      c.kind !== 'carry-over' ||
      c.expiresOn === undefined ||
      c.expiresOn >= asOf
    )
      continue;
    const already = ledger.some((m) => m.kind === 'expiry' && m.ref === `carry-over-expiry:${c.date}`);
    if (already) continue;
    let taken = new Decimal(0);
    for (const m of ledger) {
      if (m.leaveType === leaveType && m.kind === 'taken' && m.date >= c.date && m.date <= c.expiresOn)
        taken = taken.plus(m.days.neg());
    }
    const unused = Decimal.max(0, c.days.minus(taken));
    if (unused.isPositive() && !unused.isZero()) {
      out.push({
        date: c.expiresOn,
        leaveType,
        kind: 'expiry',
        days: unused.neg(),
        ref: `carry-over-expiry:${c.date}`,
      });
    }
  }
  return out;
}

/**
 * The movement that pays out the remaining balance when employment ends: untaken annual leave is paid
 * (Labour Code 2019 Art. 113(3)). Returns undefined when nothing is left.
 * @example encashmentOnTermination(ledger, 'ANNUAL', '2026-09-30')?.days.toString() // '-4.5'
 */
export function encashmentOnTermination(
  ledger: LeaveLedger,
  leaveType: string,
  lastDay: string,
): LeaveMovement | undefined {
  const balance = leaveBalance(ledger, leaveType, lastDay);
  if (!balance.isPositive() || balance.isZero()) return undefined;
  return {
    date: lastDay as CalendarDate,
    leaveType,
    kind: 'encashment',
    days: balance.neg(),
    ref: `termination:${lastDay}`,
  };
}
