import { Loader, Pagination, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api-client.ts';
import { formatTotal } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { NoAccess } from '../components/NoAccess.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { ReportFiltersForm } from './ReportFiltersForm.tsx';
import { REPORTS_PAGE_SIZE, reportListQuery } from './reports-api.ts';
import type { ReportsSearch } from './reports-search.ts';
import { ReportsTable } from './ReportsTable.tsx';

const route = getRouteApi('/_app/reports');

/** The queue of reports: new ones, newest first, 50 a page, unless filtered from the URL. */
export function ReportsQueue() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const search = route.useSearch();
  const { status = 'new', page = 1 } = search;
  const reports = useQuery(reportListQuery(search));
  const title =
    status === 'new'
      ? t('staff.reports.title')
      : status === 'all'
        ? t('staff.reports.titleAll')
        : t('staff.reports.titleStatus', { status: t(`staff.reportStatus.${status}`) });
  /** A new filter starts again at page 1. */
  const setFilters = (next: ReportsSearch) =>
    void navigate({ to: '/reports', search: { ...next, page: undefined } });
  useDocumentTitle(title);

  if (reports.error instanceof ApiError && reports.error.status === 403) return <NoAccess />;
  const pages = Math.ceil((reports.data?.total ?? 0) / REPORTS_PAGE_SIZE);

  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <ReportFiltersForm search={search} onChange={setFilters} />
      {reports.data ? (
        <Text role="status" data-testid="report-total">
          {t('staff.reports.total', {
            count: formatTotal(reports.data.total, reports.data.totalCapped, language),
          })}
        </Text>
      ) : null}
      {reports.isPending ? <Loader aria-label={t('app.loading')} /> : null}
      {reports.error ? <ErrorAlert error={reports.error} /> : null}
      {reports.data && reports.data.items.length === 0 ? (
        <Text>{t('staff.reports.empty')}</Text>
      ) : null}
      {reports.data && reports.data.items.length > 0 ? (
        <ReportsTable items={reports.data.items} caption={title} withStatus={status === 'all'} />
      ) : null}
      {pages > 1 ? (
        <Pagination
          total={pages}
          value={page}
          aria-label={t('staff.reports.pages')}
          onChange={(next) => void navigate({ to: '/reports', search: { ...search, page: next } })}
          getControlProps={(control) => ({
            'aria-label':
              control === 'previous' ? t('staff.reports.previous') : t('staff.reports.next'),
          })}
        />
      ) : null}
    </Stack>
  );
}
