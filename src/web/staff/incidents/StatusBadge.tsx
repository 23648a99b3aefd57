import { Badge } from '@mantine/core';
import type { IncidentStatus } from '../../../domain/incidents/lifecycle.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { statusLabel } from './labels.ts';

const DOT: Record<IncidentStatus, string> = {
  new: 'blue',
  triage: 'violet',
  in_progress: 'cyan',
  waiting_reporter: 'yellow',
  waiting_third_party: 'yellow',
  resolved: 'green',
  closed: 'gray',
};

export function StatusBadge({ status }: { status: IncidentStatus }) {
  const language = useLanguage();
  return (
    <Badge variant="dot" color={DOT[status]} size="lg" radius="sm" tt="none" data-testid="status">
      {statusLabel(status, language)}
    </Badge>
  );
}
