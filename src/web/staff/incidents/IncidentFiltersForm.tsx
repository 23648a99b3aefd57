import { Button, Group, MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { SearchBox } from '../components/SearchBox.tsx';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { IncidentStatusSchema } from '../../../domain/incidents/lifecycle.ts';
import { SeveritySchema, TargetSectorSchema } from '../../../domain/incidents/severity.ts';
import { LocalSubtypeSchema } from '../../../domain/taxonomy/local-subtypes.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { assigneesQuery } from './incidents-api.ts';
import { statusLabel, subtypeLabel } from './labels.ts';
import {
  QueueAssigneeSchema,
  QueueSlaSchema,
  QueueSortSchema,
  QueueStatusSchema,
  type IncidentsSearch,
} from './queue-search.ts';

/** The value of a select that means "no filter". */
const ANY = 'any';

type IncidentFiltersFormProps = {
  search: IncidentsSearch;
  onChange: (next: IncidentsSearch) => void;
};

/**
 * Words to search for, then status, SLA, severity, assignee, sub-type, sector and order of
 * the queue; each change of a select applies at once, the search when it is sent.
 */
export function IncidentFiltersForm({ search, onChange }: IncidentFiltersFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const assignees = useQuery(assigneesQuery);
  const set = (patch: Partial<IncidentsSearch>) => onChange({ ...search, ...patch });
  const orAny = (value: string | null) => (value === null || value === ANY ? undefined : value);
  const filtered =
    search.status !== undefined ||
    (search.severity?.length ?? 0) > 0 ||
    search.assignee !== undefined ||
    search.localSubtype !== undefined ||
    search.targetSector !== undefined ||
    search.q !== undefined ||
    search.sla !== undefined ||
    search.sort !== undefined;

  return (
    <section aria-labelledby="incident-filters-title">
      <h2 id="incident-filters-title" className="visually-hidden">
        {t('staff.incidents.queue.filters')}
      </h2>
      <SearchBox id="incident-search" value={search.q} onSearch={(q) => set({ q })} />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mt="sm">
        <Select
          label={t('staff.incidents.queue.status')}
          allowDeselect={false}
          value={search.status ?? 'open'}
          onChange={(value) => set({ status: QueueStatusSchema.catch('open').parse(value) })}
          data={[
            { value: 'open', label: t('staff.incidents.queue.statusOpen') },
            { value: 'all', label: t('staff.incidents.queue.statusAll') },
            ...IncidentStatusSchema.options.map((status) => ({
              value: status,
              label: statusLabel(status, language),
            })),
          ]}
        />
        <Select
          label={t('staff.incidents.queue.sla')}
          allowDeselect={false}
          value={search.sla ?? ANY}
          onChange={(value) =>
            set({ sla: QueueSlaSchema.optional().catch(undefined).parse(orAny(value)) })
          }
          data={[
            { value: ANY, label: t('staff.incidents.queue.anySla') },
            ...QueueSlaSchema.options.map((sla) => ({
              value: sla,
              label: t(`staff.incidents.queue.slaFilter.${sla}`),
            })),
          ]}
        />
        <MultiSelect
          label={t('staff.incidents.queue.severity')}
          placeholder={search.severity?.length ? undefined : t('staff.incidents.queue.anySeverity')}
          value={search.severity ?? []}
          onChange={(values) =>
            set({
              severity: values.length ? SeveritySchema.array().catch([]).parse(values) : undefined,
            })
          }
          data={SeveritySchema.options.map((severity) => ({
            value: severity,
            label: t(`staff.incidents.severity.${severity}`),
          }))}
        />
        <Select
          label={t('staff.incidents.queue.assignee')}
          allowDeselect={false}
          value={search.assignee ?? ANY}
          onChange={(value) =>
            set({ assignee: QueueAssigneeSchema.optional().catch(undefined).parse(orAny(value)) })
          }
          data={[
            { value: ANY, label: t('staff.incidents.queue.anyone') },
            { value: 'me', label: t('staff.incidents.queue.me') },
            { value: 'none', label: t('staff.incidents.queue.unassigned') },
            ...(assignees.data ?? []).map((person) => ({ value: person.id, label: person.name })),
          ]}
        />
        <Select
          label={t('staff.incidents.queue.subtype')}
          allowDeselect={false}
          searchable
          value={search.localSubtype ?? ANY}
          onChange={(value) =>
            set({
              localSubtype: LocalSubtypeSchema.optional().catch(undefined).parse(orAny(value)),
            })
          }
          data={[
            { value: ANY, label: t('staff.incidents.queue.anySubtype') },
            ...LocalSubtypeSchema.options.map((subtype) => ({
              value: subtype,
              label: subtypeLabel(subtype, language),
            })),
          ]}
        />
        <Select
          label={t('staff.incidents.queue.sector')}
          allowDeselect={false}
          value={search.targetSector ?? ANY}
          onChange={(value) =>
            set({
              targetSector: TargetSectorSchema.optional().catch(undefined).parse(orAny(value)),
            })
          }
          data={[
            { value: ANY, label: t('staff.incidents.queue.anySector') },
            ...TargetSectorSchema.options.map((sector) => ({
              value: sector,
              label: t(`staff.incidents.sectors.${sector}`),
            })),
          ]}
        />
        <Select
          label={t('staff.incidents.queue.sort')}
          allowDeselect={false}
          value={search.sort ?? 'updated'}
          onChange={(value) => set({ sort: QueueSortSchema.catch('updated').parse(value) })}
          data={QueueSortSchema.options.map((sort) => ({
            value: sort,
            label: t(`staff.incidents.queue.sortBy.${sort}`),
          }))}
        />
      </SimpleGrid>
      {filtered ? (
        <Group mt="sm">
          <Button variant="default" size="compact-md" onClick={() => onChange({})}>
            {t('staff.incidents.queue.clear')}
          </Button>
        </Group>
      ) : null}
    </section>
  );
}
