import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { PlaybookSchema, type PlaybookBody } from '../../../domain/incidents/playbooks.ts';
import { SlaTargetsSchema, type SlaTargets } from '../../../domain/incidents/sla.ts';
import { staffGet, staffSend } from '../staff-api.ts';

export const slaTargetsQuery = queryOptions({
  queryKey: ['admin', 'sla'],
  queryFn: () => staffGet('/api/admin/settings/sla', SlaTargetsSchema),
});

export const saveSlaTargets = (targets: SlaTargets) =>
  staffSend('/api/admin/settings/sla', SlaTargetsSchema, { method: 'PUT', body: targets });

export const playbooksQuery = queryOptions({
  queryKey: ['playbooks'],
  queryFn: () => staffGet('/api/playbooks', z.array(PlaybookSchema)),
});

export const savePlaybook = (playbookId: string, body: PlaybookBody) =>
  staffSend(`/api/playbooks/${encodeURIComponent(playbookId)}`, PlaybookSchema, {
    method: 'PUT',
    body,
  });
