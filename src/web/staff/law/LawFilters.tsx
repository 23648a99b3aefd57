import { Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InstrumentIdSchema, type Instrument } from '../../../domain/law/law.schemas.ts';
import { useLanguage } from '../../shared/use-language.ts';
import type { LawSearch } from './law-search.ts';

type LawFiltersProps = {
  instruments: readonly Instrument[];
  search: LawSearch;
  onChange: (next: Partial<LawSearch>) => void;
};

const ALL = 'all';

/** Which instrument, which words, and which languages the legal texts are shown in. */
export function LawFilters({ instruments, search, onChange }: LawFiltersProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const textLabelId = useId();
  const [words, setWords] = useState(search.q ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: words.trim() || undefined });
  };

  return (
    <Stack
      gap="sm"
      component="form"
      role="search"
      onSubmit={submit}
      aria-label={t('staff.law.filters.title')}
    >
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('staff.law.filters.instrument')}
          allowDeselect={false}
          value={search.instrument ?? ALL}
          onChange={(value) => {
            const parsed = InstrumentIdSchema.safeParse(value);
            onChange({ instrument: parsed.success ? parsed.data : undefined });
          }}
          data={[
            { value: ALL, label: t('staff.law.filters.allInstruments') },
            ...instruments.map((entry) => ({ value: entry.id, label: entry.shortTitle[language] })),
          ]}
          w={{ base: '100%', sm: 280 }}
        />
        <TextInput
          type="search"
          label={t('staff.law.filters.search')}
          description={t('staff.law.filters.searchHint')}
          value={words}
          onChange={(event) => setWords(event.currentTarget.value)}
          onBlur={() => onChange({ q: words.trim() || undefined })}
          w={{ base: '100%', sm: 320 }}
        />
      </Group>
      <div>
        <Text id={textLabelId} size="sm" fw={500} mb={4}>
          {t('staff.law.filters.textLanguage')}
        </Text>
        <SegmentedControl
          aria-labelledby={textLabelId}
          value={search.text ?? 'both'}
          onChange={(value) => onChange({ text: value === 'both' ? undefined : value })}
          data={[
            { value: 'both', label: t('staff.law.filters.both') },
            { value: 'km', label: t('staff.law.filters.km') },
            { value: 'en', label: t('staff.law.filters.en') },
          ]}
        />
      </div>
    </Stack>
  );
}
