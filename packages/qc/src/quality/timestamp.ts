import { z } from 'zod';

/**
 * An instant as an ISO 8601 UTC string to the second, `YYYY-MM-DDTHH:mm:ssZ` (so that string order is time
 * order). Time is always an argument: this package never reads the clock.
 *
 * @example
 * TimestampSchema.parse('2026-11-03T08:15:00Z');
 */
export const TimestampSchema = z.iso.datetime({ precision: 0 });

/**
 * Who did something, and when (ai, khi nào).
 *
 * @example
 * const s: Signature = { by: 'qa.lan', at: '2026-11-03T08:15:00Z' };
 */
export interface Signature {
  /** User id or name. */
  readonly by: string;
  /** UTC instant `YYYY-MM-DDTHH:mm:ssZ`. */
  readonly at: string;
}

/**
 * Zod schema of {@link Signature}.
 *
 * @example
 * SignatureSchema.parse({ by: 'qa.lan', at: '2026-11-03T08:15:00Z' });
 */
export const SignatureSchema = z.object({ by: z.string().trim().min(1), at: TimestampSchema });
