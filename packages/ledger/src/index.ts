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
  dimensionsSchema,
  postingInputSchema,
  journalEntryInputSchema,
  type Dimensions,
  type PostingInput,
  type JournalEntryInput,
} from './journal/journal-entry-input.js';
