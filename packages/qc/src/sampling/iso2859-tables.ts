/**
 * ISO 2859-1 / ANSI/ASQ Z1.4 sampling tables by attributes, as data. The central tables of both standards derive
 * from **MIL-STD-105E (1989)**, a public-domain US DoD standard; the values below were extracted from CRAN
 * AQLSchemes 1.7-2 (`R/AAZ14Single.R`, J. Lawson), which reproduces the published tables.
 * Cells are `Ac,Re` at the row's sample size, `↓` (use the first plan below) or `↑` (first plan above).
 * ⚠ The reduced table is MIL-STD-105E / Z1.4's (with a gap between Ac and Re); ISO 2859-1:1999 revised reduced
 * inspection — check the ISO text before claiming ISO conformance for reduced plans.
 */

/**
 * Where the sampling tables come from.
 *
 * @example
 * ISO_2859_SOURCE.tables
 */
export const ISO_2859_SOURCE = {
  tables:
    'MIL-STD-105E (10 May 1989) Tables I, II-A, II-B, II-C = ANSI/ASQ Z1.4-2003 = ISO 2859-1:1999 Tables 1, 2-A, 2-B (central values)',
  extractedFrom: 'CRAN AQLSchemes 1.7-2, R/AAZ14Single.R (commit c60f3b3)',
} as const;

/**
 * Inspection levels: special S-1…S-4 and general I, II (default), III.
 *
 * @example
 * const level: InspectionLevel = 'II';
 */
export type InspectionLevel = 'S-1' | 'S-2' | 'S-3' | 'S-4' | 'I' | 'II' | 'III';

/**
 * The order of the columns of {@link CODE_LETTER_TABLE}'s `letters`.
 *
 * @example
 * INSPECTION_LEVELS.indexOf('II') // 5
 */
export const INSPECTION_LEVELS: readonly InspectionLevel[] = Object.freeze([
  'S-1',
  'S-2',
  'S-3',
  'S-4',
  'I',
  'II',
  'III',
]);

/**
 * Sample-size code letters (no I or O).
 *
 * @example
 * const letter: CodeLetter = 'J';
 */
export type CodeLetter =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'P'
  | 'Q'
  | 'R';

/**
 * Code letters in table order.
 *
 * @example
 * CODE_LETTERS[8] // 'J'
 */
export const CODE_LETTERS: readonly CodeLetter[] = Object.freeze([
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'J',
  'K',
  'L',
  'M',
  'N',
  'P',
  'Q',
  'R',
]);

/**
 * Table I (ISO 2859-1 Table 1): code letter by lot size (upper bound of each range) and inspection level;
 * `letters` holds one letter per level in {@link INSPECTION_LEVELS} order.
 *
 * @example
 * CODE_LETTER_TABLE[8] // { maxLot: 1200, letters: 'CCEFGJK' } → lots 501–1200, level II → J
 */
export const CODE_LETTER_TABLE: readonly { readonly maxLot: number; readonly letters: string }[] =
  Object.freeze([
    { maxLot: 8, letters: 'AAAAAAB' },
    { maxLot: 15, letters: 'AAAAABC' },
    { maxLot: 25, letters: 'AABBBCD' },
    { maxLot: 50, letters: 'ABBCCDE' },
    { maxLot: 90, letters: 'BBCCCEF' },
    { maxLot: 150, letters: 'BBCDDFG' },
    { maxLot: 280, letters: 'BCDEEGH' },
    { maxLot: 500, letters: 'BCDEFHJ' },
    { maxLot: 1200, letters: 'CCEFGJK' },
    { maxLot: 3200, letters: 'CDEGHKL' },
    { maxLot: 10000, letters: 'CDFGJLM' },
    { maxLot: 35000, letters: 'CDFHKMN' },
    { maxLot: 150000, letters: 'DEGJLNP' },
    { maxLot: 500000, letters: 'DEGJMPQ' },
    { maxLot: Number.POSITIVE_INFINITY, letters: 'DEHKNQR' },
  ]);

/**
 * Sample size per code letter for normal and tightened inspection.
 *
 * @example
 * SAMPLE_SIZES.J // 80
 */
export const SAMPLE_SIZES: Readonly<Record<CodeLetter | 'S', number>> = Object.freeze({
  A: 2,
  B: 3,
  C: 5,
  D: 8,
  E: 13,
  F: 20,
  G: 32,
  H: 50,
  J: 80,
  K: 125,
  L: 200,
  M: 315,
  N: 500,
  P: 800,
  Q: 1250,
  R: 2000,
  // Tightened only: the extra row reached by ↓ from Q/R at AQL 0.025 (MIL-STD-105E Table II-B).
  S: 3150,
});

/**
 * Sample size per code letter for reduced inspection.
 *
 * @example
 * REDUCED_SAMPLE_SIZES.J // 32
 */
export const REDUCED_SAMPLE_SIZES: Readonly<Record<CodeLetter, number>> = Object.freeze({
  A: 2,
  B: 2,
  C: 2,
  D: 3,
  E: 5,
  F: 8,
  G: 13,
  H: 20,
  J: 32,
  K: 50,
  L: 80,
  M: 125,
  N: 200,
  P: 315,
  Q: 500,
  R: 800,
});

/**
 * AQL columns of the master tables (% nonconforming up to 10; nonconformities per 100 items for all).
 *
 * @example
 * AQL_VALUES.includes(1) // true
 */
export const AQL_VALUES: readonly number[] = Object.freeze([
  0.01, 0.015, 0.025, 0.04, 0.065, 0.1, 0.15, 0.25, 0.4, 0.65, 1, 1.5, 2.5, 4, 6.5, 10, 15, 25, 40, 65, 100,
  150, 250, 400, 650, 1000,
]);

/**
 * Table II-A — single sampling, normal inspection. One string per code letter, cells in {@link AQL_VALUES} order.
 *
 * @example
 * TABLE_II_A_NORMAL.J.split(' ')[10] // '2,3' (AQL 1.0)
 */
export const TABLE_II_A_NORMAL: Readonly<Record<CodeLetter, string>> = Object.freeze({
  A: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 30,31',
  B: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 30,31 44,45',
  C: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 30,31 44,45 ↑',
  D: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 30,31 44,45 ↑ ↑',
  E: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 30,31 44,45 ↑ ↑ ↑',
  F: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 ↑ ↑ ↑ ↑ ↑ ↑',
  G: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  H: '↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  J: '↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  K: '↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  L: '↓ ↓ ↓ ↓ 0,1 ↑ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  M: '↓ ↓ ↓ 0,1 ↑ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  N: '↓ ↓ 0,1 ↑ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  P: '↓ 0,1 ↑ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  Q: '0,1 ↑ ↓ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  R: '↑ ↑ 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
});

/**
 * Table II-B — single sampling, tightened inspection (with the extra row S, n = 3150).
 *
 * @example
 * TABLE_II_B_TIGHTENED.J.split(' ')[10] // '1,2' (AQL 1.0)
 */
export const TABLE_II_B_TIGHTENED: Readonly<Record<CodeLetter | 'S', string>> = Object.freeze({
  A: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 27,28',
  B: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 27,28 41,42',
  C: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 27,28 41,42 ↑',
  D: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 27,28 41,42 ↑ ↑',
  E: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 27,28 41,42 ↑ ↑ ↑',
  F: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 ↑ ↑ ↑ ↑ ↑ ↑',
  G: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  H: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  J: '↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  K: '↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  L: '↓ ↓ ↓ ↓ ↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  M: '↓ ↓ ↓ ↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  N: '↓ ↓ ↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  P: '↓ ↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  Q: '↓ 0,1 ↓ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  R: '0,1 ↑ ↓ 1,2 2,3 3,4 5,6 8,9 12,13 18,19 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  S: '↑ ↑ 1,2 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
});

/**
 * Table II-C — single sampling, reduced inspection (MIL-STD-105E / Z1.4: Re may exceed Ac + 1).
 *
 * @example
 * TABLE_II_C_REDUCED.J.split(' ')[10] // '1,3' (AQL 1.0)
 */
export const TABLE_II_C_REDUCED: Readonly<Record<CodeLetter, string>> = Object.freeze({
  A: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 0,1 0,1 0,2 0,2 1,2 2,3 3,4 5,6 7,8 10,11 14,15 21,22 30,31',
  B: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 0,1 0,1 0,2 0,2 1,3 2,4 3,5 5,6 7,8 10,11 14,15 21,22 30,31',
  C: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 0,1 ↓ 0,2 1,3 1,4 2,5 3,6 5,8 7,10 10,13 14,17 21,24 30,31',
  D: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 0,2 1,3 1,4 2,5 3,6 5,8 7,10 10,13 14,17 21,24 ↑ ↑',
  E: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 0,2 1,3 1,4 2,5 3,6 5,8 7,10 10,13 14,17 21,24 ↑ ↑ ↑',
  F: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 0,2 1,3 1,4 2,5 3,6 5,8 7,10 10,13 ↑ ↑ ↑ ↑ ↑ ↑',
  G: '↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 0,2 1,3 1,4 2,5 3,6 5,8 7,10 10,13 ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  H: '↓ ↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 0,2 1,3 1,4 2,5 3,6 5,8 7,10 10,13 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  J: '↓ ↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 0,2 1,3 1,4 2,5 3,6 5,8 7,10 10,13 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  K: '↓ ↓ ↓ ↓ ↓ 0,1 ↑ ↓ 0,2 1,3 1,4 2,5 3,6 5,8 7,10 10,13 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  L: '↓ ↓ ↓ ↓ 0,1 ↑ ↓ 0,2 1,3 1,4 2,5 3,6 5,8 7,10 10,13 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  M: '↓ ↓ ↓ 0,1 ↑ ↓ 0,2 1,3 1,4 2,5 3,6 5,8 7,10 10,13 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  N: '↓ ↓ 0,1 ↑ ↓ 0,2 1,3 1,4 2,5 3,6 5,8 7,10 10,13 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  P: '↓ 0,1 ↑ ↓ 0,2 1,3 1,4 2,5 3,6 5,8 7,10 10,13 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  Q: '0,1 ↑ ↓ 0,2 1,3 1,4 2,5 3,6 5,8 7,10 10,13 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
  R: '↑ ↑ 0,2 1,3 1,4 2,5 3,6 5,8 7,10 10,13 ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑ ↑',
});
