import type { AccountDefinition, AccountType, NormalSide } from '../account-definition.js';

/** A compact chart row: code, Vietnamese name, English name, optional overrides. @internal */
export type ChartRow = readonly [
  code: string,
  nameVi: string,
  nameEn: string,
  overrides?: { readonly normalSide?: NormalSide; readonly type?: AccountType; readonly note?: string },
];

const TYPE_BY_CLASS: Readonly<Record<string, AccountType>> = {
  '0': 'offBalance',
  '1': 'asset',
  '2': 'asset',
  '3': 'liability',
  '4': 'equity',
  '5': 'revenue',
  '6': 'expense',
  '7': 'revenue',
  '8': 'expense',
  '9': 'incomeSummary',
};

/**
 * Expands compact rows into account definitions: the type follows the account class (first digit,
 * loại 1–9 of the Vietnamese charts), the normal side follows the type unless overridden (contra
 * accounts such as 214, 229, 419, 521), and the parent is the longest shorter code that is a prefix.
 * @internal
 * @example buildAccounts([['111', 'Tiền mặt', 'Cash on hand']])
 */
export function buildAccounts(rows: readonly ChartRow[]): readonly AccountDefinition[] {
  const codes = new Set(rows.map((r) => r[0]));
  return rows.map(([code, nameVi, nameEn, o]) => {
    const type = o?.type ?? TYPE_BY_CLASS[code[0] ?? ''] ?? 'asset';
    const normalSide: NormalSide =
      o?.normalSide ?? (type === 'asset' || type === 'expense' || type === 'offBalance' ? 'debit' : 'credit');
    let parent: string | undefined;
    for (let n = code.length - 1; n >= 3; n--) {
      const p = code.slice(0, n);
      if (codes.has(p)) {
        parent = p;
        break;
      }
    }
    return Object.freeze({
      code,
      nameVi,
      nameEn,
      type,
      normalSide: type === 'incomeSummary' ? 'credit' : normalSide,
      ...(parent === undefined ? {} : { parent }),
      ...(o?.note === undefined ? {} : { note: o.note }),
    });
  });
}
