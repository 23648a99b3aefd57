import { Button, Group, Loader, Pagination, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api-client.ts';
import { formatTotal } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { NoAccess } from '../components/NoAccess.tsx';
import { usePhone } from '../components/use-phone.ts';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { IncidentCards } from './IncidentCards.tsx';
import { IncidentFiltersForm } from './IncidentFiltersForm.tsx';
import { INCIDENTS_PAGE_SIZE, incidentExportUrl, incidentListQuery } from './incidents-api.ts';
import { IncidentsTable } from './IncidentsTable.tsx';
import type { IncidentsSearch } from './queue-search.ts';

const route = getRouteApi('/_app/incidents');

/** The incident queue: open incidents by default, filtered and sorted from the URL. */
export function IncidentsQueue() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const search = route.useSearch();
  const page = search.page ?? 1;
  const incidents = useQuery(incidentListQuery(search));
  // On a phone the table would scroll sideways: show cards instead.
  const phone = usePhone();
  const title =
    search.sla === 'at_risk'
      ? t('staff.incidents.queue.titleAtRisk')
      : t('staff.incidents.queue.title');
  useDocumentTitle(title);

  if (incidents.error instanceof ApiError && incidents.error.status === 403) {
    return <NoAccess area="incidents" />;
  }
  const pages = Math.ceil((incidents.data?.total ?? 0) / INCIDENTS_PAGE_SIZE);
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
      {incidents.isPending ? <Loader aria-label={t('app.loading')} /> : null}
      {incidents.error ? <ErrorAlert error={incidents.error} /> : null}
      {incidents.data && incidents.data.items.length === 0 ? (
        <Text>{t('staff.incidents.queue.empty')}</Text>
      ) : null}
      {incidents.data && incidents.data.items.length > 0 ? (
        phone ? (
          <IncidentCards items={incidents.data.items} caption={title} />
        ) : (
          <IncidentsTable items={incidents.data.items} caption={title} />
        )
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
    </Stack>
  );
}
