import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RSIT_CLASSES } from '../../../domain/taxonomy/rsit.ts';
import { LocalSubtypeSchema } from '../../../domain/taxonomy/local-subtypes.ts';
import { useLanguage } from '../../shared/use-language.ts';
import type { IncidentFormValues } from './incident-form.ts';
import { rsitClassLabel, rsitTypeLabel, subtypeLabel } from './labels.ts';

type ClassificationFieldsProps = {
  values: IncidentFormValues;
  set: (patch: Partial<IncidentFormValues>) => void;
  errors: Record<string, string>;
};

/** RSIT class, then the types of that class, then the local sub-type victims here name. */
export function ClassificationFields({ values, set, errors }: ClassificationFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const types = RSIT_CLASSES.find((entry) => entry.id === values.rsitClass)?.types ?? [];
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <Select
        label={t('staff.incidents.fields.rsitClass')}
        allowDeselect={false}
        searchable
        value={values.rsitClass}
        onChange={(value) => {
          if (!value || value === values.rsitClass) return;
          const next = RSIT_CLASSES.find((entry) => entry.id === value);
          // A class with one type (other, test…) takes it; otherwise the analyst picks.
          set({
            rsitClass: value,
            rsitType: next?.types.length === 1 ? (next.types[0] ?? null) : null,
          });
        }}
        data={RSIT_CLASSES.map((entry) => ({
          value: entry.id,
          label: rsitClassLabel(t, entry.id),
        }))}
      />
      <Select
        label={t('staff.incidents.fields.rsitType')}
        allowDeselect={false}
        searchable
        placeholder={t('staff.incidents.form.choose')}
        value={values.rsitType}
        onChange={(value) => set({ rsitType: value })}
        error={errors.rsitType}
        data={types.map((type) => ({ value: type, label: rsitTypeLabel(t, type) }))}
      />
      <Select
        label={t('staff.incidents.fields.localSubtype')}
        allowDeselect={false}
        searchable
        value={values.localSubtype}
        onChange={(value) => {
          const parsed = LocalSubtypeSchema.safeParse(value);
          if (parsed.success) set({ localSubtype: parsed.data });
        }}
        error={errors.localSubtype}
        data={LocalSubtypeSchema.options.map((subtype) => ({
          value: subtype,
          label: subtypeLabel(subtype, language),
        }))}
      />
    </SimpleGrid>
  );
}
