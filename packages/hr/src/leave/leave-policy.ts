import { parseWith } from '@bo/core';
import { z } from 'zod';

/**
 * How a balance-based leave type accrues, rounds, carries over and expires — data, not code.
 * - `accrual`: `upfront` grants the year's entitlement on the first day (or hire date); `monthly` accrues
 *   one twelfth (of the employed months' share) at each month end.
 * - `rounding`: increment and mode of each accrual; monthly accruals are rounded cumulatively, so a year's
 *   accruals add up to the entitlement rounded once.
 * - `carryOver`: how many unused days pass into the next year and how many months they stay usable
 *   (Labour Code 2019 Art. 113(3) lets parties agree to defer leave, up to 3 years' worth).
 * - `allowNegative`: whether a request may take the balance below zero (and by how much).
 * @example LeavePolicySchema.parse({ leaveType: 'ANNUAL', accrual: 'monthly', rounding: { increment: '0.5', mode: 'half-up' } })
 */
export const LeavePolicySchema = z.object({
  leaveType: z.string().min(1),
  accrual: z.enum(['upfront', 'monthly']),
  rounding: z
    .object({
      increment: z.string().regex(/^\d+(\.\d+)?$/),
      mode: z.enum(['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor']),
    })
    .default({ increment: '0.01', mode: 'half-up' }),
  carryOver: z
    .object({ maxDays: z.number().min(0), expiresAfterMonths: z.number().int().min(1).max(36) })
    .nullable()
    .default(null),
  allowNegative: z.boolean().default(false),
  maxNegativeDays: z.number().min(0).default(0),
});
/** A leave policy. */
export type LeavePolicy = z.output<typeof LeavePolicySchema>;

/**
 * Validates a leave policy.
 * @throws BoValidationError `HR/INVALID_LEAVE_POLICY`
 * @example const policy = parseLeavePolicy({ leaveType: 'ANNUAL', accrual: 'monthly', carryOver: { maxDays: 5, expiresAfterMonths: 3 } });
 */
export function parseLeavePolicy(input: unknown): LeavePolicy {
  return parseWith(LeavePolicySchema, input, 'leave policy', 'HR/INVALID_LEAVE_POLICY');
}
