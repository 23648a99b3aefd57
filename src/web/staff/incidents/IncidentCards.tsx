import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentSummary } from '../../../domain/incidents/incident.schemas.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { subtypeLabel } from './labels.ts';
import { SeverityBadge } from './SeverityBadge.tsx';
import { SlaBadge } from './SlaBadge.tsx';
import { StatusBadge } from './StatusBadge.tsx';

type IncidentCardsProps = { items: IncidentSummary[]; caption: string };

/**
 * The queue on a phone: one card an incident with the same facts as a table row, so
 * nothing needs scrolling sideways. The reference is the link (Tab, then Enter).
 */
export function IncidentCards({ items, caption }: IncidentCardsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={caption}>
      {items.map((incident) => (
        <Paper
          component="li"
          key={incident.id}
          withBorder
          p="sm"
          radius="md"
          data-testid="incident-row"
          data-sla={incident.sla}
          className={`incident-card incident-card--${incident.sla}`}
        >
          <Stack gap={6}>
            <AnchorLink
              to="/incidents/$incidentId"
              params={{ incidentId: incident.id }}
              fw={700}
              aria-label={`${incident.reference}: ${incident.title}`}
            >
              <Text span ff="monospace" fw={700} inherit>
                {incident.reference}
              </Text>
            </AnchorLink>
            <Text size="sm" fw={600}>
              {incident.title}
            </Text>
            <Group gap={6} wrap="wrap">
              <SeverityBadge severity={incident.severity} />
              <StatusBadge status={incident.status} />
              <SlaBadge state={incident.sla} />
            </Group>
            <Text size="sm">{subtypeLabel(incident.classification.localSubtype, language)}</Text>
            <Text size="sm" c="dimmed">
              {incident.assignee?.name ?? t('staff.incidents.queue.unassigned')} ·{' '}
              {t('staff.incidents.queue.reportCount', { reports: incident.reportCount })} ·{' '}
              <time dateTime={incident.updatedAt}>
                {formatDateTime(incident.updatedAt, language)}
              </time>
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
