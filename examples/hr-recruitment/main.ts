// @bo/hr recruitment, reviews and training: screen candidates, hire one, review and calibrate a team,
// and list expiring certificates. Run: npx tsx examples/hr-recruitment/main.ts
import { monthOf } from '@bo/core';
import {
  acceptOffer,
  calibrate,
  candidateToEmployee,
  certificatesExpiringBefore,
  findDuplicateCandidates,
  issueCertificates,
  moveCandidate,
  parseCandidate,
  scoreReview,
  screenCandidates,
  summarizeScorecards,
  turnover,
} from '@bo/hr';

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`example check failed: ${what}`);
}

// 1. Candidates for requisition R-ACC-01 (two records are the same person).
const raw = [
  {
    id: 'C1',
    fullName: 'Phạm Quốc Huy',
    email: 'huy.pham@example.vn',
    phone: '0903111222',
    attributes: { years: 4, degree: 'bachelor', english: true },
  },
  {
    id: 'C2',
    fullName: 'Đỗ Thu Hà',
    email: 'ha.do@example.vn',
    attributes: { years: 6, degree: 'master', english: true },
  },
  { id: 'C3', fullName: 'Vũ Minh Tâm', attributes: { years: 9, degree: 'college', english: false } },
  {
    id: 'C4',
    fullName: 'Pham Quoc Huy',
    phone: '+84 903 111 222',
    attributes: { years: 4, degree: 'bachelor', english: true },
  },
  { id: 'C5', fullName: 'Bùi Thanh Lan', attributes: { years: 1, degree: 'bachelor', english: false } },
];
const candidates = raw.map((c) =>
  parseCandidate({
    ...c,
    requisitionId: 'R-ACC-01',
    appliedOn: '2026-03-02',
    stage: 'applied',
    history: [{ stage: 'applied', on: '2026-03-02' }],
  }),
);
const duplicates = findDuplicateCandidates(candidates);
console.log('Duplicates:', duplicates.map((d) => `${d.a}~${d.b} (${d.reasons.join(', ')})`).join('; '));
check(duplicates.length === 1 && duplicates[0]?.a === 'C1' && duplicates[0]?.b === 'C4', 'C4 duplicates C1');

// 2. Weighted screening: experience 0–5 years (×2), a degree is required, English (×1).
const unique = candidates.filter((c) => c.id !== 'C4');
const screened = screenCandidates(
  unique,
  [
    { key: 'years', weight: 2, kind: 'scale', min: 0, max: 5 },
    { key: 'degree', weight: 1, kind: 'one-of', values: ['bachelor', 'master'], required: true },
    { key: 'english', weight: 1, kind: 'flag' },
  ],
  2,
);
for (const r of screened)
  console.log(
    `  ${r.candidateId}: score ${r.score.toFixed(3)} rank ${r.rank ?? '—'}${r.shortlisted ? ' ✔ shortlisted' : ''}${r.knockedOutBy.length ? ` (knocked out: ${r.knockedOutBy})` : ''}`,
  );
check(screened[0]?.candidateId === 'C2' && screened[1]?.candidateId === 'C1', 'C2 then C1');

// 3. Interviews, offer, hire → employee record.
let ha = unique.find((c) => c.id === 'C2')!;
ha = moveCandidate(moveCandidate(ha, 'screening', '2026-03-04'), 'interview', '2026-03-09');
const cards = summarizeScorecards([
  {
    candidateId: 'C2',
    interviewer: 'E007',
    ratings: { accounting: 5, tax: 4, english: 4 },
    recommendation: 'strong-hire',
  },
  { candidateId: 'C2', interviewer: 'E011', ratings: { accounting: 4, tax: 4 }, recommendation: 'hire' },
]);
console.log(
  `Interview means for C2: ${JSON.stringify(cards.get('C2')?.criterionMeans)} → overall ${cards.get('C2')?.overall.toFixed(2)}`,
);
ha = moveCandidate(ha, 'offer', '2026-03-12');
const offer = {
  candidateId: 'C2',
  position: 'Kế toán trưởng',
  salary: '32000000',
  startDate: '2026-04-01',
  issuedOn: '2026-03-12',
  expiresOn: '2026-03-19',
};
ha = acceptOffer(ha, offer, '2026-03-16');
const employee = candidateToEmployee(ha, offer, {
  id: 'E120',
  code: 'NV120',
  birthDate: '1990-07-01',
  gender: 'female',
  nationality: 'VN',
  taxResidency: 'resident',
  nationalId: '001190007777',
  history: [
    {
      effectiveFrom: '2026-04-01',
      orgUnit: 'Kế toán',
      position: 'Kế toán trưởng',
      grade: 'G6',
      managerId: null,
      workLocation: { code: 'HN-HQ', name: 'Hà Nội', minimumWageRegion: 'I' },
      status: 'probation',
      jobType: 'normal',
    },
  ],
});
console.log(`Hired ${employee.fullName} (${employee.code}) from ${employee.hireDate}`);
check(
  employee.hireDate === '2026-04-01' && employee.contact.email === 'ha.do@example.vn',
  'employee from candidate',
);

// 4. Half-year review: goals (50 %) and self/manager/peer ratings (50 %), then calibration 20/60/20.
const cycle = {
  id: '2026H1',
  start: '2026-01-01',
  end: '2026-06-30',
  scale: { min: 1, max: 5 },
  raterWeights: { self: 0.2, manager: 0.6, peer: 0.2 },
  goalWeight: 0.5,
};
const team = [
  { id: 'E101', sales: 1.3, self: 5, manager: 5, peer: 4 },
  { id: 'E102', sales: 1.0, self: 4, manager: 4, peer: 4 },
  { id: 'E103', sales: 0.9, self: 4, manager: 3, peer: 3 },
  { id: 'E104', sales: 0.7, self: 4, manager: 2, peer: 3 },
  { id: 'E105', sales: 1.05, self: 3, manager: 4, peer: 4 },
];
const scores = team.map((t) => ({
  employeeId: t.id,
  score: scoreReview(
    cycle,
    [{ id: 'sales', title: 'Doanh số', weight: 1, target: 100, actual: 100 * t.sales }],
    [
      { rater: t.id, relation: 'self', score: t.self },
      { rater: 'M1', relation: 'manager', score: t.manager },
      { rater: 'P', relation: 'peer', score: t.peer },
    ],
  ).finalScore,
}));
const calibrated = calibrate(scores, [
  { label: 'Xuất sắc', share: 0.2 },
  { label: 'Đạt', share: 0.6 },
  { label: 'Cần cải thiện', share: 0.2 },
]);
for (const r of calibrated.ratings) console.log(`  ${r.employeeId}: ${r.score.toFixed(3)} → ${r.label}`);
check(
  calibrated.ratings[0]?.employeeId === 'E101' && calibrated.ratings[4]?.employeeId === 'E104',
  'calibration order',
);

// 5. Training: fire-safety certificates valid 24 months; who needs renewal before year end?
const course = { id: 'PCCC', title: 'Phòng cháy chữa cháy', validityMonths: 24, passScore: 70 };
const session = {
  id: 'S-2024-11',
  courseId: 'PCCC',
  start: '2024-11-20' as never,
  end: '2024-11-21' as never,
  capacity: 30,
};
const certs = issueCertificates(course, session, [
  { sessionId: 'S-2024-11', employeeId: 'E101', status: 'attended', score: 90 },
  { sessionId: 'S-2024-11', employeeId: 'E102', status: 'attended', score: 65 },
  { sessionId: 'S-2024-11', employeeId: 'E103', status: 'absent' },
]);
const due = certificatesExpiringBefore(certs, '2026-12-31');
console.log('Renewal due before 2026-12-31:', due.map((c) => `${c.employeeId} (${c.expiresOn})`).join(', '));
check(due.length === 1 && due[0]?.expiresOn === '2026-11-20', 'E101 expires 2026-11-20');

// 6. Figures for analytics.
const t = turnover([employee], monthOf('2026-04'));
console.log(`April 2026: hires ${t.hires}, leavers ${t.leavers}, turnover ${t.turnoverRate.toString()}`);
check(t.hires === 1, 'one hire');
console.log('All checks passed.');
