import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlaView } from '../../../domain/incidents/incident.schemas.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { SlaBadge } from './SlaBadge.tsx';

type SlaMilestonesProps = { sla: SlaView; containedAt: string | null };

/** First response, containment and resolution: each with its state and when it falls due. */
export function SlaMilestones({ sla, containedAt }: SlaMilestonesProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const milestoneNote = (entry: SlaView['milestones'][number]): string => {
    if (entry.state === 'paused') return t('staff.incidents.sla.pausedNote');
    if (entry.dueAt) {
      return t('staff.incidents.sla.due', { time: formatDateTime(entry.dueAt, language) });
    }
    if (entry.milestone === 'containment' && containedAt) {
      return t('staff.incidents.sla.containedAt', { time: formatDateTime(containedAt, language) });
    }
    return entry.state === 'breached'
      ? t('staff.incidents.sla.overdue')
      : t('staff.incidents.sla.done');
  };
  return (
    <Stack component="dl" gap="sm" m={0} data-testid="sla-milestones">
      {sla.milestones.map((entry) => (
        <div key={entry.milestone} data-milestone={entry.milestone} data-state={entry.state}>
          <Text component="dt" size="sm" fw={700}>
            {t(`staff.incidents.sla.milestones.${entry.milestone}`)}
          </Text>
          <Text component="dd" m={0} size="sm">
            <Group gap="xs" wrap="wrap" component="span">
              <SlaBadge state={entry.state} />
              <span>{milestoneNote(entry)}</span>
            </Group>
          </Text>
        </div>
      ))}
    </Stack>
  );
}
