import { Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { displayTrackingCode } from '../../shared/codes.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { incidentTypeLabel } from './labels.ts';
import type { ReportRowsProps } from './ReportsTable.tsx';

/**
 * The reports queue on a phone: one card a report with the same facts as a table row, so
 * nothing scrolls sideways and the checkbox is in reach of a thumb.
 */
export function ReportCards({
  items,
  caption,
  withStatus = false,
  selectable = false,
  selected = new Set(),
  onToggle,
}: ReportRowsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={caption}>
      {items.map((report) => {
        const code = displayTrackingCode(report.trackingCode);
        const isSelected = selected.has(report.id);
        return (
          <Paper
            component="li"
            key={report.id}
            withBorder
            p="sm"
            radius="md"
            data-testid="report-row"
            tabIndex={-1}
            className="queue-row"
            data-selected={isSelected}
            data-queue-row
          >
            <Stack gap={6}>
              <Group gap="sm" wrap="nowrap">
                {selectable ? (
                  <Checkbox
                    size="md"
                    aria-label={t('staff.queue.select', { name: code })}
                    checked={isSelected}
                    onChange={() => onToggle?.(report.id)}
                  />
                ) : null}
                <AnchorLink
                  to="/reports/$reportId"
                  params={{ reportId: report.id }}
                  ff="monospace"
                  fw={700}
                >
                  {code}
                </AnchorLink>
                {withStatus ? (
                  <Text span size="sm" data-testid="report-status">
                    {t(`staff.reportStatus.${report.status}`)}
                  </Text>
                ) : null}
              </Group>
              <Text size="sm" fw={600}>
                {incidentTypeLabel(report.incidentType, language)}
              </Text>
              <Text size="sm" lang={report.language} lineClamp={3}>
                {report.excerpt}
              </Text>
              <Text size="sm" c="dimmed">
                {formatDateTime(report.submittedAt, language)} ·{' '}
                {t(`staff.languages.${report.language}`)} ·{' '}
                {t('staff.queue.contact', {
                  answer: report.hasContact ? t('staff.reports.yes') : t('staff.reports.no'),
                })}
              </Text>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
