import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/TextField.tsx';
import type { ReportFieldErrors, ReportFormValues } from './report-form.ts';

type ContactFieldsProps = {
  values: Pick<ReportFormValues, 'name' | 'email' | 'phone'>;
  errors: ReportFieldErrors;
  onChange: (field: 'name' | 'email' | 'phone', value: string) => void;
};

/** Optional contact details, with what they are for and how they are kept. */
export function ContactFields({ values, errors, onChange }: ContactFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="field" aria-describedby="contact-anonymous contact-use">
      <legend>{t('report.contactLegend')}</legend>
      <p id="contact-anonymous" className="notice notice--info">
        {t('report.anonymous')}
      </p>
      <p id="contact-use" className="field-hint">
        {t('report.contactUse')}
      </p>
      <TextField
        id="contact-name"
        label={t('report.nameLabel')}
        autoComplete="name"
        value={values.name}
        error={errors['contact.name']}
        onValueChange={(value) => onChange('name', value)}
      />
      <TextField
        id="contact-email"
        type="email"
        label={t('report.emailLabel')}
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        value={values.email}
        error={errors['contact.email']}
        onValueChange={(value) => onChange('email', value)}
      />
      <TextField
        id="contact-phone"
        type="tel"
        label={t('report.phoneLabel')}
        hint={t('report.phoneHint')}
        autoComplete="tel"
        inputMode="tel"
        value={values.phone}
        error={errors['contact.phone']}
        onValueChange={(value) => onChange('phone', value)}
      />
    </fieldset>
  );
}
