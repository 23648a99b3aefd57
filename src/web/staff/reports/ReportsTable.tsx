import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { displayTrackingCode } from '../../shared/codes.ts';
import { AnchorLink } from '../components/AnchorLink.tsx';
import type { ReportSummary } from '../../../domain/reports/report.schemas.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { incidentTypeLabel } from './labels.ts';

type ReportsTableProps = {
  items: ReportSummary[];
  caption: string;
  /** Reports of several statuses are listed: say each one's. */
  withStatus?: boolean;
};

export function ReportsTable({ items, caption, withStatus = false }: ReportsTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
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
          {items.map((report) => (
            <Table.Tr key={report.id} data-testid="report-row">
              <Table.Td>
                <AnchorLink
                  to="/reports/$reportId"
                  params={{ reportId: report.id }}
                  ff="monospace"
                  fw={700}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {displayTrackingCode(report.trackingCode)}
                </AnchorLink>
              </Table.Td>
              {withStatus ? <Table.Td>{t(`staff.reportStatus.${report.status}`)}</Table.Td> : null}
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
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
