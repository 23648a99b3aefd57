import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AddInformationBodySchema } from '../../../domain/reports/report.schemas.ts';
import { errorMessage, fieldErrorsOf } from '../../shared/error-message.ts';
import type { ReporterCredentials } from '../evidence/upload-file.ts';
import { TextAreaField } from '../ui/TextAreaField.tsx';
import { addInformation } from './follow-up-api.ts';

const ADDITION_MAX = 5_000;

type AddInformationProps = { credentials: ReporterCredentials; onAdded: () => void };

/** A text the reporter adds to their report; it joins the conversation above. */
export function AddInformation({ credentials, onAdded }: AddInformationProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setSent(false);
    const parsed = AddInformationBodySchema.safeParse({ text });
    if (!parsed.success) {
      const tooBig = parsed.error.issues.some((issue) => issue.code === 'too_big');
      setError(
        tooBig ? t('errors.descriptionLong', { max: ADDITION_MAX }) : t('followUp.addEmpty'),
      );
      return;
    }
    setError(undefined);
    setSending(true);
    try {
      await addInformation(credentials, parsed.data);
      setText('');
      setSent(true);
      onAdded();
    } catch (failure) {
      setError(fieldErrorsOf(failure).text ?? errorMessage(failure, t));
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="stack stack--tight" aria-labelledby="add-information-title">
      <h2 id="add-information-title">{t('followUp.addTitle')}</h2>
      <form className="stack stack--tight" noValidate onSubmit={(e) => void handleSubmit(e)}>
        <TextAreaField
          id="addition"
          label={t('followUp.addLabel')}
          hint={t('followUp.addHint')}
          rows={4}
          value={text}
          error={error}
          onValueChange={(value) => {
            setText(value);
            setSent(false);
          }}
        />
        <button type="submit" className="button button--primary" aria-busy={sending}>
          {sending ? t('report.submitting') : t('followUp.addSubmit')}
        </button>
        <p role="status" className="field-status">
          {sent ? t('followUp.added') : null}
        </p>
      </form>
    </section>
  );
}
