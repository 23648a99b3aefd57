import { Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail, TimelineEntry } from '../../../domain/incidents/incident.schemas.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { assigneesQuery } from './incidents-api.ts';
import { timelineActor, timelineText } from './timeline-text.ts';

type IncidentTimelineProps = { incident: IncidentDetail };

/** Entries that carry words written to or by a member of the public. */
const PUBLIC_KINDS: readonly TimelineEntry['kind'][] = ['message_to_reporter', 'reporter_message'];

/** Everything that happened to the incident, newest first, with who and when. */
export function IncidentTimeline({ incident }: IncidentTimelineProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const assignees = useQuery(assigneesQuery);
  const lookup = {
    trackingCodes: new Map(incident.reports.map((report) => [report.id, report.trackingCode])),
    staffNames: new Map((assignees.data ?? []).map((person) => [person.id, person.name])),
  };
  const languageOf = (entry: TimelineEntry) =>
    incident.reports.find((report) => report.id === entry.details.reportId)?.language;
  const entries = [...incident.timeline].reverse();

  if (entries.length === 0) return <Text>{t('staff.incidents.timeline.empty')}</Text>;
  return (
    <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} data-testid="timeline">
      {entries.map((entry) => (
        <Paper
          component="li"
          key={entry.id}
          withBorder
          p="sm"
          radius="md"
          data-kind={entry.kind}
          className={`timeline-entry timeline-entry--${entry.kind}${
            PUBLIC_KINDS.includes(entry.kind) ? ' timeline-entry--public' : ''
          }`}
        >
          <Text size="sm" c="dimmed">
            <Text span fw={700} c="var(--mantine-color-text)">
              {timelineActor(t, entry)}
            </Text>{' '}
            · <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
          </Text>
          <Text>{timelineText(t, language, entry, lookup)}</Text>
          {entry.body ? (
            <Text
              mt={4}
              style={{ whiteSpace: 'pre-wrap' }}
              lang={PUBLIC_KINDS.includes(entry.kind) ? languageOf(entry) : undefined}
              className="timeline-body"
            >
              {entry.body}
            </Text>
          ) : null}
        </Paper>
      ))}
    </Stack>
  );
}
