import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicReportView } from '../../../domain/reports/report.schemas.ts';
import {
  normaliseReporterSecret,
  normaliseTrackingCode,
} from '../../../domain/reports/tracking-code.ts';
import { ApiError } from '../../shared/api-client.ts';
import { errorMessage } from '../../shared/error-message.ts';
import type { ReporterCredentials } from '../evidence/upload-file.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { TextField } from '../ui/TextField.tsx';
import { checkReport } from './follow-up-api.ts';

export type CheckResult = { report: PublicReportView; credentials: ReporterCredentials };

type CheckFormProps = {
  initialCode: string;
  initialSecret: string;
  onResult: (result: CheckResult | null) => void;
};

type Errors = { code?: string; secret?: string };

/** One message whether the code or the secret was wrong: never tell which. */
export const isNotFound = (error: unknown): boolean =>
  error instanceof ApiError && [401, 403, 404].includes(error.status);

export function CheckForm({ initialCode, initialSecret, onResult }: CheckFormProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode);
  const [secret, setSecret] = useState(initialSecret);
  const [attempts, setAttempts] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string>();
  const [checking, setChecking] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (checking) return;
    setAttempts((count) => count + 1);
    setFormError(undefined);
    onResult(null);
    const trackingCode = normaliseTrackingCode(code);
    const bearer = normaliseReporterSecret(secret);
    const found: Errors = {
      code: trackingCode ? undefined : t(code.trim() ? 'errors.invalidCode' : 'errors.required'),
      secret: bearer ? undefined : t('errors.required'),
    };
    setErrors(found);
    if (!trackingCode || !bearer) return;
    setChecking(true);
    try {
      const credentials = { trackingCode, secret: bearer };
      onResult({ report: await checkReport(credentials), credentials });
    } catch (error) {
      setFormError(isNotFound(error) ? t('check.notFound') : errorMessage(error, t));
    } finally {
      setChecking(false);
    }
  }

  const items = [
    ...(errors.code ? [{ fieldId: 'tracking-code', message: errors.code }] : []),
    ...(errors.secret ? [{ fieldId: 'reporter-secret', message: errors.secret }] : []),
  ];

  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {items.length > 0 || formError ? (
        <ErrorSummary
          title={t('errors.summary')}
          items={items}
          message={formError}
          focusKey={attempts}
        />
      ) : null}
      <TextField
        id="tracking-code"
        label={t('check.codeLabel')}
        hint={t('check.codeHint')}
        className="field--code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        value={code}
        error={errors.code}
        onValueChange={setCode}
      />
      <TextField
        id="reporter-secret"
        label={t('check.secretLabel')}
        hint={t('check.secretHint')}
        className="field--code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        value={secret}
        error={errors.secret}
        onValueChange={setSecret}
      />
      <button type="submit" className="button button--primary" aria-busy={checking}>
        {checking ? t('check.checking') : t('check.submit')}
      </button>
    </form>
  );
}
