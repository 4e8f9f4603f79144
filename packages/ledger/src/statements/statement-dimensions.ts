/**
 * Posting dimensions that the shipped statement templates read, so the books can tell what account
 * codes alone cannot. Put them on the posting (`dimensions: { ...STATEMENT_DIMENSIONS.borrowingCost }`);
 * a ledger that declares its dimensions must declare these keys (`term`, `cashEquivalent`, `income`,
 * `expense`, `purpose`, `classification`).
 *
 * - `longTerm` (`term: 'long'`): long-term part of receivables, payables, borrowings, deferred items
 *   (B01 lines 210–216, 236–238, 251, 265, 271, 273, 331–340, 343).
 * - `cashEquivalent` (`cashEquivalent: 'true'`): 1281/1288 deposits with an original term of at most
 *   3 months (B01 line 112; cash in B03).
 * - `disposal` (`income: 'disposal'`): 711/5117 income from disposing of fixed assets; its cash goes
 *   to B03 line 22 (B03-DNN 22).
 * - `investmentIncome` (`income: 'investment'`): 515 interest, dividends and profits received; its
 *   cash goes to B03 line 27 (B03-DNN 25).
 * - `borrowingCost` (`expense: 'borrowingCost'`): borrowing costs on 635 (expense), 335 (accrued,
 *   not yet paid) and 242 (paid in advance). B02 line 24 (B02-DNN 23) and B03 line 06 (B03-DNN 07)
 *   read the 635 postings; the cash paid against any of the three is B03 line 14 (B03-DNN 15), and
 *   335/242 borrowing-cost postings are left out of working-capital lines 11/12 (B03-DNN 12/13).
 * - `investing` (`purpose: 'investing'`): postings on 331/3388 for fixed assets, construction in
 *   progress or other long-term assets bought on credit, and on 131/1388 for such assets sold on
 *   credit, on both the invoice and the payment. The cash paid against the payables is B03 line 21
 *   (B03-DNN 21), not operating line 11 (12); the cash collected on the receivables is line 22
 *   (B03-DNN 22), not 09 (10); a gain or loss on the credit sale moves from profit to line 05 (06).
 * - `preferredSharesLiability` (`classification: 'liability'`): 41112 preferred shares that the
 *   issuer must redeem, classified as liabilities: B01 line 341, out of equity line 411.
 * @example
 * ledger.post({ id: 'INT-01', postingDate, description: 'Lãi vay tháng 1', postings: [
 *   { account: '635', debit: money('5000000', 'VND'), dimensions: STATEMENT_DIMENSIONS.borrowingCost },
 *   { account: '335', credit: money('5000000', 'VND'), dimensions: STATEMENT_DIMENSIONS.borrowingCost },
 * ] });
 */
export const STATEMENT_DIMENSIONS = {
  longTerm: { term: 'long' },
  cashEquivalent: { cashEquivalent: 'true' },
  disposal: { income: 'disposal' },
  investmentIncome: { income: 'investment' },
  borrowingCost: { expense: 'borrowingCost' },
  investing: { purpose: 'investing' },
  preferredSharesLiability: { classification: 'liability' },
} as const satisfies Readonly<Record<string, Readonly<Record<string, string>>>>;
