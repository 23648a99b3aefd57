import { Anchor, Group, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DISPLAYABLE_IMAGE_TYPES } from '../../../domain/evidence/media-types.ts';
import type { EvidenceItem } from '../../../domain/evidence/evidence.schemas.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { formatFileSize } from '../../shared/file-size.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { evidenceContentUrl, reportEvidenceQuery } from './reports-api.ts';

type ReportEvidenceProps = { reportId: string };

/**
 * The files of a report: each with its hash and a download of the original; images also
 * inline, through their display copy (the same pixels without EXIF location and the like).
 */
export function ReportEvidence({ reportId }: ReportEvidenceProps) {
  const { t } = useTranslation();
  const evidence = useQuery(reportEvidenceQuery(reportId));
  if (evidence.isPending) return <Loader aria-label={t('app.loading')} />;
  if (evidence.error) return <ErrorAlert error={evidence.error} />;
  if (evidence.data.items.length === 0) return <Text>{t('staff.evidence.empty')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('staff.evidence.audited')}
      </Text>
      <Stack
        component="ul"
        gap="sm"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        data-testid="evidence"
      >
        {evidence.data.items.map((item) => (
          <EvidenceRow key={item.id} item={item} />
        ))}
      </Stack>
    </Stack>
  );
}

function EvidenceRow({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = item.originalName;
  const showsInline = item.hasDisplayCopy && DISPLAYABLE_IMAGE_TYPES.includes(item.contentType);
  return (
    <Paper component="li" withBorder p="sm" radius="md" data-testid="evidence-item">
      <Stack gap="xs">
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {name}
        </Text>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="xs" m={0}>
          <Fact label={t('staff.evidence.type')} value={item.contentType} />
          <Fact label={t('staff.evidence.size')} value={formatFileSize(item.size, t)} />
          <Fact
            label={t('staff.evidence.acquired')}
            value={formatDateTime(item.acquiredAt, language)}
          />
        </SimpleGrid>
        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {t('staff.evidence.sha256')}: {item.sha256}
        </Text>
        {showsInline ? (
          <img
            src={evidenceContentUrl(item.id, 'display')}
            alt={t('staff.evidence.displayAlt', { name })}
            loading="lazy"
            className="evidence-image"
            data-testid="evidence-image"
          />
        ) : null}
        <Group gap="md">
          <Anchor
            href={evidenceContentUrl(item.id, 'original')}
            download={name}
            aria-label={t('staff.evidence.downloadNamed', { name })}
          >
            {t('staff.evidence.download')}
          </Anchor>
          {item.hasDisplayCopy ? (
            <Anchor
              href={evidenceContentUrl(item.id, 'display')}
              download={name}
              aria-label={t('staff.evidence.displayCopyNamed', { name })}
            >
              {t('staff.evidence.displayCopy')}
            </Anchor>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm">
        {value}
      </Text>
    </div>
  );
}
