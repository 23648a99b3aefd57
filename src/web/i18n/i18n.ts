import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LanguageSchema, type Language } from '../../domain/language.ts';
import en from './en.json' with { type: 'json' };
import km from './km.json' with { type: 'json' };

const STORAGE_KEY = 'karpear.language';

/**
 * The public pages' catalogues. The staff app adds its own (staff-resources.ts), so the
 * public pages do not carry the staff strings to phones on mobile data.
 */
export const resources = {
  en: { translation: en },
  km: { translation: km },
} as const;

export type Resources = Record<Language, { translation: object }>;

/** The language a visitor chose last time on this device; Khmer for a first visit. */
function storedLanguage(): Language {
  try {
    const parsed = LanguageSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled (private mode, strict settings): fall back to the default.
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is acceptable; the page still switches.
  }
}

/** Initialises i18next synchronously (catalogues are bundled) and keeps <html lang> in step. */
export function initI18n(catalogues: Resources = resources): void {
  const lng = storedLanguage();
  void i18next.use(initReactI18next).init({
    resources: catalogues,
    lng,
    fallbackLng: false,
    supportedLngs: ['km', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', applyLanguage);
}

/** The UI language, used for Accept-Language, Intl formatting and bilingual domain labels. */
export function currentLanguage(): Language {
  const parsed = LanguageSchema.safeParse(i18next.language);
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}

export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
}
