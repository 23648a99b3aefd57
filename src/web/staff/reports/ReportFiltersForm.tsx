import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSchema } from '../../../domain/language.ts';
import { ReportChannelSchema, ReportStatusSchema } from '../../../domain/reports/report.schemas.ts';
import { IncidentTypeIdSchema } from '../../../domain/taxonomy/incident-types.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { SearchBox } from '../components/SearchBox.tsx';
import { incidentTypeLabel } from './labels.ts';
import { ReportsSortSchema, ReportsStatusSchema, type ReportsSearch } from './reports-search.ts';

/** The value of a select that means "no filter". */
const ANY = 'any';

type ReportFiltersFormProps = {
  search: ReportsSearch;
  onChange: (next: ReportsSearch) => void;
};

/** Words to search for, then status, kind, channel, language and order of the reports queue. */
export function ReportFiltersForm({ search, onChange }: ReportFiltersFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const set = (patch: Partial<ReportsSearch>) => onChange({ ...search, ...patch });
  const orAny = (value: string | null) => (value === null || value === ANY ? undefined : value);
  const filtered = Object.entries(search).some(
    ([key, value]) => key !== 'page' && value !== undefined,
  );

  return (
    <section aria-labelledby="report-filters-title">
      <h2 id="report-filters-title" className="visually-hidden">
        {t('staff.reports.filters')}
      </h2>
      <SearchBox id="report-search" value={search.q} onSearch={(q) => set({ q })} />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" mt="sm">
        <Select
          label={t('staff.reports.filter')}
          allowDeselect={false}
          value={search.status ?? 'new'}
          onChange={(value) => set({ status: ReportsStatusSchema.catch('new').parse(value) })}
          data={[
            ...ReportStatusSchema.options.map((status) => ({
              value: status,
              label: t(`staff.reportStatus.${status}`),
            })),
            { value: 'all', label: t('staff.reports.statusAll') },
          ]}
        />
        <Select
          label={t('staff.reports.kind')}
          allowDeselect={false}
          value={search.incidentType ?? ANY}
          onChange={(value) =>
            set({
              incidentType: IncidentTypeIdSchema.optional().catch(undefined).parse(orAny(value)),
            })
          }
          data={[
            { value: ANY, label: t('staff.reports.anyKind') },
            ...IncidentTypeIdSchema.options.map((kind) => ({
              value: kind,
              label: incidentTypeLabel(kind, language),
            })),
          ]}
        />
        <Select
          label={t('staff.reports.channel')}
          allowDeselect={false}
          value={search.channel ?? ANY}
          onChange={(value) =>
            set({ channel: ReportChannelSchema.optional().catch(undefined).parse(orAny(value)) })
          }
          data={[
            { value: ANY, label: t('staff.reports.anyChannel') },
            ...ReportChannelSchema.options.map((channel) => ({
              value: channel,
              label: t(`staff.channels.${channel}`),
            })),
          ]}
        />
        <Select
          label={t('staff.reports.language')}
          allowDeselect={false}
          value={search.language ?? ANY}
          onChange={(value) =>
            set({ language: LanguageSchema.optional().catch(undefined).parse(orAny(value)) })
          }
          data={[
            { value: ANY, label: t('staff.reports.anyLanguage') },
            ...LanguageSchema.options.map((option) => ({
              value: option,
              label: t(`staff.languages.${option}`),
            })),
          ]}
        />
        <Select
          label={t('staff.reports.sort')}
          allowDeselect={false}
          value={search.sort ?? 'newest'}
          onChange={(value) => set({ sort: ReportsSortSchema.catch('newest').parse(value) })}
          data={ReportsSortSchema.options.map((sort) => ({
            value: sort,
            label: t(`staff.reports.sortBy.${sort}`),
          }))}
        />
      </SimpleGrid>
      {filtered ? (
        <Group mt="sm">
          <Button variant="default" size="compact-md" onClick={() => onChange({})}>
            {t('staff.reports.clear')}
          </Button>
        </Group>
      ) : null}
    </section>
  );
}
