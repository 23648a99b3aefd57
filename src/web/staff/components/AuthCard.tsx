import { Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './use-document-title.ts';
import { StaffLanguageSwitch } from './StaffLanguageSwitch.tsx';

type AuthCardProps = { title: string; children: ReactNode };

/** The frame of the pages before a session is active: sign-in, MFA, setup. */
export function AuthCard({ title, children }: AuthCardProps) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Container size={460} py="xl">
        <Group justify="space-between" mb="md" wrap="wrap">
          <Text component="p" fw={700} size="lg">
            {t('staff.title')}
          </Text>
          <StaffLanguageSwitch />
        </Group>
        <Paper component="main" id="main" tabIndex={-1} withBorder shadow="sm" p="lg" radius="md">
          <Stack gap="md">
            <Title order={1} size="h2">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Container>
    </>
  );
}
