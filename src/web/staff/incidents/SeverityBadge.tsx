import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../domain/incidents/severity.ts';

/** Each colour carries its word too; autoContrast keeps the text readable on it. */
const COLOURS: Record<Severity, string> = {
  critical: 'red.9',
  high: 'orange.4',
  medium: 'yellow.2',
  low: 'gray.2',
};

type SeverityBadgeProps = { severity: Severity; overridden?: boolean };

export function SeverityBadge({ severity, overridden = false }: SeverityBadgeProps) {
  const { t } = useTranslation();
  const label = t(`staff.incidents.severity.${severity}`);
  return (
    <Badge color={COLOURS[severity]} autoContrast size="lg" radius="sm" data-testid="severity">
      {overridden ? t('staff.incidents.severity.overridden', { severity: label }) : label}
    </Badge>
  );
}
