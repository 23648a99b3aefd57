import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../domain/reports/report.schemas.ts';
import { useCan } from '../auth/use-active-session.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import {
  createIncident,
  linkReports,
  openIncidentsQuery,
  showIncident,
} from '../incidents/incidents-api.ts';
import { RejectReportModal } from './RejectReportModal.tsx';

type ReportActionsProps = { report: ReportDetail };

/**
 * What an analyst does with a report still to be handled and in no incident: make it an incident, add it to an
 * open one, or reject it (the reporter is told why). Each needs its own permission.
 */
export function ReportActions({ report }: ReportActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canHandle = useCan('incidents:handle');
  const canRespond = useCan('reports:respond');
  const [dialog, setDialog] = useState<'add' | 'reject' | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const candidates = useQuery({ ...openIncidentsQuery, enabled: dialog === 'add' });

  const openIncident = async (incident: Awaited<ReturnType<typeof createIncident>>) => {
    await showIncident(queryClient, incident);
    await navigate({ to: '/incidents/$incidentId', params: { incidentId: incident.id } });
  };
  const create = useMutation({
    mutationFn: () => createIncident({ reportIds: [report.id] }),
    onSuccess: openIncident,
  });
  const add = useMutation({
    mutationFn: (incidentId: string) => linkReports(incidentId, [report.id]),
    onSuccess: openIncident,
  });

  // A report taken into an incident is handled there (the banner above says where).
  const handleable =
    report.incident === null && (report.status === 'new' || report.status === 'in_review');
  if (!handleable || (!canHandle && !canRespond)) return null;
  return (
    <section aria-labelledby="report-actions-title">
      <h2 id="report-actions-title" className="visually-hidden">
        {t('staff.reportActions.title')}
      </h2>
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          {canHandle ? (
            <>
              <Button loading={create.isPending} onClick={() => create.mutate()}>
                {t('staff.reportActions.create')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  add.reset();
                  setDialog('add');
                }}
              >
                {t('staff.reportActions.add')}
              </Button>
            </>
          ) : null}
          {canRespond ? (
            <Button variant="outline" color="red.9" onClick={() => setDialog('reject')}>
              {t('staff.reportActions.reject')}
            </Button>
          ) : null}
        </Group>
        {create.error ? <ErrorAlert error={create.error} /> : null}
      </Stack>
      <ConfirmDialog
        opened={dialog === 'add'}
        title={t('staff.reportActions.addTitle')}
        confirmLabel={t('staff.reportActions.addConfirm')}
        loading={add.isPending}
        error={add.error ?? candidates.error}
        onClose={() => setDialog(null)}
        onConfirm={() => target && add.mutate(target)}
      >
        <Select
          label={t('staff.reportActions.pick')}
          description={t('staff.incidents.merge.pickHint')}
          placeholder={t('staff.incidents.merge.placeholder')}
          searchable
          nothingFoundMessage={t('staff.incidents.merge.nothingFound')}
          value={target}
          onChange={setTarget}
          data={(candidates.data?.items ?? []).map((incident) => ({
            value: incident.id,
            label: `${incident.reference} · ${incident.title}`,
          }))}
          comboboxProps={{ withinPortal: true }}
        />
        {candidates.isPending ? <Text size="sm">{t('app.loading')}</Text> : null}
      </ConfirmDialog>
      <RejectReportModal
        report={report}
        opened={dialog === 'reject'}
        onClose={() => setDialog(null)}
      />
    </section>
  );
}
