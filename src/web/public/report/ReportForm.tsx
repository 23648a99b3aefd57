import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicReportCreated } from '../../../domain/reports/report.schemas.ts';
import { errorMessage, fieldErrorsOf } from '../../shared/error-message.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { TextAreaField } from '../ui/TextAreaField.tsx';
import { ContactFields } from './ContactFields.tsx';
import { IncidentTypeField } from './IncidentTypeField.tsx';
import {
  DESCRIPTION_MAX,
  EMPTY_REPORT_FORM,
  FIELD_IDS,
  REPORT_FIELDS,
  isReportField,
  validateReport,
  type ReportFieldErrors,
  type ReportFormValues,
} from './report-form.ts';
import { submitReport } from './submit-report.ts';
import { WhenFields } from './WhenFields.tsx';

type ReportFormProps = { onSubmitted: (created: PublicReportCreated) => void };

export function ReportForm({ onSubmitted }: ReportFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [values, setValues] = useState<ReportFormValues>(EMPTY_REPORT_FORM);
  const [attempts, setAttempts] = useState(0);
  const [serverErrors, setServerErrors] = useState<ReportFieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  // After the first attempt, errors follow the input live (and the UI language).
  const validation = validateReport(values, language, t);
  const clientErrors = attempts > 0 && !validation.ok ? validation.errors : {};
  const errors: ReportFieldErrors = { ...serverErrors, ...clientErrors };
  const summary = REPORT_FIELDS.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: FIELD_IDS[field], message }] : [];
  });

  const update = <K extends keyof ReportFormValues>(key: K, value: ReportFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setAttempts((count) => count + 1);
    setServerErrors({});
    setFormError(undefined);
    if (!validation.ok) return;
    setSubmitting(true);
    try {
      onSubmitted(await submitReport(validation.body));
    } catch (error) {
      const byPath = fieldErrorsOf(error);
      const known = Object.entries(byPath).filter(([path]) => isReportField(path));
      setServerErrors(Object.fromEntries(known));
      if (known.length === 0) setFormError(errorMessage(error, t));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {summary.length > 0 || formError ? (
        <ErrorSummary
          title={t('errors.summary')}
          items={summary}
          message={formError}
          focusKey={attempts}
        />
      ) : null}
      <IncidentTypeField
        value={values.incidentType}
        error={errors.incidentType}
        onChange={(value) => update('incidentType', value)}
      />
      <TextAreaField
        id="description"
        label={t('report.descriptionLabel')}
        hint={t('report.descriptionHint')}
        status={t('report.charCount', {
          count: values.description.length,
          max: DESCRIPTION_MAX,
        })}
        rows={7}
        value={values.description}
        error={errors.description}
        onValueChange={(value) => update('description', value)}
      />
      <WhenFields
        date={values.date}
        time={values.time}
        error={errors.occurredAt}
        onDateChange={(value) => update('date', value)}
        onTimeChange={(value) => update('time', value)}
      />
      <ContactFields
        values={values}
        errors={errors}
        onChange={(field, value) => update(field, value)}
      />
      <button type="submit" className="button button--primary" aria-busy={submitting}>
        {submitting ? t('report.submitting') : t('report.submit')}
      </button>
    </form>
  );
}
