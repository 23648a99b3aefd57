import type { Bilingual } from '../language.ts';
import type { IncidentStatus } from './lifecycle.ts';

/** The lifecycle's statuses as people say them; errors and e-mails use these too. */
export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, Bilingual> = {
  new: { en: 'New', km: 'ថ្មី' },
  triage: { en: 'Triage', km: 'កំពុងវាយតម្លៃ' },
  in_progress: { en: 'In progress', km: 'កំពុងដោះស្រាយ' },
  waiting_reporter: { en: 'Waiting for the reporter', km: 'រង់ចាំអ្នករាយការណ៍' },
  waiting_third_party: { en: 'Waiting for a third party', km: 'រង់ចាំភាគីទីបី' },
  resolved: { en: 'Resolved', km: 'បានដោះស្រាយ' },
  closed: { en: 'Closed', km: 'បានបិទ' },
};
