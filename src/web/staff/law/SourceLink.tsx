import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SourceId } from '../../../domain/law/law.schemas.ts';

/** "Source: NS2019", linking to the source's entry at the foot of the Law page. */
export function SourceLink({ source }: { source: SourceId }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed">
      {t('staff.law.sources.source')}{' '}
      <Anchor href={`#source-${source}`} size="xs">
        {source}
      </Anchor>
    </Text>
  );
}
