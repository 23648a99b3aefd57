import { z } from 'zod';
import { InstrumentIdSchema, type Provision } from '../../../domain/law/law.schemas.ts';
import { normaliseText, toAsciiDigits } from '../../../domain/reports/text.ts';

export const TextLanguageSchema = z.enum(['both', 'km', 'en']);
export type TextLanguage = z.infer<typeof TextLanguageSchema>;

/**
 * The Law page's state in its URL, so a provision can be linked to (from an incident's
 * legal candidates) and a view shared. A value the page does not know is dropped.
 */
export const LawSearchSchema = z.object({
  instrument: InstrumentIdSchema.optional().catch(undefined),
  /** The provision to open and scroll to. */
  provision: z
    .string()
    .max(80)
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .catch(undefined),
  q: z
    .string()
    .trim()
    .max(200)
    .transform((value) => value || undefined)
    .optional()
    .catch(undefined),
  text: TextLanguageSchema.optional().catch(undefined),
});
export type LawSearch = z.infer<typeof LawSearchSchema>;

/** Lower case, NFC, no zero-width spaces, ASCII digits: "មាត្រា ៤២៧" finds art 427. */
const fold = (value: string): string => toAsciiDigits(normaliseText(value)).toLowerCase();

/** Every text of a provision a search may match, in both languages. */
function searchableText(provision: Provision): string {
  return fold(
    [
      provision.id,
      provision.article ?? '',
      provision.title.en,
      provision.title.km,
      provision.summary?.en ?? '',
      provision.summary?.km ?? '',
      ...provision.elements.flatMap((element) => [element.text.en, element.text.km]),
    ].join('\n'),
  );
}

/**
 * The provisions the page shows: of one instrument or all, and matching every word of the
 * search (an article number matches the article's own number or range).
 */
export function filterProvisions(
  provisions: readonly Provision[],
  filters: Pick<LawSearch, 'instrument' | 'q'>,
): Provision[] {
  const words = filters.q ? fold(filters.q).split(/\s+/).filter(Boolean) : [];
  return provisions.filter((provision) => {
    if (filters.instrument && provision.instrumentId !== filters.instrument) return false;
    if (words.length === 0) return true;
    const text = searchableText(provision);
    return words.every((word) => text.includes(word) || inArticleRange(provision.article, word));
  });
}

/** "318" is in "317–320". */
function inArticleRange(article: string | null, word: string): boolean {
  const range = /^(\d+)[–-](\d+)$/.exec(article ?? '');
  if (!range || !/^\d+$/.test(word)) return false;
  const number = Number(word);
  return number >= Number(range[1]) && number <= Number(range[2]);
}
