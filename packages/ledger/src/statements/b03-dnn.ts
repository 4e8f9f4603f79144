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
 * Cash and cash equivalents of B03-DNN (= B01a-DNN line 110): 111, 112 (TT133 has no 113) and the
 * 1281/1288 postings tagged `cashEquivalent: 'true'`.
 * @example B03_DNN_TT133.cash === CASH_TT133 // true
 */
export const CASH_TT133: CashDefinition = { accounts: ['111', '112'], equivalents: CASH_EQUIVALENTS };

const PL = ['5', '6', '7', '8', '9'];
/** Fixed assets (2111/2112/2113), investment property, construction in progress (21/22). */
const FIXED = ['211', '217', '241'];
/** Loans, held-to-maturity investments that are not cash equivalents, equity investments (23/24). */
const LENDING_AND_INVESTMENTS = ['128', '228'];
const CAPITAL = ['411', '419'];
/** Borrowings and finance-lease liabilities (33 drawn / 34 repaid). */
const BORROWINGS = ['341'];
/** Profit paid straight from undistributed profit (35); TT133 has no account 332. */
const DISTRIBUTIONS = ['421'];
const INVESTING_FINANCING = [
  ...FIXED,
  ...LENDING_AND_INVESTMENTS,
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
/** Borrowing costs: expense, accrued (not yet paid), prepaid; postings tagged `expense: 'borrowingCost'`. */
const BORROWING_COST_ACCOUNTS = ['635', '335', '242'];
/** Corporate income tax payable and expense (line 16). */
const CIT = ['3334', '821'];
/** Bonus and welfare fund, S&T development fund (lines 17/18). */
const FUNDS = ['353', '356'];
const nonCash = (contra: readonly string[], exclude?: readonly string[]): LineSource[] => [
  nonCashFlow(INVESTING_FINANCING, contra, exclude),
  nonCashFlow([...INVESTING_PAYABLES, ...INVESTING_RECEIVABLES], contra, exclude, INVESTING),
];

/**
 * B03-DNN "Báo cáo lưu chuyển tiền tệ" (cash flows, indirect method) for SMEs under Circular
 * 133/2016/TT-BTC, Appendix 2 (the form is optional for SMEs, reference note §B2). ⚠ Line codes
 * follow the tax authority's HTKK rendering of "B03-DNN (theo phương pháp gián tiếp), ban hành theo
 * Thông tư số 133/2016/TT-BTC" (code-search corroboration, not checked against the official
 * appendix): 01 profit before tax; 02 adjustments (= 03 + 04 + 05 + 06 + 07 + 08); 03 depreciation;
 * 04 provisions; 05 unrealised FX; 06 investing gains/losses; 07 interest expense; 08 other
 * adjustments; 09 = 01 + 02; 10–14 working capital; 15 interest paid; 16 CIT paid; 17/18 other
 * receipts/payments; 20; investing 21 purchase of fixed assets, 22 disposals, 23 loans and equity
 * investments made, 24 recovered, 25 interest/dividends received; 30; financing 31 capital
 * received, 32 capital returned, 33 borrowings drawn, 34 borrowings and finance leases repaid,
 * 35 dividends paid; 40; 50; 60; 61; 70.
 *
 * Same construction as {@link B03_DN_TT99}: investing/financing lines by contra-account analysis
 * against cash, the non-cash side of those accounts in operating adjustments (214 → 03, 413 → 05,
 * P&L → 06, else → 08), every non-cash posting half in exactly one line, so 70 = B01a-DNN 110.
 * Line 07 (interest expense) is 635 tagged `expense: 'borrowingCost'` (= B02-DNN 23); 15 (interest
 * paid) is the cash paired with 635/335/242 postings so tagged, which stay out of 12/13; 16 (CIT
 * paid) is the cash paired with 3334/821; 17/18 are cash credited to / paid from the funds 353 and
 * 356; cash paid against 331/3388 postings tagged `purpose: 'investing'` is line 21 (not 12), and
 * cash collected against 131/1388 postings so tagged is line 22 (not 10). Non-cash sides of those
 * postings go to 08 (or, for `purpose: 'investing'`, like investing accounts).
 * 611/631 (periodic-inventory clearing) count with inventories (11) and 911 with other adjustments
 * (08), so line 01 equals B02-DNN line 50.
 * @example financialStatement(ledger, B03_DNN_TT133, { from, to })
 */
export const B03_DNN_TT133: StatementTemplate = {
  id: 'B03-DNN',
  version: 'TT133/2016 (indirect)',
  source:
    'Circular 133/2016/TT-BTC Appendix 2, form B03-DNN indirect method (⚠ codes per the HTKK rendering, not verified against the official text)',
  titleVi: 'Báo cáo lưu chuyển tiền tệ (theo phương pháp gián tiếp)',
  titleEn: 'Statement of cash flows (indirect method, SME)',
  cash: CASH_TT133,
  lines: [
    line('01', '1. Lợi nhuận trước thuế', '1. Profit before tax', mov(PL, -1, ['821', '611', '631', '911'])),
    line(
      '03',
      '- Khấu hao TSCĐ và BĐSĐT',
      '- Depreciation and amortisation',
      mov(['214'], -1),
      ...nonCash(['214']),
    ),
    line('04', '- Các khoản dự phòng', '- Provisions', mov(['229', '352'], -1)),
    line(
      '05',
      '- Lãi, lỗ chênh lệch tỷ giá hối đoái do đánh giá lại các khoản mục tiền tệ có gốc ngoại tệ',
      '- Unrealised FX gains/losses',
      mov(['413'], -1),
      cashFlow([''], { tagged: FX_REVALUATION_TAG, sign: 1 }),
      ...nonCash(['413']),
    ),
    line(
      '06',
      '- Lãi, lỗ từ hoạt động đầu tư',
      '- Gains/losses from investing activities',
      ...nonCash(PL),
      cashFlow(['711'], { where: DISPOSAL, sign: 1 }),
      cashFlow(['515'], { where: INVESTMENT_INCOME, sign: 1 }),
    ),
    line('07', '- Chi phí lãi vay', '- Interest expense', movWhere(['635'], BORROWING_COST)),
    line(
      '08',
      '- Các khoản điều chỉnh khác',
      '- Other adjustments (incl. non-cash investing and financing transactions)',
      mov(['418', '911'], -1),
      ...nonCash([''], ['214', '413', ...PL]),
      nonCashFlow(BORROWING_COST_ACCOUNTS, [''], undefined, BORROWING_COST),
      nonCashFlow(CIT, ['']),
    ),
    line('02', '2. Điều chỉnh cho các khoản', '2. Adjustments', sum('03', '04', '05', '06', '07', '08')),
    line(
      '09',
      '3. Lợi nhuận từ hoạt động kinh doanh trước thay đổi vốn lưu động',
      '3. Operating profit before working-capital changes',
      sum('01', '02'),
    ),
    line(
      '10',
      '- Tăng, giảm các khoản phải thu',
      '- (Increase)/decrease in receivables',
      mov(['131', '133', '136', '138', '141'], -1),
      movWhere(INVESTING_RECEIVABLES, INVESTING),
    ),
    line(
      '11',
      '- Tăng, giảm hàng tồn kho',
      '- (Increase)/decrease in inventories',
      mov(['15', '611', '631'], -1),
    ),
    line(
      '12',
      '- Tăng, giảm các khoản phải trả (Không kể lãi vay phải trả, thuế thu nhập doanh nghiệp phải nộp)',
      '- Increase/(decrease) in payables',
      mov(['331', '333', '334', '335', '336', '338'], -1, ['3334']),
      movWhere(INVESTING_PAYABLES, INVESTING),
      movWhere(['335'], BORROWING_COST),
      nonCashFlow(FUNDS, ['']),
    ),
    line(
      '13',
      '- Tăng, giảm chi phí trả trước',
      '- (Increase)/decrease in prepaid expenses',
      mov(['242'], -1),
      movWhere(['242'], BORROWING_COST),
    ),
    line(
      '14',
      '- Tăng, giảm chứng khoán kinh doanh',
      '- (Increase)/decrease in trading securities',
      mov(['121'], -1),
    ),
    line(
      '15',
      '- Tiền lãi vay đã trả',
      '- Interest paid',
      cashFlow(BORROWING_COST_ACCOUNTS, { where: BORROWING_COST }),
    ),
    line('16', '- Thuế thu nhập doanh nghiệp đã nộp', '- Corporate income tax paid', cashFlow(CIT)),
    line(
      '17',
      '- Tiền thu khác từ hoạt động kinh doanh',
      '- Other receipts from operating activities',
      cashFlow(FUNDS, { side: 'credit' }),
    ),
    line(
      '18',
      '- Tiền chi khác cho hoạt động kinh doanh',
      '- Other payments for operating activities',
      cashFlow(FUNDS, { side: 'debit' }),
    ),
    line(
      '20',
      'Lưu chuyển tiền thuần từ hoạt động kinh doanh',
      'Net cash from operating activities',
      sum('09', '10', '11', '12', '13', '14', '15', '16', '17', '18'),
    ),
    line(
      '21',
      '1. Tiền chi để mua sắm, xây dựng TSCĐ, BĐSĐT và các tài sản dài hạn khác',
      '1. Purchase of fixed assets, investment property and other long-term assets',
      cashFlow(FIXED, { side: 'debit' }),
      cashFlow(INVESTING_PAYABLES, { where: INVESTING }),
    ),
    line(
      '22',
      '2. Tiền thu từ thanh lý, nhượng bán TSCĐ, BĐSĐT và các tài sản dài hạn khác',
      '2. Proceeds from disposals of fixed assets and other long-term assets',
      cashFlow(FIXED, { side: 'credit' }),
      cashFlow(['711'], { where: DISPOSAL }),
      cashFlow(INVESTING_RECEIVABLES, { where: INVESTING }),
    ),
    line(
      '23',
      '3. Tiền chi cho vay, đầu tư góp vốn vào đơn vị khác',
      '3. Loans granted and equity investments made',
      cashFlow(LENDING_AND_INVESTMENTS, { side: 'debit' }),
    ),
    line(
      '24',
      '4. Tiền thu hồi cho vay, đầu tư góp vốn vào đơn vị khác',
      '4. Loans and equity investments recovered',
      cashFlow(LENDING_AND_INVESTMENTS, { side: 'credit' }),
    ),
    line(
      '25',
      '5. Tiền thu lãi cho vay, cổ tức và lợi nhuận được chia',
      '5. Interest, dividends and profits received',
      cashFlow(['515'], { where: INVESTMENT_INCOME }),
    ),
    line(
      '30',
      'Lưu chuyển tiền thuần từ hoạt động đầu tư',
      'Net cash from investing activities',
      sum('21', '22', '23', '24', '25'),
    ),
    line(
      '31',
      '1. Tiền thu từ phát hành cổ phiếu, nhận vốn góp của chủ sở hữu',
      '1. Proceeds from issuing shares and capital contributions',
      cashFlow(CAPITAL, { side: 'credit' }),
    ),
    line(
      '32',
      '2. Tiền trả lại vốn góp cho các chủ sở hữu, mua lại cổ phiếu của doanh nghiệp đã phát hành',
      '2. Capital returned to owners and own shares repurchased',
      cashFlow(CAPITAL, { side: 'debit' }),
    ),
    line(
      '33',
      '3. Tiền thu từ đi vay',
      '3. Proceeds from borrowings',
      cashFlow(BORROWINGS, { side: 'credit' }),
    ),
    line(
      '34',
      '4. Tiền trả nợ gốc vay và nợ thuê tài chính',
      '4. Repayments of borrowings and finance-lease principal',
      cashFlow(BORROWINGS, { side: 'debit' }),
    ),
    line(
      '35',
      '5. Cổ tức, lợi nhuận đã trả cho chủ sở hữu',
      '5. Dividends and profits paid',
      cashFlow(DISTRIBUTIONS),
    ),
    line(
      '40',
      'Lưu chuyển tiền thuần từ hoạt động tài chính',
      'Net cash from financing activities',
      sum('31', '32', '33', '34', '35'),
    ),
    line('50', 'Lưu chuyển tiền thuần trong kỳ (50 = 20+30+40)', 'Net cash flow', sum('20', '30', '40')),
    line(
      '60',
      'Tiền và tương đương tiền đầu kỳ',
      'Cash and cash equivalents at the beginning of the period',
      { kind: 'opening', accounts: CASH_TT133.accounts },
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
      'Tiền và tương đương tiền cuối kỳ (70 = 50+60+61)',
      'Cash and cash equivalents at the end of the period',
      sum('50', '60', '61'),
    ),
    line(
      'C70',
      'Kiểm tra: tiền và tương đương tiền cuối kỳ theo sổ (B01a-DNN mã 110)',
      'Check: cash and cash equivalents per books (B01a-DNN line 110)',
      { kind: 'balance', accounts: CASH_TT133.accounts },
      { kind: 'balance', accounts: CASH_EQUIVALENTS.accounts, where: CASH_EQUIVALENTS.where },
    ),
  ],
  checks: [{ left: '70', right: 'C70', labelEn: 'Closing cash (70) = B01a-DNN line 110' }],
};
