import { z } from 'zod';

/**
 * Account type (loại tài khoản). `incomeSummary` is account 911 (Xác định kết quả kinh doanh), a
 * clearing account that is empty after the period close; `offBalance` accounts are memorandum
 * accounts outside the double-entry totals.
 * @example const t: AccountType = 'asset';
 */
export type AccountType =
  | 'asset'
  | 'liability'
  | 'equity'
  | 'revenue'
  | 'expense'
  | 'incomeSummary'
  | 'offBalance';

/** The side on which an account normally carries its balance (số dư bên Nợ / bên Có). @example const s: NormalSide = 'debit'; */
export type NormalSide = 'debit' | 'credit';

/**
 * One account of a chart (tài khoản kế toán).
 * @example
 * const a: AccountDefinition = { code: '1121', nameVi: 'Tiền gửi VND', nameEn: 'VND deposits', type: 'asset', normalSide: 'debit', parent: '112' };
 */
export interface AccountDefinition {
  /** Account number (số hiệu), digits; level = number of digits − 2 for statutory codes (111 → 1, 1111 → 2). */
  readonly code: string;
  /** Vietnamese name. */
  readonly nameVi: string;
  /** English name. */
  readonly nameEn: string;
  /** Account type. */
  readonly type: AccountType;
  /** Normal balance side. */
  readonly normalSide: NormalSide;
  /** Parent account code, if any. */
  readonly parent?: string;
  /** True for accounts added by the user (level 2/3 detail). */
  readonly userDefined?: boolean;
  /** First day on which the account accepts postings (inclusive). */
  readonly openFrom?: string;
  /** Day from which postings are refused (closed account), inclusive. */
  readonly closedFrom?: string;
  /** Dimensions every posting to this account must carry (e.g. `['counterparty']` on 131/331). */
  readonly requiredDimensions?: readonly string[];
  /** Limits on the normal-side balance, in functional-currency minor units as decimal strings. */
  readonly limits?: { readonly min?: string; readonly max?: string };
  /** Note on the source or an uncertainty (⚠ = not verified against the official appendix). */
  readonly note?: string;
}

/**
 * Zod schema of {@link AccountDefinition}.
 * @example accountDefinitionSchema.parse({ code: '1311', nameVi: 'Phải thu KH A', nameEn: 'Receivable A', type: 'asset', normalSide: 'debit', parent: '131' })
 */
export const accountDefinitionSchema = z.object({
  code: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, 'account code: digits, letters, dot, dash'),
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  type: z.enum(['asset', 'liability', 'equity', 'revenue', 'expense', 'incomeSummary', 'offBalance']),
  normalSide: z.enum(['debit', 'credit']),
  parent: z.string().optional(),
  userDefined: z.boolean().optional(),
  openFrom: z.string().optional(),
  closedFrom: z.string().optional(),
  requiredDimensions: z.array(z.string()).optional(),
  limits: z
    .object({
      min: z
        .string()
        .regex(/^-?\d+$/)
        .optional(),
      max: z
        .string()
        .regex(/^-?\d+$/)
        .optional(),
    })
    .optional(),
  note: z.string().optional(),
});
