import { Box, Button, Select, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkResult, IncidentDetail } from '../../../domain/incidents/incident.schemas.ts';
import type { ReportSummary } from '../../../domain/reports/report.schemas.ts';
import { displayTrackingCode } from '../../shared/codes.ts';
import { useCan } from '../auth/use-active-session.ts';
import { summariseBulk, type BulkNotice } from '../components/bulk-outcome.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import {
  createIncident,
  linkReports,
  openIncidentsQuery,
  showIncident,
} from '../incidents/incidents-api.ts';
import { BulkRejectModal } from './BulkRejectModal.tsx';

type ReportBulkActionsProps = {
  /** The selected reports, in the order the queue shows them. */
  reports: ReportSummary[];
  /** What came of it, for the queue to tell; the queue then clears the selection. */
  onDone: (notice: BulkNotice) => void;
};

/** Whether the reader may do anything with several reports at once. */
export function useCanActOnReports(): boolean {
  const canHandle = useCan('incidents:handle');
  const canRespond = useCan('reports:respond');
  return canHandle || canRespond;
}

/**
 * What an analyst does with several reports at once: take them into one new incident, add
 * them to an open one, or reject them (each reporter is told why in their language). Each
 * action shows only to those whose role allows it.
 */
export function ReportBulkActions({ reports, onDone }: ReportBulkActionsProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const canHandle = useCan('incidents:handle');
  const canRespond = useCan('reports:respond');
  const [dialog, setDialog] = useState<'add' | 'reject' | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [targetError, setTargetError] = useState<string>();
  const candidates = useQuery({ ...openIncidentsQuery, enabled: dialog === 'add' });
  const reportIds = reports.map((report) => report.id);

  const tookInto = async (action: 'created' | 'linked', incident: IncidentDetail) => {
    await showIncident(queryClient, incident);
    onDone({
      kind: 'incident',
      action,
      incidentId: incident.id,
      reference: incident.reference,
      count: reportIds.length,
    });
  };
  const create = useMutation({
    mutationFn: () => createIncident({ reportIds }),
    onSuccess: (incident) => tookInto('created', incident),
  });
  const add = useMutation({
    mutationFn: (incidentId: string) => linkReports(incidentId, reportIds),
    onSuccess: async (incident) => {
      setDialog(null);
      await tookInto('linked', incident);
    },
  });
  const rejected = async (results: BulkResult['results']) => {
    const codes = new Map(reports.map((r) => [r.id, displayTrackingCode(r.trackingCode)]));
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['reports'] }),
      queryClient.invalidateQueries({ queryKey: ['report'] }),
    ]);
    onDone({
      kind: 'summary',
      subject: 'reports',
      summary: summariseBulk(results, (id) => codes.get(id) ?? id),
    });
  };

  return (
    <>
      {canHandle ? (
        <>
          <Button size="sm" loading={create.isPending} onClick={() => create.mutate()}>
            {t('staff.bulk.reports.create')}
          </Button>
          <Button
            size="sm"
            variant="default"
            onClick={() => {
              add.reset();
              setTarget(null);
              setTargetError(undefined);
              setDialog('add');
            }}
          >
            {t('staff.bulk.reports.add')}
          </Button>
        </>
      ) : null}
      {canRespond ? (
        <Button size="sm" variant="outline" color="red.9" onClick={() => setDialog('reject')}>
          {t('staff.bulk.reports.reject')}
        </Button>
      ) : null}
      {create.error ? (
        <Box w="100%">
          <ErrorAlert error={create.error} />
        </Box>
      ) : null}
      <ConfirmDialog
        opened={dialog === 'add'}
        title={t('staff.bulk.reports.addTitle')}
        confirmLabel={t('staff.reportActions.addConfirm')}
        loading={add.isPending}
        error={add.error ?? candidates.error}
        onClose={() => setDialog(null)}
        onConfirm={() => {
          if (target) add.mutate(target);
          else setTargetError(t('staff.bulk.reports.incidentRequired'));
        }}
      >
        <Text size="sm">{t('staff.bulk.reports.addIntro', { count: reports.length })}</Text>
        <Select
          label={t('staff.reportActions.pick')}
          description={t('staff.incidents.merge.pickHint')}
          placeholder={t('staff.incidents.merge.placeholder')}
          searchable
          nothingFoundMessage={t('staff.incidents.merge.nothingFound')}
          value={target}
          error={targetError}
          onChange={(value) => {
            setTarget(value);
            setTargetError(undefined);
          }}
          data={(candidates.data?.items ?? []).map((incident) => ({
            value: incident.id,
            label: `${incident.reference} · ${incident.title}`,
          }))}
          comboboxProps={{ withinPortal: true }}
        />
        {candidates.isPending ? <Text size="sm">{t('app.loading')}</Text> : null}
      </ConfirmDialog>
      {canRespond ? (
        <BulkRejectModal
          reports={reports}
          opened={dialog === 'reject'}
          onClose={() => setDialog(null)}
          onDone={(results) => void rejected(results)}
        />
      ) : null}
    </>
  );
}
