import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../domain/reports/report.schemas.ts';
import { ReportFacts } from './ReportFacts.tsx';

type ReportContactProps = { contact: ReportDetail['contact'] };

export function ReportContact({ contact }: ReportContactProps) {
  const { t } = useTranslation();
  if (!contact) return <Text>{t('staff.detail.anonymous')}</Text>;
  const none = t('staff.detail.unknown');
  return (
    <ReportFacts
      facts={[
        { label: t('staff.detail.name'), value: contact.name ?? none },
        { label: t('staff.detail.email'), value: contact.email ?? none },
        { label: t('staff.detail.phone'), value: contact.phone ?? none },
      ]}
    />
  );
}
