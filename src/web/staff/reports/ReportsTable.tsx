import { Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { displayTrackingCode } from '../../shared/codes.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import type { ReportSummary } from '../../../domain/reports/report.schemas.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { incidentTypeLabel } from './labels.ts';

export type ReportRowsProps = {
  items: ReportSummary[];
  caption: string;
  /** Reports of several statuses are listed: say each one's. */
  withStatus?: boolean;
  /** A checkbox a row, when the reader may act on several reports at once. */
  selectable?: boolean;
  selected?: ReadonlySet<string>;
  onToggle?: (reportId: string) => void;
};

/**
 * One row a report. Each row can take the focus (j/k), shows a ring when it has it, and
 * its tracking code is the link that opens it.
 */
export function ReportsTable({
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
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {selectable ? (
              <Table.Th scope="col" w={48}>
                <span className="visually-hidden">{t('staff.queue.selectionColumn')}</span>
              </Table.Th>
            ) : null}
            <Table.Th scope="col">{t('staff.reports.code')}</Table.Th>
            {withStatus ? <Table.Th scope="col">{t('staff.detail.status')}</Table.Th> : null}
            <Table.Th scope="col">{t('staff.reports.type')}</Table.Th>
            <Table.Th scope="col">{t('staff.reports.submitted')}</Table.Th>
            <Table.Th scope="col">{t('staff.reports.language')}</Table.Th>
            <Table.Th scope="col">{t('staff.reports.contact')}</Table.Th>
            <Table.Th scope="col">{t('staff.reports.excerpt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((report) => {
            const code = displayTrackingCode(report.trackingCode);
            const isSelected = selected.has(report.id);
            return (
              <Table.Tr
                key={report.id}
                data-testid="report-row"
                tabIndex={-1}
                className="queue-row"
                data-selected={isSelected}
                data-queue-row
              >
                {selectable ? (
                  <Table.Td>
                    <Checkbox
                      aria-label={t('staff.queue.select', { name: code })}
                      checked={isSelected}
                      onChange={() => onToggle?.(report.id)}
                    />
                  </Table.Td>
                ) : null}
                <Table.Td>
                  <AnchorLink
                    to="/reports/$reportId"
                    params={{ reportId: report.id }}
                    ff="monospace"
                    fw={700}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {code}
                  </AnchorLink>
                </Table.Td>
                {withStatus ? (
                  <Table.Td data-testid="report-status">
                    {t(`staff.reportStatus.${report.status}`)}
                  </Table.Td>
                ) : null}
                <Table.Td>{incidentTypeLabel(report.incidentType, language)}</Table.Td>
                <Table.Td>{formatDateTime(report.submittedAt, language)}</Table.Td>
                <Table.Td>{t(`staff.languages.${report.language}`)}</Table.Td>
                <Table.Td>
                  {report.hasContact ? t('staff.reports.yes') : t('staff.reports.no')}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lang={report.language} lineClamp={2}>
                    {report.excerpt}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
