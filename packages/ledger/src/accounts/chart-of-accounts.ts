import { BoRuleError, BoStateError, BoValidationError, type CalendarDate, parseWith } from '@bo/core';
import type { AccountRole } from './account-role.js';
import { type AccountDefinition, accountDefinitionSchema } from './account-definition.js';
import { buildAccounts } from './charts/build-accounts.js';
import { CIRCULAR_99_ROWS } from './charts/circular-99-2025.js';
import { CIRCULAR_133_ROWS } from './charts/circular-133-2016.js';
import { ROLE_MAP_TT99, ROLE_MAP_TT133, type RoleMap } from './role-maps.js';

/** Chart regimes shipped with the package. @example const r: ChartRegime = 'VN-TT99'; */
export type ChartRegime = 'VN-TT99' | 'VN-TT133';

/**
 * A chart of accounts (hệ thống tài khoản): a dated, versioned regime plus the user's own accounts,
 * closures and role remappings. Plain immutable data; change it with {@link addAccount},
 * {@link closeAccount} and {@link remapRoles}, which return a new chart.
 * @example const chart = chartOfAccounts('VN-TT99', '2026-01-01' as CalendarDate);
 */
export interface ChartOfAccounts {
  /** Regime id. */
  readonly regime: string;
  /** Version id of the regime data, e.g. `'TT99/2025@2026-01-01'`. */
  readonly version: string;
  /** Legal source of the regime. */
  readonly source: string;
  /** First fiscal day the regime applies to. */
  readonly effectiveFrom: CalendarDate;
  /** First day it no longer applies, if replaced. */
  readonly effectiveTo?: CalendarDate;
  /** Accounts in code order. */
  readonly accounts: readonly AccountDefinition[];
  /** Role → account code. */
  readonly roles: RoleMap;
}

interface RegimeVersion {
  readonly regime: ChartRegime;
  readonly version: string;
  readonly source: string;
  readonly effectiveFrom: CalendarDate;
  readonly effectiveTo?: CalendarDate;
  readonly accounts: readonly AccountDefinition[];
  readonly roles: RoleMap;
}

/**
 * The shipped regime versions, with their legal sources and dates.
 * @example CHART_REGIME_VERSIONS.map((v) => v.version)
 */
export const CHART_REGIME_VERSIONS: readonly RegimeVersion[] = Object.freeze([
  {
    regime: 'VN-TT99',
    version: 'TT99/2025@2026-01-01',
    source:
      'Circular 99/2025/TT-BTC (27 Oct 2025), Appendix II; in force for fiscal years from 1 Jan 2026, replacing Circular 200/2014/TT-BTC',
    effectiveFrom: '2026-01-01' as CalendarDate,
    accounts: buildAccounts(CIRCULAR_99_ROWS),
    roles: ROLE_MAP_TT99,
  },
  {
    regime: 'VN-TT133',
    version: 'TT133/2016@2017-01-01',
    source: 'Circular 133/2016/TT-BTC (26 Aug 2016), Appendix 1; SME accounting regime from 1 Jan 2017',
    effectiveFrom: '2017-01-01' as CalendarDate,
    accounts: buildAccounts(CIRCULAR_133_ROWS),
    roles: ROLE_MAP_TT133,
  },
]);

/**
 * The chart of a regime in force on a date (default: the latest version).
 * @throws BoRuleError `LEDGER/NO_CHART_FOR_DATE` when the regime is not in force on that date
 * @throws BoValidationError `LEDGER/UNKNOWN_REGIME` for an unknown regime
 * @example
 * const chart = chartOfAccounts('VN-TT99', '2026-01-01' as CalendarDate);
 * chart.accounts.filter((a) => a.parent === undefined).length // 71
 */
export function chartOfAccounts(regime: ChartRegime, asOf?: CalendarDate): ChartOfAccounts {
  const versions = CHART_REGIME_VERSIONS.filter((v) => v.regime === regime);
  if (versions.length === 0) {
    throw new BoValidationError({
      code: 'LEDGER/UNKNOWN_REGIME',
      message: `unknown chart regime ${String(regime)}; use VN-TT99 or VN-TT133`,
      messageVi: `chế độ kế toán không hợp lệ ${String(regime)}`,
      path: ['regime'],
    });
  }
  const v = versions.find(
    (x) =>
      asOf === undefined ||
      (x.effectiveFrom <= asOf && (x.effectiveTo === undefined || asOf < x.effectiveTo)),
  );
  if (v === undefined) {
    throw new BoRuleError({
      code: 'LEDGER/NO_CHART_FOR_DATE',
      message: `${regime} is not in force on ${asOf}`,
      messageVi: `${regime} chưa/không còn hiệu lực vào ngày ${asOf}`,
      path: ['asOf'],
      details: { regime, asOf },
    });
  }
  return {
    regime: v.regime,
    version: v.version,
    source: v.source,
    effectiveFrom: v.effectiveFrom,
    ...(v.effectiveTo === undefined ? {} : { effectiveTo: v.effectiveTo }),
    accounts: v.accounts,
    roles: v.roles,
  };
}

/**
 * Finds an account by code.
 * @example findAccount(chart, '3383')?.nameVi // 'Bảo hiểm xã hội'
 */
export function findAccount(chart: ChartOfAccounts, code: string): AccountDefinition | undefined {
  return chart.accounts.find((a) => a.code === code);
}

/**
 * Resolves a role to an account code.
 * @throws BoRuleError `LEDGER/ROLE_NOT_MAPPED` when the chart maps no account to the role
 * @example resolveRole(chartOfAccounts('VN-TT133'), 'salaryExpense') // '6422'
 */
export function resolveRole(chart: ChartOfAccounts, role: AccountRole): string {
  const code = chart.roles[role];
  if (code === undefined) {
    throw new BoRuleError({
      code: 'LEDGER/ROLE_NOT_MAPPED',
      message: `role ${role} has no account in ${chart.version}; map it with remapRoles`,
      messageVi: `vai trò ${role} chưa được gán tài khoản trong ${chart.version}`,
      path: ['role'],
      details: { role, chart: chart.version },
    });
  }
  return code;
}

/**
 * Returns a chart whose roles are remapped (e.g. BHTN to 3386, or salary expense to a user account).
 * @throws BoValidationError `LEDGER/UNKNOWN_ACCOUNT` when a target account is not in the chart
 * @example remapRoles(chart, { unemploymentInsurancePayable: '3386' })
 */
export function remapRoles(chart: ChartOfAccounts, overrides: RoleMap): ChartOfAccounts {
  for (const [role, code] of Object.entries(overrides)) {
    if (code !== undefined && findAccount(chart, code) === undefined) {
      throw new BoValidationError({
        code: 'LEDGER/UNKNOWN_ACCOUNT',
        message: `role ${role} cannot map to ${code}: no such account in the chart`,
        messageVi: `không có tài khoản ${code} trong hệ thống tài khoản`,
        path: ['roles', role],
        details: { role, account: code },
      });
    }
  }
  return { ...chart, roles: Object.freeze({ ...chart.roles, ...overrides }) };
}

/**
 * Adds a user account (level 2/3 detail or a sub-ledger account). Level-1 codes are fixed by the
 * regime: a user account must have a parent already in the chart and a code starting with it.
 * @throws BoValidationError `LEDGER/INVALID_ACCOUNT` (bad shape), `LEDGER/DUPLICATE_ACCOUNT`,
 *   `LEDGER/UNKNOWN_PARENT`, `LEDGER/ACCOUNT_CODE_PREFIX`
 * @example addAccount(chart, { code: '11211', nameVi: 'Tiền gửi VCB', nameEn: 'VCB deposits', parent: '1121' })
 */
export function addAccount(
  chart: ChartOfAccounts,
  input: Omit<AccountDefinition, 'type' | 'normalSide' | 'userDefined'> &
    Partial<Pick<AccountDefinition, 'type' | 'normalSide'>>,
): ChartOfAccounts {
  const parentCode = input.parent;
  const parent = parentCode === undefined ? undefined : findAccount(chart, parentCode);
  if (parent === undefined) {
    throw new BoValidationError({
      code: 'LEDGER/UNKNOWN_PARENT',
      message: `account ${input.code} needs an existing parent account (level-1 accounts are fixed by the regime)`,
      messageVi: `tài khoản ${input.code} phải có tài khoản cấp trên tồn tại`,
      path: ['parent'],
      details: { code: input.code, parent: parentCode },
    });
  }
  const def = parseWith(
    accountDefinitionSchema,
    { type: parent.type, normalSide: parent.normalSide, ...input, userDefined: true },
    'account',
    'LEDGER/INVALID_ACCOUNT',
  ) as AccountDefinition;
  if (findAccount(chart, def.code) !== undefined) {
    throw new BoValidationError({
      code: 'LEDGER/DUPLICATE_ACCOUNT',
      message: `account ${def.code} already exists`,
      messageVi: `tài khoản ${def.code} đã tồn tại`,
      path: ['code'],
    });
  }
  if (!def.code.startsWith(parent.code) || def.code.length <= parent.code.length) {
    throw new BoValidationError({
      code: 'LEDGER/ACCOUNT_CODE_PREFIX',
      message: `account ${def.code} must extend its parent's code ${parent.code}`,
      messageVi: `số hiệu ${def.code} phải bắt đầu bằng số hiệu tài khoản cấp trên ${parent.code}`,
      path: ['code'],
    });
  }
  const accounts = [...chart.accounts, Object.freeze(def)].sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  return { ...chart, accounts };
}

/**
 * Closes an account from a date: postings dated on or after it are refused with `LEDGER/ACCOUNT_CLOSED`.
 * @throws BoValidationError `LEDGER/UNKNOWN_ACCOUNT`; BoStateError `LEDGER/ACCOUNT_CLOSED` if already closed earlier
 * @example closeAccount(chart, '11211', '2026-07-01' as CalendarDate)
 */
export function closeAccount(chart: ChartOfAccounts, code: string, from: CalendarDate): ChartOfAccounts {
  const acc = findAccount(chart, code);
  if (acc === undefined) {
    throw new BoValidationError({
      code: 'LEDGER/UNKNOWN_ACCOUNT',
      message: `no account ${code} in the chart`,
      messageVi: `không có tài khoản ${code}`,
      path: ['code'],
    });
  }
  if (acc.closedFrom !== undefined && acc.closedFrom <= from) {
    throw new BoStateError({
      code: 'LEDGER/ACCOUNT_CLOSED',
      message: `account ${code} is already closed from ${acc.closedFrom}`,
      messageVi: `tài khoản ${code} đã đóng từ ${acc.closedFrom}`,
      path: ['code'],
    });
  }
  return {
    ...chart,
    accounts: chart.accounts.map((a) => (a.code === code ? Object.freeze({ ...a, closedFrom: from }) : a)),
  };
}

/**
 * Sets per-account options that the journal enforces: required dimensions and balance limits
 * (in functional-currency minor units, on the normal-side balance).
 * @throws BoValidationError `LEDGER/UNKNOWN_ACCOUNT`
 * @example configureAccount(chart, '1121', { limits: { min: '0' } }) // no overdraft
 */
export function configureAccount(
  chart: ChartOfAccounts,
  code: string,
  options: Pick<AccountDefinition, 'requiredDimensions' | 'limits'>,
): ChartOfAccounts {
  if (findAccount(chart, code) === undefined) {
    throw new BoValidationError({
      code: 'LEDGER/UNKNOWN_ACCOUNT',
      message: `no account ${code} in the chart`,
      messageVi: `không có tài khoản ${code}`,
      path: ['code'],
    });
  }
  return {
    ...chart,
    accounts: chart.accounts.map((a) => (a.code === code ? Object.freeze({ ...a, ...options }) : a)),
  };
}
