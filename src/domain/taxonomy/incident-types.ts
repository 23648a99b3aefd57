import { z } from 'zod';
import type { Bilingual } from '../language.ts';

/**
 * What a reporter picks, in their own words. Each choice carries the RSIT class and type an
 * analyst would most likely file it under, and the local sub-type victims here name, so a
 * report arrives pre-classified. The analyst confirms or changes it.
 */
export const IncidentTypeIdSchema = z.enum([
  'account-takeover',
  'phishing',
  'money-scam',
  'defacement',
  'service-down',
  'malware',
  'sextortion',
  'data-leak',
  'other',
]);
export type IncidentTypeId = z.infer<typeof IncidentTypeIdSchema>;

export type IncidentType = {
  id: IncidentTypeId;
  rsit: { class: string; type: string };
  localSubtype: string;
  label: Bilingual;
  hint: Bilingual;
};

export const INCIDENT_TYPES: readonly IncidentType[] = [
  {
    id: 'account-takeover',
    rsit: { class: 'intrusions', type: 'unprivileged-account-compromise' },
    localSubtype: 'social-media-account-takeover',
    label: {
      en: 'My Facebook, Telegram or other account was taken',
      km: 'គណនី Facebook, Telegram ឬគណនីផ្សេងទៀតរបស់ខ្ញុំត្រូវបានគេលួច',
    },
    hint: {
      en: 'Someone else controls your account or page.',
      km: 'មាននរណាម្នាក់ផ្សេងកំពុងគ្រប់គ្រងគណនី ឬទំព័ររបស់អ្នក។',
    },
  },
  {
    id: 'phishing',
    rsit: { class: 'fraud', type: 'phishing' },
    localSubtype: 'phishing-message-or-site',
    label: {
      en: 'I got a fake message or website',
      km: 'ខ្ញុំបានទទួលសារ ឬឃើញគេហទំព័រក្លែងក្លាយ',
    },
    hint: {
      en: 'A message or site pretends to be a bank, shop or government office.',
      km: 'សារ ឬគេហទំព័រក្លែងខ្លួនជាធនាគារ ហាង ឬស្ថាប័នរដ្ឋ។',
    },
  },
  {
    id: 'money-scam',
    rsit: { class: 'fraud', type: 'masquerade' },
    localSubtype: 'fraudulent-transfer-or-scam-call',
    label: {
      en: 'Someone took money from me, or a scam call',
      km: 'មាននរណាម្នាក់បានយកលុយពីខ្ញុំ ឬការហៅទូរស័ព្ទបោកប្រាស់',
    },
    hint: {
      en: 'A transfer you were tricked into, or a call or message asking for money.',
      km: 'ការផ្ទេរប្រាក់ដែលអ្នកត្រូវគេបោក ឬការហៅ ឬសារសុំលុយ។',
    },
  },
  {
    id: 'defacement',
    rsit: { class: 'information-content-security', type: 'unauthorised-information-modification' },
    localSubtype: 'web-defacement',
    label: { en: 'Our website was changed', km: 'គេហទំព័ររបស់យើងត្រូវបានគេកែប្រែ' },
    hint: {
      en: 'Pages show content you did not put there.',
      km: 'ទំព័របង្ហាញខ្លឹមសារដែលអ្នកមិនបានដាក់។',
    },
  },
  {
    id: 'service-down',
    rsit: { class: 'availability', type: 'ddos' },
    localSubtype: 'service-disruption',
    label: { en: 'Our service is down', km: 'សេវាកម្មរបស់យើងមិនដំណើរការ' },
    hint: {
      en: 'A website, network or app does not answer, perhaps under attack.',
      km: 'គេហទំព័រ បណ្ដាញ ឬកម្មវិធីមិនឆ្លើយតប ប្រហែលជាកំពុងត្រូវគេវាយប្រហារ។',
    },
  },
  {
    id: 'malware',
    rsit: { class: 'malicious-code', type: 'infected-system' },
    localSubtype: 'malware-or-ransomware',
    label: { en: 'A virus or ransomware', km: 'មេរោគកុំព្យូទ័រ ឬ ransomware' },
    hint: {
      en: 'Files are locked or a device behaves strangely.',
      km: 'ឯកសារត្រូវបានចាក់សោ ឬឧបករណ៍ដំណើរការចម្លែក។',
    },
  },
  {
    id: 'sextortion',
    rsit: { class: 'abusive-content', type: 'harmful-speech' },
    localSubtype: 'sextortion',
    label: {
      en: 'Someone threatens to publish my photos',
      km: 'មាននរណាម្នាក់គំរាមផ្សព្វផ្សាយរូបថតរបស់ខ្ញុំ',
    },
    hint: {
      en: 'You are being threatened or blackmailed with private images.',
      km: 'អ្នកកំពុងត្រូវគេគំរាម ឬជំរិតដោយប្រើរូបភាពឯកជន។',
    },
  },
  {
    id: 'data-leak',
    rsit: { class: 'information-content-security', type: 'data-leak' },
    localSubtype: 'data-leak',
    label: { en: 'Data of ours leaked', km: 'ទិន្នន័យរបស់យើងត្រូវបានលេចធ្លាយ' },
    hint: {
      en: 'Customer, staff or internal data is published or sold.',
      km: 'ទិន្នន័យអតិថិជន បុគ្គលិក ឬទិន្នន័យផ្ទៃក្នុងត្រូវបានគេផ្សព្វផ្សាយ ឬលក់។',
    },
  },
  {
    id: 'other',
    rsit: { class: 'other', type: 'undetermined' },
    localSubtype: 'other',
    label: { en: 'Something else', km: 'ផ្សេងទៀត' },
    hint: {
      en: 'Tell us in your own words.',
      km: 'សូមប្រាប់យើងតាមពាក្យរបស់អ្នកផ្ទាល់។',
    },
  },
];

export function getIncidentType(id: IncidentTypeId): IncidentType {
  const found = INCIDENT_TYPES.find((type) => type.id === id);
  if (!found) throw new Error(`unknown incident type ${id}`);
  return found;
}
