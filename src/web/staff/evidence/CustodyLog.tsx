import { Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  CustodyActionSchema,
  type CustodyEntryView,
} from '../../../domain/evidence/custody.schemas.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { evidenceDetailQuery } from './evidence-api.ts';

type CustodyLogProps = { evidenceId: string; id: string; name: string };

/** The chain of custody of an item, oldest first: what, when, who, why, and each hash. */
export function CustodyLog({ evidenceId, id, name }: CustodyLogProps) {
  const { t } = useTranslation();
  const detail = useQuery(evidenceDetailQuery(evidenceId));
  if (detail.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (detail.error) return <ErrorAlert error={detail.error} />;
  return (
    <section id={id} aria-label={t('staff.locker.log.title', { name })}>
      {detail.data.custodian ? (
        <Text size="sm" mb="xs">
          {t('staff.locker.custodian', { name: detail.data.custodian })}
        </Text>
      ) : null}
      <Stack
        component="ol"
        gap="xs"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        data-testid="custody-log"
      >
        {detail.data.custodyLog.map((entry) => (
          <CustodyEntryItem key={`${entry.seq}-${entry.hash}`} entry={entry} />
        ))}
      </Stack>
    </section>
  );
}

function CustodyEntryItem({ entry }: { entry: CustodyEntryView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const known = CustodyActionSchema.safeParse(entry.action);
  const action = known.success ? t(`staff.locker.log.entries.${known.data}`) : entry.action;
  const actorKind = entry.actor.kind as 'staff' | 'public' | 'organisation' | 'system' | 'cli';
  const actor = entry.actor.name
    ? t('staff.locker.log.by', { name: entry.actor.name })
    : t(`staff.locker.log.actors.${actorKind}`, { defaultValue: entry.actor.kind });
  const to = typeof entry.details.to === 'string' ? entry.details.to : null;
  const problem = typeof entry.details.message === 'string' ? entry.details.message : null;
  return (
    <li data-testid="custody-entry">
      <Text size="sm">
        <Text span fw={700}>
          {entry.seq}. {action}
        </Text>{' '}
        · {formatDateTime(entry.occurredAt, language)} · {actor}
      </Text>
      {entry.purpose ? (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('staff.locker.log.purpose', { purpose: entry.purpose })}
        </Text>
      ) : null}
      {to ? <Text size="sm">{t('staff.locker.log.to', { to })}</Text> : null}
      {problem ? (
        <Text size="sm" c="red.8" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {t('staff.locker.log.problem', { problem })}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed" ff="monospace" title={entry.hash}>
        {t('staff.locker.log.hash', { prefix: entry.hash.slice(0, 16) })}
      </Text>
    </li>
  );
}
