import { Badge } from '@mantine/core';
import { tlpLabel, type Tlp } from '../../../domain/sharing/tlp.ts';

/** TLP 2.0 colours, always on black, as FIRST prescribes. */
const TLP_COLOURS: Record<Tlp, string> = {
  RED: '#FF2B2B',
  'AMBER+STRICT': '#FFC000',
  AMBER: '#FFC000',
  GREEN: '#33FF00',
  CLEAR: '#FFFFFF',
};

type TlpBadgeProps = { tlp: Tlp };

export function TlpBadge({ tlp }: TlpBadgeProps) {
  return (
    <Badge
      size="lg"
      radius="sm"
      tt="none"
      styles={{ root: { background: '#000', color: TLP_COLOURS[tlp] } }}
      data-testid="tlp"
    >
      {tlpLabel(tlp)}
    </Badge>
  );
}
