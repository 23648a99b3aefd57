import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, LanguageSchema, type Language } from '../../domain/language.ts';

/** The UI language as a domain Language; components using it re-render when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const parsed = LanguageSchema.safeParse(i18n.language);
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}
