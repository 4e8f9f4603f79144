import { monthOf } from '@bo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absenteeism,
  acceptOffer,
  calibrate,
  type Candidate,
  candidateToEmployee,
  certificatesExpiringBefore,
  enrol,
  findDuplicateCandidates,
  foldName,
  headcountAt,
  issueCertificates,
  moveCandidate,
  normalizePhone,
  type PayrollPeriodSummary,
  parseCandidate,
  parseEmployee,
  recordChange,
  RequisitionSchema,
  requisitionProgress,
  scoreReview,
  screenCandidates,
  summarizeScorecards,
  turnover,
} from '../src/index.js';
import { employeeInput } from './fixtures.js';
import { boErrorOf as errorOf } from '../../../scripts/test-support.js';

const candidate = (id: string, extra: Partial<Candidate> = {}): Candidate =>
  parseCandidate({
    id,
    requisitionId: 'R1',
    fullName: 'Lê Văn Bình',
    appliedOn: '2026-03-05',
    stage: 'applied',
    history: [{ stage: 'applied', on: '2026-03-05' }],
    ...extra,
  });

describe('recruitment', () => {
  it('pipeline allows only listed transitions, in date order', () => {
    const c = moveCandidate(
      moveCandidate(candidate('C1'), 'screening', '2026-03-06'),
      'interview',
      '2026-03-10',
    );
    expect(c.stage).toBe('interview');
    expect(c.history.map((h) => h.stage)).toEqual(['applied', 'screening', 'interview']);
    expect(errorOf(() => moveCandidate(candidate('C1'), 'offer', '2026-03-06'))).toEqual({
      code: 'HR/ILLEGAL_TRANSITION',
      path: ['stage'],
    });
    expect(errorOf(() => moveCandidate(candidate('C1'), 'screening', '2026-03-01'))).toEqual({
      code: 'HR/DATES_OUT_OF_ORDER',
      path: ['on'],
    });
    const rejected = moveCandidate(candidate('C2'), 'rejected', '2026-03-06');
    expect(errorOf(() => moveCandidate(rejected, 'screening', '2026-03-07'))).toMatchObject({
      code: 'HR/ILLEGAL_TRANSITION',
    });
  });
  it('tracks a requisition: openings filled and candidates by stage', () => {
    const req = RequisitionSchema.parse({
      id: 'R1',
      title: 'Kế toán viên',
      orgUnit: 'Finance',
      openings: 2,
      openedOn: '2026-03-01',
      status: 'open',
      salaryMin: '15000000',
      salaryMax: '20000000',
    });
    const list = [
      moveCandidate(
        moveCandidate(
          moveCandidate(moveCandidate(candidate('A'), 'screening', '2026-03-06'), 'interview', '2026-03-07'),
          'offer',
          '2026-03-08',
        ),
        'hired',
        '2026-03-09',
      ),
      moveCandidate(candidate('B'), 'screening', '2026-03-06'),
      moveCandidate(candidate('C'), 'rejected', '2026-03-06'),
      candidate('D'),
    ];
    expect(requisitionProgress(req, list)).toEqual({
      requisitionId: 'R1',
      openings: 2,
      hired: 1,
      remaining: 1,
      active: { screening: 1, applied: 1 },
      status: 'open',
    });
    expect(requisitionProgress({ ...req, openings: 1 }, list).status).toBe('filled');
    expect(RequisitionSchema.safeParse({ ...req, salaryMin: '30000000' }).success).toBe(false);
  });
  it('finds duplicates by id number, e-mail, phone, or folded name + birth date', () => {
    expect(foldName('  Nguyễn  Thị Đào ')).toBe('nguyen thi dao');
    expect(normalizePhone('+84 912-345-678')).toBe('0912345678');
    const list = [
      candidate('C1', { email: 'binh.le@example.vn', phone: '0912345678' }),
      candidate('C2', { email: 'Binh.Le@Example.vn', phone: '+84 912 345 678' }),
      candidate('C3', { fullName: 'LE VAN BINH', birthDate: '1998-01-02' as never }),
      candidate('C4', { fullName: 'Lê Văn Bình', birthDate: '1998-01-02' as never }),
      candidate('C5', { email: 'other@example.vn' }),
    ];
    expect(findDuplicateCandidates(list)).toEqual([
      { a: 'C1', b: 'C2', reasons: ['email', 'phone'] },
      { a: 'C3', b: 'C4', reasons: ['name-and-birth-date'] },
    ]);
  });
  it('screens by weighted criteria with knock-outs and a ranked shortlist', () => {
    const list = [
      candidate('A', { attributes: { years: 5, degree: 'bachelor', english: true } }),
      candidate('B', { attributes: { years: 2, degree: 'bachelor', english: true } }),
      candidate('C', { attributes: { years: 8, degree: 'none', english: true } }),
      candidate('D', {
        attributes: { years: 2, degree: 'master', english: false },
        appliedOn: '2026-03-01' as never,
      }),
    ];
    const result = screenCandidates(
      list,
      [
        { key: 'years', weight: 2, kind: 'scale', min: 0, max: 5 },
        { key: 'degree', weight: 1, kind: 'one-of', values: ['bachelor', 'master'], required: true },
        { key: 'english', weight: 1, kind: 'flag' },
      ],
      2,
    );
    // A: (2×1 + 1 + 1)/4 = 1; B: (2×0.4 + 1 + 1)/4 = 0.7; D: (0.8 + 1 + 0)/4 = 0.45; C knocked out (degree)
    expect(result.map((r) => [r.candidateId, r.rank, r.shortlisted])).toEqual([
      ['A', 1, true],
      ['B', 2, true],
      ['D', 3, false],
      ['C', undefined, false],
    ]);
    expect(result[1]!.score).toBeCloseTo(0.7, 12);
    expect(result[3]!.knockedOutBy).toEqual(['degree']);
    expect(errorOf(() => screenCandidates(list, [], 1))).toMatchObject({ code: 'HR/INVALID_CRITERIA' });
  });
  it('summarizes scorecards; one per interviewer', () => {
    const s = summarizeScorecards([
      { candidateId: 'A', interviewer: 'M1', ratings: { accounting: 4, english: 3 }, recommendation: 'hire' },
      { candidateId: 'A', interviewer: 'M2', ratings: { accounting: 5 }, recommendation: 'strong-hire' },
    ]).get('A')!;
    expect(s.criterionMeans).toEqual({ accounting: 4.5, english: 3 });
    expect(s.overall).toBe(3.75);
    expect(s.recommendations.hire).toBe(1);
    expect(
      errorOf(() =>
        summarizeScorecards([
          { candidateId: 'A', interviewer: 'M1', ratings: { x: 4 }, recommendation: 'hire' },
          { candidateId: 'A', interviewer: 'M1', ratings: { x: 5 }, recommendation: 'hire' },
        ]),
      ),
    ).toEqual({ code: 'HR/DUPLICATE_SCORECARD', path: [1] });
    expect(
      errorOf(() =>
        summarizeScorecards([
          { candidateId: 'A', interviewer: 'M1', ratings: { x: 6 }, recommendation: 'hire' },
        ]),
      ),
    ).toMatchObject({ code: 'HR/INVALID_SCORECARD' });
  });
  it('offer → hired → employee record', () => {
    let c = candidate('C9', {
      email: 'an@example.vn',
      phone: '+84 912 345 678',
      nationalId: '001090012345',
      birthDate: '1990-05-12' as never,
      fullName: 'Nguyễn Văn An',
    });
    for (const [stage, on] of [
      ['screening', '2026-03-06'],
      ['interview', '2026-03-10'],
      ['offer', '2026-03-15'],
    ] as const)
      c = moveCandidate(c, stage, on);
    const offer = {
      candidateId: 'C9',
      position: 'Accountant',
      salary: '18000000',
      startDate: '2026-04-01',
      issuedOn: '2026-03-15',
      expiresOn: '2026-03-22',
    };
    expect(errorOf(() => acceptOffer(c, offer, '2026-03-23'))).toEqual({
      code: 'HR/OFFER_EXPIRED',
      path: ['expiresOn'],
    });
    const hired = acceptOffer(c, offer, '2026-03-20');
    expect(hired.stage).toBe('hired');
    const base = employeeInput();
    const employee = candidateToEmployee(hired, offer, {
      id: 'E100',
      code: 'NV100',
      gender: 'male',
      nationality: 'VN',
      taxResidency: 'resident',
      history: [{ ...base.history[0]!, effectiveFrom: '2026-04-01' }],
    });
    expect(employee).toMatchObject({
      fullName: 'Nguyễn Văn An',
      hireDate: '2026-04-01',
      nationalId: '001090012345',
      contact: { phone: '+84912345678' },
    });
    expect(
      errorOf(() =>
        candidateToEmployee(c, offer, {
          id: 'E',
          code: 'E',
          gender: 'male',
          nationality: 'VN',
          taxResidency: 'resident',
          history: [],
        }),
      ),
    ).toEqual({ code: 'HR/CANDIDATE_NOT_HIRED', path: ['stage'] });
  });
});

describe('performance reviews', () => {
  const cycle = {
    id: '2026H1',
    start: '2026-01-01',
    end: '2026-06-30',
    scale: { min: 1, max: 5 },
    raterWeights: { self: 0.2, manager: 0.6, peer: 0.2 },
    goalWeight: 0.5,
    attainmentCap: 1.2,
  };
  it('combines goals and ratings with the stated formulas', () => {
    const r = scoreReview(
      cycle,
      [
        {
          id: 'g1',
          title: 'Close books by day 5',
          weight: 3,
          target: 5,
          actual: 4,
          direction: 'lower-is-better',
        }, // 5/4 = 1.25 → capped 1.2
        { id: 'g2', title: 'Invoices processed', weight: 1, target: 1000, actual: 800 }, // 0.8
      ],
      [
        { rater: 'E1', relation: 'self', score: 5 },
        { rater: 'M1', relation: 'manager', score: 4 },
        { rater: 'P1', relation: 'peer', score: 3 },
        { rater: 'P2', relation: 'peer', score: 4 },
      ],
    );
    expect(r.goalAttainment).toBeCloseTo((3 * 1.2 + 0.8) / 4, 12); // 1.1
    expect(r.goalScore).toBeCloseTo(1 + (4 * 1.1) / 1.2, 12);
    expect(r.relationMeans).toEqual({ self: 5, manager: 4, peer: 3.5 });
    expect(r.ratingScore).toBeCloseTo(0.2 * 5 + 0.6 * 4 + 0.2 * 3.5, 12); // 4.1
    expect(r.finalScore).toBeCloseTo(0.5 * r.goalScore + 0.5 * 4.1, 12);
  });
  it('renormalises rater weights when a group is missing; rejects bad input', () => {
    const r = scoreReview(
      { ...cycle, goalWeight: 0 },
      [],
      [
        { rater: 'M', relation: 'manager', score: 3 },
        { rater: 'E', relation: 'self', score: 5 },
      ],
    );
    expect(r.ratingScore).toBeCloseTo((0.6 * 3 + 0.2 * 5) / 0.8, 12);
    expect(errorOf(() => scoreReview(cycle, [], [{ rater: 'M', relation: 'manager', score: 6 }]))).toEqual({
      code: 'HR/RATING_OUT_OF_SCALE',
      path: [0, 'score'],
    });
    expect(errorOf(() => scoreReview({ ...cycle, end: '2025-12-31' }, [], []))).toEqual({
      code: 'HR/INVALID_REVIEW_CYCLE',
      path: ['end'],
    });
    expect(
      errorOf(() => scoreReview(cycle, [{ id: 'g', title: 't', weight: 1, target: 0, actual: 1 }], [])),
    ).toEqual({ code: 'HR/INVALID_GOAL', path: [0, 'target'] });
  });
  it('calibrates to a target distribution; ties share a band', () => {
    const bands = [
      { label: 'A', share: 0.1 },
      { label: 'B', share: 0.2 },
      { label: 'C', share: 0.5 },
      { label: 'D', share: 0.2 },
    ];
    const scores = Array.from({ length: 10 }, (_, i) => ({ employeeId: `E${i}`, score: 10 - i }));
    const c = calibrate(scores, bands);
    expect(c.targetCounts).toEqual({ A: 1, B: 2, C: 5, D: 2 });
    expect(c.ratings.map((r) => r.label).join('')).toBe('ABBCCCCCDD');
    const tied = calibrate(
      [...scores.slice(0, 1), { employeeId: 'X', score: 10 }, ...scores.slice(1)],
      bands,
    );
    expect(tied.ratings.slice(0, 2).map((r) => r.label)).toEqual(['A', 'A']);
    expect(errorOf(() => calibrate(scores, [{ label: 'A', share: 0.5 }]))).toEqual({
      code: 'HR/INVALID_DISTRIBUTION',
      path: ['bands'],
    });
  });
  it('property: without ties, actual band counts equal the targets and add up to n', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 60 }),
        (values) => {
          const c = calibrate(
            values.map((v, i) => ({ employeeId: `E${i}`, score: v })),
            [
              { label: 'A', share: 0.15 },
              { label: 'B', share: 0.35 },
              { label: 'C', share: 0.5 },
            ],
          );
          const target = Object.values(c.targetCounts).reduce((a, b) => a + b, 0);
          return (
            target === values.length && JSON.stringify(c.targetCounts) === JSON.stringify(c.actualCounts)
          );
        },
      ),
      { numRuns: 100, seed: 21 },
    );
  });
});

describe('training', () => {
  const course = { id: 'FIRE', title: 'PCCC cơ bản', validityMonths: 24, passScore: 70 };
  const session = {
    id: 'S1',
    courseId: 'FIRE',
    start: '2026-03-05',
    end: '2026-03-06',
    capacity: 2,
  } as never;
  it('enrols up to capacity and certifies those who attended and passed', () => {
    let att = enrol(session, [], 'E1');
    att = enrol(session, att, 'E2');
    expect(errorOf(() => enrol(session, att, 'E3'))).toEqual({
      code: 'HR/SESSION_FULL',
      path: ['sessionId'],
    });
    expect(errorOf(() => enrol(session, att, 'E1'))).toEqual({
      code: 'HR/ALREADY_ENROLLED',
      path: ['employeeId'],
    });
    const done = [
      { sessionId: 'S1', employeeId: 'E1', status: 'attended' as const, score: 85 },
      { sessionId: 'S1', employeeId: 'E2', status: 'attended' as const, score: 60 },
    ];
    expect(issueCertificates(course, session, done)).toEqual([
      { employeeId: 'E1', courseId: 'FIRE', issuedOn: '2026-03-06', expiresOn: '2028-03-05' },
    ]);
  });
  it('lists who needs renewal before a date (latest certificate only)', () => {
    const certs = [
      {
        employeeId: 'E1',
        courseId: 'FIRE',
        issuedOn: '2024-03-01' as never,
        expiresOn: '2026-02-28' as never,
      },
      {
        employeeId: 'E1',
        courseId: 'FIRE',
        issuedOn: '2026-02-20' as never,
        expiresOn: '2028-02-19' as never,
      },
      {
        employeeId: 'E2',
        courseId: 'FIRE',
        issuedOn: '2024-10-15' as never,
        expiresOn: '2026-10-14' as never,
      },
      { employeeId: 'E3', courseId: 'FIRST_AID', issuedOn: '2025-01-01' as never },
    ];
    expect(certificatesExpiringBefore(certs, '2026-12-31').map((c) => c.employeeId)).toEqual(['E2']);
  });
});

describe('HR figures', () => {
  const a = parseEmployee(employeeInput());
  const b = recordChange(parseEmployee(employeeInput({ id: 'E2', code: 'NV2' })), {
    effectiveFrom: '2026-06-15',
    status: 'terminated',
  });
  const c = parseEmployee(
    employeeInput({
      id: 'E3',
      code: 'NV3',
      hireDate: '2026-06-10',
      history: [{ ...employeeInput().history[0]!, effectiveFrom: '2026-06-10', orgUnit: 'Sales' }],
    }),
  );
  it('headcount at a date, by org unit', () => {
    expect(headcountAt([a, b, c], '2026-06-01' as never)).toBe(2);
    expect(headcountAt([a, b, c], '2026-06-30' as never, 'orgUnit')).toEqual({ Finance: 1, Sales: 1 });
  });
  it('turnover = leavers / average headcount', () => {
    const t = turnover([a, b, c], monthOf('2026-06'));
    expect(t).toMatchObject({ headcountStart: 2, headcountEnd: 2, hires: 1, leavers: 1 });
    expect(t.turnoverRate.toString()).toBe('0.5');
  });
  it('absenteeism = (absences + sick days) / working days', () => {
    const s = {
      absentDays: 1,
      leaveDaysByType: { SICK: 2, ANNUAL: 3 },
      scheduledDays: 22,
      publicHolidayDays: 2,
    } as unknown as PayrollPeriodSummary;
    const r = absenteeism([s, s]);
    expect(r).toMatchObject({ absenceDays: 6, workingDays: 40 });
    expect(r.rate.toString()).toBe('0.15');
  });
});
