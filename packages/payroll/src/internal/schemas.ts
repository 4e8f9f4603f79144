import { isCalendarDate } from '@bo/core';
import { z } from 'zod';

/** A non-negative whole number of đồng (digit string, safe integer or bigint), as a bigint. @internal */
export const nonNegativeDong = z
  .union([
    z.string().regex(/^\d+$/, 'whole đồng, not negative'),
    z.number().int().min(0, 'must not be negative'),
    z.bigint().nonnegative(),
  ])
  .transform((v) => BigInt(v));

/** A real calendar date `YYYY-MM-DD`. @internal */
export const calendarDateString = z.string().refine(isCalendarDate, 'must be a real date YYYY-MM-DD');
