import type { Bilingual, Language } from '../../domain/language.ts';
import type { ErrorCode } from '../errors.ts';

/** What a person is told for each error code, in their language. `{name}` is filled in. */
export const ERROR_MESSAGES: Record<ErrorCode, Bilingual> = {
  validation_failed: {
    en: 'Some fields need attention.',
    km: 'មានព័ត៌មានមួយចំនួនត្រូវកែតម្រូវ។',
  },
  unauthenticated: { en: 'Please sign in.', km: 'សូមចូលគណនីជាមុនសិន។' },
  mfa_required: {
    en: 'Finish signing in with your authenticator code.',
    km: 'សូមបញ្ចប់ការចូលគណនីដោយប្រើលេខកូដពីកម្មវិធីផ្ទៀងផ្ទាត់។',
  },
  forbidden: {
    en: 'You do not have access to this.',
    km: 'អ្នកមិនមានសិទ្ធិចូលប្រើមុខងារនេះទេ។',
  },
  csrf_failed: {
    en: 'This request could not be verified. Reload the page and try again.',
    km: 'សំណើនេះមិនអាចផ្ទៀងផ្ទាត់បានទេ។ សូមផ្ទុកទំព័រឡើងវិញ ហើយព្យាយាមម្ដងទៀត។',
  },
  not_found: { en: 'Not found.', km: 'រកមិនឃើញ។' },
  conflict: {
    en: 'This conflicts with something that already exists.',
    km: 'វាប៉ះទង្គិចជាមួយទិន្នន័យដែលមានស្រាប់។',
  },
  invalid_transition: {
    en: 'An incident that is "{from}" cannot move to "{to}".',
    km: 'ឧប្បត្តិហេតុដែលស្ថិតក្នុងស្ថានភាព "{from}" មិនអាចប្ដូរទៅ "{to}" បានទេ។',
  },
  evidence_sealed: {
    en: 'This evidence item is sealed: its content can be opened only after a coordinator unseals it, giving a reason.',
    km: 'ភស្តុតាងនេះត្រូវបានបិទត្រា៖ អាចបើកមើលខ្លឹមសាររបស់វាបាន លុះត្រាតែអ្នកសម្របសម្រួលដោះត្រា ដោយបញ្ជាក់មូលហេតុ។',
  },
  evidence_destroyed: {
    en: 'This evidence item was destroyed: only its hash and its chain of custody remain.',
    km: 'ភស្តុតាងនេះត្រូវបានបំផ្លាញហើយ៖ នៅសល់តែតម្លៃហាស និងខ្សែសង្វាក់នៃការថែរក្សារបស់វាប៉ុណ្ណោះ។',
  },
  invalid_credentials: {
    en: 'The e-mail address or password is wrong.',
    km: 'អាសយដ្ឋានអ៊ីមែល ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវ។',
  },
  account_locked: {
    en: 'Too many failed attempts. The account is locked for {minutes} minutes.',
    km: 'ការព្យាយាមខុសច្រើនដងពេក។ គណនីត្រូវបានចាក់សោរយៈពេល {minutes} នាទី។',
  },
  invalid_mfa_code: {
    en: 'That code is not valid. Use the current code from your authenticator app.',
    km: 'លេខកូដនោះមិនត្រឹមត្រូវទេ។ សូមប្រើលេខកូដបច្ចុប្បន្នពីកម្មវិធីផ្ទៀងផ្ទាត់របស់អ្នក។',
  },
  setup_token_invalid: {
    en: 'This setup link is not valid any more. Ask for a new one.',
    km: 'តំណរៀបចំនេះលែងមានសុពលភាពហើយ។ សូមស្នើសុំតំណថ្មី។',
  },
  payload_too_large: {
    en: 'What you sent is too large.',
    km: 'ទិន្នន័យដែលអ្នកបានផ្ញើធំពេក។',
  },
  unsupported_media_type: {
    en: 'This type of content or file is not accepted here.',
    km: 'ប្រភេទខ្លឹមសារ ឬឯកសារនេះមិនត្រូវបានទទួលយកនៅទីនេះទេ។',
  },
  rate_limited: {
    en: 'Too many requests. Wait a minute and try again.',
    km: 'សំណើច្រើនពេក។ សូមរង់ចាំមួយនាទី ហើយព្យាយាមម្ដងទៀត។',
  },
  not_ready: {
    en: 'The service is starting or its database is unavailable.',
    km: 'សេវាកំពុងចាប់ផ្ដើម ឬមូលដ្ឋានទិន្នន័យមិនអាចប្រើបាន។',
  },
  internal: {
    en: 'Something went wrong on our side. Try again later.',
    km: 'មានបញ្ហានៅខាងយើង។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។',
  },
};

export function errorMessage(
  code: ErrorCode,
  language: Language,
  params: Record<string, string | number> = {},
): string {
  return ERROR_MESSAGES[code][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
