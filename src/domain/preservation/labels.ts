import type { Bilingual } from '../language.ts';
import type { InstrumentStatus } from '../law/law.schemas.ts';
import type { IdentifierType } from './identifiers.ts';
import type { PreservationRole } from './permissions.ts';
import type { DataCategory, PreservationStatus } from './preservation.schemas.ts';

/** The order's statuses as people say them. */
export const PRESERVATION_STATUS_LABELS: Record<PreservationStatus, Bilingual> = {
  requested: { en: 'Requested', km: 'បានស្នើសុំ' },
  approved: { en: 'Approved', km: 'បានអនុម័ត' },
  refused: { en: 'Refused', km: 'បានបដិសេធ' },
  sent: { en: 'Sent to the provider', km: 'បានផ្ញើទៅអ្នកផ្ដល់សេវា' },
  acknowledged: { en: 'Acknowledged by the provider', km: 'អ្នកផ្ដល់សេវាបានទទួលស្គាល់' },
  preserved: { en: 'Data preserved', km: 'ទិន្នន័យត្រូវបានរក្សាទុក' },
  released: { en: 'Released (preservation lifted)', km: 'បានបញ្ចប់ការរក្សាទុក' },
  expired: { en: 'Expired', km: 'ផុតកំណត់' },
};

export const DATA_CATEGORY_LABELS: Record<DataCategory, Bilingual> = {
  subscriber: { en: 'Subscriber information', km: 'ព័ត៌មានអតិថិជន' },
  traffic: { en: 'Traffic data', km: 'ទិន្នន័យចរាចរណ៍' },
  content: { en: 'Content data', km: 'ទិន្នន័យខ្លឹមសារ' },
};

export const IDENTIFIER_TYPE_LABELS: Record<IdentifierType, Bilingual> = {
  phone: { en: 'Phone number', km: 'លេខទូរស័ព្ទ' },
  email: { en: 'E-mail address', km: 'អាសយដ្ឋានអ៊ីមែល' },
  ip: { en: 'IP address', km: 'អាសយដ្ឋាន IP' },
  account: { en: 'Account', km: 'គណនី' },
  url: { en: 'Web address (URL)', km: 'អាសយដ្ឋានគេហទំព័រ (URL)' },
  domain: { en: 'Domain name', km: 'ឈ្មោះដែន' },
  'social-handle': { en: 'Social-media account', km: 'គណនីបណ្ដាញសង្គម' },
};

export const PRESERVATION_ROLE_LABELS: Record<PreservationRole, Bilingual> = {
  admin: { en: 'Administrator', km: 'អ្នកគ្រប់គ្រងប្រព័ន្ធ' },
  coordinator: { en: 'Coordinator', km: 'អ្នកសម្របសម្រួល' },
  analyst: { en: 'Analyst', km: 'អ្នកវិភាគ' },
  liaison: { en: 'Police liaison', km: 'មន្ត្រីទំនាក់ទំនងនគរបាល' },
  oversight: { en: 'Oversight', km: 'អ្នកត្រួតពិនិត្យ' },
  partner: { en: 'Partner', km: 'ដៃគូ' },
  prosecutor: { en: 'Prosecutor', km: 'ព្រះរាជអាជ្ញា' },
};

export const INSTRUMENT_STATUS_LABELS: Record<InstrumentStatus, Bilingual> = {
  in_force: { en: 'In force', km: 'កំពុងអនុវត្ត' },
  draft: { en: 'Draft law', km: 'សេចក្ដីព្រាងច្បាប់' },
  treaty: { en: 'International treaty', km: 'សន្ធិសញ្ញាអន្តរជាតិ' },
  foreign_law: { en: 'Foreign law', km: 'ច្បាប់បរទេស' },
};
