import type { CalendarDate, LegalReference } from '@bo/core';
import { z } from 'zod';
import { CalendarDateSchema } from '../internal/schemas.js';

/**
 * A day swap announced by the government (hoán đổi ngày làm việc): `off` becomes a day off, and, when
 * known, `workInstead` (usually a Saturday) becomes a working day. Binding on the public sector; private
 * employers may follow it, so calendars apply swaps only when asked.
 */
export interface DaySwap {
  readonly off: CalendarDate;
  readonly workInstead?: CalendarDate;
  readonly reference: LegalReference;
}

/**
 * What the Prime Minister fixed for one year (Labour Code 2019 Art. 112(3)): the Tết days, the day
 * adjacent to National Day, and public-sector day swaps. Any field left out falls back to the default
 * arrangement.
 */
export interface HolidayArrangement {
  readonly year: number;
  /** The statutory Tết days (5 under Art. 112(1)(b)), in order. */
  readonly tet?: readonly CalendarDate[];
  /** The day(s) adjacent to 2 September. */
  readonly nationalDayAdjacent?: readonly CalendarDate[];
  /** Public-sector swaps. */
  readonly swaps?: readonly DaySwap[];
  readonly reference: LegalReference;
}

/**
 * zod schema of a {@link HolidayArrangement}.
 * @example HolidayArrangementSchema.parse({ year: 2027, tet: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'], reference: { document: 'PM decision 2027' } })
 */
export const HolidayArrangementSchema = z.object({
  year: z.number().int().min(1900).max(2199),
  tet: z.array(CalendarDateSchema).optional(),
  nationalDayAdjacent: z.array(CalendarDateSchema).optional(),
  swaps: z
    .array(
      z.object({
        off: CalendarDateSchema,
        workInstead: CalendarDateSchema.optional(),
        reference: z.object({ document: z.string() }).passthrough(),
      }),
    )
    .optional(),
  reference: z.object({ document: z.string() }).passthrough(),
});

/**
 * Announced arrangements, as data users can extend. 2026: Tết off 14–22 Feb 2026 for civil servants
 * (statutory days 16–20 Feb, 27 Chạp Ất Tỵ to mùng 6 with weekends); National Day 29 Aug – 2 Sep (statutory
 * 1–2 Sep, Monday 31 Aug swapped; the make-up Saturday is not recorded here).
 * @example VN_HOLIDAY_ARRANGEMENTS.find((a) => a.year === 2026)?.tet?.[0] // '2026-02-16'
 */
export const VN_HOLIDAY_ARRANGEMENTS: readonly HolidayArrangement[] = [
  {
    year: 2026,
    tet: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'] as CalendarDate[],
    nationalDayAdjacent: ['2026-09-01'] as CalendarDate[],
    swaps: [
      {
        off: '2026-08-31' as CalendarDate,
        reference: {
          document:
            'Ministry of Home Affairs proposal approved by the Prime Minister (2026 Tết and National Day schedule)',
          url: 'https://baomoi.net.vn/tag/T%E1%BA%BFt-%C3%82m-l%E1%BB%8Bch-2026.epi',
          note: 'Secondary (press): "9 ngày Tết, 5 ngày lễ 2-9"; make-up working day not found.',
        },
      },
    ],
    reference: {
      document:
        'Prime Minister decision on 2026 Tết and National Day days off (via Ministry of Home Affairs)',
      url: 'http://www.congan.com.vn/?catid=702&id=388656&mod=detnews',
      note: 'Secondary (press): civil servants off Sat 14/2/2026 (27 Chạp) to Sun 22/2/2026 (mùng 6), 9 days.',
    },
  },
];
