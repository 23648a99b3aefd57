import { Alert, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SetupStatusSchema } from '../../../domain/auth/auth.schemas.ts';
import { FirstAdminForm } from '../auth/FirstAdminForm.tsx';
import { takeSetupToken } from '../auth/setup-token.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { AuthCard } from '../components/AuthCard.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { staffGet } from '../staff-api.ts';

/**
 * Creates an admin from a one-time link (`/staff/setup#token=…`), printed by the server on
 * a first run or by `karpear users create-admin` at any time.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const [token] = useState(takeSetupToken);
  const [created, setCreated] = useState(false);
  // Without a token, the page can only say whether setup is still to be done.
  const status = useQuery({
    queryKey: ['setup-status'],
    queryFn: () => staffGet('/api/setup/status', SetupStatusSchema),
    enabled: !token,
  });

  const signInLink = <AnchorLink to="/sign-in">{t('staff.signIn.title')}</AnchorLink>;

  let body;
  if (created) {
    body = (
      <>
        <Alert color="green" role="status">
          {t('staff.setup.created')}
        </Alert>
        {signInLink}
      </>
    );
  } else if (token) {
    body = (
      <>
        <Text>{t('staff.setup.intro')}</Text>
        <FirstAdminForm token={token} onCreated={() => setCreated(true)} />
      </>
    );
  } else if (status.isPending) {
    body = <Loader aria-label={t('app.loading')} />;
  } else if (status.error) {
    body = <ErrorAlert error={status.error} />;
  } else if (status.data.needsSetup) {
    body = <Alert color="yellow">{t('staff.setup.noToken')}</Alert>;
  } else {
    body = (
      <>
        <Text>{t('staff.setup.done')}</Text>
        {signInLink}
      </>
    );
  }
  return <AuthCard title={t('staff.setup.title')}>{body}</AuthCard>;
}
