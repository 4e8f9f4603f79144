import { TextPool } from './text-pool.js';

/**
 * A column of texts kept as codes into a list of the distinct texts: how the plain-text reader
 * keeps dates and descriptions (a few distinct values over many entries), without an array of a
 * quarter of a million references for the collector to allocate and scan.
 * @internal
 */
export interface CodedTexts<T extends string = string> {
  /** The distinct texts: an array, or a pool of their bytes (see {@link TextPool}). */
  readonly list: readonly T[] | TextPool;
  /** Text of row `i` is `list[codes[i]]`. */
  readonly codes: Int32Array;
}

/** Texts by row: an array, or codes into a list. @internal */
export type TextList<T extends string = string> = readonly T[] | CodedTexts<T>;

/** Distinct text `k` of a coded column. @internal */
export function distinctText<T extends string>(texts: CodedTexts<T>, k: number): T {
  const list = texts.list;
  return list instanceof TextPool ? (list.at(k) as T) : list[k]!;
}

/** The text of row `i`. @internal */
export function textAt<T extends string>(texts: TextList<T>, i: number): T {
  if (Array.isArray(texts)) return (texts as readonly T[])[i]!;
  const { list, codes } = texts as CodedTexts<T>;
  return list instanceof TextPool ? (list.at(codes[i]!) as T) : list[codes[i]!]!;
}
