import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tallBadge } from './badge-styles.ts';

type VerificationBadgeProps = { verified: boolean };

/** Whether a text was checked against its official version: shown on every provision. */
export function VerificationBadge({ verified }: VerificationBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge
      radius="sm"
      tt="none"
      styles={tallBadge(
        // Dark text on a pale ground: readable, and above 4.5:1 for axe.
        verified
          ? { background: '#d3f9d8', color: '#1b4d24' }
          : { background: '#ffe8cc', color: '#7a2e00' },
      )}
      data-testid="verification-badge"
    >
      {verified ? t('staff.law.verified') : t('staff.law.notVerified')}
    </Badge>
  );
}
