import { z } from 'zod';
import { NationalIdSchema, TaxCodeSchema } from '../employee/national-id.js';
import { CalendarDateSchema, type YearMonth, YearMonthSchema } from '../internal/schemas.js';

/**
 * A dependant registered for the personal-income-tax family deduction (người phụ thuộc), with the
 * months the registration covers: from `registeredFrom` to `registeredTo` (inclusive, open-ended when
 * absent). The deduction runs from the month the support obligation arises (Decree 253/2026 Art. 48).
 * @example DependantSchema.parse({ id: 'D1', fullName: 'Nguyễn Thị Bình', relationship: 'child', registeredFrom: '2026-01' })
 */
export const DependantSchema = z
  .object({
    id: z.string().min(1),
    fullName: z.string().min(1),
    relationship: z.enum(['child', 'spouse', 'parent', 'parent-in-law', 'sibling', 'other']),
    birthDate: CalendarDateSchema.optional(),
    nationalId: NationalIdSchema.optional(),
    taxCode: TaxCodeSchema.optional(),
    registeredFrom: YearMonthSchema,
    registeredTo: YearMonthSchema.optional(),
  })
  .strict();
/** A registered dependant. */
export type Dependant = z.output<typeof DependantSchema>;
export type { YearMonth };
