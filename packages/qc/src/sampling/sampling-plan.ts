import { z } from 'zod';
import { invalid } from '../errors.js';
import {
  AQL_VALUES,
  CODE_LETTERS,
  CODE_LETTER_TABLE,
  type CodeLetter,
  INSPECTION_LEVELS,
  type InspectionLevel,
  REDUCED_SAMPLE_SIZES,
  SAMPLE_SIZES,
  TABLE_II_A_NORMAL,
  TABLE_II_B_TIGHTENED,
  TABLE_II_C_REDUCED,
} from './iso2859-tables.js';

/**
 * Inspection severity (mức độ kiểm tra) of ISO 2859-1 §9.
 *
 * @example
 * const s: InspectionSeverity = 'tightened';
 */
export type InspectionSeverity = 'normal' | 'tightened' | 'reduced';

/**
 * A single sampling plan by attributes (phương án lấy mẫu một lần).
 *
 * @example
 * const plan = samplingPlan({ lotSize: 1000, aql: 1.0 }); // { codeLetter: 'J', sampleSize: 80, acceptance: 2, rejection: 3, … }
 */
export interface SamplingPlan {
  /** Code letter from Table I for the lot size and level. */
  readonly codeLetter: CodeLetter;
  /** Row the plan was read from after following the arrows (may differ from `codeLetter`; `S` = tightened extra row). */
  readonly planLetter: CodeLetter | 'S';
  /** Sample size n. */
  readonly sampleSize: number;
  /** Acceptance number Ac: accept when nonconforming ≤ Ac. */
  readonly acceptance: number;
  /** Rejection number Re: reject when nonconforming ≥ Re (reduced plans may have Re > Ac + 1). */
  readonly rejection: number;
  readonly aql: number;
  readonly level: InspectionLevel;
  readonly severity: InspectionSeverity;
  readonly lotSize: number;
  /** True when n ≥ lot size: inspect every item (100 %). */
  readonly fullInspection: boolean;
}

/**
 * Input of {@link samplingPlan}.
 *
 * @example
 * const q: SamplingPlanInput = { lotSize: 5000, aql: 1.5, level: 'II', severity: 'normal' };
 */
export interface SamplingPlanInput {
  readonly lotSize: number;
  /** An AQL column of the master tables (0.010 … 1000). */
  readonly aql: number;
  /** Default `II`. */
  readonly level?: InspectionLevel;
  /** Default `normal`. */
  readonly severity?: InspectionSeverity;
}

/**
 * Zod schema of {@link SamplingPlanInput}.
 *
 * @example
 * SamplingPlanInputSchema.parse({ lotSize: 1000, aql: 1 });
 */
export const SamplingPlanInputSchema = z.object({
  lotSize: z.number().int().min(2),
  aql: z.number().positive(),
  level: z.enum(['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III']).optional(),
  severity: z.enum(['normal', 'tightened', 'reduced']).optional(),
});

/**
 * Sample-size code letter (chữ mã cỡ mẫu) for a lot size and inspection level (ISO 2859-1 Table 1).
 *
 * @example
 * codeLetter(1000) // 'J'
 * codeLetter(50, 'S-2') // 'B'
 */
export function codeLetter(lotSize: number, level: InspectionLevel = 'II'): CodeLetter {
  if (!Number.isInteger(lotSize) || lotSize < 2) {
    throw invalid(
      'QC/INVALID_LOT_SIZE',
      `lot size must be an integer ≥ 2, got ${lotSize}`,
      `cỡ lô phải là số nguyên ≥ 2, nhận ${lotSize}`,
      ['lotSize'],
      { lotSize },
    );
  }
  const col = INSPECTION_LEVELS.indexOf(level);
  if (col < 0) {
    throw invalid(
      'QC/INVALID_PARAMETER',
      `unknown inspection level ${String(level)}`,
      `mức kiểm tra không hợp lệ ${String(level)}`,
      ['level'],
    );
  }
  const row = CODE_LETTER_TABLE.find((r) => lotSize <= r.maxLot)!;
  return row.letters[col] as CodeLetter;
}

/**
 * The single sampling plan for a lot (ISO 2859-1 Tables 2-A/2-B/2-C), with the arrows resolved: `↓` uses the
 * first plan below it, `↑` the first above, and the sample size and Ac/Re come from the row reached.
 *
 * @example
 * samplingPlan({ lotSize: 1000, aql: 0.1 }) // n 125, Ac 0, Re 1 (↓ from J to K)
 * samplingPlan({ lotSize: 1000, aql: 1, severity: 'tightened' }) // n 80, Ac 1, Re 2
 */
export function samplingPlan(input: SamplingPlanInput): SamplingPlan {
  const level = input.level ?? 'II';
  const severity = input.severity ?? 'normal';
  const letter = codeLetter(input.lotSize, level);
  const col = aqlColumn(input.aql);
  const table: Readonly<Record<string, string>> =
    severity === 'normal'
      ? TABLE_II_A_NORMAL
      : severity === 'tightened'
        ? TABLE_II_B_TIGHTENED
        : severity === 'reduced'
          ? TABLE_II_C_REDUCED
          : fail(severity);
  const rows: readonly (CodeLetter | 'S')[] =
    severity === 'tightened' ? [...CODE_LETTERS, 'S'] : CODE_LETTERS;
  let r = rows.indexOf(letter);
  let direction = 0;
  for (let guard = 0; guard < rows.length + 1; guard++) {
    const cell = table[rows[r]!]!.split(' ')[col]!;
    if (cell === '↓' || cell === '↑') {
      const d = cell === '↓' ? 1 : -1;
      if (direction !== 0 && d !== direction) break;
      direction = d;
      r += d;
      if (r < 0 || r >= rows.length) break;
      continue;
    }
    const [ac, re] = cell.split(',').map(Number) as [number, number];
    const planLetter = rows[r]!;
    const sampleSize =
      severity === 'reduced' ? REDUCED_SAMPLE_SIZES[planLetter as CodeLetter] : SAMPLE_SIZES[planLetter];
    return {
      codeLetter: letter,
      planLetter,
      sampleSize,
      acceptance: ac,
      rejection: re,
      aql: AQL_VALUES[col]!,
      level,
      severity,
      lotSize: input.lotSize,
      fullInspection: sampleSize >= input.lotSize,
    };
  }
  throw invalid(
    'QC/UNKNOWN_AQL',
    `no ${severity} plan for code letter ${letter} at AQL ${input.aql}`,
    `không có phương án ${severity} cho chữ mã ${letter} ở AQL ${input.aql}`,
    ['aql'],
  );
}

function fail(severity: never): never {
  throw invalid(
    'QC/INVALID_PARAMETER',
    `unknown severity ${String(severity)}`,
    `mức độ kiểm tra không hợp lệ ${String(severity)}`,
    ['severity'],
  );
}

/** Index of an AQL in {@link AQL_VALUES}; throws `QC/UNKNOWN_AQL`. @internal */
export function aqlColumn(aql: number): number {
  const col = AQL_VALUES.findIndex((v) => Math.abs(v - aql) <= v * 1e-9);
  if (col < 0) {
    throw invalid(
      'QC/UNKNOWN_AQL',
      `AQL ${aql} is not a column of the ISO 2859-1 tables (${AQL_VALUES.join(', ')})`,
      `AQL ${aql} không có trong bảng ISO 2859-1`,
      ['aql'],
      { aql },
    );
  }
  return col;
}

/**
 * Lot disposition under a plan: `accept` when d ≤ Ac, `reject` when d ≥ Re, and for reduced plans with a gap,
 * `accept-reinstate-normal` when Ac < d < Re (accept the lot but return to normal inspection).
 *
 * @example
 * lotDecision(samplingPlan({ lotSize: 1000, aql: 1 }), 3) // 'reject'
 */
export function lotDecision(
  plan: SamplingPlan,
  nonconforming: number,
): 'accept' | 'reject' | 'accept-reinstate-normal' {
  if (!Number.isInteger(nonconforming) || nonconforming < 0) {
    throw invalid(
      'QC/INVALID_COUNT',
      `nonconforming must be a non-negative integer, got ${nonconforming}`,
      `số lỗi phải là số nguyên không âm, nhận ${nonconforming}`,
      ['nonconforming'],
      { value: nonconforming },
    );
  }
  if (nonconforming <= plan.acceptance) return 'accept';
  if (nonconforming >= plan.rejection) return 'reject';
  return 'accept-reinstate-normal';
}
