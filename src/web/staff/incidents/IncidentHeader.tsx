import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../domain/incidents/incident.schemas.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { SeverityBadge } from './SeverityBadge.tsx';
import { SlaBadge } from './SlaBadge.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { TlpBadge } from './TlpBadge.tsx';

type IncidentHeaderProps = { incident: IncidentDetail };

/** Reference, title, the badges an analyst scans first, and where a merged incident went. */
export function IncidentHeader({ incident }: IncidentHeaderProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap="xs">
      <AnchorLink to="/incidents">← {t('staff.incidents.detail.back')}</AnchorLink>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        <Text span ff="monospace" inherit>
          {incident.reference}
        </Text>
        {' · '}
        {incident.title}
      </Title>
      <Group gap="xs" wrap="wrap" aria-label={t('staff.incidents.detail.badges')} role="group">
        <SeverityBadge
          severity={incident.severity}
          overridden={incident.severityOverride !== null}
        />
        <StatusBadge status={incident.status} />
        <TlpBadge tlp={incident.tlp} />
        <SlaBadge state={incident.slaDetail.worst} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('staff.incidents.detail.opened', {
          time: formatDateTime(incident.createdAt, language),
        })}{' '}
        ·{' '}
        {t('staff.incidents.detail.updated', {
          time: formatDateTime(incident.updatedAt, language),
        })}
      </Text>
      {incident.mergedInto ? (
        <Alert
          color="orange"
          variant="light"
          title={t('staff.incidents.detail.mergedIntoTitle')}
          data-testid="merged-into"
        >
          <Stack gap={4}>
            <AnchorLink
              to="/incidents/$incidentId"
              params={{ incidentId: incident.mergedInto.id }}
              fw={700}
            >
              {incident.mergedInto.reference} · {incident.mergedInto.title}
            </AnchorLink>
            <Text size="sm">{t('staff.incidents.detail.mergedIntoText')}</Text>
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
