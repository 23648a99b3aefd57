import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from './AnchorLink.tsx';
import type { BulkNotice } from './bulk-outcome.ts';

type BulkNoticeAlertProps = { notice: BulkNotice; onClose: () => void };

/**
 * What the last bulk action came to: "12 done, 1 could not be changed: INC-000043 (merged
 * into another incident)", or the incident the reports went into, with a link to it.
 */
export function BulkNoticeAlert({ notice, onClose }: BulkNoticeAlertProps) {
  const { t } = useTranslation();
  const refused = notice.kind === 'summary' ? notice.summary.refused : [];
  return (
    <Alert
      role="status"
      variant="light"
      color={refused.length > 0 ? 'orange' : 'green'}
      withCloseButton
      closeButtonLabel={t('staff.bulk.dismiss')}
      onClose={onClose}
      data-testid="bulk-notice"
    >
      {notice.kind === 'summary' ? (
        <Text size="sm">
          {refused.length === 0
            ? t('staff.bulk.outcome.done', { count: notice.summary.done })
            : t('staff.bulk.outcome.partial', {
                done: notice.summary.done,
                failed: refused.length,
                items: refused
                  .map(
                    (item) =>
                      `${item.name} (${t(`staff.bulk.outcome.${notice.subject}.${item.outcome}`)})`,
                  )
                  .join(', '),
              })}
        </Text>
      ) : (
        <Text size="sm">
          {t(`staff.bulk.${notice.action}`, {
            reference: notice.reference,
            count: notice.count,
          })}{' '}
          <AnchorLink
            to="/incidents/$incidentId"
            params={{ incidentId: notice.incidentId }}
            fw={700}
            c="blue.9"
          >
            {t('staff.bulk.openIncident', { reference: notice.reference })}
          </AnchorLink>
        </Text>
      )}
    </Alert>
  );
}
