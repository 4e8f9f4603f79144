import { z } from 'zod';
import { invalid } from '../internal/fail.js';

/**
 * Province codes (mã tỉnh nơi đăng ký khai sinh) that open a 12-digit personal identification number
 * (số định danh cá nhân / CCCD), by Circular 59/2021/TT-BCA Art. 7 (same table as Circular
 * 07/2016/TT-BCA). Numbers are lifelong, so the 63-province codes stay valid after the 2025 merger.
 * @example CCCD_PROVINCE_CODES['079'] // 'Thành phố Hồ Chí Minh'
 */
export const CCCD_PROVINCE_CODES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu',
  '079': 'Thành phố Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
};

/** What the 12 digits of a CCCD say. */
export interface NationalIdParts {
  readonly provinceCode: string;
  readonly province: string;
  readonly gender: 'male' | 'female';
  /** First year of the birth century (1900, 2000, …). */
  readonly century: number;
  /** Year of birth. */
  readonly birthYear: number;
  /** The 6 random digits. */
  readonly serial: string;
}

/**
 * Reads a 12-digit CCCD: province of birth registration (3 digits), century-and-gender digit
 * (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 2300s), two digits of the
 * birth year, six random digits (Circular 59/2021/TT-BCA Art. 7).
 * @throws BoValidationError `HR/INVALID_NATIONAL_ID` (not 12 digits) or `HR/UNKNOWN_PROVINCE_CODE`
 * @example parseNationalId('079203001234') // { province: 'Thành phố Hồ Chí Minh', gender: 'male', birthYear: 2003, … }
 */
export function parseNationalId(value: string, path: (string | number)[] = ['nationalId']): NationalIdParts {
  if (typeof value !== 'string' || !/^\d{12}$/.test(value)) {
    invalid(
      'HR/INVALID_NATIONAL_ID',
      'a CCCD (personal identification number) has exactly 12 digits',
      'số CCCD/định danh cá nhân phải gồm đúng 12 chữ số',
      path,
      {
        length: typeof value === 'string' ? value.length : null,
      },
    );
  }
  const provinceCode = value.slice(0, 3);
  const province = CCCD_PROVINCE_CODES[provinceCode];
  if (province === undefined) {
    invalid(
      'HR/UNKNOWN_PROVINCE_CODE',
      `CCCD province code ${provinceCode} is not in the table of Circular 59/2021/TT-BCA`,
      `mã tỉnh ${provinceCode} của số CCCD không tồn tại`,
      path,
      { provinceCode },
    );
  }
  const g = Number(value[3]);
  const century = 1900 + Math.floor(g / 2) * 100;
  return {
    provinceCode,
    province,
    gender: g % 2 === 0 ? 'male' : 'female',
    century,
    birthYear: century + Number(value.slice(4, 6)),
    serial: value.slice(6),
  };
}

/**
 * Validates a CCCD and, when given, that it agrees with the holder's birth date and gender.
 * @throws BoValidationError `HR/INVALID_NATIONAL_ID`, `HR/UNKNOWN_PROVINCE_CODE`, `HR/NATIONAL_ID_MISMATCH`
 * @example validateNationalId('001199012345', { birthDate: '1990-05-01', gender: 'female' })
 */
export function validateNationalId(
  value: string,
  holder: { readonly birthDate?: string; readonly gender?: 'male' | 'female' } = {},
  path: (string | number)[] = ['nationalId'],
): NationalIdParts {
  const parts = parseNationalId(value, path);
  if (holder.birthDate !== undefined && Number(holder.birthDate.slice(0, 4)) !== parts.birthYear) {
    invalid(
      'HR/NATIONAL_ID_MISMATCH',
      `CCCD encodes birth year ${parts.birthYear}, but the birth date is ${holder.birthDate}`,
      `số CCCD mã hóa năm sinh ${parts.birthYear}, khác ngày sinh ${holder.birthDate}`,
      path,
      {
        encodedBirthYear: parts.birthYear,
      },
    );
  }
  if (holder.gender !== undefined && holder.gender !== parts.gender) {
    invalid(
      'HR/NATIONAL_ID_MISMATCH',
      `CCCD encodes gender ${parts.gender}, but the record says ${holder.gender}`,
      `số CCCD mã hóa giới tính khác hồ sơ`,
      path,
      { encodedGender: parts.gender },
    );
  }
  return parts;
}

/**
 * zod schema of a 12-digit CCCD with a known province code.
 * @example NationalIdSchema.parse('079203001234')
 */
export const NationalIdSchema = z
  .string()
  .regex(/^\d{12}$/, 'a CCCD has exactly 12 digits')
  .refine((v) => CCCD_PROVINCE_CODES[v.slice(0, 3)] !== undefined, {
    message: 'unknown CCCD province code (Circular 59/2021/TT-BCA)',
  });

/**
 * Personal tax code (mã số thuế cá nhân): 10 digits, or the 12-digit personal identification number, which
 * serves as the tax code for individuals from 1 Jul 2025 (Circular 86/2024/TT-BTC). Format only: no check
 * digit is verified.
 * @example TaxCodeSchema.parse('8012345678')
 */
export const TaxCodeSchema = z
  .string()
  .regex(/^(\d{10}|\d{12})$/, 'a personal tax code has 10 digits (or is the 12-digit CCCD)');

/**
 * Social insurance number (mã số BHXH): 10 digits, or the 12-digit personal identification number.
 * @example SocialInsuranceNumberSchema.parse('7912345678')
 */
export const SocialInsuranceNumberSchema = z
  .string()
  .regex(/^(\d{10}|\d{12})$/, 'a social insurance number has 10 digits (or is the 12-digit CCCD)');
