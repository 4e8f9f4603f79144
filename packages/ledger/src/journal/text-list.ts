/**
 * A column of texts kept as codes into a list of the distinct texts: how the plain-text reader
 * keeps dates and descriptions (a few distinct values over many entries), without an array of a
 * quarter of a million references for the collector to allocate and scan.
 * @internal
 */
export interface CodedTexts<T extends string = string> {
  /** The distinct texts. */
  readonly list: readonly T[];
  /** Text of row `i` is `list[codes[i]]`. */
  readonly codes: Int32Array;
}

/** Texts by row: an array, or codes into a list. @internal */
export type TextList<T extends string = string> = readonly T[] | CodedTexts<T>;

/** The text of row `i`. @internal */
export function textAt<T extends string>(texts: TextList<T>, i: number): T {
  return Array.isArray(texts)
    ? (texts as readonly T[])[i]!
    : (texts as CodedTexts<T>).list[(texts as CodedTexts<T>).codes[i]!]!;
}
