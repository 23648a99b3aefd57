import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './use-document-title.ts';

type NoAccessProps = { area?: 'reports' | 'incidents' };

/** Shown to staff whose role does not include reading this area (admin, oversight…). */
export function NoAccess({ area = 'reports' }: NoAccessProps) {
  const { t } = useTranslation();
  const title =
    area === 'incidents' ? t('staff.noAccess.incidentsTitle') : t('staff.noAccess.title');
  useDocumentTitle(title);
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Alert color="gray" variant="light">
        {area === 'incidents' ? t('staff.noAccess.incidentsText') : t('staff.noAccess.text')}
      </Alert>
    </Stack>
  );
}
