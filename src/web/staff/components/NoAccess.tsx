import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './use-document-title.ts';

type NoAccessProps = { area?: 'reports' | 'incidents' | 'settings' };

const TEXTS = {
  reports: { title: 'staff.noAccess.title', text: 'staff.noAccess.text' },
  incidents: { title: 'staff.noAccess.incidentsTitle', text: 'staff.noAccess.incidentsText' },
  settings: { title: 'staff.noAccess.settingsTitle', text: 'staff.noAccess.settingsText' },
} as const;

/** Shown to staff whose role does not include this area (admin, oversight…). */
export function NoAccess({ area = 'reports' }: NoAccessProps) {
  const { t } = useTranslation();
  const title = t(TEXTS[area].title);
  useDocumentTitle(title);
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Alert color="gray" variant="light">
        {t(TEXTS[area].text)}
      </Alert>
    </Stack>
  );
}
