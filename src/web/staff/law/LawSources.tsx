import { Anchor, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../domain/law/law.schemas.ts';
import { useLanguage } from '../../shared/use-language.ts';

/** The works the catalogue cites, each with its id (what the provisions name) and terms. */
export function LawSources({ sources }: { sources: readonly Source[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="law-sources-title">
      <Title order={2} size="h3" id="law-sources-title" mb="xs">
        {t('staff.law.sources.title')}
      </Title>
      <List spacing="sm" size="sm" listStyleType="none" pl={0}>
        {sources.map((source) => (
          <List.Item key={source.id} id={`source-${source.id}`} style={{ scrollMarginTop: '1rem' }}>
            <Text size="sm" fw={700} component="span">
              [{source.id}]
            </Text>{' '}
            <Text size="sm" component="span" lang="en">
              {source.citation}
            </Text>
            {source.url ? (
              <>
                {' '}
                <Anchor
                  href={source.url}
                  size="sm"
                  rel="noreferrer"
                  target="_blank"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {source.url}
                </Anchor>
              </>
            ) : null}
            <Text size="xs" c="dimmed">
              {t('staff.law.sources.terms', { terms: source.terms[language] })}
            </Text>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
