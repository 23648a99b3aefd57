import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../../domain/incidents/incident.schemas.ts';
import { StaffIcon } from '../components/StaffIcon.tsx';

/**
 * A task's status in words, with an icon for done. Colour is never the only signal; every
 * pair of colours is above 4.5:1.
 */
const STATUS_STYLE: Record<TaskStatus, { background: string; color: string }> = {
  open: { background: '#e9ecef', color: '#212529' },
  in_progress: { background: '#dbe4ff', color: '#1e3a8a' },
  done: { background: '#d3f9d8', color: '#14532d' },
  cancelled: { background: '#f1f3f5', color: '#495057' },
};

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  const { background, color } = STATUS_STYLE[status];
  return (
    <Badge
      size="md"
      radius="sm"
      tt="none"
      styles={{ root: { background, color } }}
      leftSection={status === 'done' ? <StaffIcon name="check" size={12} /> : undefined}
      data-testid="task-status"
    >
      {t(`staff.incidents.tasks.statuses.${status}`)}
    </Badge>
  );
}

/** "Overdue", white on dark red with a warning sign, like a breached SLA. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      size="md"
      radius="sm"
      tt="none"
      styles={{ root: { background: '#b91c1c', color: '#ffffff' } }}
      leftSection={<StaffIcon name="alert" size={12} />}
      data-testid="task-overdue"
    >
      {t('staff.incidents.tasks.overdue')}
    </Badge>
  );
}
