import { z } from 'zod';

/** The languages every string of the product exists in. Khmer first. */
export const LanguageSchema = z.enum(['km', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const DEFAULT_LANGUAGE: Language = 'km';

/** A text in both languages. */
export type Bilingual = Record<Language, string>;

/** Picks the best language from an Accept-Language header; Khmer when nothing matches. */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    const match = LanguageSchema.safeParse(primary);
    if (match.success) return match.data;
  }
  return DEFAULT_LANGUAGE;
}
