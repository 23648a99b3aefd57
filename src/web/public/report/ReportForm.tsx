import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../domain/language.ts';
import type { PublicReportCreated } from '../../../domain/reports/report.schemas.ts';
import { errorMessage, fieldErrorsOf } from '../../shared/error-message.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { FilePicker } from '../evidence/FilePicker.tsx';
import { useProofOfWork } from '../pow/use-proof-of-work.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { TextAreaField } from '../ui/TextAreaField.tsx';
import { ContactFields } from './ContactFields.tsx';
import { DetailQuestions } from './DetailQuestions.tsx';
import { DraftNotice } from './DraftNotice.tsx';
import { IncidentTypeField } from './IncidentTypeField.tsx';
import { loadDraft, useDraftAutosave } from './report-draft.ts';
import {
  DESCRIPTION_MAX,
  EMPTY_REPORT_FORM,
  fieldIdOf,
  reportFields,
  validateReport,
  type ReportFieldErrors,
  type ReportFormValues,
} from './report-form.ts';
import { SubmitButton } from './SubmitButton.tsx';
import { isProofOfWorkRefusal, submitReport } from './submit-report.ts';
import { WhenFields } from './WhenFields.tsx';

type ReportFormProps = {
  onSubmitted: (created: PublicReportCreated, files: File[], language: Language) => void;
};

export function ReportForm({ onSubmitted }: ReportFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [restored] = useState(loadDraft);
  const [values, setValues] = useState<ReportFormValues>(restored ?? EMPTY_REPORT_FORM);
  const [files, setFiles] = useState<File[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [serverErrors, setServerErrors] = useState<ReportFieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const { pow, state: powState } = useProofOfWork();
  const draft = useDraftAutosave(values);

  // After the first attempt, errors follow the input live (and the UI language).
  const validation = validateReport(values, language, t);
  const clientErrors = attempts > 0 && !validation.ok ? validation.errors : {};
  const errors: ReportFieldErrors = { ...serverErrors, ...clientErrors };
  const fields = reportFields(values.incidentType);
  const summary = fields.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: fieldIdOf(values.incidentType, field), message }] : [];
  });

  const update = <K extends keyof ReportFormValues>(key: K, value: ReportFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const updateDetail = (field: string, value: string) =>
    setValues((previous) => ({ ...previous, details: { ...previous.details, [field]: value } }));

  const clear = () => {
    draft.done();
    setValues(EMPTY_REPORT_FORM);
    setAttempts(0);
    setServerErrors({});
    setFormError(undefined);
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setAttempts((count) => count + 1);
    setServerErrors({});
    setFormError(undefined);
    if (!validation.ok) return;
    setSubmitting(true);
    try {
      const created = await submitReport(validation.body, pow);
      draft.done();
      onSubmitted(created, files, validation.body.language);
    } catch (error) {
      const byPath = fieldErrorsOf(error);
      const known = Object.entries(byPath).filter(([path]) => fields.includes(path));
      setServerErrors(Object.fromEntries(known));
      if (isProofOfWorkRefusal(error)) setFormError(t('pow.failed'));
      else if (known.length === 0) setFormError(errorMessage(error, t));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {restored ? <DraftNotice onClear={clear} /> : null}
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
      {values.incidentType ? (
        <DetailQuestions
          type={values.incidentType}
          answers={values.details}
          errors={errors}
          onChange={updateDetail}
        />
      ) : null}
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
      <FilePicker id="evidence" legend={t('files.legend')} files={files} onChange={setFiles} />
      <ContactFields
        values={values}
        errors={errors}
        onChange={(field, value) => update(field, value)}
      />
      <p className="field-hint">{t('draft.savedHint')}</p>
      <SubmitButton submitting={submitting} pow={powState} />
    </form>
  );
}
