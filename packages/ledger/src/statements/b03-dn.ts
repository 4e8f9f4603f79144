import { FX_REVALUATION_TAG } from '../fx/revalue-foreign-currency.js';
import { CASH_EQUIVALENTS } from './b01-dn.js';
import type { CashDefinition, LineSource, StatementTemplate } from './statement-template.js';
import {
  BORROWING_COST,
  cashFlow,
  DISPOSAL,
  INVESTING,
  INVESTMENT_INCOME,
  line,
  mov,
  movWhere,
  nonCashFlow,
  sum,
} from './template-helpers.js';

/**
 * Cash and cash equivalents of B03-DN (= B01-DN line 110: 111 + 112): accounts 111, 112, 113 and the
 * 1281/1288 postings tagged `cashEquivalent: 'true'` (reference note §B3, B01 lines 111/112).
 * @example B03_DN_TT99.cash === CASH_TT99 // true
 */
export const CASH_TT99: CashDefinition = { accounts: ['111', '112', '113'], equivalents: CASH_EQUIVALENTS };

const PL = ['5', '6', '7', '8', '9'];
/**
 * Production-cost clearing accounts (621/622/623/627, periodic-inventory 611/631): not in B02, so
 * whatever they hold at the end of the period counts with inventories (10), keeping 01 = B02 50.
 */
const PRODUCTION = ['611', '621', '622', '623', '627', '631'];
/** Fixed assets, biological assets, investment property, construction in progress (lines 21/22). */
const FIXED = ['211', '212', '213', '215', '217', '241'];
/** Loans and debt instruments: held-to-maturity investments that are not cash equivalents, bond repos (23/24). */
const LENDING = ['128', '171'];
/** Equity investments in other entities (25/26). */
const EQUITY_INVESTMENTS = ['221', '222', '228'];
/** Owners' capital and own shares (31/32). */
const CAPITAL = ['411', '419'];
/** Borrowings and bonds issued, without finance leases (33/34). */
const BORROWINGS = ['341', '343'];
const LEASES = ['3412'];
/** Dividends and profits payable, or paid straight from undistributed profit (36). */
const DISTRIBUTIONS = ['332', '421'];
const INVESTING_FINANCING = [
  ...FIXED,
  ...LENDING,
  ...EQUITY_INVESTMENTS,
  ...CAPITAL,
  ...BORROWINGS,
  ...DISTRIBUTIONS,
];

/**
 * Trade and sundry payables/receivables whose postings tagged `purpose: 'investing'` belong to
 * investing activities: an asset bought (line 21) or disposed of (line 22) on credit.
 */
const INVESTING_PAYABLES = ['331', '3388'];
const INVESTING_RECEIVABLES = ['131', '1388'];
/** Borrowing costs: expense, accrued (not yet paid), paid in advance; postings tagged `expense: 'borrowingCost'`. */
const BORROWING_COST_ACCOUNTS = ['635', '335', '242'];
/** Corporate income tax payable and expense (line 15). */
const CIT = ['3334', '821'];
/** Bonus and welfare fund, S&T development fund (lines 16/17). */
const FUNDS = ['353', '356'];

/**
 * Non-cash halves of investing/financing accounts, and of 331/3388/131/1388 postings tagged
 * `purpose: 'investing'`, paired with `contra` (signed as cash).
 */
const nonCash = (contra: readonly string[], exclude?: readonly string[]): LineSource[] => [
  nonCashFlow(INVESTING_FINANCING, contra, exclude),
  nonCashFlow([...INVESTING_PAYABLES, ...INVESTING_RECEIVABLES], contra, exclude, INVESTING),
];

/**
 * B03-DN "Báo cáo lưu chuyển tiền tệ" (cash flows, indirect method) under Circular 99/2025/TT-BTC,
 * Appendix IV, lines per reference note §B3 (⚠ corroborated, not checked against the official PDF).
 *
 * Operating lines 01–13 are changes of account groups (movements, closing entries excluded). Line
 * 01 is B02 line 50: production-cost accounts (611/621/622/623/627/631) not yet cleared to 154
 * count with inventories (10) and 911 outside a closing entry with other adjustments (07).
 * Lines 14–17 and the investing (21–27) and financing (31–36) lines come from contra-account
 * analysis (`flow` sources): the part of an account paired with cash in the same entry.
 * - 06 borrowing costs added back: 635 postings tagged `expense: 'borrowingCost'` (= B02 line 24).
 * - 14 borrowing costs paid (negative): cash paired with 635, 335 or 242 postings tagged
 *   `expense: 'borrowingCost'` (paid straight to expense, settling accrued interest, or in advance);
 *   those 335/242 postings are left out of 11/12 ("không kể lãi vay phải trả").
 * - 15 CIT paid: cash paired with 3334 or 821 (refunds positive).
 * - 16/17 other operating receipts/payments: cash credited to / paid from the funds 353 (bonus and
 *   welfare) and 356 (S&T development): e.g. support received into a fund, bonuses and welfare paid
 *   straight from it (TT200 "cơ sở lập" carried into TT99, ⚠ from its wording as commonly quoted).
 *   Deposits (244, 344) stay with receivables/payables (09/11), as TT200 lists them there.
 * - 21 also takes cash paid against 331/3388 postings tagged `purpose: 'investing'` (an asset
 *   bought on credit and paid later), and 22 cash collected against 131/1388 postings so tagged (an
 *   asset sold on credit); those postings are out of 09/11.
 * Investing/financing by account: Dr 211/212/213/215/217/241 against cash → 21, credited → 22;
 * 128 (not cash equivalents)/171 → 23/24; 221/222/228 → 25/26; Cr 411/419 against cash → 31, Dr →
 * 32; Cr 341/343 (not 3412) → 33, Dr → 34; 3412 → 35; 332/421 → 36. Cash received booked to
 * 711/5117 with `income: 'disposal'` is moved from profit (05) to 22, and 515 with `income:
 * 'investment'` to 27.
 *
 * The non-cash side of investing/financing accounts (and of postings tagged `purpose: 'investing'`,
 * so a gain on an asset sold on credit leaves profit in 05) stays in
 * operating adjustments: against 214 → 02 (so 02 is the depreciation charge, disposals excluded),
 * against 413 → 04, against P&L accounts → 05, any other non-cash contra (assets bought on credit,
 * capital contributed in kind, dividends declared) → 07; so do the non-cash sides of borrowing-cost
 * postings (e.g. interest added to a loan's principal) and of 3334/821 (tax accrued, deferred tax)
 * — an accrual against its own group cancels within 07. Every non-cash posting half counts exactly
 * once, so line 70 equals B01 line 110 by construction of double entry. Line 61 is the revaluation
 * of foreign-currency cash (entries tagged by `revalueForeignCurrency`), removed from operating
 * flows in 04.
 * @example financialStatement(ledger, B03_DN_TT99, { from, to })
 */
export const B03_DN_TT99: StatementTemplate = {
  id: 'B03-DN',
  version: 'TT99/2025 (indirect)',
  source:
    'Circular 99/2025/TT-BTC Appendix IV, form B03-DN indirect method (reference note §B3, ⚠ main lines)',
  titleVi: 'Báo cáo lưu chuyển tiền tệ (theo phương pháp gián tiếp)',
  titleEn: 'Statement of cash flows (indirect method)',
  cash: CASH_TT99,
  lines: [
    line('01', 'Lợi nhuận trước thuế', 'Profit before tax', mov(PL, -1, ['821', ...PRODUCTION, '911'])),
    line(
      '02',
      'Khấu hao TSCĐ và BĐSĐT',
      'Depreciation and amortisation',
      mov(['214'], -1),
      ...nonCash(['214']),
    ),
    line('03', 'Các khoản dự phòng', 'Provisions', mov(['229', '352'], -1)),
    line(
      '04',
      'Lãi, lỗ chênh lệch tỷ giá hối đoái do đánh giá lại các khoản mục tiền tệ có gốc ngoại tệ',
      'Unrealised FX gains/losses',
      mov(['413'], -1),
      cashFlow([''], { tagged: FX_REVALUATION_TAG, sign: 1 }),
      ...nonCash(['413']),
    ),
    line(
      '05',
      'Lãi, lỗ từ hoạt động đầu tư',
      'Gains/losses from investing activities',
      ...nonCash(PL),
      cashFlow(['711', '5117'], { where: DISPOSAL, sign: 1 }),
      cashFlow(['515'], { where: INVESTMENT_INCOME, sign: 1 }),
    ),
    line('06', 'Chi phí đi vay', 'Borrowing costs', movWhere(['635'], BORROWING_COST)),
    line(
      '07',
      'Các khoản điều chỉnh khác',
      'Other adjustments (incl. non-cash investing and financing transactions)',
      mov(['243', '347', '412', '414', '418', '911'], -1),
      ...nonCash([''], ['214', '413', ...PL]),
      nonCashFlow(BORROWING_COST_ACCOUNTS, [''], undefined, BORROWING_COST),
      nonCashFlow(CIT, ['']),
    ),
    line(
      '08',
      'Lợi nhuận từ hoạt động kinh doanh trước thay đổi vốn lưu động',
      'Operating profit before working-capital changes',
      sum('01', '02', '03', '04', '05', '06', '07'),
    ),
    line(
      '09',
      'Tăng, giảm các khoản phải thu',
      '(Increase)/decrease in receivables',
      mov(['131', '133', '136', '138', '141', '244'], -1),
      movWhere(INVESTING_RECEIVABLES, INVESTING),
    ),
    line(
      '10',
      'Tăng, giảm hàng tồn kho',
      '(Increase)/decrease in inventories',
      mov(['15', ...PRODUCTION], -1),
    ),
    line(
      '11',
      'Tăng, giảm các khoản phải trả (không kể lãi vay phải trả, thuế TNDN phải nộp)',
      'Increase/(decrease) in payables',
      mov(['331', '333', '334', '335', '336', '337', '338', '344', '357'], -1, ['3334']),
      movWhere(INVESTING_PAYABLES, INVESTING),
      movWhere(['335'], BORROWING_COST),
      nonCashFlow(FUNDS, ['']),
    ),
    line(
      '12',
      'Tăng, giảm chi phí chờ phân bổ',
      '(Increase)/decrease in deferred costs',
      mov(['242'], -1),
      movWhere(['242'], BORROWING_COST),
    ),
    line(
      '13',
      'Tăng, giảm chứng khoán kinh doanh',
      '(Increase)/decrease in trading securities',
      mov(['121'], -1),
    ),
    line(
      '14',
      'Chi phí đi vay đã trả',
      'Borrowing costs paid',
      cashFlow(BORROWING_COST_ACCOUNTS, { where: BORROWING_COST }),
    ),
    line('15', 'Thuế thu nhập doanh nghiệp đã nộp', 'Corporate income tax paid', cashFlow(CIT)),
    line(
      '16',
      'Tiền thu khác từ hoạt động kinh doanh',
      'Other receipts from operating activities',
      cashFlow(FUNDS, { side: 'credit' }),
    ),
    line(
      '17',
      'Tiền chi khác cho hoạt động kinh doanh',
      'Other payments for operating activities',
      cashFlow(FUNDS, { side: 'debit' }),
    ),
    line(
      '20',
      'Lưu chuyển tiền thuần từ hoạt động kinh doanh',
      'Net cash from operating activities',
      sum('08', '09', '10', '11', '12', '13', '14', '15', '16', '17'),
    ),
    line(
      '21',
      'Tiền chi để mua sắm, xây dựng TSCĐ và các tài sản dài hạn khác',
      'Purchase and construction of fixed and other long-term assets',
      cashFlow(FIXED, { side: 'debit' }),
      cashFlow(INVESTING_PAYABLES, { where: INVESTING }),
    ),
    line(
      '22',
      'Tiền thu từ thanh lý, nhượng bán TSCĐ và các tài sản dài hạn khác',
      'Proceeds from disposals of fixed and other long-term assets',
      cashFlow(FIXED, { side: 'credit' }),
      cashFlow(['711', '5117'], { where: DISPOSAL }),
      cashFlow(INVESTING_RECEIVABLES, { where: INVESTING }),
    ),
    line(
      '23',
      'Tiền chi cho vay, mua các công cụ nợ của đơn vị khác',
      'Loans granted and debt instruments bought',
      cashFlow(LENDING, { side: 'debit' }),
    ),
    line(
      '24',
      'Tiền thu hồi cho vay, bán lại các công cụ nợ của đơn vị khác',
      'Loans recovered and debt instruments sold',
      cashFlow(LENDING, { side: 'credit' }),
    ),
    line(
      '25',
      'Tiền chi đầu tư góp vốn vào đơn vị khác',
      'Equity investments in other entities',
      cashFlow(EQUITY_INVESTMENTS, { side: 'debit' }),
    ),
    line(
      '26',
      'Tiền thu hồi đầu tư góp vốn vào đơn vị khác',
      'Proceeds from equity investments in other entities',
      cashFlow(EQUITY_INVESTMENTS, { side: 'credit' }),
    ),
    line(
      '27',
      'Tiền thu lãi cho vay, cổ tức và lợi nhuận được chia',
      'Interest, dividends and profits received',
      cashFlow(['515'], { where: INVESTMENT_INCOME }),
    ),
    line(
      '30',
      'Lưu chuyển tiền thuần từ hoạt động đầu tư',
      'Net cash from investing activities',
      sum('21', '22', '23', '24', '25', '26', '27'),
    ),
    line(
      '31',
      'Tiền thu từ phát hành cổ phiếu, nhận vốn góp của chủ sở hữu',
      'Proceeds from issuing shares and capital contributions',
      cashFlow(CAPITAL, { side: 'credit' }),
    ),
    line(
      '32',
      'Tiền trả lại vốn góp cho các chủ sở hữu, mua lại cổ phiếu của doanh nghiệp đã phát hành',
      'Capital returned to owners and own shares repurchased',
      cashFlow(CAPITAL, { side: 'debit' }),
    ),
    line(
      '33',
      'Tiền thu từ đi vay',
      'Proceeds from borrowings',
      cashFlow(BORROWINGS, { side: 'credit', exclude: LEASES }),
    ),
    line(
      '34',
      'Tiền trả nợ gốc vay',
      'Repayments of borrowings',
      cashFlow(BORROWINGS, { side: 'debit', exclude: LEASES }),
    ),
    line('35', 'Tiền trả nợ gốc thuê tài chính', 'Finance-lease principal paid', cashFlow(LEASES)),
    line(
      '36',
      'Cổ tức, lợi nhuận đã trả cho chủ sở hữu',
      'Dividends and profits paid',
      cashFlow(DISTRIBUTIONS),
    ),
    line(
      '40',
      'Lưu chuyển tiền thuần từ hoạt động tài chính',
      'Net cash from financing activities',
      sum('31', '32', '33', '34', '35', '36'),
    ),
    line('50', 'Lưu chuyển tiền thuần trong kỳ', 'Net cash flow for the period', sum('20', '30', '40')),
    line(
      '60',
      'Tiền và tương đương tiền đầu kỳ',
      'Cash and cash equivalents at the beginning of the period',
      { kind: 'opening', accounts: CASH_TT99.accounts },
      { kind: 'opening', accounts: CASH_EQUIVALENTS.accounts, where: CASH_EQUIVALENTS.where },
    ),
    line(
      '61',
      'Ảnh hưởng của thay đổi tỷ giá hối đoái quy đổi ngoại tệ',
      'Effect of exchange-rate changes',
      cashFlow([''], { tagged: FX_REVALUATION_TAG }),
    ),
    line(
      '70',
      'Tiền và tương đương tiền cuối kỳ',
      'Cash and cash equivalents at the end of the period',
      sum('50', '60', '61'),
    ),
    line(
      'C70',
      'Kiểm tra: tiền và tương đương tiền cuối kỳ theo sổ (B01 mã 110)',
      'Check: cash and cash equivalents per books (B01 line 110)',
      { kind: 'balance', accounts: CASH_TT99.accounts },
      { kind: 'balance', accounts: CASH_EQUIVALENTS.accounts, where: CASH_EQUIVALENTS.where },
    ),
  ],
  checks: [{ left: '70', right: 'C70', labelEn: 'Closing cash (70) = B01 line 110' }],
};
