import { Box, Loader, Pagination, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api-client.ts';
import { formatTotal } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import type { BulkNotice } from '../components/bulk-outcome.ts';
import { BulkNoticeAlert } from '../components/BulkNoticeAlert.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { NoAccess } from '../components/NoAccess.tsx';
import { pageSelection, useQueueSelection } from '../components/queue-selection.ts';
import { QueueKeysHelp } from '../components/QueueKeysHelp.tsx';
import { QueueToolbar } from '../components/QueueToolbar.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { usePhone } from '../components/use-phone.ts';
import { useQueueKeys } from '../components/use-queue-keys.ts';
import { ReportBulkActions, useCanActOnReports } from './ReportBulkActions.tsx';
import { ReportCards } from './ReportCards.tsx';
import { ReportFiltersForm } from './ReportFiltersForm.tsx';
import { REPORTS_PAGE_SIZE, reportListQuery } from './reports-api.ts';
import type { ReportsSearch } from './reports-search.ts';
import { ReportsTable } from './ReportsTable.tsx';

const route = getRouteApi('/_app/reports');

/**
 * The queue of reports: new ones, newest first, 50 a page, unless filtered from the URL.
 * Rows are selected for bulk actions and walked with the keyboard (j/k, x, Enter, /, ?).
 */
export function ReportsQueue() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const search = route.useSearch();
  const { status = 'new', page = 1 } = search;
  const reports = useQuery(reportListQuery(search));
  // On a phone the table would scroll sideways: show cards instead.
  const phone = usePhone();
  const selectable = useCanActOnReports();
  const selection = useQueueSelection(JSON.stringify(search));
  const [notice, setNotice] = useState<BulkNotice | null>(null);
  const [help, setHelp] = useState(false);
  const rows = useRef<HTMLDivElement>(null);
  const items = reports.data?.items ?? [];
  const onPage = pageSelection(
    selection.selected,
    items.map((report) => report.id),
  );

  useQueueKeys({
    rows,
    searchId: 'report-search',
    onHelp: () => setHelp(true),
    onOpen: (index) => {
      const report = items[index];
      if (report) void navigate({ to: '/reports/$reportId', params: { reportId: report.id } });
    },
    onToggle: selectable
      ? (index) => {
          const report = items[index];
          if (report) selection.toggle(report.id);
        }
      : undefined,
  });

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
  const rowProps = {
    items,
    caption: title,
    withStatus: status === 'all',
    selectable,
    selected: selection.selected,
    onToggle: selection.toggle,
  };

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
      {notice ? <BulkNoticeAlert notice={notice} onClose={() => setNotice(null)} /> : null}
      {reports.isPending ? <Loader aria-label={t('app.loading')} /> : null}
      {reports.error ? <ErrorAlert error={reports.error} /> : null}
      {reports.data && items.length === 0 ? <Text>{t('staff.reports.empty')}</Text> : null}
      {items.length > 0 ? (
        <QueueToolbar
          selectable={selectable}
          selection={onPage}
          onToggleAll={() => selection.toggleAll(items.map((report) => report.id))}
          onClear={selection.clear}
          onHelp={() => setHelp(true)}
        >
          <ReportBulkActions
            reports={items.filter((report) => selection.selected.has(report.id))}
            onDone={(next) => {
              setNotice(next);
              selection.clear();
            }}
          />
        </QueueToolbar>
      ) : null}
      {items.length > 0 ? (
        <Box ref={rows}>
          {phone ? <ReportCards {...rowProps} /> : <ReportsTable {...rowProps} />}
        </Box>
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
      <QueueKeysHelp opened={help} onClose={() => setHelp(false)} selectable={selectable} />
    </Stack>
  );
}
