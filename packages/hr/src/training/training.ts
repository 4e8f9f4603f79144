import { addDays, addMonths, type CalendarDate } from '@bo/core';
import { z } from 'zod';
import { invalid, stateError } from '../internal/fail.js';
import { CalendarDateSchema } from '../internal/schemas.js';

/**
 * A training course; `validityMonths` is how long its certificate stays valid (none: no expiry), and
 * `passScore` the minimum assessment score, if any.
 * @example CourseSchema.parse({ id: 'FIRE', title: 'PCCC cơ bản', validityMonths: 24 })
 */
export const CourseSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  validityMonths: z.number().int().positive().optional(),
  passScore: z.number().min(0).optional(),
});
/** A course. */
export type Course = z.output<typeof CourseSchema>;

/**
 * A session of a course, with capacity.
 * @example TrainingSessionSchema.parse({ id: 'S1', courseId: 'FIRE', start: '2026-03-05', end: '2026-03-06', capacity: 20 })
 */
export const TrainingSessionSchema = z
  .object({
    id: z.string().min(1),
    courseId: z.string().min(1),
    start: CalendarDateSchema,
    end: CalendarDateSchema,
    capacity: z.number().int().positive(),
  })
  .refine((s) => s.end >= s.start, { message: 'session ends before it starts', path: ['end'] });
/** A session. */
export type TrainingSession = z.output<typeof TrainingSessionSchema>;

/** Attendance of one employee at a session. */
export interface Attendance {
  readonly sessionId: string;
  readonly employeeId: string;
  readonly status: 'enrolled' | 'attended' | 'absent' | 'excused';
  readonly score?: number;
}

/** A certificate of a course, issued on the last day of the session. */
export interface Certificate {
  readonly employeeId: string;
  readonly courseId: string;
  readonly issuedOn: CalendarDate;
  /** Last day of validity; undefined when the course certificate does not expire. */
  readonly expiresOn?: CalendarDate;
}

/**
 * Enrols an employee in a session, returning the new attendance list.
 * @throws BoStateError `HR/SESSION_FULL`, `HR/ALREADY_ENROLLED`
 * @example enrol(session, attendance, 'E1')
 */
export function enrol(
  session: TrainingSession,
  attendance: readonly Attendance[],
  employeeId: string,
): Attendance[] {
  const mine = attendance.filter((a) => a.sessionId === session.id);
  if (mine.some((a) => a.employeeId === employeeId))
    stateError(
      'HR/ALREADY_ENROLLED',
      `${employeeId} is already enrolled in ${session.id}`,
      'nhân viên đã đăng ký khóa này',
      ['employeeId'],
    );
  if (mine.length >= session.capacity)
    stateError(
      'HR/SESSION_FULL',
      `session ${session.id} is full (${session.capacity})`,
      'lớp học đã đủ chỗ',
      ['sessionId'],
      { capacity: session.capacity },
    );
  return [...attendance, { sessionId: session.id, employeeId, status: 'enrolled' }];
}

/**
 * Certificates for those who attended a session (and reached the pass score, when the course has one),
 * valid for the course's `validityMonths` from the session's last day.
 * @throws BoValidationError `HR/INVALID_TRAINING` when the session is not of the course
 * @example issueCertificates(course, session, attendance) // [{ employeeId: 'E1', courseId: 'FIRE', issuedOn: '2026-03-06', expiresOn: '2028-03-05' }]
 */
export function issueCertificates(
  course: Course,
  session: TrainingSession,
  attendance: readonly Attendance[],
): Certificate[] {
  if (session.courseId !== course.id)
    invalid(
      'HR/INVALID_TRAINING',
      `session ${session.id} is not a session of ${course.id}`,
      'lớp học không thuộc khóa học này',
      ['session', 'courseId'],
    );
  return attendance
    .filter(
      (a) =>
        a.sessionId === session.id &&
        a.status === 'attended' &&
        (course.passScore === undefined || (a.score ?? Number.NEGATIVE_INFINITY) >= course.passScore),
    )
    .map((a) => ({
      employeeId: a.employeeId,
      courseId: course.id,
      issuedOn: session.end,
      ...(course.validityMonths !== undefined && {
        expiresOn: addDays(addMonths(session.end, course.validityMonths), -1),
      }),
    }));
}

/**
 * Who needs renewal: for each employee and course, the latest certificate, when it expires before `date`.
 * @example certificatesExpiringBefore(certs, '2026-12-31') // [{ employeeId: 'E3', courseId: 'FIRE', expiresOn: '2026-10-14', … }]
 */
export function certificatesExpiringBefore(
  certificates: readonly Certificate[],
  date: string,
): Certificate[] {
  const latest = new Map<string, Certificate>();
  for (const c of certificates) {
    const key = `${c.employeeId}|${c.courseId}`;
    const cur = latest.get(key);
    if (!cur || c.issuedOn > cur.issuedOn) latest.set(key, c);
  }
  return [...latest.values()]
    .filter((c) => c.expiresOn !== undefined && c.expiresOn < date)
    .sort((a, b) =>
      a.expiresOn! < b.expiresOn!
        ? -1
        : a.expiresOn! > b.expiresOn!
          ? 1
          : a.employeeId < b.employeeId
            ? -1
            : 1,
    );
}
