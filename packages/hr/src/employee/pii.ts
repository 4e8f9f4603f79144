import type { Employee } from './employee.js';

/**
 * Masks all but the last `visible` characters: for display and logs.
 * @example maskTail('079203001234') // '********1234'
 */
export function maskTail(value: string, visible = 4, mask = '*'): string {
  if (value.length <= visible) return mask.repeat(value.length);
  return mask.repeat(value.length - visible) + value.slice(-visible);
}

/**
 * Masks a CCCD keeping the province code and the last 3 digits: `079******234`.
 * @example maskNationalId('079203001234') // '079******234'
 */
export function maskNationalId(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 6) + value.slice(-3);
}

/**
 * Masks an e-mail address: first letter of the local part and the domain stay.
 * @example maskEmail('an.nguyen@example.vn') // 'a********@example.vn'
 */
export function maskEmail(value: string): string {
  const at = value.indexOf('@');
  if (at <= 0) return maskTail(value, 0);
  return value[0] + '*'.repeat(at - 1) + value.slice(at);
}

/**
 * Masks a phone number keeping the first 3 and last 2 digits.
 * @example maskPhone('0912345678') // '091*****78'
 */
export function maskPhone(value: string): string {
  if (value.length < 6) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 5) + value.slice(-2);
}

/** An employee with personal data masked or removed: safe for logs, exports and analytics. */
export interface RedactedEmployee {
  readonly id: string;
  readonly code: string;
  readonly fullName: string;
  readonly birthYear: number;
  readonly gender: 'male' | 'female';
  readonly nationality: string;
  readonly taxResidency: 'resident' | 'non-resident';
  readonly nationalId?: string;
  readonly passportNumber?: string;
  readonly taxCode?: string;
  readonly socialInsuranceNumber?: string;
  readonly bankAccount?: { readonly bankName: string; readonly accountNumber: string };
  readonly contact: { readonly email?: string; readonly phone?: string };
  readonly hireDate: string;
  readonly terminationDate?: string;
  readonly dependantCount: number;
}

/** Options of {@link redactEmployee}. */
export interface RedactOptions {
  /** Replace the name by its initials (default false). */
  readonly initialsOnly?: boolean;
}

/**
 * A redacted export of an employee (Decree 13/2023/NĐ-CP on personal data protection): identifiers
 * masked, birth date reduced to the year, address and dependants' details dropped (only their count kept).
 * @example redactEmployee(employee).nationalId // '079******234'
 */
export function redactEmployee(employee: Employee, options: RedactOptions = {}): RedactedEmployee {
  const name = options.initialsOnly
    ? employee.fullName
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => `${w[0]}.`)
        .join('')
    : employee.fullName;
  return {
    id: employee.id,
    code: employee.code,
    fullName: name,
    birthYear: Number(employee.birthDate.slice(0, 4)),
    gender: employee.gender,
    nationality: employee.nationality,
    taxResidency: employee.taxResidency,
    ...(employee.nationalId !== undefined && { nationalId: maskNationalId(employee.nationalId) }),
    ...(employee.passportNumber !== undefined && { passportNumber: maskTail(employee.passportNumber, 3) }),
    ...(employee.taxCode !== undefined && { taxCode: maskTail(employee.taxCode, 3) }),
    ...(employee.socialInsuranceNumber !== undefined && {
      socialInsuranceNumber: maskTail(employee.socialInsuranceNumber, 3),
    }),
    ...(employee.bankAccount !== undefined && {
      bankAccount: {
        bankName: employee.bankAccount.bankName,
        accountNumber: maskTail(employee.bankAccount.accountNumber),
      },
    }),
    contact: {
      ...(employee.contact.email !== undefined && { email: maskEmail(employee.contact.email) }),
      ...(employee.contact.phone !== undefined && { phone: maskPhone(employee.contact.phone) }),
    },
    hireDate: employee.hireDate,
    ...(employee.terminationDate !== undefined && { terminationDate: employee.terminationDate }),
    dependantCount: employee.dependants.length,
  };
}
