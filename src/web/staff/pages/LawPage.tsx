import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/use-active-session.ts';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { LawView } from '../law/LawView.tsx';

/** The legal catalogue, for every staff role but partners (the API refuses them too). */
export function LawPage() {
  return useCan('law:read') ? <LawView /> : <LawNoAccess />;
}

function LawNoAccess() {
  const { t } = useTranslation();
  const title = t('staff.law.noAccessTitle');
  useDocumentTitle(title);
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Alert color="gray" variant="light">
        {t('staff.law.noAccessText')}
      </Alert>
    </Stack>
  );
}
