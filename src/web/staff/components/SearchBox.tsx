import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

type SearchBoxProps = {
  /** Unique on the page: the form's label and hint hang on it. */
  id: string;
  /** The search in force (from the URL); typing does not search until it is sent. */
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
};

/**
 * A search field and its button: Khmer or English words, or an indicator. Enter or the
 * button sends it; emptying the field and sending clears the search.
 */
export function SearchBox({ id, value, onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(value ?? '');
  // Follow the URL when it changes elsewhere (the filters cleared, back and forward).
  const [applied, setApplied] = useState(value);
  if (applied !== value) {
    setApplied(value);
    setTyped(value ?? '');
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = typed.trim();
    onSearch(q === '' ? undefined : q);
  };
  return (
    <form role="search" onSubmit={submit} aria-labelledby={`${id}-label`}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          id={id}
          type="search"
          label={t('staff.search.label')}
          labelProps={{ id: `${id}-label` }}
          description={t('staff.search.hint')}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          style={{ flex: 1, minWidth: 0 }}
          maxLength={500}
        />
        <Button type="submit">{t('staff.search.submit')}</Button>
      </Group>
    </form>
  );
}
