import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/error-message.ts';

type ErrorAlertProps = { error: unknown };

/** A failed call, in the server's own (localised) words when it gave some. */
export function ErrorAlert({ error }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert">
      {errorMessage(error, t)}
    </Alert>
  );
}
