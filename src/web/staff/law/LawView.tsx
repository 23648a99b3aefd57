import { Alert, Code, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../domain/law/law.schemas.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { InstrumentSection } from './InstrumentSection.tsx';
import { lawCatalogueQuery } from './law-api.ts';
import { filterProvisions, type LawSearch } from './law-search.ts';
import { LawTextModeContext } from './law-text-mode.ts';
import { LawFilters } from './LawFilters.tsx';
import { LawSources } from './LawSources.tsx';

const route = getRouteApi('/_app/law');

/** The legal catalogue to browse: instruments, their provisions, and the sources behind them. */
export function LawView() {
  const { t } = useTranslation();
  const title = t('staff.law.title');
  useDocumentTitle(title);
  const catalogue = useQuery(lawCatalogueQuery);

  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      <Text>{t('staff.law.intro')}</Text>
      <Alert color="orange" variant="light" data-testid="law-unverified-warning">
        {t('staff.law.unverifiedWarning')}
      </Alert>
      {catalogue.isPending ? <Loader aria-label={t('app.loading')} /> : null}
      {catalogue.error ? <ErrorAlert error={catalogue.error} /> : null}
      {catalogue.data ? <CatalogueBrowser catalogue={catalogue.data} /> : null}
    </Stack>
  );
}

function CatalogueBrowser({ catalogue }: { catalogue: Catalogue }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [opened, setOpened] = useState<string[]>(search.provision ? [search.provision] : []);

  // A link to one provision (from an incident, or a counterpart) opens it and brings it into view.
  useEffect(() => {
    if (!search.provision) return;
    const target = search.provision;
    setOpened((current) => (current.includes(target) ? current : [...current, target]));
    const frame = requestAnimationFrame(() => {
      const item = document.getElementById(`provision-${target}`);
      item?.scrollIntoView({ block: 'start' });
      item?.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [search.provision]);

  const update = (next: Partial<LawSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next, provision: undefined }) });

  const shown = filterProvisions(catalogue.provisions, search);
  const instruments = catalogue.instruments.filter((instrument) => {
    if (search.instrument && instrument.id !== search.instrument) return false;
    const total = catalogue.provisions.filter((p) => p.instrumentId === instrument.id).length;
    // An instrument without provisions (the Press Law) shows, saying so, unless words are sought.
    return shown.some((p) => p.instrumentId === instrument.id) || (total === 0 && !search.q);
  });

  return (
    <LawTextModeContext.Provider value={search.text ?? 'both'}>
      <Stack gap="lg">
        <Text size="sm" c="dimmed" data-testid="law-version">
          {t('staff.law.version', { version: catalogue.version })} · {t('staff.law.hash')}:{' '}
          <Code style={{ overflowWrap: 'anywhere' }}>{catalogue.hash}</Code>
        </Text>
        <LawFilters
          key={search.q ?? ''}
          instruments={catalogue.instruments}
          search={search}
          onChange={update}
        />
        <Text size="sm" role="status">
          {instruments.length === 0
            ? t('staff.law.noMatch')
            : t('staff.law.matches', { count: shown.length })}
        </Text>
        {instruments.map((instrument) => (
          <InstrumentSection
            key={instrument.id}
            instrument={instrument}
            provisions={shown.filter((p) => p.instrumentId === instrument.id)}
            all={catalogue.provisions}
            opened={opened}
            onOpenedChange={setOpened}
          />
        ))}
        <LawSources sources={catalogue.sources} />
      </Stack>
    </LawTextModeContext.Provider>
  );
}
