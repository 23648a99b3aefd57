import { z } from 'zod';
import type { Bilingual } from '../language.ts';

/**
 * The local sub-types victims here name, finer than RSIT. The first ones are what the
 * public form pre-selects (domain/taxonomy/incident-types.ts); the rest are what an analyst
 * narrows them to.
 */
export const LOCAL_SUBTYPES = {
  'social-media-account-takeover': {
    en: 'Social-media account takeover',
    km: 'ការលួចគណនីបណ្ដាញសង្គម',
  },
  'facebook-account-takeover': {
    en: 'Facebook account or page takeover',
    km: 'ការលួចគណនី ឬទំព័រ Facebook',
  },
  'telegram-account-takeover': { en: 'Telegram account takeover', km: 'ការលួចគណនី Telegram' },
  'phishing-message-or-site': { en: 'Phishing message or site', km: 'សារ ឬគេហទំព័របោកប្រាស់' },
  'fraudulent-transfer-or-scam-call': {
    en: 'Fraudulent transfer or scam call',
    km: 'ការផ្ទេរប្រាក់បោកប្រាស់ ឬការហៅទូរស័ព្ទបោកប្រាស់',
  },
  'fraudulent-money-transfer': { en: 'Fraudulent money transfer', km: 'ការផ្ទេរប្រាក់បោកប្រាស់' },
  'telecom-voip-scam': { en: 'Telecom or VoIP scam', km: 'ការបោកប្រាស់តាមទូរគមនាគមន៍ ឬ VoIP' },
  'online-gambling': { en: 'Online gambling', km: 'ល្បែងស៊ីសងតាមអនឡាញ' },
  sextortion: { en: 'Sextortion', km: 'ការគំរាមកំហែងផ្លូវភេទ' },
  'web-defacement': { en: 'Web defacement', km: 'ការកែប្រែគេហទំព័រ' },
  'service-disruption': { en: 'Service disruption', km: 'ការរំខានសេវាកម្ម' },
  'malware-or-ransomware': { en: 'Malware or ransomware', km: 'មេរោគ ឬ ransomware' },
  'data-leak': { en: 'Data leak', km: 'ការលេចធ្លាយទិន្នន័យ' },
  other: { en: 'Other', km: 'ផ្សេងទៀត' },
} as const satisfies Record<string, Bilingual>;

export type LocalSubtype = keyof typeof LOCAL_SUBTYPES;

export const LocalSubtypeSchema = z.enum(
  Object.keys(LOCAL_SUBTYPES) as [LocalSubtype, ...LocalSubtype[]],
);
