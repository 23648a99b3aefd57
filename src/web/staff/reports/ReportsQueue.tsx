import { Group, Loader, Pagination, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ReportStatusSchema } from '../../../domain/reports/report.schemas.ts';
import { ApiError } from '../../shared/api-client.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { NoAccess } from '../components/NoAccess.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { REPORTS_PAGE_SIZE, reportListQuery } from './reports-api.ts';
import { ReportsTable } from './ReportsTable.tsx';

const route = getRouteApi('/_app/reports');

/** The queue of reports of one status, newest first, 50 a page. */
export function ReportsQueue() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { status = 'new', page = 1 } = route.useSearch();
  const reports = useQuery(reportListQuery(status, page));
  const title =
    status === 'new'
      ? t('staff.reports.title')
      : t('staff.reports.titleStatus', { status: t(`staff.reportStatus.${status}`) });
  useDocumentTitle(title);

  if (reports.error instanceof ApiError && reports.error.status === 403) return <NoAccess />;
  const pages = Math.ceil((reports.data?.total ?? 0) / REPORTS_PAGE_SIZE);

  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label={t('staff.reports.filter')}
          value={status}
          onChange={(value) =>
            void navigate({
              to: '/reports',
              search: { status: ReportStatusSchema.catch('new').parse(value), page: 1 },
            })
          }
          data={ReportStatusSchema.options.map((option) => ({
            value: option,
            label: t(`staff.reportStatus.${option}`),
          }))}
        />
        {reports.data ? (
          <Text>{t('staff.reports.total', { count: reports.data.total })}</Text>
        ) : null}
      </Group>
      {reports.isPending ? <Loader aria-label={t('app.loading')} /> : null}
      {reports.error ? <ErrorAlert error={reports.error} /> : null}
      {reports.data && reports.data.items.length === 0 ? (
        <Text>{t('staff.reports.empty')}</Text>
      ) : null}
      {reports.data && reports.data.items.length > 0 ? (
        <ReportsTable items={reports.data.items} caption={title} />
      ) : null}
      {pages > 1 ? (
        <Pagination
          total={pages}
          value={page}
          aria-label={t('staff.reports.pages')}
          onChange={(next) => void navigate({ to: '/reports', search: { status, page: next } })}
          getControlProps={(control) => ({
            'aria-label':
              control === 'previous' ? t('staff.reports.previous') : t('staff.reports.next'),
          })}
        />
      ) : null}
    </Stack>
  );
}
