import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/use-active-session.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { AddEvidenceForm } from './AddEvidenceForm.tsx';
import { EvidenceCard } from './EvidenceCard.tsx';
import { incidentEvidenceQuery } from './evidence-api.ts';

type EvidencePanelProps = { incidentId: string; canAdd: boolean };

/**
 * The incident's evidence locker: every item with its state and chain of custody, and a
 * form to add a file (for those who handle evidence, on an incident not merged away).
 */
export function EvidencePanel({ incidentId, canAdd }: EvidencePanelProps) {
  const { t } = useTranslation();
  const canRead = useCan('evidence:read');
  const canHandle = useCan('evidence:handle');
  const evidence = useQuery({ ...incidentEvidenceQuery(incidentId), enabled: canRead });
  if (!canRead) return <Text>{t('staff.locker.noAccess')}</Text>;
  return (
    <Stack gap="md" data-testid="evidence-panel">
      <Text size="sm" c="dimmed">
        {t('staff.locker.hint')}
      </Text>
      {evidence.isPending ? <Loader aria-label={t('app.loading')} /> : null}
      {evidence.error ? <ErrorAlert error={evidence.error} /> : null}
      {evidence.data?.items.length === 0 ? <Text>{t('staff.locker.empty')}</Text> : null}
      {evidence.data && evidence.data.items.length > 0 ? (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {evidence.data.items.map((item) => (
            <EvidenceCard key={item.id} item={item} />
          ))}
        </Stack>
      ) : null}
      {canAdd && canHandle ? (
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h4" id="add-evidence-title" mb="xs">
            {t('staff.locker.add.title')}
          </Title>
          <AddEvidenceForm incidentId={incidentId} />
        </Paper>
      ) : null}
    </Stack>
  );
}
