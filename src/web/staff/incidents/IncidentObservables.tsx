import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../domain/incidents/incident.schemas.ts';
import {
  ObservableTypeSchema,
  type IncidentObservable,
  type ObservableDecisionBody,
  type ObservableType,
} from '../../../domain/observables/observable.schemas.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { StaffIcon } from '../components/StaffIcon.tsx';
import { AddObservableForm } from './AddObservableForm.tsx';
import { decideObservable, showIncident } from './incidents-api.ts';
import { ObservableLookupModal } from './ObservableLookupModal.tsx';

type Looked = { type: ObservableType; value: string };

type IncidentObservablesProps = { incident: IncidentDetail; canEdit: boolean };

/**
 * The indicators of the incident by type: where each came from, what the analysts decided,
 * and how often it was seen outside this incident (which opens the list of those reports and
 * incidents). Removed ones are listed apart, struck through.
 */
export function IncidentObservables({ incident, canEdit }: IncidentObservablesProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [looked, setLooked] = useState<Looked | null>(null);
  const decide = useMutation({
    mutationFn: (body: ObservableDecisionBody) => decideObservable(incident.id, body),
    onSuccess: (updated) => showIncident(queryClient, updated),
  });

  const kept = incident.observables.filter((entry) => entry.decision !== 'removed');
  const removed = incident.observables.filter((entry) => entry.decision === 'removed');
  const groups = ObservableTypeSchema.options
    .map((type) => [type, kept.filter((entry) => entry.type === type)] as const)
    .filter(([, entries]) => entries.length > 0);

  const item = (entry: IncidentObservable) => (
    <ObservableItem
      key={`${entry.type} ${entry.value}`}
      entry={entry}
      canEdit={canEdit}
      busy={decide.isPending}
      deciding={
        decide.isPending &&
        decide.variables.type === entry.type &&
        decide.variables.value === entry.value
      }
      onDecide={(decision) => {
        decide.reset();
        decide.mutate({ type: entry.type, value: entry.value, decision });
      }}
      onLookup={() => setLooked({ type: entry.type, value: entry.value })}
    />
  );

  return (
    <Stack gap="md" data-testid="incident-observables">
      <Text size="sm" c="dimmed">
        {t('staff.incidents.indicators.hint')}
      </Text>
      {incident.observables.length === 0 ? <Text>{t('staff.observables.empty')}</Text> : null}
      {decide.error ? <ErrorAlert error={decide.error} /> : null}
      {groups.map(([type, entries]) => (
        <section key={type} aria-labelledby={`observables-${type}`}>
          <Title order={3} size="h5" id={`observables-${type}`} mb="xs">
            {t(`staff.observables.types.${type}`)} ({entries.length})
          </Title>
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {entries.map(item)}
          </Stack>
        </section>
      ))}
      {removed.length > 0 ? (
        <section aria-labelledby="observables-removed">
          <Title order={3} size="h5" id="observables-removed" mb="xs">
            {t('staff.incidents.indicators.removedTitle')} ({removed.length})
          </Title>
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {removed.map(item)}
          </Stack>
        </section>
      ) : null}
      {canEdit ? (
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h4" mb="xs" id="add-observable-title">
            {t('staff.incidents.indicators.addTitle')}
          </Title>
          <AddObservableForm incidentId={incident.id} />
        </Paper>
      ) : null}
      <ObservableLookupModal
        incidentId={incident.id}
        reportIds={incident.reports.map((report) => report.id)}
        observable={looked}
        onClose={() => setLooked(null)}
      />
    </Stack>
  );
}

type ObservableItemProps = {
  entry: IncidentObservable;
  canEdit: boolean;
  busy: boolean;
  deciding: boolean;
  onDecide: (decision: ObservableDecisionBody['decision']) => void;
  onLookup: () => void;
};

function ObservableItem({
  entry,
  canEdit,
  busy,
  deciding,
  onDecide,
  onLookup,
}: ObservableItemProps) {
  const { t } = useTranslation();
  const isRemoved = entry.decision === 'removed';
  const { reports, incidents } = entry.elsewhere;
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      data-testid="incident-observable"
      data-type={entry.type}
      data-decision={entry.decision ?? 'none'}
      className={isRemoved ? 'observable observable--removed' : 'observable'}
    >
      <Stack gap={6}>
        <Text
          ff="monospace"
          fw={700}
          td={isRemoved ? 'line-through' : undefined}
          style={{ overflowWrap: 'anywhere' }}
          data-testid="observable-value"
        >
          {entry.value}
        </Text>
        <Group gap={6} wrap="wrap">
          <Badge variant="outline" color="gray.8" radius="sm" tt="none">
            {t(`staff.incidents.indicators.origins.${entry.origin}`)}
          </Badge>
          <DecisionBadge decision={entry.decision} />
        </Group>
        {reports + incidents > 0 ? (
          <Anchor
            component="button"
            type="button"
            size="sm"
            fw={700}
            ta="start"
            onClick={onLookup}
            className="seen-elsewhere"
            data-testid="seen-elsewhere"
          >
            <StaffIcon name="alert" size={14} />{' '}
            {t('staff.incidents.indicators.seenElsewhere', { reports, incidents })}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('staff.incidents.indicators.notSeenElsewhere')}
          </Text>
        )}
        {canEdit ? (
          <Group gap="xs" wrap="wrap">
            {isRemoved ? (
              <Button
                variant="default"
                size="compact-sm"
                loading={deciding}
                disabled={busy}
                onClick={() => onDecide('confirmed')}
                aria-label={t('staff.incidents.indicators.restoreNamed', { value: entry.value })}
              >
                {t('staff.incidents.indicators.restore')}
              </Button>
            ) : (
              <>
                {entry.decision !== 'confirmed' ? (
                  <Button
                    size="compact-sm"
                    loading={deciding}
                    disabled={busy}
                    onClick={() => onDecide('confirmed')}
                    aria-label={t('staff.incidents.indicators.confirmNamed', {
                      value: entry.value,
                    })}
                  >
                    {t('staff.incidents.indicators.confirm')}
                  </Button>
                ) : null}
                <Button
                  variant="outline"
                  color="red.9"
                  size="compact-sm"
                  disabled={busy}
                  onClick={() => onDecide('removed')}
                  aria-label={t('staff.incidents.indicators.removeNamed', { value: entry.value })}
                >
                  {t('staff.incidents.indicators.remove')}
                </Button>
              </>
            )}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Confirmed (with a tick), removed, or not checked yet: always in words. */
function DecisionBadge({ decision }: { decision: IncidentObservable['decision'] }) {
  const { t } = useTranslation();
  if (decision === 'confirmed') {
    return (
      <Badge
        radius="sm"
        tt="none"
        styles={{ root: { background: '#d3f9d8', color: '#14532d' } }}
        leftSection={<StaffIcon name="check" size={12} />}
        data-testid="observable-decision"
      >
        {t('staff.incidents.indicators.decisions.confirmed')}
      </Badge>
    );
  }
  return (
    <Badge
      radius="sm"
      tt="none"
      styles={{ root: { background: '#f1f3f5', color: '#343a40' } }}
      data-testid="observable-decision"
    >
      {decision === 'removed'
        ? t('staff.incidents.indicators.decisions.removed')
        : t('staff.incidents.indicators.decisions.none')}
    </Badge>
  );
}
