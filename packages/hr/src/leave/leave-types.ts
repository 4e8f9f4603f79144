import { z } from 'zod';

/**
 * A kind of leave and who pays for it:
 * - `employer`: paid by the employer (annual leave, paid personal leave — Labour Code 2019 Art. 113, 115(1));
 * - `unpaid`: not paid (Art. 115(2)–(3));
 * - `social-insurance`: paid by the social-insurance fund, not by the employer (sickness, maternity —
 *   Social Insurance Law 41/2024/QH15).
 * `usesBalance` leave is charged to a balance ledger; `countsWorkingDaysOnly` leave skips rest days and
 * public holidays when counting days (maternity leave counts calendar days instead).
 * @example LeaveTypeSchema.parse({ code: 'STUDY', name: 'Nghỉ học tập', pay: 'unpaid' })
 */
export const LeaveTypeSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  pay: z.enum(['employer', 'unpaid', 'social-insurance']),
  usesBalance: z.boolean().default(false),
  countsWorkingDaysOnly: z.boolean().default(true),
  /** Maximum days per event or request, when the law caps it (personal leave). */
  maxDaysPerRequest: z.number().positive().optional(),
});
/** A leave type. */
export type LeaveType = z.output<typeof LeaveTypeSchema>;

/**
 * Default leave types. Annual leave uses a balance; personal leave follows Labour Code 2019 Art. 115
 * (marriage 3 paid days, child's marriage 1, bereavement 3; 1 unpaid day for a grandparent's or sibling's
 * death or a parent's or sibling's marriage); unpaid leave by agreement (Art. 115(3)); sick and maternity
 * leave are paid by social insurance.
 * @example DEFAULT_LEAVE_TYPES.find((t) => t.code === 'SICK')?.pay // 'social-insurance'
 */
export const DEFAULT_LEAVE_TYPES: readonly LeaveType[] = [
  {
    code: 'ANNUAL',
    name: 'Nghỉ hằng năm (annual leave)',
    pay: 'employer',
    usesBalance: true,
    countsWorkingDaysOnly: true,
  },
  {
    code: 'MARRIAGE',
    name: 'Nghỉ kết hôn (own marriage)',
    pay: 'employer',
    usesBalance: false,
    countsWorkingDaysOnly: true,
    maxDaysPerRequest: 3,
  },
  {
    code: 'CHILD_MARRIAGE',
    name: 'Con kết hôn (child’s marriage)',
    pay: 'employer',
    usesBalance: false,
    countsWorkingDaysOnly: true,
    maxDaysPerRequest: 1,
  },
  {
    code: 'BEREAVEMENT',
    name: 'Nghỉ tang (death of parent, spouse or child)',
    pay: 'employer',
    usesBalance: false,
    countsWorkingDaysOnly: true,
    maxDaysPerRequest: 3,
  },
  {
    code: 'PERSONAL_UNPAID',
    name: 'Nghỉ việc riêng không lương (Art. 115(2))',
    pay: 'unpaid',
    usesBalance: false,
    countsWorkingDaysOnly: true,
    maxDaysPerRequest: 1,
  },
  {
    code: 'UNPAID',
    name: 'Nghỉ không hưởng lương (Art. 115(3))',
    pay: 'unpaid',
    usesBalance: false,
    countsWorkingDaysOnly: true,
  },
  {
    code: 'SICK',
    name: 'Nghỉ ốm đau (sickness, social insurance)',
    pay: 'social-insurance',
    usesBalance: false,
    countsWorkingDaysOnly: true,
  },
  {
    code: 'MATERNITY',
    name: 'Nghỉ thai sản (maternity, social insurance)',
    pay: 'social-insurance',
    usesBalance: false,
    countsWorkingDaysOnly: false,
  },
];

/**
 * Leave types by code, for lookups.
 * @example leaveTypeMap(DEFAULT_LEAVE_TYPES).get('ANNUAL')?.usesBalance // true
 */
export function leaveTypeMap(
  types: readonly LeaveType[] = DEFAULT_LEAVE_TYPES,
): ReadonlyMap<string, LeaveType> {
  return new Map(types.map((t) => [t.code, t]));
}
