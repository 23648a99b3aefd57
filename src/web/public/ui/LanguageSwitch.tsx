import { useTranslation } from 'react-i18next';
import type { Language } from '../../../domain/language.ts';
import { setLanguage } from '../../i18n/i18n.ts';
import { useLanguage } from '../../shared/use-language.ts';

const CHOICES: { language: Language; name: string }[] = [
  { language: 'km', name: 'ខ្មែរ' },
  { language: 'en', name: 'English' },
];

/** Two buttons, each language named in itself, so anyone can find their own. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {CHOICES.map(({ language, name }) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={current === language}
          onClick={() => setLanguage(language)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
