// Generates the fictional company's data files once, from a fixed seed. The files are committed; the
// demo reads them and never generates anything at run time. Re-run only to change the company:
//   npx tsx examples/company-month/data/generate.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
let seed = 20260901;
function random(): number {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const round1000 = (n: number): string => String(Math.round(n / 100_000) * 100_000);

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE_M = ['Văn', 'Minh', 'Đức', 'Hữu', 'Quang', 'Thanh', 'Xuân', 'Công'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Kim', 'Hồng'];
const GIVEN_M = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hùng',
  'Khánh',
  'Long',
  'Minh',
  'Nam',
  'Phong',
  'Quân',
  'Sơn',
  'Tuấn',
  'Trung',
  'Thắng',
  'Việt',
  'Huy',
];
const GIVEN_F = [
  'Hà',
  'Hạnh',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Phương',
  'Tâm',
  'Thảo',
  'Trang',
  'Vân',
  'Yến',
  'Ngân',
  'Quỳnh',
];
const BANKS = [
  { bankName: 'Vietcombank', bankBin: '970436' },
  { bankName: 'VietinBank', bankBin: '970415' },
  { bankName: 'BIDV', bankBin: '970418' },
  { bankName: 'Techcombank', bankBin: '970407' },
  { bankName: 'MB Bank', bankBin: '970422' },
];

/** Plants and offices; the minimum-wage region of each is an assumption of this fictional data set. */
const LOCATIONS = {
  HN: { code: 'HN-HQ', name: 'Trụ sở Hà Nội', province: 'Hà Nội', minimumWageRegion: 'I' },
  BN: { code: 'BN-F1', name: 'Nhà máy Bắc Ninh', province: 'Bắc Ninh', minimumWageRegion: 'II' },
  TB: { code: 'TB-F2', name: 'Nhà máy Thái Bình', province: 'Thái Bình', minimumWageRegion: 'III' },
  HG: { code: 'HG-W1', name: 'Kho Hà Giang', province: 'Hà Giang', minimumWageRegion: 'IV' },
} as const;
const PROVINCE_CODE: Record<keyof typeof LOCATIONS, string> = { HN: '001', BN: '027', TB: '034', HG: '002' };

interface Role {
  dept: string;
  costCentre: string;
  position: string;
  grade: string;
  count: number;
  salary: [number, number];
  loc: (keyof typeof LOCATIONS)[];
  schedule: 'office' | 'factory-day' | 'factory-night';
  jobLevel: 'enterprise-manager' | 'college-or-above' | 'intermediate' | 'other';
  jobType?: 'normal' | 'heavy';
}
const ROLES: Role[] = [
  {
    dept: 'BGĐ',
    costCentre: 'ADMIN',
    position: 'Giám đốc',
    grade: 'M1',
    count: 1,
    salary: [65e6, 65e6],
    loc: ['HN'],
    schedule: 'office',
    jobLevel: 'enterprise-manager',
  },
  {
    dept: 'BGĐ',
    costCentre: 'ADMIN',
    position: 'Phó giám đốc',
    grade: 'M2',
    count: 2,
    salary: [42e6, 48e6],
    loc: ['HN'],
    schedule: 'office',
    jobLevel: 'enterprise-manager',
  },
  {
    dept: 'HCNS',
    costCentre: 'ADMIN',
    position: 'Chuyên viên nhân sự',
    grade: 'G3',
    count: 6,
    salary: [11e6, 17e6],
    loc: ['HN'],
    schedule: 'office',
    jobLevel: 'college-or-above',
  },
  {
    dept: 'KT',
    costCentre: 'ADMIN',
    position: 'Kế toán viên',
    grade: 'G3',
    count: 6,
    salary: [12e6, 20e6],
    loc: ['HN'],
    schedule: 'office',
    jobLevel: 'college-or-above',
  },
  {
    dept: 'KD',
    costCentre: 'SALES',
    position: 'Nhân viên kinh doanh',
    grade: 'G3',
    count: 12,
    salary: [10e6, 22e6],
    loc: ['HN'],
    schedule: 'office',
    jobLevel: 'college-or-above',
  },
  {
    dept: 'KV',
    costCentre: 'SALES',
    position: 'Thủ kho',
    grade: 'G2',
    count: 5,
    salary: [7e6, 9.5e6],
    loc: ['HG', 'BN'],
    schedule: 'factory-day',
    jobLevel: 'intermediate',
  },
  {
    dept: 'KV',
    costCentre: 'SALES',
    position: 'Nhân viên kho',
    grade: 'G1',
    count: 10,
    salary: [5.2e6, 7.5e6],
    loc: ['HG'],
    schedule: 'factory-day',
    jobLevel: 'other',
    jobType: 'heavy',
  },
  {
    dept: 'SX',
    costCentre: 'FACTORY',
    position: 'Quản đốc',
    grade: 'G4',
    count: 3,
    salary: [18e6, 24e6],
    loc: ['BN', 'TB'],
    schedule: 'factory-day',
    jobLevel: 'college-or-above',
  },
  {
    dept: 'SX',
    costCentre: 'PRODUCTION',
    position: 'Công nhân tiện CNC',
    grade: 'G2',
    count: 36,
    salary: [7.5e6, 12e6],
    loc: ['BN'],
    schedule: 'factory-day',
    jobLevel: 'intermediate',
    jobType: 'heavy',
  },
  {
    dept: 'SX',
    costCentre: 'PRODUCTION',
    position: 'Công nhân ca đêm',
    grade: 'G2',
    count: 16,
    salary: [8e6, 11e6],
    loc: ['BN'],
    schedule: 'factory-night',
    jobLevel: 'intermediate',
    jobType: 'heavy',
  },
  {
    dept: 'SX',
    costCentre: 'PRODUCTION',
    position: 'Công nhân lắp ráp',
    grade: 'G1',
    count: 35,
    salary: [4.9e6, 8e6],
    loc: ['TB'],
    schedule: 'factory-day',
    jobLevel: 'other',
  },
  {
    dept: 'QC',
    costCentre: 'FACTORY',
    position: 'Kiểm tra chất lượng',
    grade: 'G2',
    count: 10,
    salary: [8.5e6, 13e6],
    loc: ['BN', 'TB'],
    schedule: 'factory-day',
    jobLevel: 'college-or-above',
  },
  {
    dept: 'KTH',
    costCentre: 'FACTORY',
    position: 'Kỹ sư bảo trì',
    grade: 'G3',
    count: 5,
    salary: [14e6, 22e6],
    loc: ['BN'],
    schedule: 'factory-day',
    jobLevel: 'college-or-above',
  },
];

const employees: unknown[] = [];
const contracts: unknown[] = [];
const attendance: unknown[] = [];
let n = 0;

for (const role of ROLES) {
  for (let k = 0; k < role.count; k++) {
    n++;
    const id = `E${pad(n, 3)}`;
    const gender = random() < (role.dept === 'SX' ? 0.45 : 0.55) ? 'female' : 'male';
    const loc = pick(role.loc);
    const birthYear = int(1972, 2004);
    const birthDate = `${birthYear}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;
    const fullName = `${pick(FAMILY)} ${gender === 'female' ? pick(MIDDLE_F) : pick(MIDDLE_M)} ${gender === 'female' ? pick(GIVEN_F) : pick(GIVEN_M)}`;
    const centuryGender = (birthYear >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
    const nationalId = `${PROVINCE_CODE[loc]}${centuryGender}${pad(birthYear % 100, 2)}${pad(int(0, 999999), 6)}`;
    const hireYear = int(2012, 2025);
    const hireDate = `${hireYear}-${pad(int(1, 12), 2)}-01`;
    const bank = pick(BANKS);
    const dependants = Array.from({ length: random() < 0.45 ? int(1, 3) : 0 }, (_, i) => ({
      id: `${id}-D${i + 1}`,
      fullName: `${fullName.split(' ')[0]} ${pick([...MIDDLE_M, ...MIDDLE_F])} ${pick([...GIVEN_M, ...GIVEN_F])}`,
      relationship: i === 0 && random() < 0.3 ? 'parent' : 'child',
      registeredFrom: `${int(Math.max(hireYear, 2019), 2026)}-${pad(int(1, 8), 2)}`,
    }));
    employees.push({
      id,
      code: `NV${pad(n, 3)}`,
      fullName,
      birthDate,
      gender,
      nationality: 'VN',
      taxResidency: 'resident',
      nationalId,
      taxCode: nationalId,
      socialInsuranceNumber: `${PROVINCE_CODE[loc].slice(1)}${pad(int(0, 99999999), 8)}`,
      bankAccount: {
        ...bank,
        accountNumber: `${int(1000, 9999)}${pad(int(0, 99999999), 8)}`,
        accountName: fullName
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/đ/g, 'd')
          .replace(/Đ/g, 'D')
          .toUpperCase(),
      },
      hireDate,
      history: [
        {
          effectiveFrom: hireDate,
          reason: 'hire',
          orgUnit: role.dept,
          position: role.position,
          grade: role.grade,
          managerId: n === 1 ? null : 'E001',
          workLocation: LOCATIONS[loc],
          status: 'active',
          jobType: role.jobType ?? 'normal',
        },
      ],
      dependants,
    });
    const salary = round1000(role.salary[0] + random() * (role.salary[1] - role.salary[0]));
    const indefinite = hireYear <= 2022 || random() < 0.3;
    // The contract in force: an indefinite one re-signed under the Labour Code 2019 (from 2021) for long-serving staff.
    const start = indefinite
      ? hireYear >= 2021
        ? hireDate
        : `${int(2021, 2024)}-01-01`
      : ([`2025-${pad(int(1, 12), 2)}-01`, hireDate].sort()[1] as string);
    const allowances = [
      { code: 'LUNCH', name: 'Phụ cấp ăn trưa', amount: '730000', effectiveFrom: start },
      ...(role.grade.startsWith('M') || role.grade === 'G4'
        ? [
            {
              code: 'RESP',
              name: 'Phụ cấp trách nhiệm',
              amount: role.grade === 'M1' ? '5000000' : '2000000',
              effectiveFrom: start,
            },
          ]
        : []),
      ...(role.dept === 'KD'
        ? [{ code: 'PHONE', name: 'Phụ cấp điện thoại', amount: '300000', effectiveFrom: start }]
        : []),
      ...(role.costCentre === 'PRODUCTION'
        ? [{ code: 'TOXIC', name: 'Phụ cấp độc hại', amount: '500000', effectiveFrom: start }]
        : []),
    ];
    contracts.push({
      id: `C${pad(n, 3)}`,
      employeeId: id,
      number: `${pad(n, 3)}/${start.slice(0, 4)}/HĐLĐ-SH`,
      type: indefinite ? 'indefinite' : 'definite',
      signedOn: start,
      startDate: start,
      ...(indefinite ? {} : { endDate: `${Number(start.slice(0, 4)) + 2}-${start.slice(5, 7)}-01` }),
      position: role.position,
      jobLevel: role.jobLevel,
      salary: [{ effectiveFrom: start, amount: salary }],
      allowances,
    });
    attendance.push({ employeeId: id, schedule: role.schedule, absences: [], overtime: [], leave: [] });
  }
}

// ---- The month's special cases (September 2026) ------------------------------------------------------
type Mutable = Record<string, unknown>;
const byId = (xs: unknown[], id: string) =>
  xs.find((x) => (x as Mutable).employeeId === id || (x as Mutable).id === id) as Mutable;

function addPerson(p: {
  id: string;
  fullName: string;
  gender: 'male' | 'female';
  birthDate: string;
  nationality: string;
  taxResidency: 'resident' | 'non-resident';
  nationalId?: string;
  passportNumber?: string;
  hireDate: string;
  terminationDate?: string;
  dept: string;
  costCentre: string;
  position: string;
  grade: string;
  loc: keyof typeof LOCATIONS;
  status: 'active' | 'probation';
  contract: Mutable;
  schedule: 'office' | 'factory-day' | 'factory-night';
}): void {
  const bank = pick(BANKS);
  employees.push({
    id: p.id,
    code: `NV${p.id.slice(1)}`,
    fullName: p.fullName,
    birthDate: p.birthDate,
    gender: p.gender,
    nationality: p.nationality,
    taxResidency: p.taxResidency,
    ...(p.nationalId ? { nationalId: p.nationalId, taxCode: p.nationalId } : {}),
    ...(p.passportNumber ? { passportNumber: p.passportNumber } : {}),
    bankAccount: {
      ...bank,
      accountNumber: `${int(1000, 9999)}${pad(int(0, 99999999), 8)}`,
      accountName: p.fullName
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .toUpperCase(),
    },
    hireDate: p.hireDate,
    ...(p.terminationDate ? { terminationDate: p.terminationDate } : {}),
    history: [
      {
        effectiveFrom: p.hireDate,
        reason: 'hire',
        orgUnit: p.dept,
        position: p.position,
        grade: p.grade,
        managerId: 'E001',
        workLocation: LOCATIONS[p.loc],
        status: p.status,
        jobType: 'normal',
      },
    ],
    dependants: [],
  });
  contracts.push({ employeeId: p.id, ...p.contract });
  attendance.push({ employeeId: p.id, schedule: p.schedule, absences: [], overtime: [], leave: [] });
}

// A joiner on Monday 14 September, on probation at 85 % (Labour Code Art. 25–26).
addPerson({
  id: 'E148',
  fullName: 'Đinh Thị Thu Trang',
  gender: 'female',
  birthDate: '1998-03-12',
  nationality: 'VN',
  taxResidency: 'resident',
  nationalId: '001198012345',
  hireDate: '2026-09-14',
  dept: 'KT',
  costCentre: 'ADMIN',
  position: 'Kế toán viên',
  grade: 'G3',
  loc: 'HN',
  status: 'probation',
  schedule: 'office',
  contract: {
    id: 'C148',
    number: '148/2026/HĐLĐ-SH',
    type: 'definite',
    signedOn: '2026-09-10',
    startDate: '2026-09-14',
    endDate: '2027-09-13',
    position: 'Kế toán viên',
    jobLevel: 'college-or-above',
    probation: { startDate: '2026-09-14', endDate: '2026-11-12', payPercent: 85 },
    salary: [{ effectiveFrom: '2026-09-14', amount: '16000000' }],
    allowances: [{ code: 'LUNCH', name: 'Phụ cấp ăn trưa', amount: '730000', effectiveFrom: '2026-09-14' }],
  },
});
// A leaver whose last day is Friday 18 September (resigned with 30 days' notice, Art. 35(1)(b)).
addPerson({
  id: 'E149',
  fullName: 'Lương Văn Khoa',
  gender: 'male',
  birthDate: '1990-11-02',
  nationality: 'VN',
  taxResidency: 'resident',
  nationalId: '027090054321',
  hireDate: '2024-09-02',
  terminationDate: '2026-09-18',
  dept: 'SX',
  costCentre: 'PRODUCTION',
  position: 'Công nhân tiện CNC',
  grade: 'G2',
  loc: 'BN',
  status: 'active',
  schedule: 'factory-day',
  contract: {
    id: 'C149',
    number: '149/2024/HĐLĐ-SH',
    type: 'definite',
    signedOn: '2024-09-02',
    startDate: '2024-09-02',
    endDate: '2027-09-01',
    position: 'Công nhân tiện CNC',
    jobLevel: 'intermediate',
    salary: [{ effectiveFrom: '2024-09-02', amount: '9800000' }],
    allowances: [{ code: 'LUNCH', name: 'Phụ cấp ăn trưa', amount: '730000', effectiveFrom: '2024-09-02' }],
    termination: { date: '2026-09-18', clause: 3, initiatedBy: 'employee', noticeGivenOn: '2026-08-17' },
  },
});
// A Japanese process engineer: tax resident, two-year contract, so compulsory social insurance applies
// (Decree 143/2018/ND-CP) but not unemployment insurance.
addPerson({
  id: 'E150',
  fullName: 'Tanaka Hiroshi',
  gender: 'male',
  birthDate: '1980-06-15',
  nationality: 'JP',
  taxResidency: 'resident',
  passportNumber: 'TR1234567',
  hireDate: '2025-04-01',
  dept: 'KTH',
  costCentre: 'FACTORY',
  position: 'Chuyên gia quy trình',
  grade: 'M3',
  loc: 'BN',
  status: 'active',
  schedule: 'office',
  contract: {
    id: 'C150',
    number: '150/2025/HĐLĐ-SH',
    type: 'definite',
    signedOn: '2025-03-20',
    startDate: '2025-04-01',
    endDate: '2027-03-31',
    position: 'Chuyên gia quy trình',
    jobLevel: 'college-or-above',
    successiveRuleExemption: 'foreign-worker',
    salary: [{ effectiveFrom: '2025-04-01', amount: '85000000' }],
    allowances: [{ code: 'HOUSING', name: 'Phụ cấp nhà ở', amount: '12000000', effectiveFrom: '2025-04-01' }],
  },
});
// A Korean commissioning specialist on a three-month assignment: non-resident (flat 20 % PIT), no
// compulsory insurance for a contract under 12 months.
addPerson({
  id: 'E151',
  fullName: 'Kim Min-jun',
  gender: 'male',
  birthDate: '1985-01-20',
  nationality: 'KR',
  taxResidency: 'non-resident',
  passportNumber: 'M12345678',
  hireDate: '2026-08-01',
  dept: 'KTH',
  costCentre: 'FACTORY',
  position: 'Chuyên gia lắp đặt',
  grade: 'M3',
  loc: 'TB',
  status: 'active',
  schedule: 'office',
  contract: {
    id: 'C151',
    number: '151/2026/HĐLĐ-SH',
    type: 'definite',
    signedOn: '2026-07-25',
    startDate: '2026-08-01',
    endDate: '2026-10-31',
    position: 'Chuyên gia lắp đặt',
    jobLevel: 'college-or-above',
    successiveRuleExemption: 'foreign-worker',
    salary: [{ effectiveFrom: '2026-08-01', amount: '60000000' }],
    allowances: [],
  },
});
// Probationers hired in August for the new line (probation up to 60 days for college level, Art. 25(2)).
for (const [id, name, g, nid] of [
  ['E152', 'Phạm Minh Đức', 'male', '034201006789'],
  ['E153', 'Trịnh Thị Hồng Nhung', 'female', '034303007890'],
] as const) {
  addPerson({
    id,
    fullName: name,
    gender: g,
    birthDate: nid.startsWith('0342') ? '2001-05-05' : '2003-07-07',
    nationality: 'VN',
    taxResidency: 'resident',
    nationalId: nid,
    hireDate: '2026-08-10',
    dept: 'QC',
    costCentre: 'FACTORY',
    position: 'Kỹ thuật viên QC',
    grade: 'G2',
    loc: 'TB',
    status: 'probation',
    schedule: 'factory-day',
    contract: {
      id: `C${id.slice(1)}`,
      number: `${id.slice(1)}/2026/HĐLĐ-SH`,
      type: 'definite',
      signedOn: '2026-08-05',
      startDate: '2026-08-10',
      endDate: '2027-08-09',
      position: 'Kỹ thuật viên QC',
      jobLevel: 'college-or-above',
      probation: { startDate: '2026-08-10', endDate: '2026-10-08', payPercent: 85 },
      salary: [{ effectiveFrom: '2026-08-10', amount: '9000000' }],
      allowances: [{ code: 'LUNCH', name: 'Phụ cấp ăn trưa', amount: '730000', effectiveFrom: '2026-08-10' }],
    },
  });
}

// A retroactive raise: signed on 10 September, effective 1 July — July and August are paid as arrears.
const raised = byId(contracts, 'E020');
raised.amendments = [
  {
    number: 'PL01/2026',
    signedOn: '2026-09-10',
    effectiveFrom: '2026-07-01',
    salary: String(Number((raised.salary as { amount: string }[])[0]?.amount) + 2_000_000),
  },
];

// Attendance exceptions for September 2026 (Tue 1 and Wed 2 September are the National Day holidays).
const att = (id: string) =>
  byId(attendance, id) as { overtime: unknown[]; absences: unknown[]; leave: unknown[] };
const weekdays = [
  '2026-09-03',
  '2026-09-04',
  '2026-09-07',
  '2026-09-08',
  '2026-09-09',
  '2026-09-10',
  '2026-09-11',
  '2026-09-14',
  '2026-09-15',
  '2026-09-16',
  '2026-09-17',
  '2026-09-18',
  '2026-09-21',
  '2026-09-22',
  '2026-09-23',
  '2026-09-24',
  '2026-09-25',
  '2026-09-28',
  '2026-09-29',
  '2026-09-30',
];
const sundays = ['2026-09-06', '2026-09-13', '2026-09-20', '2026-09-27'];
const production = (attendance as { employeeId: string; schedule: string }[]).filter(
  (a) =>
    a.schedule === 'factory-day' &&
    Number(a.employeeId.slice(1)) >= 40 &&
    Number(a.employeeId.slice(1)) <= 110,
);
for (const a of production) {
  const rec = att(a.employeeId);
  // Weekday overtime after the day shift (16:30–19:30), a few evenings each.
  for (const d of weekdays) if (random() < 0.18) rec.overtime.push({ date: d, start: '16:30', end: '19:30' });
  // Weekly rest day (Sunday) overtime for about a third of them.
  if (random() < 0.35) rec.overtime.push({ date: pick(sundays), start: '07:30', end: '11:30' });
  // A few absences and leave of several kinds.
  const r = random();
  if (r < 0.06) rec.leave.push({ date: pick(weekdays), type: 'ANNUAL' });
  else if (r < 0.09) rec.absences.push({ date: pick(weekdays), kind: 'sick' });
  else if (r < 0.11) rec.absences.push({ date: pick(weekdays), kind: 'unpaid' });
}
// Maintenance engineers work on National Day (holiday overtime, 300 % + holiday pay) and one evening past 22:00.
for (const id of ['E143', 'E144', 'E145']) {
  att(id).overtime.push({ date: '2026-09-02', start: '07:30', end: '16:30' });
  att(id).overtime.push({ date: '2026-09-16', start: '16:30', end: '23:30' });
}
// Night-shift workers: rest-day night overtime on Sunday 13 September.
for (const id of ['E085', 'E086', 'E087', 'E088'])
  att(id).overtime.push({ date: '2026-09-13', start: '22:00', end: '02:00' });
// One CNC operator went over the monthly cap (40 h, Resolution 17/2022/UBTVQH15 allows up to 60 h in some cases): reported, not cut.
att('E050').overtime.length = 0;
for (const d of weekdays.slice(0, 14)) att('E050').overtime.push({ date: d, start: '16:30', end: '19:30' });
// A wedding (3 days' paid personal leave, Art. 115(1)(a)) and a bereavement.
for (const d of ['2026-09-21', '2026-09-22', '2026-09-23'])
  att('E030').leave.push({ date: d, type: 'MARRIAGE' });
att('E031').leave.push({ date: '2026-09-24', type: 'BEREAVEMENT' });
for (const d of ['2026-09-28', '2026-09-29', '2026-09-30'])
  att('E031').absences.push({ date: d, kind: 'unpaid' });

// ---- Sales history, the month's business, fixed assets and a production line's measurements -------------
function normal(mean: number, sd: number): number {
  const u = 1 - random();
  const v = random();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
const PRODUCTS = [
  {
    code: 'P01',
    name: 'Bánh răng côn',
    unit: 'cái',
    price: 420_000,
    cost: 270_000,
    base: 900,
    season: [1.3, 0.6, 0.9, 1.0, 1.0, 0.9, 0.9, 1.0, 1.1, 1.1, 1.2, 1.3],
  },
  {
    code: 'P02',
    name: 'Trục truyền động Ø25',
    unit: 'cái',
    price: 650_000,
    cost: 410_000,
    base: 700,
    season: [1.2, 0.5, 0.9, 1.1, 1.1, 1.0, 1.0, 1.0, 1.0, 1.1, 1.1, 1.2],
  },
  {
    code: 'P03',
    name: 'Bu lông cường độ cao M20',
    unit: 'hộp',
    price: 380_000,
    cost: 240_000,
    base: 1200,
    season: [0.8, 0.5, 1.1, 1.3, 1.4, 1.3, 1.0, 0.9, 0.9, 1.0, 1.0, 0.8],
  },
  {
    code: 'P04',
    name: 'Vòng bi 6205',
    unit: 'cái',
    price: 95_000,
    cost: 68_000,
    base: 3000,
    season: [1.0, 0.7, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2],
  },
  {
    code: 'P05',
    name: 'Khớp nối mềm',
    unit: 'bộ',
    price: 560_000,
    cost: 350_000,
    base: 300,
    season: [0.9, 0.6, 1.0, 1.1, 1.2, 1.2, 1.1, 1.0, 1.0, 1.0, 0.9, 0.9],
  },
  {
    code: 'P06',
    name: 'Puly gang',
    unit: 'cái',
    price: 310_000,
    cost: 190_000,
    base: 500,
    season: [1.4, 0.7, 0.8, 0.9, 0.9, 0.9, 0.9, 1.0, 1.0, 1.1, 1.2, 1.4],
  },
];
const history: unknown[] = [];
for (let m = 0; m < 36; m++) {
  const year = 2023 + Math.floor((8 + m) / 12);
  const month = ((8 + m) % 12) + 1;
  for (const p of PRODUCTS) {
    const qty = Math.max(
      0,
      Math.round(p.base * (1 + 0.012 * m) * (p.season[month - 1] as number) * normal(1, 0.05)),
    );
    history.push({
      month: `${year}-${pad(month, 2)}`,
      product: p.code,
      quantity: qty,
      revenue: String(qty * p.price),
    });
  }
}
const CUSTOMERS = [
  'Công ty CP Máy nông nghiệp Miền Bắc',
  'Công ty TNHH Thiết bị Công nghiệp Hải Phòng',
  'Công ty CP Cơ điện Đông Anh',
  'Công ty TNHH Ô tô Việt Trung',
  'Công ty CP Xây lắp Thăng Long',
];
const sales: unknown[] = [];
for (let i = 0; i < 24; i++) {
  const day = weekdays[i % weekdays.length] as string;
  const lines = PRODUCTS.filter(() => random() < 0.45).map((p) => ({
    product: p.code,
    quantity: int(20, 160),
    unitPrice: String(p.price),
    unitCost: String(p.cost),
  }));
  if (lines.length === 0) continue;
  sales.push({
    invoice: `HD${pad(1001 + i, 6)}`,
    date: day,
    customer: pick(CUSTOMERS),
    vatRate: '0.10',
    lines,
    paidOnDate: random() < 0.5 ? day : undefined,
  });
}
const SUPPLIERS = [
  'Công ty CP Thép Hòa Phát',
  'Công ty TNHH Dầu nhớt Petrolimex',
  'Công ty CP Điện lực Bắc Ninh',
];
const purchases = [
  {
    invoice: 'MV0007731',
    date: '2026-09-04',
    supplier: SUPPLIERS[0],
    kind: 'materials',
    amount: '486000000',
    vatRate: '0.10',
  },
  {
    invoice: 'MV0007902',
    date: '2026-09-15',
    supplier: SUPPLIERS[0],
    kind: 'materials',
    amount: '312500000',
    vatRate: '0.10',
  },
  {
    invoice: 'DN0091234',
    date: '2026-09-10',
    supplier: SUPPLIERS[1],
    kind: 'supplies',
    amount: '18400000',
    vatRate: '0.10',
  },
  {
    invoice: 'EVN882211',
    date: '2026-09-25',
    supplier: SUPPLIERS[2],
    kind: 'utilities',
    amount: '96750000',
    vatRate: '0.08',
  },
];
const assets = [
  {
    code: 'TS001',
    name: 'Máy tiện CNC Mazak QT-200',
    account: '2112',
    costCentre: 'PRODUCTION',
    cost: '1850000000',
    inService: '2024-01-01',
    lifeMonths: 96,
    method: 'straight-line',
  },
  {
    code: 'TS002',
    name: 'Máy tiện CNC Mazak QT-200 (2)',
    account: '2112',
    costCentre: 'PRODUCTION',
    cost: '1850000000',
    inService: '2024-06-01',
    lifeMonths: 96,
    method: 'straight-line',
  },
  {
    code: 'TS003',
    name: 'Máy phay đứng Haas VF-2',
    account: '2112',
    costCentre: 'PRODUCTION',
    cost: '2430000000',
    inService: '2025-03-01',
    lifeMonths: 120,
    method: 'declining-balance',
  },
  {
    code: 'TS004',
    name: 'Xe nâng Toyota 2.5 tấn',
    account: '2113',
    costCentre: 'SALES',
    cost: '620000000',
    inService: '2023-07-01',
    lifeMonths: 72,
    method: 'straight-line',
  },
  {
    code: 'TS005',
    name: 'Nhà xưởng Bắc Ninh',
    account: '2111',
    costCentre: 'FACTORY',
    cost: '9600000000',
    inService: '2020-01-01',
    lifeMonths: 300,
    method: 'straight-line',
  },
  {
    code: 'TS006',
    name: 'Máy đo tọa độ CMM',
    account: '2112',
    costCentre: 'FACTORY',
    cost: '780000000',
    inService: '2025-09-01',
    lifeMonths: 60,
    method: 'straight-line',
  },
];
const measurements: unknown[] = [];
const productionDays = [...weekdays, '2026-09-05', '2026-09-12', '2026-09-19', '2026-09-26'].sort();
productionDays.forEach((date, i) => {
  const shift = i >= productionDays.length - 7 ? 0.012 : 0; // a worn tool drifts the diameter late in the month
  measurements.push({
    date,
    line: 'BN-CNC-01',
    characteristic: 'shaft-diameter',
    unit: 'mm',
    values: Array.from({ length: 5 }, () => Number(normal(25.001 + shift, 0.006).toFixed(4))),
  });
});
writeFileSync(
  join(dir, 'products.json'),
  `${JSON.stringify(
    PRODUCTS.map(({ season: _s, base: _b, ...p }) => ({
      ...p,
      price: String(p.price),
      cost: String(p.cost),
    })),
    null,
    1,
  )}\n`,
);
writeFileSync(join(dir, 'sales-history.json'), `${JSON.stringify(history, null, 0)}\n`);
writeFileSync(join(dir, 'sales.json'), `${JSON.stringify(sales, null, 1)}\n`);
writeFileSync(join(dir, 'purchases.json'), `${JSON.stringify(purchases, null, 1)}\n`);
writeFileSync(join(dir, 'fixed-assets.json'), `${JSON.stringify(assets, null, 1)}\n`);
writeFileSync(join(dir, 'measurements.json'), `${JSON.stringify(measurements, null, 1)}\n`);

writeFileSync(join(dir, 'employees.json'), `${JSON.stringify(employees, null, 1)}\n`);
writeFileSync(join(dir, 'contracts.json'), `${JSON.stringify(contracts, null, 1)}\n`);
writeFileSync(join(dir, 'attendance.json'), `${JSON.stringify(attendance, null, 1)}\n`);
console.log(`${employees.length} employees, ${contracts.length} contracts`);
