import { Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { subtypeLabel } from './labels.ts';
import { SeverityBadge } from './SeverityBadge.tsx';
import { SlaBadge } from './SlaBadge.tsx';
import type { IncidentRowsProps } from './IncidentsTable.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/**
 * The queue on a phone: one card an incident with the same facts as a table row, so
 * nothing needs scrolling sideways. The reference is the link (Tab, then Enter); the
 * checkbox beside it selects the card for bulk actions.
 */
export function IncidentCards({
  items,
  caption,
  selectable = false,
  selected = new Set(),
  onToggle,
}: IncidentRowsProps) {
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
          className={`incident-card incident-card--${incident.sla} queue-row`}
          tabIndex={-1}
          data-queue-row
          data-selected={selected.has(incident.id)}
        >
          <Stack gap={6}>
            <Group gap="sm" wrap="nowrap">
              {selectable ? (
                <Checkbox
                  size="md"
                  aria-label={t('staff.queue.select', { name: incident.reference })}
                  checked={selected.has(incident.id)}
                  onChange={() => onToggle?.(incident.id)}
                />
              ) : null}
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
            </Group>
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
