import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../domain/incidents/incident.schemas.ts';
import { isOpen, isReopen, type IncidentStatus } from '../../../domain/incidents/lifecycle.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { CloseIncidentModal } from './CloseIncidentModal.tsx';
import { markContained, showIncident, transitionIncident } from './incidents-api.ts';
import { ReopenIncidentModal } from './ReopenIncidentModal.tsx';

type StatusActionsProps = { incident: IncidentDetail };

/** What the button that moves an incident to `to` says. */
function actionKey(from: IncidentStatus, to: IncidentStatus) {
  if (isReopen(from, to)) return 'staff.incidents.actions.reopen' as const;
  if (to === 'in_progress' && (from === 'waiting_reporter' || from === 'waiting_third_party')) {
    return 'staff.incidents.actions.resume' as const;
  }
  return `staff.incidents.actions.to.${to}` as const;
}

/**
 * A button for every move the lifecycle allows from here. Closing asks for a disposition
 * and a note, reopening for a reason; the other moves happen at once.
 */
export function StatusActions({ incident }: StatusActionsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'close' | 'reopen' | null>(null);

  const move = useMutation({
    mutationFn: (to: IncidentStatus) => transitionIncident(incident.id, { to }),
    onSuccess: (updated) => showIncident(queryClient, updated),
  });
  const contain = useMutation({
    mutationFn: () => markContained(incident.id),
    onSuccess: (updated) => showIncident(queryClient, updated),
  });

  const choose = (to: IncidentStatus) => {
    contain.reset();
    if (to === 'closed') return setDialog('close');
    if (isReopen(incident.status, to)) return setDialog('reopen');
    move.mutate(to);
  };
  const canContain = !incident.containedAt && !incident.mergedInto && isOpen(incident.status);

  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap" role="group" aria-label={t('staff.incidents.actions.label')}>
        {incident.allowedTransitions.map((to) => (
          <Button
            key={to}
            variant={to === 'closed' || isReopen(incident.status, to) ? 'default' : 'filled'}
            loading={move.isPending && move.variables === to}
            disabled={move.isPending}
            onClick={() => choose(to)}
            data-to={to}
          >
            {t(actionKey(incident.status, to))}
          </Button>
        ))}
        {canContain ? (
          <Button
            variant="light"
            loading={contain.isPending}
            onClick={() => {
              move.reset();
              contain.mutate();
            }}
          >
            {t('staff.incidents.actions.markContained')}
          </Button>
        ) : null}
      </Group>
      {incident.containedAt ? (
        <Text size="sm" data-testid="contained">
          {t('staff.incidents.actions.containedAt', {
            time: formatDateTime(incident.containedAt, language),
          })}
        </Text>
      ) : null}
      {move.error ? <ErrorAlert error={move.error} /> : null}
      {contain.error ? <ErrorAlert error={contain.error} /> : null}
      <CloseIncidentModal
        incidentId={incident.id}
        from={incident.status}
        opened={dialog === 'close'}
        onClose={() => setDialog(null)}
      />
      <ReopenIncidentModal
        incidentId={incident.id}
        from={incident.status}
        opened={dialog === 'reopen'}
        onClose={() => setDialog(null)}
      />
    </Stack>
  );
}
