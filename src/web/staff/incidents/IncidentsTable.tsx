import { Checkbox, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentSummary } from '../../../domain/incidents/incident.schemas.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { subtypeLabel } from './labels.ts';
import { SeverityBadge } from './SeverityBadge.tsx';
import { SlaBadge } from './SlaBadge.tsx';
import { StatusBadge } from './StatusBadge.tsx';

export type IncidentRowsProps = {
  items: IncidentSummary[];
  caption: string;
  /** A checkbox a row, when the reader may change several incidents at once. */
  selectable?: boolean;
  selected?: ReadonlySet<string>;
  onToggle?: (incidentId: string) => void;
};

/**
 * One row an incident. Its reference is a link, so every row is reached with Tab and opened
 * with Enter; a click anywhere else on the row opens it too (but on its checkbox). Each row
 * takes the focus from the queue's keys (j/k) and shows a ring when it has it.
 */
export function IncidentsTable({
  items,
  caption,
  selectable = false,
  selected = new Set(),
  onToggle,
}: IncidentRowsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const open = (event: MouseEvent, incidentId: string) => {
    // Let the link, the checkbox and selecting text behave as they normally do.
    const target = event.target as HTMLElement;
    if (target.closest('a, [data-select-cell]') || window.getSelection()?.toString()) return;
    void navigate({ to: '/incidents/$incidentId', params: { incidentId } });
  };
  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table highlightOnHover verticalSpacing="sm" captionSide="top">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {selectable ? (
              <Table.Th scope="col" w={48}>
                <span className="visually-hidden">{t('staff.queue.selectionColumn')}</span>
              </Table.Th>
            ) : null}
            <Table.Th scope="col">{t('staff.incidents.columns.reference')}</Table.Th>
            <Table.Th scope="col">{t('staff.incidents.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('staff.incidents.columns.severity')}</Table.Th>
            <Table.Th scope="col">{t('staff.incidents.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('staff.incidents.columns.classification')}</Table.Th>
            <Table.Th scope="col">{t('staff.incidents.columns.assignee')}</Table.Th>
            <Table.Th scope="col">{t('staff.incidents.columns.reports')}</Table.Th>
            <Table.Th scope="col">{t('staff.incidents.columns.sla')}</Table.Th>
            <Table.Th scope="col">{t('staff.incidents.columns.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((incident) => (
            <Table.Tr
              key={incident.id}
              data-testid="incident-row"
              data-sla={incident.sla}
              className={`incident-row incident-row--${incident.sla} queue-row`}
              tabIndex={-1}
              data-queue-row
              data-selected={selected.has(incident.id)}
              onClick={(event) => open(event, incident.id)}
            >
              {selectable ? (
                <Table.Td data-select-cell>
                  <Checkbox
                    aria-label={t('staff.queue.select', { name: incident.reference })}
                    checked={selected.has(incident.id)}
                    onChange={() => onToggle?.(incident.id)}
                  />
                </Table.Td>
              ) : null}
              <Table.Td>
                <AnchorLink
                  to="/incidents/$incidentId"
                  params={{ incidentId: incident.id }}
                  ff="monospace"
                  fw={700}
                  style={{ whiteSpace: 'nowrap' }}
                  aria-label={`${incident.reference}: ${incident.title}`}
                >
                  {incident.reference}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {incident.title}
                </Text>
              </Table.Td>
              <Table.Td>
                <SeverityBadge severity={incident.severity} />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={incident.status} />
              </Table.Td>
              <Table.Td>{subtypeLabel(incident.classification.localSubtype, language)}</Table.Td>
              <Table.Td>
                {incident.assignee?.name ?? (
                  <Text span size="sm" c="dimmed">
                    {t('staff.incidents.queue.unassigned')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{incident.reportCount}</Table.Td>
              <Table.Td>
                <SlaBadge state={incident.sla} />
              </Table.Td>
              <Table.Td>
                <time dateTime={incident.updatedAt}>
                  {formatDateTime(incident.updatedAt, language)}
                </time>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
