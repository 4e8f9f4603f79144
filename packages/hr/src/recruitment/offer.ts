import { z } from 'zod';
import type { Employee, EmployeeInput } from '../employee/employee.js';
import { parseEmployee } from '../employee/employee.js';
import { invalid, stateError } from '../internal/fail.js';
import { CalendarDateSchema, DecimalStringSchema } from '../internal/schemas.js';
import { type Candidate, moveCandidate } from './pipeline.js';

/**
 * A job offer (thư mời nhận việc): position, salary, start date and when it lapses.
 * @example OfferSchema.parse({ candidateId: 'C1', position: 'Kế toán viên', salary: '18000000', startDate: '2026-04-01', issuedOn: '2026-03-20', expiresOn: '2026-03-27' })
 */
export const OfferSchema = z
  .object({
    candidateId: z.string().min(1),
    position: z.string().min(1),
    salary: DecimalStringSchema,
    startDate: CalendarDateSchema,
    issuedOn: CalendarDateSchema,
    expiresOn: CalendarDateSchema,
  })
  .refine((o) => o.expiresOn >= o.issuedOn, {
    message: 'offer expires before it is issued',
    path: ['expiresOn'],
  });
/** An offer. */
export type Offer = z.output<typeof OfferSchema>;

/**
 * Records the acceptance of an offer: the candidate moves to `hired`.
 * @throws BoStateError `HR/OFFER_EXPIRED`, `HR/ILLEGAL_TRANSITION`; BoValidationError `HR/INVALID_OFFER`
 * @example const hired = acceptOffer(candidate, offer, '2026-03-22');
 */
export function acceptOffer(candidate: Candidate, offer: unknown, on: string): Candidate {
  const r = OfferSchema.safeParse(offer);
  if (!r.success)
    invalid(
      'HR/INVALID_OFFER',
      `invalid offer: ${r.error.issues[0]!.message}`,
      'thư mời nhận việc không hợp lệ',
      r.error.issues[0]!.path.filter((p): p is string | number => typeof p !== 'symbol'),
    );
  if (r.data.candidateId !== candidate.id)
    invalid('HR/INVALID_OFFER', 'the offer is for another candidate', 'thư mời không dành cho ứng viên này', [
      'candidateId',
    ]);
  if (on > r.data.expiresOn)
    stateError(
      'HR/OFFER_EXPIRED',
      `offer lapsed on ${r.data.expiresOn}`,
      `thư mời đã hết hạn ngày ${r.data.expiresOn}`,
      ['expiresOn'],
    );
  return moveCandidate(candidate, 'hired', on);
}

/**
 * Turns a hired candidate into an employee record: name, contact, national ID and birth date come from
 * the candidate, the hire date from the offer; the rest (identity details, job assignment) from `details`.
 * @throws BoStateError `HR/CANDIDATE_NOT_HIRED`; the errors of {@link parseEmployee}
 * @example candidateToEmployee(hired, offer, { id: 'E099', code: 'NV099', gender: 'male', nationality: 'VN', taxResidency: 'resident', history: [...] })
 */
export function candidateToEmployee(
  candidate: Candidate,
  offer: { readonly startDate: string },
  details: Omit<EmployeeInput, 'fullName' | 'hireDate' | 'birthDate' | 'contact'> &
    Partial<Pick<EmployeeInput, 'birthDate'>>,
): Employee {
  if (candidate.stage !== 'hired')
    stateError(
      'HR/CANDIDATE_NOT_HIRED',
      `candidate ${candidate.id} is at stage ${candidate.stage}, not hired`,
      'ứng viên chưa được tuyển',
      ['stage'],
    );
  return parseEmployee({
    ...details,
    fullName: candidate.fullName,
    birthDate: details.birthDate ?? candidate.birthDate,
    nationalId: details.nationalId ?? candidate.nationalId,
    contact: {
      ...(candidate.email && { email: candidate.email }),
      ...(candidate.phone && { phone: candidate.phone.replace(/[^\d+]/g, '') }),
    },
    hireDate: offer.startDate,
  });
}
