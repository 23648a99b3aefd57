import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../domain/incidents/incident.schemas.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import {
  incidentDetailQuery,
  mergeIncidents,
  openIncidentsQuery,
  showIncident,
  splitIncident,
} from './incidents-api.ts';

type MergedIncidentsProps = { incident: IncidentDetail; canEdit: boolean };

type Ref = IncidentDetail['merged'][number];

/**
 * The incidents merged into this one, each of which can be split off again, and a picker to
 * merge another open incident in: type its reference or words of its title.
 */
export function MergedIncidents({ incident, canEdit }: MergedIncidentsProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [splitting, setSplitting] = useState<Ref | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [confirmMerge, setConfirmMerge] = useState(false);
  const candidates = useQuery({ ...openIncidentsQuery, enabled: canEdit });

  const split = useMutation({
    mutationFn: (incidentId: string) => splitIncident(incidentId),
    onSuccess: async (separated) => {
      await showIncident(queryClient, separated);
      await queryClient.invalidateQueries({ queryKey: incidentDetailQuery(incident.id).queryKey });
      setSplitting(null);
    },
  });
  const merge = useMutation({
    mutationFn: (sourceId: string) => mergeIncidents(incident.id, [sourceId]),
    onSuccess: async (updated) => {
      await showIncident(queryClient, updated);
      await queryClient.invalidateQueries({ queryKey: ['incidents', 'detail'] });
      setPicked(null);
      setConfirmMerge(false);
    },
  });

  const mergedIds = new Set(incident.merged.map((entry) => entry.id));
  const options = (candidates.data?.items ?? [])
    .filter((entry) => entry.id !== incident.id && !mergedIds.has(entry.id))
    .map((entry) => ({ value: entry.id, label: `${entry.reference} · ${entry.title}` }));
  const pickedLabel = options.find((option) => option.value === picked)?.label ?? '';

  return (
    <Stack gap="md">
      {incident.merged.length === 0 ? (
        <Text size="sm">{t('staff.incidents.merge.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {incident.merged.map((entry) => (
            <Paper component="li" key={entry.id} withBorder p="xs" radius="md">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <AnchorLink to="/incidents/$incidentId" params={{ incidentId: entry.id }}>
                  <Text span ff="monospace" fw={700} inherit>
                    {entry.reference}
                  </Text>{' '}
                  · {entry.title}
                </AnchorLink>
                {canEdit ? (
                  <Button
                    variant="default"
                    size="compact-sm"
                    onClick={() => {
                      split.reset();
                      setSplitting(entry);
                    }}
                    aria-label={t('staff.incidents.merge.splitNamed', {
                      reference: entry.reference,
                    })}
                  >
                    {t('staff.incidents.merge.split')}
                  </Button>
                ) : null}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {canEdit ? (
        <Stack gap="xs">
          <Select
            label={t('staff.incidents.merge.pick')}
            description={t('staff.incidents.merge.pickHint')}
            placeholder={t('staff.incidents.merge.placeholder')}
            searchable
            clearable={false}
            nothingFoundMessage={t('staff.incidents.merge.nothingFound')}
            data={options}
            value={picked}
            onChange={setPicked}
          />
          {candidates.error ? <ErrorAlert error={candidates.error} /> : null}
          <Button
            variant="default"
            disabled={!picked}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => {
              merge.reset();
              setConfirmMerge(true);
            }}
          >
            {t('staff.incidents.merge.submit')}
          </Button>
        </Stack>
      ) : null}
      <ConfirmDialog
        opened={splitting !== null}
        title={t('staff.incidents.merge.splitTitle')}
        confirmLabel={t('staff.incidents.merge.split')}
        loading={split.isPending}
        error={split.error}
        onClose={() => setSplitting(null)}
        onConfirm={() => splitting && split.mutate(splitting.id)}
      >
        <Text>
          {t('staff.incidents.merge.splitText', { reference: splitting?.reference ?? '' })}
        </Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirmMerge}
        title={t('staff.incidents.merge.confirmTitle')}
        confirmLabel={t('staff.incidents.merge.confirm')}
        loading={merge.isPending}
        error={merge.error}
        onClose={() => setConfirmMerge(false)}
        onConfirm={() => picked && merge.mutate(picked)}
      >
        <Text>
          {t('staff.incidents.merge.confirmText', {
            source: pickedLabel,
            target: incident.reference,
          })}
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
