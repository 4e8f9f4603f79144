import { z } from 'zod';

/**
 * Where a statutory or standard figure comes from: the document (e.g. `Law 109/2025/QH15`,
 * `Decree 293/2025/ND-CP`), the article, a URL and a title. Every dated value carries one.
 */
export interface LegalReference {
  /** Document number, as cited: `Resolution 110/2025/UBTVQH15`. */
  readonly document: string;
  /** Article, clause or table, e.g. `Art. 7(1)` or `Appendix I`. */
  readonly article?: string;
  /** Where to read it. */
  readonly url?: string;
  /** Title or short description of the document. */
  readonly title?: string;
  /** Anything a reader should know (uncertainty, derivation). */
  readonly note?: string;
}

/**
 * zod schema of a {@link LegalReference}.
 * @example LegalReferenceSchema.parse({ document: 'Decree 293/2025/ND-CP', article: 'Art. 3' })
 */
export const LegalReferenceSchema = z
  .object({
    document: z.string().min(1, 'document must name the legal text'),
    article: z.string().min(1).optional(),
    url: z.string().url().optional(),
    title: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  })
  .strict();

/**
 * Formats a reference for people: `Law 109/2025/QH15, Art. 9`.
 * @example formatReference({ document: 'Decree 293/2025/ND-CP', article: 'Art. 3' })
 */
export function formatReference(ref: LegalReference): string {
  return ref.article ? `${ref.document}, ${ref.article}` : ref.document;
}
