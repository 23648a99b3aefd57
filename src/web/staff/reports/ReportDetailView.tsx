import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { displayTrackingCode } from '../../shared/codes.ts';
import { ApiError } from '../../shared/api-client.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { NoAccess } from '../components/NoAccess.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { ReportActions } from './ReportActions.tsx';
import { ReportBody } from './ReportBody.tsx';
import { reportDetailQuery } from './reports-api.ts';

const route = getRouteApi('/_app/reports/$reportId');

/** One report, as an analyst reads it. */
export function ReportDetailView() {
  const { t } = useTranslation();
  const { reportId } = route.useParams();
  const report = useQuery(reportDetailQuery(reportId));
  const code = report.data ? displayTrackingCode(report.data.trackingCode) : '';
  useDocumentTitle(t('staff.detail.title', { code }));

  if (report.error instanceof ApiError && report.error.status === 403) return <NoAccess />;
  return (
    <Stack gap="md">
      <AnchorLink to="/reports">← {t('staff.detail.back')}</AnchorLink>
      <Title order={1}>{t('staff.detail.title', { code })}</Title>
      {report.isPending ? <Loader aria-label={t('app.loading')} /> : null}
      {report.error ? <ErrorAlert error={report.error} /> : null}
      {report.data?.incident ? (
        <Alert
          color="blue"
          variant="light"
          title={t('staff.detail.handledIn', { reference: report.data.incident.reference })}
          data-testid="handled-in"
        >
          <Stack gap={4}>
            <AnchorLink
              to="/incidents/$incidentId"
              params={{ incidentId: report.data.incident.id }}
              fw={700}
              c="blue.9"
              style={{ overflowWrap: 'anywhere' }}
            >
              {report.data.incident.reference} · {report.data.incident.title}
            </AnchorLink>
            <Text size="sm">{t('staff.detail.handledInText')}</Text>
          </Stack>
        </Alert>
      ) : null}
      {report.data ? <ReportActions report={report.data} /> : null}
      {report.data ? <ReportBody report={report.data} /> : null}
    </Stack>
  );
}
