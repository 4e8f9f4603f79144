import { BoValidationError } from '@bo/core';

/**
 * Factors for constructing variables control charts for one subgroup size `n`.
 *
 * - `A2`, `A3`, `B3`, `B4`, `D3`, `D4`, `E2`: the published 4-decimal factors (ASTM E2587 / ASTM STP 15D table,
 *   reproduced in Montgomery, *Introduction to Statistical Quality Control*, Appendix VI).
 * - `d2`: the published 3-decimal value used by textbooks and by R's qcc (`qcc.options("exp.R.unscaled")`);
 *   this is the value control limits use by default, so results match Montgomery and qcc digit for digit.
 * - `d2Exact`, `d3`: E[W] and SD[W] of the range W of `n` standard normals, by numerical integration of
 *   F_W(w) = n∫φ(x)[Φ(x+w) − Φ(x)]^(n−1) dx (SAS/QC "Deriving Control Chart Constants"), 7 decimals.
 * - `c4`: √(2/(n−1))·Γ(n/2)/Γ((n−1)/2), 7 decimals.
 *
 * @example
 * const k: ControlChartConstants = chartConstants(5); // { n: 5, A2: 0.5768, d2: 2.326, … }
 */
export interface ControlChartConstants {
  /** Subgroup size. */
  readonly n: number;
  /** X̄ chart factor with R̄: limits X̿ ± A2·R̄. */
  readonly A2: number;
  /** X̄ chart factor with S̄: limits X̿ ± A3·S̄. */
  readonly A3: number;
  /** S chart lower factor: LCL = B3·S̄. */
  readonly B3: number;
  /** S chart upper factor: UCL = B4·S̄. */
  readonly B4: number;
  /** R chart lower factor: LCL = D3·R̄. */
  readonly D3: number;
  /** R chart upper factor: UCL = D4·R̄. */
  readonly D4: number;
  /** Individuals chart factor with M̄R̄ (3/d2). */
  readonly E2: number;
  /** Unbiasing constant of the sample standard deviation: E[s] = c4·σ. */
  readonly c4: number;
  /** Mean of the relative range, published 3-decimal value: E[R] = d2·σ. */
  readonly d2: number;
  /** Mean of the relative range to 7 decimals. */
  readonly d2Exact: number;
  /** Standard deviation of the relative range: SD[R] = d3·σ. */
  readonly d3: number;
}

/**
 * Where {@link CONTROL_CHART_CONSTANTS} come from.
 *
 * @example
 * CONTROL_CHART_CONSTANTS_SOURCE.standard // 'ASTM E2587 …'
 */
export const CONTROL_CHART_CONSTANTS_SOURCE = {
  standard:
    'ASTM E2587-16 Table 2 / ASTM STP 15D "Factors for computing control chart lines" (Montgomery, Introduction to SQC, Appendix VI)',
  formulas:
    'SAS/QC User’s Guide, "Deriving Control Chart Constants" (d2, d3 by integrating the range distribution; c4 by Γ)',
  crossCheck: 'R package qcc 3.0: exp.R.unscaled (d2, 3 decimals), qcc.c4()',
} as const;

/**
 * Control-chart constants for subgroup sizes n = 2…25 (hằng số biểu đồ kiểm soát), as data.
 * Source: {@link CONTROL_CHART_CONSTANTS_SOURCE}.
 *
 * @example
 * CONTROL_CHART_CONSTANTS.find((c) => c.n === 5)?.A2 // 0.5768
 */
export const CONTROL_CHART_CONSTANTS: readonly ControlChartConstants[] = Object.freeze([
  {
    n: 2,
    A2: 1.88,
    A3: 2.6587,
    B3: 0.0,
    B4: 3.2665,
    D3: 0.0,
    D4: 3.2665,
    E2: 2.6587,
    c4: 0.7978846,
    d2: 1.128,
    d2Exact: 1.1283792,
    d3: 0.8525025,
  },
  {
    n: 3,
    A2: 1.0233,
    A3: 1.9544,
    B3: 0.0,
    B4: 2.5682,
    D3: 0.0,
    D4: 2.5746,
    E2: 1.7725,
    c4: 0.8862269,
    d2: 1.693,
    d2Exact: 1.6925688,
    d3: 0.888368,
  },
  {
    n: 4,
    A2: 0.7286,
    A3: 1.6281,
    B3: 0.0,
    B4: 2.266,
    D3: 0.0,
    D4: 2.2821,
    E2: 1.4572,
    c4: 0.9213177,
    d2: 2.059,
    d2Exact: 2.0587507,
    d3: 0.8798082,
  },
  {
    n: 5,
    A2: 0.5768,
    A3: 1.4273,
    B3: 0.0,
    B4: 2.089,
    D3: 0.0,
    D4: 2.1145,
    E2: 1.2898,
    c4: 0.9399856,
    d2: 2.326,
    d2Exact: 2.3259289,
    d3: 0.864082,
  },
  {
    n: 6,
    A2: 0.4832,
    A3: 1.2871,
    B3: 0.0304,
    B4: 1.9696,
    D3: 0.0,
    D4: 2.0038,
    E2: 1.1837,
    c4: 0.9515329,
    d2: 2.534,
    d2Exact: 2.5344127,
    d3: 0.8480397,
  },
  {
    n: 7,
    A2: 0.4193,
    A3: 1.1819,
    B3: 0.1177,
    B4: 1.8823,
    D3: 0.0757,
    D4: 1.9243,
    E2: 1.1093,
    c4: 0.9593688,
    d2: 2.704,
    d2Exact: 2.7043568,
    d3: 0.8332053,
  },
  {
    n: 8,
    A2: 0.3725,
    A3: 1.0991,
    B3: 0.1851,
    B4: 1.8149,
    D3: 0.1362,
    D4: 1.8638,
    E2: 1.0537,
    c4: 0.9650305,
    d2: 2.847,
    d2Exact: 2.8472006,
    d3: 0.8198315,
  },
  {
    n: 9,
    A2: 0.3367,
    A3: 1.0317,
    B3: 0.2391,
    B4: 1.7609,
    D3: 0.184,
    D4: 1.816,
    E2: 1.0101,
    c4: 0.9693107,
    d2: 2.97,
    d2Exact: 2.9700263,
    d3: 0.8078343,
  },
  {
    n: 10,
    A2: 0.3083,
    A3: 0.9754,
    B3: 0.2837,
    B4: 1.7163,
    D3: 0.223,
    D4: 1.777,
    E2: 0.9748,
    c4: 0.9726593,
    d2: 3.078,
    d2Exact: 3.0775055,
    d3: 0.7970507,
  },
  {
    n: 11,
    A2: 0.2851,
    A3: 0.9274,
    B3: 0.3213,
    B4: 1.6787,
    D3: 0.2556,
    D4: 1.7444,
    E2: 0.9455,
    c4: 0.9753501,
    d2: 3.173,
    d2Exact: 3.1728727,
    d3: 0.7873146,
  },
  {
    n: 12,
    A2: 0.2658,
    A3: 0.8859,
    B3: 0.3535,
    B4: 1.6465,
    D3: 0.2833,
    D4: 1.7167,
    E2: 0.9207,
    c4: 0.9775594,
    d2: 3.258,
    d2Exact: 3.2584553,
    d3: 0.7784783,
  },
  {
    n: 13,
    A2: 0.2494,
    A3: 0.8495,
    B3: 0.3816,
    B4: 1.6184,
    D3: 0.3072,
    D4: 1.6928,
    E2: 0.8993,
    c4: 0.9794056,
    d2: 3.336,
    d2Exact: 3.3359804,
    d3: 0.7704162,
  },
  {
    n: 14,
    A2: 0.2354,
    A3: 0.8173,
    B3: 0.4062,
    B4: 1.5938,
    D3: 0.3281,
    D4: 1.6719,
    E2: 0.8806,
    c4: 0.9809714,
    d2: 3.407,
    d2Exact: 3.4067631,
    d3: 0.7630231,
  },
  {
    n: 15,
    A2: 0.2231,
    A3: 0.7885,
    B3: 0.4282,
    B4: 1.5718,
    D3: 0.3466,
    D4: 1.6534,
    E2: 0.8641,
    c4: 0.9823162,
    d2: 3.472,
    d2Exact: 3.4718269,
    d3: 0.7562114,
  },
  {
    n: 16,
    A2: 0.2123,
    A3: 0.7626,
    B3: 0.4479,
    B4: 1.5521,
    D3: 0.363,
    D4: 1.637,
    E2: 0.8494,
    c4: 0.9834835,
    d2: 3.532,
    d2Exact: 3.5319828,
    d3: 0.7499081,
  },
  {
    n: 17,
    A2: 0.2028,
    A3: 0.7391,
    B3: 0.4657,
    B4: 1.5343,
    D3: 0.3779,
    D4: 1.6221,
    E2: 0.8361,
    c4: 0.9845064,
    d2: 3.588,
    d2Exact: 3.587884,
    d3: 0.7440518,
  },
  {
    n: 18,
    A2: 0.1943,
    A3: 0.7176,
    B3: 0.4818,
    B4: 1.5182,
    D3: 0.3913,
    D4: 1.6087,
    E2: 0.8242,
    c4: 0.98541,
    d2: 3.64,
    d2Exact: 3.6400638,
    d3: 0.7385908,
  },
  {
    n: 19,
    A2: 0.1866,
    A3: 0.6979,
    B3: 0.4966,
    B4: 1.5034,
    D3: 0.4035,
    D4: 1.5965,
    E2: 0.8132,
    c4: 0.9862141,
    d2: 3.689,
    d2Exact: 3.688963,
    d3: 0.7334815,
  },
  {
    n: 20,
    A2: 0.1796,
    A3: 0.6797,
    B3: 0.5102,
    B4: 1.4898,
    D3: 0.4147,
    D4: 1.5853,
    E2: 0.8032,
    c4: 0.9869343,
    d2: 3.735,
    d2Exact: 3.7349501,
    d3: 0.7286863,
  },
  {
    n: 21,
    A2: 0.1733,
    A3: 0.6629,
    B3: 0.5228,
    B4: 1.4772,
    D3: 0.425,
    D4: 1.575,
    E2: 0.794,
    c4: 0.9875829,
    d2: 3.778,
    d2Exact: 3.7783358,
    d3: 0.7241733,
  },
  {
    n: 22,
    A2: 0.1675,
    A3: 0.6473,
    B3: 0.5344,
    B4: 1.4656,
    D3: 0.4345,
    D4: 1.5655,
    E2: 0.7855,
    c4: 0.9881703,
    d2: 3.819,
    d2Exact: 3.8193846,
    d3: 0.7199148,
  },
  {
    n: 23,
    A2: 0.1621,
    A3: 0.6327,
    B3: 0.5452,
    B4: 1.4548,
    D3: 0.4434,
    D4: 1.5566,
    E2: 0.7775,
    c4: 0.9887045,
    d2: 3.858,
    d2Exact: 3.8583234,
    d3: 0.7158867,
  },
  {
    n: 24,
    A2: 0.1572,
    A3: 0.6191,
    B3: 0.5553,
    B4: 1.4447,
    D3: 0.4516,
    D4: 1.5484,
    E2: 0.7701,
    c4: 0.9891927,
    d2: 3.895,
    d2Exact: 3.8953481,
    d3: 0.7120682,
  },
  {
    n: 25,
    A2: 0.1526,
    A3: 0.6063,
    B3: 0.5648,
    B4: 1.4352,
    D3: 0.4593,
    D4: 1.5407,
    E2: 0.7632,
    c4: 0.9896404,
    d2: 3.931,
    d2Exact: 3.9306292,
    d3: 0.7084407,
  },
]);

/**
 * Smallest subgroup size in {@link CONTROL_CHART_CONSTANTS}.
 *
 * @example
 * CONSTANTS_MIN_N // 2
 */
export const CONSTANTS_MIN_N = 2;
/**
 * Largest subgroup size in {@link CONTROL_CHART_CONSTANTS}.
 *
 * @example
 * CONSTANTS_MAX_N // 25
 */
export const CONSTANTS_MAX_N = 25;

/**
 * The constants for subgroup size `n` (2…25); throws `QC/SUBGROUP_SIZE_OUT_OF_TABLE` otherwise.
 *
 * @example
 * chartConstants(5).d2 // 2.326
 * chartConstants(5).D4 // 2.1145
 */
export function chartConstants(n: number): ControlChartConstants {
  const row = Number.isInteger(n) ? CONTROL_CHART_CONSTANTS[n - CONSTANTS_MIN_N] : undefined;
  if (row === undefined) {
    throw new BoValidationError({
      code: 'QC/SUBGROUP_SIZE_OUT_OF_TABLE',
      message: `subgroup size must be an integer from ${CONSTANTS_MIN_N} to ${CONSTANTS_MAX_N}, got ${n}`,
      messageVi: `cỡ nhóm con phải là số nguyên từ ${CONSTANTS_MIN_N} đến ${CONSTANTS_MAX_N}, nhận ${n}`,
      details: { n },
    });
  }
  return row;
}
