import { z } from 'zod';

/**
 * Account roles (vai trò tài khoản): names that business code uses instead of account numbers.
 * A role is resolved to an account code per chart regime (Circular 99/2025/TT-BTC, Circular
 * 133/2016/TT-BTC) by a role map (see `defaultRoleMap`), and users can remap any role for their
 * books (e.g. send `salaryExpense` to 6421 instead of 642, or `unemploymentInsurancePayable` to 3386).
 *
 * The codes each role resolves to, with their legal source, live in `accounts/role-maps.ts`; this
 * file only names the roles so that `@bo/payroll` and other packages can depend on the names.
 *
 * @example
 * ```ts
 * import { ACCOUNT_ROLES, isAccountRole } from '@bo/ledger';
 * ACCOUNT_ROLES.includes('pitPayable'); // true
 * isAccountRole('salaryPayable'); // true
 * ```
 */
export const ACCOUNT_ROLES = [
  // Cash and equivalents
  /** Tiền mặt VND — cash on hand (111 / 1111). */
  'cash',
  /** Tiền mặt ngoại tệ — foreign-currency cash (1112). */
  'cashForeignCurrency',
  /** Tiền gửi không kỳ hạn VND — bank demand deposits (112 / 1121). */
  'bankDeposits',
  /** Tiền gửi ngoại tệ — foreign-currency bank deposits (1122). */
  'bankDepositsForeignCurrency',
  /** Tiền đang chuyển — cash in transit (113). */
  'cashInTransit',
  // Receivables
  /** Phải thu của khách hàng (131). */
  'tradeReceivables',
  /** Thuế GTGT được khấu trừ của hàng hóa, dịch vụ (1331). */
  'inputVatDeductible',
  /** Thuế GTGT được khấu trừ của TSCĐ (1332). */
  'inputVatFixedAssets',
  /** Phải thu khác (1388). */
  'otherReceivables',
  /** Tạm ứng — advances to employees (141). */
  'employeeAdvances',
  // Inventory
  /** Nguyên liệu, vật liệu (152). */
  'rawMaterials',
  /** Công cụ, dụng cụ (153). */
  'toolsAndSupplies',
  /** Chi phí sản xuất, kinh doanh dở dang (154). */
  'workInProgress',
  /** Sản phẩm / thành phẩm (155). */
  'finishedGoods',
  /** Hàng hóa (156). */
  'merchandise',
  // Fixed assets
  /** TSCĐ hữu hình (211). */
  'tangibleFixedAssets',
  /** TSCĐ vô hình (213). */
  'intangibleFixedAssets',
  /** Hao mòn TSCĐ hữu hình (2141). */
  'accumulatedDepreciationTangible',
  /** Hao mòn TSCĐ vô hình (2143). */
  'accumulatedDepreciationIntangible',
  /** Chi phí chờ phân bổ / trả trước (242). */
  'prepaidExpenses',
  // Liabilities
  /** Phải trả cho người bán (331). */
  'tradePayables',
  /** Thuế GTGT đầu ra phải nộp (33311). */
  'outputVatPayable',
  /** Thuế thu nhập doanh nghiệp phải nộp (3334). */
  'citPayable',
  /** Thuế thu nhập cá nhân phải nộp (3335). */
  'pitPayable',
  /** Phải trả người lao động — salaries payable (334). */
  'salaryPayable',
  /** Chi phí phải trả (335). */
  'accruedExpenses',
  /** Kinh phí công đoàn — trade-union fee payable (3382). */
  'unionFeePayable',
  /** Bảo hiểm xã hội — social insurance payable (3383). */
  'socialInsurancePayable',
  /** Bảo hiểm y tế — health insurance payable (3384). */
  'healthInsurancePayable',
  /** Bảo hiểm thất nghiệp — unemployment insurance payable (3385 under TT99 ⚠ and TT133; 3386 under TT200). */
  'unemploymentInsurancePayable',
  /** Phải trả, phải nộp khác (3388). */
  'otherPayables',
  /** Quỹ khen thưởng (3531). */
  'bonusFund',
  /** Quỹ phúc lợi (3532). */
  'welfareFund',
  /** Vay và nợ thuê tài chính (341). */
  'borrowings',
  // Equity
  /** Vốn góp của chủ sở hữu (4111). */
  'ownersCapital',
  /** Chênh lệch tỷ giá hối đoái (413 / 4131 revaluation of monetary items). */
  'fxRevaluationDifference',
  /** Lợi nhuận sau thuế chưa phân phối năm trước (4211). */
  'retainedEarningsPriorYears',
  /** Lợi nhuận sau thuế chưa phân phối năm nay (4212). */
  'retainedEarningsCurrentYear',
  // Revenue and income
  /** Doanh thu bán hàng hóa (5111). */
  'salesRevenueGoods',
  /** Doanh thu cung cấp dịch vụ (5113). */
  'salesRevenueServices',
  /** Các khoản giảm trừ doanh thu (521; TT133 has no 521: deductions reduce 511). */
  'revenueDeductions',
  /** Doanh thu hoạt động tài chính (515), also FX gains. */
  'financeIncome',
  /** Thu nhập khác (711). */
  'otherIncome',
  // Costs and expenses
  /** Giá vốn hàng bán (632). */
  'costOfGoodsSold',
  /** Chi phí tài chính (635), also FX losses. */
  'financeCosts',
  /** Chi phí nhân công trực tiếp (622; TT133: 154). */
  'directLabourExpense',
  /** Chi phí nhân viên phân xưởng (6271; TT133: 154). */
  'productionStaffExpense',
  /** Chi phí nhân viên bán hàng (6411; TT133: 6421). */
  'sellingStaffExpense',
  /** Chi phí nhân viên quản lý (6421; TT133: 6422). Default salary expense. */
  'salaryExpense',
  /** Chi phí khấu hao TSCĐ phân xưởng (6274; TT133: 154). */
  'depreciationExpenseProduction',
  /** Chi phí khấu hao TSCĐ bộ phận bán hàng (6414; TT133: 6421). */
  'depreciationExpenseSelling',
  /** Chi phí khấu hao TSCĐ bộ phận quản lý (6424; TT133: 6422). */
  'depreciationExpenseAdmin',
  /** Chi phí khác (811). */
  'otherExpenses',
  /** Chi phí thuế TNDN hiện hành (8211). */
  'citExpenseCurrent',
  /** Chi phí thuế TNDN hoãn lại (8212). */
  'citExpenseDeferred',
  /** Xác định kết quả kinh doanh — income summary (911). */
  'incomeSummary',
] as const;

/**
 * One of {@link ACCOUNT_ROLES}.
 * @example const role: AccountRole = 'socialInsurancePayable';
 */
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/**
 * Zod schema of an {@link AccountRole}.
 * @example accountRoleSchema.parse('pitPayable')
 */
export const accountRoleSchema = z.enum(ACCOUNT_ROLES);

const ROLE_SET: ReadonlySet<string> = new Set(ACCOUNT_ROLES);

/**
 * True when the value is a known {@link AccountRole}.
 * @example isAccountRole('salaryPayable') // true
 */
export function isAccountRole(value: unknown): value is AccountRole {
  return typeof value === 'string' && ROLE_SET.has(value);
}
