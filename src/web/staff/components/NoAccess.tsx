import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './use-document-title.ts';

/** Shown to staff whose role does not include reading reports (admin, oversight…). */
export function NoAccess() {
  const { t } = useTranslation();
  useDocumentTitle(t('staff.noAccess.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('staff.noAccess.title')}</Title>
      <Alert color="gray" variant="light">
        {t('staff.noAccess.text')}
      </Alert>
    </Stack>
  );
}
