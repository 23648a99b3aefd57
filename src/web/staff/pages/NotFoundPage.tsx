import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.notFoundTitle'));
  return (
    <Container component="main" id="main" py="xl">
      <Stack gap="md">
        <Title order={1}>{t('app.notFoundTitle')}</Title>
        <Text>{t('app.notFoundText')}</Text>
        <AnchorLink to="/reports">{t('staff.nav.reports')}</AnchorLink>
      </Stack>
    </Container>
  );
}
