/**
 * @packageDocumentation
 * @bo/qc — work in progress; see docs/qc.md.
 */
export {};
