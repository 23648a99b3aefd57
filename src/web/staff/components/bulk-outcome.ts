import type { BulkResult } from '../../../domain/incidents/incident.schemas.ts';

export type BulkItemOutcome = BulkResult['results'][number]['outcome'];
export type BulkRefusal = Exclude<BulkItemOutcome, 'done'>;

/** What a bulk action came to, told by the names people use (INC-000042, 7KQM-3XWD). */
export type BulkSummary = {
  done: number;
  refused: { id: string; name: string; outcome: BulkRefusal }[];
};

/**
 * Counts what was done and lists what was not, in the order the rows were shown. `nameOf`
 * is read when the answer arrives, from the rows as they were sent: the refreshed list
 * may no longer hold them.
 */
export function summariseBulk(
  results: BulkResult['results'],
  nameOf: (id: string) => string,
): BulkSummary {
  const refused: BulkSummary['refused'] = [];
  let done = 0;
  for (const { id, outcome } of results) {
    if (outcome === 'done') done += 1;
    else refused.push({ id, name: nameOf(id), outcome });
  }
  return { done, refused };
}

/** What a bulk action on the queue has to tell afterwards. */
export type BulkNotice =
  | { kind: 'summary'; subject: 'reports' | 'incidents'; summary: BulkSummary }
  | {
      kind: 'incident';
      action: 'created' | 'linked';
      incidentId: string;
      reference: string;
      count: number;
    };
