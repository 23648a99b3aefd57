import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlaState } from '../../../domain/incidents/sla.ts';
import { StaffIcon, type StaffIconName } from '../components/StaffIcon.tsx';

/**
 * The state of the SLA clock. Colour is never the only signal: every badge carries its
 * words, breached and near-breach an icon too, and those two are strong colours while the
 * others are quiet. Each pair of colours is above 4.5:1.
 */
const STYLE: Record<SlaState, { background: string; color: string; icon: StaffIconName | null }> = {
  breached: { background: '#b91c1c', color: '#ffffff', icon: 'alert' },
  near_breach: { background: '#fcc419', color: '#000000', icon: 'clock' },
  running: { background: '#e9ecef', color: '#212529', icon: null },
  paused: { background: '#e0e7ff', color: '#312e81', icon: 'pause' },
  met: { background: '#d3f9d8', color: '#14532d', icon: 'check' },
};

type SlaBadgeProps = { state: SlaState };

export function SlaBadge({ state }: SlaBadgeProps) {
  const { t } = useTranslation();
  const { background, color, icon } = STYLE[state];
  return (
    <Badge
      size="lg"
      radius="sm"
      tt="none"
      styles={{ root: { background, color } }}
      className={`sla-badge sla-badge--${state}`}
      data-state={state}
      leftSection={icon ? <StaffIcon name={icon} size={12} /> : undefined}
    >
      {t(`staff.incidents.sla.${state}`)}
    </Badge>
  );
}
