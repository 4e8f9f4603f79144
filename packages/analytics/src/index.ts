/**
 * @packageDocumentation
 * @bo/analytics — work in progress; see docs/analytics.md.
 */
export {};
