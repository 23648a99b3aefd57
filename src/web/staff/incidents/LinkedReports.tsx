import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../domain/incidents/incident.schemas.ts';
import type { ReportSummary } from '../../../domain/reports/report.schemas.ts';
import { displayTrackingCode } from '../../shared/codes.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { incidentTypeLabel } from '../reports/labels.ts';
import { showIncident, unlinkReport } from './incidents-api.ts';

type LinkedReportsProps = { incident: IncidentDetail; canEdit: boolean };

/** The reports the incident is made of (merged incidents' too), each opening its report page. */
export function LinkedReports({ incident, canEdit }: LinkedReportsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState<ReportSummary | null>(null);
  const remove = useMutation({
    mutationFn: (reportId: string) => unlinkReport(incident.id, reportId),
    onSuccess: async (updated) => {
      await showIncident(queryClient, updated);
      setRemoving(null);
    },
  });

  if (incident.reports.length === 0) return <Text>{t('staff.incidents.reports.empty')}</Text>;
  return (
    <>
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {incident.reports.map((report) => (
          <Paper
            component="li"
            key={report.id}
            withBorder
            p="sm"
            radius="md"
            data-testid="linked-report"
          >
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <AnchorLink
                  to="/reports/$reportId"
                  params={{ reportId: report.id }}
                  ff="monospace"
                  fw={700}
                >
                  {displayTrackingCode(report.trackingCode)}
                </AnchorLink>
                <Text size="sm" c="dimmed">
                  {t(`staff.reportStatus.${report.status}`)} ·{' '}
                  <time dateTime={report.submittedAt}>
                    {formatDateTime(report.submittedAt, language)}
                  </time>
                </Text>
              </Group>
              <Text size="sm" fw={600}>
                {incidentTypeLabel(report.incidentType, language)}
              </Text>
              <Text size="sm" lang={report.language} lineClamp={3}>
                {report.excerpt}
              </Text>
              {canEdit ? (
                <Button
                  variant="outline"
                  color="red.9"
                  size="compact-sm"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => {
                    remove.reset();
                    setRemoving(report);
                  }}
                  aria-label={t('staff.incidents.reports.removeNamed', {
                    code: displayTrackingCode(report.trackingCode),
                  })}
                >
                  {t('staff.incidents.reports.remove')}
                </Button>
              ) : null}
            </Stack>
          </Paper>
        ))}
      </Stack>
      <ConfirmDialog
        opened={removing !== null}
        title={t('staff.incidents.reports.removeTitle')}
        confirmLabel={t('staff.incidents.reports.remove')}
        color="red.9"
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing.id)}
      >
        <Text>
          {t('staff.incidents.reports.removeText', {
            code: removing ? displayTrackingCode(removing.trackingCode) : '',
          })}
        </Text>
      </ConfirmDialog>
    </>
  );
}
