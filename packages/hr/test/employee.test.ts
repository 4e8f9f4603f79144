import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countDependants,
  employmentAsOf,
  findDependantConflicts,
  maskEmail,
  maskNationalId,
  maskPhone,
  parseEmployee,
  parseNationalId,
  recordChange,
  redactEmployee,
  validateNationalId,
} from '../src/index.js';
import { employeeInput } from './fixtures.js';
import { boErrorOf as codeOf } from '../../../scripts/test-support.js';

describe('CCCD (Circular 59/2021/TT-BCA Art. 7)', () => {
  it('reads province, century/gender and birth year', () => {
    expect(parseNationalId('079203001234')).toEqual({
      provinceCode: '079',
      province: 'Thành phố Hồ Chí Minh',
      gender: 'male',
      century: 2000,
      birthYear: 2003,
      serial: '001234',
    });
    expect(parseNationalId('001190012345')).toMatchObject({
      gender: 'female',
      birthYear: 1990,
      province: 'Hà Nội',
    });
  });
  it('rejects 11 and 13 digits, letters, unknown province codes', () => {
    expect(codeOf(() => parseNationalId('0010900123456'))).toEqual({
      code: 'HR/INVALID_NATIONAL_ID',
      path: ['nationalId'],
    });
    expect(codeOf(() => parseNationalId('00109001234'))).toMatchObject({ code: 'HR/INVALID_NATIONAL_ID' });
    expect(codeOf(() => parseNationalId('00109001234A'))).toMatchObject({ code: 'HR/INVALID_NATIONAL_ID' });
    // 003 was never assigned (Hải Phòng is 031), 097+ do not exist
    expect(codeOf(() => parseNationalId('003090012345'))).toMatchObject({ code: 'HR/UNKNOWN_PROVINCE_CODE' });
    expect(codeOf(() => parseNationalId('099090012345'))).toMatchObject({ code: 'HR/UNKNOWN_PROVINCE_CODE' });
  });
  it('checks agreement with birth date and gender', () => {
    expect(codeOf(() => validateNationalId('001090012345', { birthDate: '1991-01-01' }))).toMatchObject({
      code: 'HR/NATIONAL_ID_MISMATCH',
    });
    expect(codeOf(() => validateNationalId('001090012345', { gender: 'female' }))).toMatchObject({
      code: 'HR/NATIONAL_ID_MISMATCH',
    });
    expect(validateNationalId('001090012345', { birthDate: '1990-05-12', gender: 'male' }).birthYear).toBe(
      1990,
    );
  });
  it('property: century digit round-trips for any birth year 1900–2399', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2399 }), fc.boolean(), (year, female) => {
        const g = ((Math.floor(year / 100) - 19) * 2 + (female ? 1 : 0)).toString();
        const id = `079${g}${String(year % 100).padStart(2, '0')}123456`;
        const p = parseNationalId(id);
        return p.birthYear === year && p.gender === (female ? 'female' : 'male');
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});

describe('employee records', () => {
  it('parses a valid employee', () => {
    const e = parseEmployee(employeeInput());
    expect(e.history).toHaveLength(3);
    expect(e.dependants).toHaveLength(2);
  });
  it('names the bad field', () => {
    expect(codeOf(() => parseEmployee(employeeInput({ nationalId: '0010900123456' })))).toEqual({
      code: 'HR/INVALID_EMPLOYEE',
      path: ['nationalId'],
    });
    expect(codeOf(() => parseEmployee(employeeInput({ terminationDate: '2024-01-01' })))).toEqual({
      code: 'HR/INVALID_EMPLOYEE',
      path: ['terminationDate'],
    });
    expect(codeOf(() => parseEmployee(employeeInput({ birthDate: '1990-02-30' })))).toEqual({
      code: 'HR/INVALID_EMPLOYEE',
      path: ['birthDate'],
    });
    expect(codeOf(() => parseEmployee(employeeInput({ birthDate: '1991-05-12' })))).toMatchObject({
      code: 'HR/NATIONAL_ID_MISMATCH',
    });
    const base = employeeInput();
    const swapped = { ...base, history: [base.history[0]!, base.history[2]!, base.history[1]!] };
    expect(codeOf(() => parseEmployee(swapped))).toEqual({
      code: 'HR/INVALID_EMPLOYEE',
      path: ['history', 2, 'effectiveFrom'],
    });
    const late = { ...base, history: [{ ...base.history[0]!, effectiveFrom: '2024-03-02' }] };
    expect(codeOf(() => parseEmployee(late))).toEqual({
      code: 'HR/INVALID_EMPLOYEE',
      path: ['history', 0, 'effectiveFrom'],
    });
    expect(codeOf(() => parseEmployee(employeeInput({ nationality: 'VN', nationalId: undefined })))).toEqual({
      code: 'HR/INVALID_EMPLOYEE',
      path: ['nationalId'],
    });
  });
  it('answers "as of" any date from the history', () => {
    const e = parseEmployee(employeeInput());
    expect(employmentAsOf(e, '2024-02-29' as never)).toBeUndefined();
    expect(employmentAsOf(e, '2024-03-01' as never)).toMatchObject({
      status: 'probation',
      position: 'Accountant',
      grade: 'G3',
    });
    expect(employmentAsOf(e, '2025-12-31' as never)).toMatchObject({
      status: 'active',
      position: 'Accountant',
      grade: 'G3',
    });
    const jan = employmentAsOf(e, '2026-01-01' as never)!;
    expect(jan).toMatchObject({
      status: 'active',
      position: 'Senior accountant',
      grade: 'G4',
      orgUnit: 'Finance',
    });
    expect(jan.workLocation.minimumWageRegion).toBe('I');
    expect(jan.basedOn).toEqual(['2024-03-01', '2024-05-01', '2026-01-01']);
  });
  it('property: as-of agrees with the last change of each field on or before the date', () => {
    const e = parseEmployee(employeeInput());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 }), (offset) => {
        const date = new Date(Date.UTC(2024, 2, 1 + offset)).toISOString().slice(0, 10);
        const snap = employmentAsOf(e, date as never)!;
        const last = [...e.history].reverse().find((h) => h.effectiveFrom <= date && h.grade !== undefined)!;
        return snap.grade === last.grade;
      }),
      { numRuns: 100, seed: 7 },
    );
  });
  it('records changes append-only and ends employment on termination', () => {
    const e = parseEmployee(employeeInput());
    const moved = recordChange(e, {
      effectiveFrom: '2026-07-01',
      workLocation: { code: 'HCM', name: 'HCM branch', minimumWageRegion: 'I' },
    });
    expect(e.history).toHaveLength(3);
    expect(employmentAsOf(moved, '2026-07-01' as never)?.workLocation.code).toBe('HCM');
    expect(codeOf(() => recordChange(e, { effectiveFrom: '2025-01-01', grade: 'G9' }))).toEqual({
      code: 'HR/HISTORY_OUT_OF_ORDER',
      path: ['history', 3, 'effectiveFrom'],
    });
    const left = recordChange(e, {
      effectiveFrom: '2026-09-30',
      status: 'terminated',
      reason: 'resignation',
    });
    expect(left.terminationDate).toBe('2026-09-30');
    expect(employmentAsOf(left, '2026-10-01' as never)).toBeUndefined();
  });
});

describe('dependants', () => {
  it('counts dependants registered for a month', () => {
    const e = parseEmployee(employeeInput());
    expect(countDependants(e, '2024-02')).toBe(0);
    expect(countDependants(e, '2026-01')).toBe(1);
    expect(countDependants(e, '2026-03')).toBe(2);
    expect(countDependants(e, '2026-06')).toBe(2);
    expect(countDependants(e, '2026-07')).toBe(1);
    expect(codeOf(() => countDependants(e, '2026-3'))).toEqual({ code: 'HR/INVALID_MONTH', path: ['month'] });
  });
  it('rejects registration months out of order', () => {
    const bad = employeeInput({
      dependants: [
        { id: 'D', fullName: 'X', relationship: 'child', registeredFrom: '2026-05', registeredTo: '2026-04' },
      ],
    });
    expect(codeOf(() => parseEmployee(bad))).toEqual({
      code: 'HR/INVALID_EMPLOYEE',
      path: ['dependants', 0, 'registeredTo'],
    });
  });
  it('finds a dependant claimed by two employees for overlapping months', () => {
    const child = { id: 'C', fullName: 'Con', relationship: 'child' as const, nationalId: '001220012345' };
    const conflicts = findDependantConflicts([
      { id: 'A', dependants: [{ ...child, registeredFrom: '2026-01' as never }] },
      {
        id: 'B',
        dependants: [{ ...child, registeredFrom: '2026-03' as never, registeredTo: '2026-08' as never }],
      },
      {
        id: 'C',
        dependants: [{ ...child, id: 'x', nationalId: '079220012345', registeredFrom: '2026-01' as never }],
      },
    ]);
    expect(conflicts).toEqual([
      { nationalId: '001220012345', employeeIds: ['A', 'B'], from: '2026-03', to: '2026-08' },
    ]);
  });
});

describe('PII', () => {
  it('masks identifiers', () => {
    expect(maskNationalId('079203001234')).toBe('079******234');
    expect(maskEmail('an.nguyen@example.vn')).toBe('a********@example.vn');
    expect(maskPhone('0912345678')).toBe('091*****78');
  });
  it('redacted export contains no raw identifier', () => {
    const e = parseEmployee(employeeInput());
    const r = redactEmployee(e, { initialsOnly: true });
    const text = JSON.stringify(r);
    for (const secret of [
      '001090012345',
      '8012345678',
      '0112345678',
      '0071000123456',
      'an.nguyen@example.vn',
      '0912345678',
      '1990-05-12',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(r).toMatchObject({
      fullName: 'N.V.A.',
      birthYear: 1990,
      dependantCount: 2,
      bankAccount: { accountNumber: '*********3456' },
    });
  });
});

describe('safe variants', () => {
  it('return a Result instead of throwing', async () => {
    const { safeParseEmployee, safeParseContract } = await import('../src/index.js');
    const bad = safeParseEmployee(employeeInput({ nationalId: '0010900123456' }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect([bad.error.code, bad.error.path]).toEqual(['HR/INVALID_EMPLOYEE', ['nationalId']]);
    expect(safeParseEmployee(employeeInput()).ok).toBe(true);
    expect(safeParseContract({}).ok).toBe(false);
  });
});
