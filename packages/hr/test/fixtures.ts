import type { EmployeeInput } from '../src/index.js';

/** A valid employee used across tests. */
export function employeeInput(overrides: Partial<EmployeeInput> = {}): EmployeeInput {
  return {
    id: 'E001',
    code: 'NV001',
    fullName: 'Nguyễn Văn An',
    birthDate: '1990-05-12',
    gender: 'male',
    nationality: 'VN',
    taxResidency: 'resident',
    nationalId: '001090012345',
    taxCode: '8012345678',
    socialInsuranceNumber: '0112345678',
    bankAccount: {
      bankName: 'Vietcombank',
      bankBin: '970436',
      accountNumber: '0071000123456',
      accountName: 'NGUYEN VAN AN',
    },
    contact: { email: 'an.nguyen@example.vn', phone: '0912345678' },
    hireDate: '2024-03-01',
    history: [
      {
        effectiveFrom: '2024-03-01',
        reason: 'hire',
        orgUnit: 'Finance',
        position: 'Accountant',
        grade: 'G3',
        managerId: 'E000',
        workLocation: { code: 'HN-HQ', name: 'Hà Nội head office', minimumWageRegion: 'I' },
        status: 'probation',
        jobType: 'normal',
      },
      { effectiveFrom: '2024-05-01', status: 'active', reason: 'probation passed' },
      { effectiveFrom: '2026-01-01', position: 'Senior accountant', grade: 'G4', reason: 'promotion' },
    ],
    dependants: [
      {
        id: 'D1',
        fullName: 'Nguyễn Thị Bình',
        relationship: 'child',
        birthDate: '2020-02-01',
        registeredFrom: '2024-03',
      },
      {
        id: 'D2',
        fullName: 'Trần Văn Cường',
        relationship: 'parent',
        registeredFrom: '2026-02',
        registeredTo: '2026-06',
      },
    ],
    ...overrides,
  };
}
