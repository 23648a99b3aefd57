import { Group, Loader, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ObservableType } from '../../../domain/observables/observable.schemas.ts';
import { displayTrackingCode } from '../../shared/codes.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePhone } from '../components/use-phone.ts';
import { incidentTypeLabel } from '../reports/labels.ts';
import { observableLookupQuery } from './incidents-api.ts';
import { StatusBadge } from './StatusBadge.tsx';

type ObservableLookupModalProps = {
  incidentId: string;
  /** The reports of this incident, said to be so in the list. */
  reportIds: readonly string[];
  observable: { type: ObservableType; value: string } | null;
  onClose: () => void;
};

/** Every report and incident that names one value, each a link to open it. */
export function ObservableLookupModal({
  incidentId,
  reportIds,
  observable,
  onClose,
}: ObservableLookupModalProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const phone = usePhone();
  const lookup = useQuery({
    ...observableLookupQuery(observable?.type ?? 'domain', observable?.value ?? ''),
    enabled: observable !== null,
  });
  const data = lookup.data;
  return (
    <Modal
      opened={observable !== null}
      onClose={onClose}
      fullScreen={phone}
      size="lg"
      title={t('staff.incidents.indicators.lookupTitle', { value: observable?.value ?? '' })}
      closeButtonProps={{ 'aria-label': t('staff.incidents.indicators.close') }}
      styles={{ title: { overflowWrap: 'anywhere' } }}
    >
      <Stack gap="md" data-testid="observable-lookup">
        {lookup.isPending ? <Loader aria-label={t('app.loading')} /> : null}
        {lookup.error ? <ErrorAlert error={lookup.error} /> : null}
        {data?.firstSeenAt ? (
          <Text size="sm">
            {t('staff.incidents.indicators.firstSeen', {
              time: formatDateTime(data.firstSeenAt, language),
            })}
          </Text>
        ) : null}
        {data ? (
          <>
            <section aria-labelledby="lookup-reports-title">
              <Title order={3} size="h4" id="lookup-reports-title" mb="xs">
                {t('staff.incidents.indicators.reports')} ({data.reportTotal})
              </Title>
              {data.reportTotal > data.reports.length ? (
                <Text size="sm" c="dimmed">
                  {t('staff.incidents.indicators.newestShown', {
                    shown: data.reports.length,
                    total: data.reportTotal,
                  })}
                </Text>
              ) : null}
              {data.reports.length === 0 ? (
                <Text size="sm">{t('staff.incidents.indicators.noReports')}</Text>
              ) : (
                <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
                  {data.reports.map((report) => (
                    <Paper component="li" key={report.id} withBorder p="xs" radius="md">
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
                      <Text size="sm">
                        {incidentTypeLabel(report.incidentType, language)}
                        {reportIds.includes(report.id)
                          ? ` · ${t('staff.incidents.indicators.inThisIncident')}`
                          : null}
                      </Text>
                    </Paper>
                  ))}
                </Stack>
              )}
            </section>
            <section aria-labelledby="lookup-incidents-title">
              <Title order={3} size="h4" id="lookup-incidents-title" mb="xs">
                {t('staff.incidents.indicators.incidents')} ({data.incidentTotal})
              </Title>
              {data.incidentTotal > data.incidents.length ? (
                <Text size="sm" c="dimmed">
                  {t('staff.incidents.indicators.newestShown', {
                    shown: data.incidents.length,
                    total: data.incidentTotal,
                  })}
                </Text>
              ) : null}
              {data.incidents.length === 0 ? (
                <Text size="sm">{t('staff.incidents.indicators.noIncidents')}</Text>
              ) : (
                <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
                  {data.incidents.map((entry) => (
                    <Paper component="li" key={entry.id} withBorder p="xs" radius="md">
                      <Group justify="space-between" gap="xs" wrap="wrap">
                        <AnchorLink
                          to="/incidents/$incidentId"
                          params={{ incidentId: entry.id }}
                          style={{ overflowWrap: 'anywhere' }}
                        >
                          <Text span ff="monospace" fw={700} inherit>
                            {entry.reference}
                          </Text>{' '}
                          · {entry.title}
                          {entry.id === incidentId
                            ? ` (${t('staff.incidents.indicators.thisIncident')})`
                            : null}
                        </AnchorLink>
                        <StatusBadge status={entry.status} />
                      </Group>
                    </Paper>
                  ))}
                </Stack>
              )}
            </section>
          </>
        ) : null}
      </Stack>
    </Modal>
  );
}
