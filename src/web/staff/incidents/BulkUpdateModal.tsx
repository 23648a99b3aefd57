import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkResult, IncidentSummary } from '../../../domain/incidents/incident.schemas.ts';
import { TlpSchema, tlpLabel } from '../../../domain/sharing/tlp.ts';
import { useActiveSession } from '../auth/use-active-session.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { usePhone } from '../components/use-phone.ts';
import {
  NOBODY,
  bulkChanges,
  classificationFormValues,
  initialBulkValues,
  type BulkMode,
  type BulkProblem,
  type BulkValues,
} from './bulk-update.ts';
import { ClassificationFields } from './ClassificationFields.tsx';
import { assigneesQuery, bulkUpdateIncidents } from './incidents-api.ts';

type BulkUpdateModalProps = {
  mode: BulkMode;
  incidents: IncidentSummary[];
  onClose: () => void;
  onDone: (results: BulkResult['results']) => void;
};

const TITLES = {
  assign: 'staff.bulk.incidents.assignTitle',
  tlp: 'staff.bulk.incidents.tlpTitle',
  classify: 'staff.bulk.incidents.classifyTitle',
} as const;

/**
 * One change to several incidents: who handles them, their TLP, or their classification.
 * Mounted while open, so each opening starts afresh.
 */
export function BulkUpdateModal({ mode, incidents, onClose, onDone }: BulkUpdateModalProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const session = useActiveSession();
  const assignees = useQuery({ ...assigneesQuery, enabled: mode === 'assign' });
  const [values, setValues] = useState<BulkValues>(() => initialBulkValues(incidents[0]));
  const [problem, setProblem] = useState<BulkProblem | null>(null);
  const set = (patch: Partial<BulkValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setProblem(null);
  };
  const update = useMutation({
    mutationFn: (changes: Parameters<typeof bulkUpdateIncidents>[0]['changes']) =>
      bulkUpdateIncidents({ incidentIds: incidents.map((incident) => incident.id), changes }),
    onSuccess: (answer) => {
      onDone(answer.results);
      onClose();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = bulkChanges(mode, values);
    if ('problem' in result) return setProblem(result.problem);
    update.mutate(result.changes);
  };
  const me = session?.user;
  const error = problem ? t(`staff.bulk.incidents.${problem}`) : undefined;

  return (
    <Modal
      fullScreen={phone}
      opened
      onClose={onClose}
      title={t(TITLES[mode])}
      size="lg"
      closeButtonProps={{ 'aria-label': t('staff.queue.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('staff.bulk.incidents.intro', { count: incidents.length })}</Text>
          {mode === 'assign' ? (
            <Select
              label={t('staff.incidents.fields.assignee')}
              placeholder={t('staff.incidents.form.choose')}
              required
              searchable
              allowDeselect={false}
              value={values.assignee}
              error={error}
              onChange={(value) => set({ assignee: value })}
              data={[
                ...(me
                  ? [
                      {
                        value: me.id,
                        label: t('staff.bulk.incidents.me', { name: me.displayName }),
                      },
                    ]
                  : []),
                { value: NOBODY, label: t('staff.bulk.incidents.nobody') },
                ...(assignees.data ?? [])
                  .filter((person) => person.id !== me?.id)
                  .map((person) => ({ value: person.id, label: person.name })),
              ]}
              comboboxProps={{ withinPortal: true }}
            />
          ) : null}
          {mode === 'tlp' ? (
            <Select
              label={t('staff.incidents.fields.tlp')}
              description={t('staff.incidents.form.tlpHint')}
              placeholder={t('staff.incidents.form.choose')}
              required
              allowDeselect={false}
              value={values.tlp}
              error={error}
              onChange={(value) => set({ tlp: TlpSchema.nullable().catch(null).parse(value) })}
              data={TlpSchema.options.map((tlp) => ({ value: tlp, label: tlpLabel(tlp) }))}
              comboboxProps={{ withinPortal: true }}
            />
          ) : null}
          {mode === 'classify' ? (
            <ClassificationFields
              values={classificationFormValues(values)}
              set={({ rsitClass, rsitType, localSubtype }) =>
                set({
                  ...(rsitClass === undefined ? {} : { rsitClass }),
                  ...(rsitType === undefined ? {} : { rsitType }),
                  ...(localSubtype === undefined ? {} : { localSubtype }),
                })
              }
              errors={error ? { rsitType: error } : {}}
            />
          ) : null}
          {update.error ? <ErrorAlert error={update.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('staff.incidents.common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('staff.bulk.incidents.apply', { count: incidents.length })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
