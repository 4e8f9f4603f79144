/**
 * @packageDocumentation
 * @bo/hr — work in progress; see docs/hr.md.
 */
export {};
