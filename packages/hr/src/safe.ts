import { safely } from '@bo/core';
import { parseContract } from './contracts/contract.js';
import { parseEmployee } from './employee/employee.js';
import { validateLeaveRequest } from './leave/leave-request.js';
import { summarizePeriod } from './summary/period-summary.js';

/**
 * {@link parseEmployee} returning a `Result` instead of throwing.
 * @example const r = safeParseEmployee(raw); if (!r.ok) console.log(r.error.code, r.error.path);
 */
export const safeParseEmployee = safely(parseEmployee);

/**
 * {@link parseContract} returning a `Result` instead of throwing.
 * @example const r = safeParseContract(raw); if (!r.ok) console.log(r.error.code);
 */
export const safeParseContract = safely(parseContract);

/**
 * {@link validateLeaveRequest} returning a `Result` instead of throwing.
 * @example const r = safeValidateLeaveRequest(request, ctx); if (r.ok) console.log(r.value.days);
 */
export const safeValidateLeaveRequest = safely(validateLeaveRequest);

/**
 * {@link summarizePeriod} returning a `Result` instead of throwing — for batch runs that report bad
 * timesheets and carry on.
 * @example const results = inputs.map((i) => safeSummarizePeriod(ctx, i));
 */
export const safeSummarizePeriod = safely(summarizePeriod);
