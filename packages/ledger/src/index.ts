/**
 * @packageDocumentation
 * @bo/ledger — work in progress; see docs/ledger.md.
 */
export {};
