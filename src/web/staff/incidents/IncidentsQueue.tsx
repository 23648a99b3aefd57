import { Box, Button, Group, Loader, Pagination, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api-client.ts';
import { formatTotal } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { useCan } from '../auth/use-active-session.ts';
import type { BulkNotice } from '../components/bulk-outcome.ts';
import { BulkNoticeAlert } from '../components/BulkNoticeAlert.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { NoAccess } from '../components/NoAccess.tsx';
import { pageSelection, useQueueSelection } from '../components/queue-selection.ts';
import { QueueKeysHelp } from '../components/QueueKeysHelp.tsx';
import { QueueToolbar } from '../components/QueueToolbar.tsx';
import { usePhone } from '../components/use-phone.ts';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useQueueKeys } from '../components/use-queue-keys.ts';
import { IncidentBulkActions } from './IncidentBulkActions.tsx';
import { IncidentCards } from './IncidentCards.tsx';
import { IncidentFiltersForm } from './IncidentFiltersForm.tsx';
import { INCIDENTS_PAGE_SIZE, incidentExportUrl, incidentListQuery } from './incidents-api.ts';
import { IncidentsTable } from './IncidentsTable.tsx';
import type { IncidentsSearch } from './queue-search.ts';

const route = getRouteApi('/_app/incidents');

/**
 * The incident queue: open incidents by default, filtered and sorted from the URL. Rows are
 * selected for bulk changes and walked with the keyboard (j/k, x, Enter, /, ?).
 */
export function IncidentsQueue() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const search = route.useSearch();
  const page = search.page ?? 1;
  const incidents = useQuery(incidentListQuery(search));
  // On a phone the table would scroll sideways: show cards instead.
  const phone = usePhone();
  const selectable = useCan('incidents:handle');
  const selection = useQueueSelection(JSON.stringify(search));
  const [notice, setNotice] = useState<BulkNotice | null>(null);
  const [help, setHelp] = useState(false);
  const rows = useRef<HTMLDivElement>(null);
  const items = incidents.data?.items ?? [];
  const onPage = pageSelection(
    selection.selected,
    items.map((incident) => incident.id),
  );
  useQueueKeys({
    rows,
    searchId: 'incident-search',
    onHelp: () => setHelp(true),
    onOpen: (index) => {
      const incident = items[index];
      if (incident) {
        void navigate({ to: '/incidents/$incidentId', params: { incidentId: incident.id } });
      }
    },
    onToggle: selectable
      ? (index) => {
          const incident = items[index];
          if (incident) selection.toggle(incident.id);
        }
      : undefined,
  });
  const title =
    search.sla === 'at_risk'
      ? t('staff.incidents.queue.titleAtRisk')
      : t('staff.incidents.queue.title');
  useDocumentTitle(title);

  if (incidents.error instanceof ApiError && incidents.error.status === 403) {
    return <NoAccess area="incidents" />;
  }
  const pages = Math.ceil((incidents.data?.total ?? 0) / INCIDENTS_PAGE_SIZE);
  const rowProps = {
    items,
    caption: title,
    selectable,
    selected: selection.selected,
    onToggle: selection.toggle,
  };
  /** A new filter starts again at page 1. */
  const setFilters = (next: IncidentsSearch) =>
    void navigate({ to: '/incidents', search: { ...next, page: undefined } });

  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <IncidentFiltersForm search={search} onChange={setFilters} />
      <Group justify="space-between" wrap="wrap">
        {incidents.data ? (
          <Text role="status" data-testid="incident-total">
            {t('staff.incidents.queue.total', {
              count: formatTotal(incidents.data.total, incidents.data.totalCapped, language),
            })}
          </Text>
        ) : (
          <span />
        )}
        <Button
          component="a"
          href={incidentExportUrl(search)}
          download="incidents.csv"
          variant="default"
          size="compact-md"
          aria-describedby="incident-csv-hint"
          data-testid="incident-csv"
        >
          {t('staff.incidents.queue.downloadCsv')}
        </Button>
        <span id="incident-csv-hint" className="visually-hidden">
          {t('staff.incidents.queue.downloadHint')}
        </span>
      </Group>
      {notice ? <BulkNoticeAlert notice={notice} onClose={() => setNotice(null)} /> : null}
      {incidents.isPending ? <Loader aria-label={t('app.loading')} /> : null}
      {incidents.error ? <ErrorAlert error={incidents.error} /> : null}
      {incidents.data && items.length === 0 ? (
        <Text>{t('staff.incidents.queue.empty')}</Text>
      ) : null}
      {items.length > 0 ? (
        <QueueToolbar
          selectable={selectable}
          selection={onPage}
          onToggleAll={() => selection.toggleAll(items.map((incident) => incident.id))}
          onClear={selection.clear}
          onHelp={() => setHelp(true)}
        >
          <IncidentBulkActions
            incidents={items.filter((incident) => selection.selected.has(incident.id))}
            onDone={(next) => {
              setNotice(next);
              selection.clear();
            }}
          />
        </QueueToolbar>
      ) : null}
      {items.length > 0 ? (
        <Box ref={rows}>
          {phone ? <IncidentCards {...rowProps} /> : <IncidentsTable {...rowProps} />}
        </Box>
      ) : null}
      {pages > 1 ? (
        <Pagination
          total={pages}
          value={page}
          aria-label={t('staff.reports.pages')}
          onChange={(next) =>
            void navigate({ to: '/incidents', search: { ...search, page: next } })
          }
          getControlProps={(control) => ({
            'aria-label':
              control === 'previous' ? t('staff.reports.previous') : t('staff.reports.next'),
          })}
        />
      ) : null}
      <QueueKeysHelp opened={help} onClose={() => setHelp(false)} selectable={selectable} />
    </Stack>
  );
}
