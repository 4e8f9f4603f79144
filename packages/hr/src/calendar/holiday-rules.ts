import { defineParameter, type Parameter } from '@bo/core';
import { z } from 'zod';
import { LABOUR_CODE_2012, LABOUR_CODE_2019, RESOLUTION_28_2026 } from '../legal/references.js';

/**
 * One statutory public holiday (ngày nghỉ lễ, tết):
 * - `solar`: a fixed Gregorian day;
 * - `lunar`: a fixed lunar day (Giỗ Tổ Hùng Vương 10/3);
 * - `lunar-new-year`: Tết Âm lịch, `days` days whose exact dates the Prime Minister sets each year
 *   (Labour Code 2019 Art. 112(3)); by default the last day of the lunar year and the next `days − 1` days;
 * - `adjacent`: `days` extra day(s) next to a solar day (2/9 + one day before or after, also set by the
 *   Prime Minister); by default the day before.
 */
export type HolidayRule =
  | {
      readonly kind: 'solar';
      readonly id: string;
      readonly name: string;
      readonly month: number;
      readonly day: number;
    }
  | {
      readonly kind: 'lunar';
      readonly id: string;
      readonly name: string;
      readonly month: number;
      readonly day: number;
    }
  | { readonly kind: 'lunar-new-year'; readonly id: string; readonly name: string; readonly days: number }
  | {
      readonly kind: 'adjacent';
      readonly id: string;
      readonly name: string;
      readonly month: number;
      readonly day: number;
      readonly days: number;
    };

/**
 * zod schema of a {@link HolidayRule}.
 * @example HolidayRuleSchema.parse({ kind: 'solar', id: 'company-day', name: 'Founding day', month: 6, day: 1 })
 */
export const HolidayRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('solar'),
    id: z.string().min(1),
    name: z.string().min(1),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  }),
  z.object({
    kind: z.literal('lunar'),
    id: z.string().min(1),
    name: z.string().min(1),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(30),
  }),
  z.object({
    kind: z.literal('lunar-new-year'),
    id: z.string().min(1),
    name: z.string().min(1),
    days: z.number().int().min(1).max(10),
  }),
  z.object({
    kind: z.literal('adjacent'),
    id: z.string().min(1),
    name: z.string().min(1),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    days: z.number().int().min(1).max(3),
  }),
]);

const NEW_YEAR: HolidayRule = {
  kind: 'solar',
  id: 'new-year',
  name: 'Tết Dương lịch (New Year)',
  month: 1,
  day: 1,
};
const TET: HolidayRule = { kind: 'lunar-new-year', id: 'tet', name: 'Tết Âm lịch (Lunar New Year)', days: 5 };
const HUNG_KINGS: HolidayRule = {
  kind: 'lunar',
  id: 'hung-kings',
  name: 'Giỗ Tổ Hùng Vương (Hùng Kings Commemoration)',
  month: 3,
  day: 10,
};
const REUNIFICATION: HolidayRule = {
  kind: 'solar',
  id: 'reunification',
  name: 'Ngày Chiến thắng (Reunification Day)',
  month: 4,
  day: 30,
};
const LABOUR_DAY: HolidayRule = {
  kind: 'solar',
  id: 'labour-day',
  name: 'Ngày Quốc tế lao động (Labour Day)',
  month: 5,
  day: 1,
};
const NATIONAL_DAY: HolidayRule = {
  kind: 'solar',
  id: 'national-day',
  name: 'Quốc khánh (National Day)',
  month: 9,
  day: 2,
};
const NATIONAL_DAY_ADJACENT: HolidayRule = {
  kind: 'adjacent',
  id: 'national-day-adjacent',
  name: 'Quốc khánh — ngày liền kề (day adjacent to National Day)',
  month: 9,
  day: 2,
  days: 1,
};
const CULTURE_DAY: HolidayRule = {
  kind: 'solar',
  id: 'culture-day',
  name: 'Ngày Văn hóa Việt Nam (Vietnamese Culture Day)',
  month: 11,
  day: 24,
};

/**
 * The statutory public-holiday list, dated: 10 days under the Labour Code 2012 (Art. 115, from
 * 1 May 2013), 11 days under the Labour Code 2019 (Art. 112(1), from 1 Jan 2021: a day adjacent to
 * 2 September added), 12 days from 1 Jul 2026 (24 November, Vietnamese Culture Day, Resolution
 * 28/2026/QH16). A holiday applies on a date when it is in the list in force on that date.
 * @example valueAt(VN_PUBLIC_HOLIDAYS, '2026-11-24').map((h) => h.id) // [..., 'culture-day']
 */
export const VN_PUBLIC_HOLIDAYS: Parameter<readonly HolidayRule[]> = defineParameter(
  {
    id: 'vn.labour.publicHolidays',
    description: 'Ngày nghỉ lễ, tết hưởng nguyên lương — paid public holidays',
    unit: 'rules',
    values: [
      {
        from: '2013-05-01',
        value: [NEW_YEAR, TET, HUNG_KINGS, REUNIFICATION, LABOUR_DAY, NATIONAL_DAY],
        reference: { ...LABOUR_CODE_2012, article: 'Art. 115(1)' },
      },
      {
        from: '2021-01-01',
        value: [NEW_YEAR, TET, HUNG_KINGS, REUNIFICATION, LABOUR_DAY, NATIONAL_DAY, NATIONAL_DAY_ADJACENT],
        reference: { ...LABOUR_CODE_2019, article: 'Art. 112(1)' },
      },
      {
        from: '2026-07-01',
        value: [
          NEW_YEAR,
          TET,
          HUNG_KINGS,
          REUNIFICATION,
          LABOUR_DAY,
          NATIONAL_DAY,
          NATIONAL_DAY_ADJACENT,
          CULTURE_DAY,
        ],
        reference: {
          ...RESOLUTION_28_2026,
          article: 'Labour Code 2019 Art. 112(1) + Resolution 28/2026/QH16',
        },
      },
    ],
  },
  z.array(HolidayRuleSchema),
);
