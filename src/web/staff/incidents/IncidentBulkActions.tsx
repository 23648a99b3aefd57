import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkResult, IncidentSummary } from '../../../domain/incidents/incident.schemas.ts';
import { summariseBulk, type BulkNotice } from '../components/bulk-outcome.ts';
import type { BulkMode } from './bulk-update.ts';
import { BulkUpdateModal } from './BulkUpdateModal.tsx';

type IncidentBulkActionsProps = {
  /** The selected incidents, in the order the queue shows them. */
  incidents: IncidentSummary[];
  /** What came of it, for the queue to tell; the queue then clears the selection. */
  onDone: (notice: BulkNotice) => void;
};

const BUTTONS: { mode: BulkMode; label: `staff.bulk.incidents.${BulkMode}` }[] = [
  { mode: 'assign', label: 'staff.bulk.incidents.assign' },
  { mode: 'tlp', label: 'staff.bulk.incidents.tlp' },
  { mode: 'classify', label: 'staff.bulk.incidents.classify' },
];

/**
 * Assign, set the TLP of, or classify several incidents at once (the queue shows these to
 * those who may handle incidents). The answer tells which ones could not be changed.
 */
export function IncidentBulkActions({ incidents, onDone }: IncidentBulkActionsProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<BulkMode | null>(null);

  const updated = async (results: BulkResult['results']) => {
    const references = new Map(incidents.map((incident) => [incident.id, incident.reference]));
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['incidents', 'list'] }),
      queryClient.invalidateQueries({ queryKey: ['incidents', 'detail'] }),
    ]);
    onDone({
      kind: 'summary',
      subject: 'incidents',
      summary: summariseBulk(results, (id) => references.get(id) ?? id),
    });
  };

  return (
    <>
      {BUTTONS.map((button) => (
        <Button
          key={button.mode}
          size="sm"
          variant={button.mode === 'assign' ? 'filled' : 'default'}
          onClick={() => setMode(button.mode)}
        >
          {t(button.label)}
        </Button>
      ))}
      {mode ? (
        <BulkUpdateModal
          mode={mode}
          incidents={incidents}
          onClose={() => setMode(null)}
          onDone={(results) => void updated(results)}
        />
      ) : null}
    </>
  );
}
