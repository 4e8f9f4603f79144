/**
 * @packageDocumentation
 * @bo/ledger — double-entry accounting for Vietnamese enterprises: charts of accounts (Circular
 * 99/2025/TT-BTC, Circular 133/2016/TT-BTC) as dated data, account roles, an append-only,
 * hash-chained journal, reports and financial statements. Guide: docs/ledger.md.
 */
export {
  ACCOUNT_ROLES,
  accountRoleSchema,
  isAccountRole,
  type AccountRole,
} from './accounts/account-role.js';
export {
  accountDefinitionSchema,
  type AccountDefinition,
  type AccountType,
  type NormalSide,
} from './accounts/account-definition.js';
export { ROLE_MAP_TT99, ROLE_MAP_TT133, type RoleMap } from './accounts/role-maps.js';
export {
  CHART_REGIME_VERSIONS,
  chartOfAccounts,
  findAccount,
  resolveRole,
  remapRoles,
  addAccount,
  closeAccount,
  configureAccount,
  type ChartOfAccounts,
  type ChartRegime,
} from './accounts/chart-of-accounts.js';
export {
  dimensionsSchema,
  postingInputSchema,
  journalEntryInputSchema,
  type Dimensions,
  type PostingInput,
  type JournalEntryInput,
} from './journal/journal-entry-input.js';
export {
  GENESIS_HASH,
  signedAmount,
  type EntryKind,
  type StoredEntry,
  type StoredPosting,
} from './journal/stored-entry.js';
export {
  createLedger,
  type Ledger,
  type LedgerOptions,
  type PostOptions,
  type ReverseOptions,
  type ResolvePendingOptions,
  type AccountBalances,
  type CurrencyBalance,
  type MinorEntryInput,
  type MinorPostingInput,
} from './journal/ledger.js';
export { memoryStore, type LedgerStore } from './storage/ledger-store.js';
export type { EntryColumns, ColumnPostResult } from './journal/entry-columns.js';
export { sha256Hex } from './audit/sha256.js';
export { encodeEntryContent, hashEntry, verifyChain, type ChainVerification } from './audit/entry-hash.js';
export type { LedgerView, DateRange } from './reports/ledger-view.js';
export { trialBalance, type TrialBalance, type TrialBalanceRow } from './reports/trial-balance.js';
export { balanceAt, movement, balancesByDimension } from './reports/balances.js';
export { accountStatement, type AccountStatement, type StatementLine } from './reports/account-statement.js';
export { generalJournal, type GeneralJournalLine } from './reports/general-journal.js';
export {
  financialStatement,
  lineValue,
  statementTemplateSchema,
  type StatementTemplate,
  type TemplateLine,
  type TemplateCheck,
  type LineSource,
  type FinancialStatement,
  type StatementRow,
  type CheckResult,
  type CashDefinition,
} from './statements/statement-template.js';
export { B01_DN_TT99, CASH_EQUIVALENTS } from './statements/b01-dn.js';
export { STATEMENT_DIMENSIONS } from './statements/statement-dimensions.js';
export { B02_DN_TT99 } from './statements/b02-dn.js';
export { B03_DN_TT99, CASH_TT99 } from './statements/b03-dn.js';
export { B01A_DNN_TT133 } from './statements/b01-dnn.js';
export { B02_DNN_TT133 } from './statements/b02-dnn.js';
export { B03_DNN_TT133, CASH_TT133 } from './statements/b03-dnn.js';
export { closePeriod, type ClosePeriodOptions, type ClosePeriodResult } from './closing/close-period.js';
export { carryForwardRetainedEarnings } from './closing/carry-forward-retained-earnings.js';
export {
  FX_REVALUATION_TAG,
  revalueForeignCurrency,
  type RevaluationOptions,
} from './fx/revalue-foreign-currency.js';
export {
  DECLINING_BALANCE_COEFFICIENTS,
  DECLINING_BALANCE_SOURCE,
  decliningBalanceCoefficient,
} from './depreciation/declining-balance-coefficients.js';
export {
  straightLine,
  decliningBalance,
  unitsOfProduction,
  type DepreciationSchedule,
  type DepreciationPeriod,
} from './depreciation/depreciation-schedule.js';
export { depreciationEntries } from './depreciation/depreciation-entries.js';
export {
  SNAPSHOT_VERSION,
  exportSnapshot,
  importSnapshot,
  snapshotToJSON,
  ledgerSnapshotSchema,
  type LedgerSnapshot,
} from './backup/snapshot.js';
export {
  encryptSnapshot,
  decryptSnapshot,
  snapshotKeyFromBytes,
  snapshotKeyFromPassphrase,
  type EncryptedSnapshot,
  type SnapshotKey,
} from './backup/encrypt-snapshot.js';
export {
  parsePlainTextJournal,
  parsePlainTextColumns,
  type PlainTextOptions,
  type PlainTextAssertion,
  type ParsedPlainTextJournal,
} from './plaintext/parse-plain-text-journal.js';
export { formatPlainTextJournal } from './plaintext/format-plain-text-journal.js';
export { importPlainTextJournal } from './plaintext/import-plain-text-journal.js';
