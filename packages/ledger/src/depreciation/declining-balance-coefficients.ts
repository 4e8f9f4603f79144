/**
 * Adjustment coefficients (hệ số điều chỉnh) for declining-balance depreciation by useful life,
 * from Circular 45/2013/TT-BTC, Appendix 2, section II.2 (as summarised in reference note §B6):
 * up to 4 years 1.5; over 4 up to 6 years 2.0; over 6 years 2.5.
 * @example DECLINING_BALANCE_COEFFICIENTS[1]?.coefficient // '2.0'
 */
export const DECLINING_BALANCE_COEFFICIENTS: readonly {
  readonly maxYears: number | null;
  readonly coefficient: string;
}[] = Object.freeze([
  { maxYears: 4, coefficient: '1.5' },
  { maxYears: 6, coefficient: '2.0' },
  { maxYears: null, coefficient: '2.5' },
]);

/** Source of {@link DECLINING_BALANCE_COEFFICIENTS}. @example DECLINING_BALANCE_SOURCE */
export const DECLINING_BALANCE_SOURCE = 'Circular 45/2013/TT-BTC, Appendix 2, section II.2';

/**
 * The coefficient for a useful life in years.
 * @example decliningBalanceCoefficient(5) // '2.0'
 */
export function decliningBalanceCoefficient(usefulLifeYears: number): string {
  for (const row of DECLINING_BALANCE_COEFFICIENTS) {
    if (row.maxYears === null || usefulLifeYears <= row.maxYears) return row.coefficient;
  }
  return DECLINING_BALANCE_COEFFICIENTS[DECLINING_BALANCE_COEFFICIENTS.length - 1]!.coefficient;
}
