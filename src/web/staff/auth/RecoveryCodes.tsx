import { Alert, Button, CopyButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type RecoveryCodesProps = { codes: string[]; onDone: () => void };

/** The recovery codes, shown once after enrolment. */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('staff.enrol.recoveryTitle')}
      </Title>
      <Alert color="yellow" variant="light">
        {t('staff.enrol.recoveryIntro')}
      </Alert>
      <List
        data-testid="recovery-codes"
        ff="monospace"
        spacing={4}
        styles={{ root: { columns: 2 } }}
      >
        {codes.map((code) => (
          <List.Item key={code}>
            <Text ff="monospace" span>
              {code}
            </Text>
          </List.Item>
        ))}
      </List>
      <Group>
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? t('staff.enrol.copied') : t('staff.enrol.copy')}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone}>{t('staff.enrol.saved')}</Button>
      </Group>
    </Stack>
  );
}
