import type { AccountRole } from '../accounts/account-role.js';
import type { JournalEntryInput } from '../journal/journal-entry-input.js';
import type { DepreciationSchedule } from './depreciation-schedule.js';

/**
 * Turns a schedule into journal entries (Dr expense 627/641/642 detail, Cr accumulated
 * depreciation 214x), one per period with a non-zero charge, tagged with the asset as a dimension.
 * @example depreciationEntries(schedule, { assetId: 'TS001', expense: { role: 'depreciationExpenseAdmin' }, accumulated: { role: 'accumulatedDepreciationTangible' } })
 */
export function depreciationEntries(
  schedule: DepreciationSchedule,
  options: {
    readonly assetId: string;
    readonly expense: { readonly role: AccountRole } | { readonly account: string };
    readonly accumulated: { readonly role: AccountRole } | { readonly account: string };
    readonly department?: string;
  },
): JournalEntryInput[] {
  return schedule.periods
    .filter((p) => !p.amount.amount.isZero())
    .map((p) => ({
      id: `DEP-${options.assetId}-${p.index}`,
      postingDate: p.periodEnd,
      description: `Khấu hao TSCĐ ${options.assetId} kỳ ${p.index} / Depreciation of ${options.assetId}, period ${p.index}`,
      postings: [
        {
          ...options.expense,
          debit: p.amount,
          dimensions: {
            asset: options.assetId,
            ...(options.department === undefined ? {} : { department: options.department }),
          },
        },
        { ...options.accumulated, credit: p.amount, dimensions: { asset: options.assetId } },
      ],
    }));
}
