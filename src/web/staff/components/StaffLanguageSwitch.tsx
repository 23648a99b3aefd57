import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSchema } from '../../../domain/language.ts';
import { setLanguage } from '../../i18n/i18n.ts';
import { useLanguage } from '../../shared/use-language.ts';

/** ខ្មែរ / English, each named in its own language; the choice is remembered on the device. */
export function StaffLanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <SegmentedControl
      aria-label={t('app.language')}
      size="sm"
      value={language}
      onChange={(value) => {
        const parsed = LanguageSchema.safeParse(value);
        if (parsed.success) setLanguage(parsed.data);
      }}
      data={[
        { value: 'km', label: <span lang="km">ខ្មែរ</span> },
        { value: 'en', label: <span lang="en">English</span> },
      ]}
    />
  );
}
