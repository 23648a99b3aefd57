import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GapNote } from '../../../domain/law/law.schemas.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { BilingualText } from './BilingualText.tsx';
import { conventionArticles } from './law-format.ts';
import { SourceLink } from './SourceLink.tsx';
import { tallBadge } from './badge-styles.ts';

/**
 * What the Convention requires that the national text lacks, or that the sources cannot
 * confirm: the status first, so a reader sees at once which is which.
 */
export function GapNotesList({ notes }: { notes: readonly GapNote[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <List size="sm" spacing="xs" listStyleType="none" pl={0} data-testid="gap-notes">
      {notes.map((note) => (
        <List.Item key={note.id}>
          <Group gap={6} mb={2}>
            <Badge
              radius="sm"
              tt="none"
              styles={tallBadge(
                note.status === 'lacking'
                  ? { background: '#ffe3e3', color: '#8a1c1c' }
                  : { background: '#fff3bf', color: '#5c4400' },
              )}
            >
              {t(`staff.law.gap.${note.status}`)}
            </Badge>
            <Text size="sm" fw={600} component="span">
              {t(`staff.law.gap.element.${note.element}`)} ·{' '}
              {t('staff.law.gap.articles', {
                articles: conventionArticles(note.budapestArticles, language),
              })}
            </Text>
          </Group>
          <BilingualText text={note.text} component="div" size="sm" />
          <SourceLink source={note.source} />
        </List.Item>
      ))}
    </List>
  );
}
