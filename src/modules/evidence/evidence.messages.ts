import type { Bilingual, Language } from '../../domain/language.ts';
import type { MediaType } from '../../domain/evidence/media-types.ts';

/**
 * What a reporter is told about one refused file, in their language: the error code says
 * what kind of refusal it is, this says which file and what to do.
 */
const MESSAGES = {
  empty: {
    en: '{name} is empty.',
    km: 'ឯកសារ {name} គ្មានខ្លឹមសារទេ។',
  },
  file_too_large: {
    en: '{name} is larger than {limit}, the most one file may be.',
    km: 'ឯកសារ {name} ធំជាង {limit} ដែលជាទំហំអតិបរមាសម្រាប់ឯកសារមួយ។',
  },
  report_full: {
    en: '{name} does not fit: the files of one report may be {limit} in all.',
    km: 'មិនអាចបន្ថែមឯកសារ {name} បានទេ៖ ឯកសាររបស់របាយការណ៍មួយមិនអាចលើសពី {limit} សរុបបានទេ។',
  },
  unknown_type: {
    en: '{name} is not a kind of file we accept. Send pictures, PDF or Office documents, e-mails (.eml), text, voice notes or videos.',
    km: 'យើងមិនទទួលយកប្រភេទឯកសារ {name} ទេ។ សូមផ្ញើរូបភាព ឯកសារ PDF ឬ Office អ៊ីមែល (.eml) អត្ថបទ សារជាសំឡេង ឬវីដេអូ។',
  },
  name_mismatch: {
    en: '{name} is named {claim}, but it is {actual}. Send the original file without renaming it.',
    km: 'ឯកសារ {name} មានឈ្មោះជា {claim} ប៉ុន្តែតាមពិតវាជា {actual}។ សូមផ្ញើឯកសារដើម ដោយមិនប្ដូរឈ្មោះ។',
  },
  type_mismatch: {
    en: '{name} was sent as {claim}, but it is {actual}. Send the original file.',
    km: 'ឯកសារ {name} ត្រូវបានផ្ញើជា {claim} ប៉ុន្តែតាមពិតវាជា {actual}។ សូមផ្ញើឯកសារដើម។',
  },
  not_utf8: {
    en: '{name} looks like text but is not UTF-8 text. Save it as UTF-8 and send it again.',
    km: 'ឯកសារ {name} មើលទៅដូចជាអត្ថបទ ប៉ុន្តែមិនមែនជាអត្ថបទ UTF-8 ទេ។ សូមរក្សាទុកជា UTF-8 ហើយផ្ញើម្ដងទៀត។',
  },
  no_files: {
    en: 'Attach at least one file.',
    km: 'សូមភ្ជាប់ឯកសារយ៉ាងហោចណាស់មួយ។',
  },
  too_many_files: {
    en: 'Send at most {limit} files at a time.',
    km: 'សូមផ្ញើឯកសារមិនលើសពី {limit} ក្នុងមួយលើក។',
  },
  unexpected_part: {
    en: 'Send each file in a part named "file".',
    km: 'សូមផ្ញើឯកសារនីមួយៗក្នុងផ្នែកដែលមានឈ្មោះ "file"។',
  },
  field_description: {
    en: 'Say what the file shows and where it comes from (3 to 2,000 characters).',
    km: 'សូមបញ្ជាក់ថាឯកសារនេះបង្ហាញអ្វី និងមកពីណា (ពី ៣ ដល់ ២០០០ តួអក្សរ)។',
  },
  field_method: {
    en: 'Choose how the file was obtained.',
    km: 'សូមជ្រើសរើសរបៀបដែលទទួលបានឯកសារនេះ។',
  },
  field_tool: {
    en: 'Name the tool in at most 200 characters.',
    km: 'សូមដាក់ឈ្មោះឧបករណ៍មិនលើសពី ២០០ តួអក្សរ។',
  },
  field_fileModifiedAt: {
    en: 'Give the file’s time as a date and time (ISO 8601).',
    km: 'សូមផ្ដល់ពេលវេលារបស់ឯកសារជាកាលបរិច្ឆេទ និងម៉ោង (ISO 8601)។',
  },
  blob_removed: {
    en: '{name} could not be kept: the same file was being destroyed at that moment. Send it again.',
    km: 'មិនអាចរក្សាទុកឯកសារ {name} បានទេ៖ ឯកសារដូចគ្នានេះកំពុងត្រូវបានបំផ្លាញនៅពេលនោះ។ សូមផ្ញើម្ដងទៀត។',
  },
  destroyed: {
    en: 'This item was destroyed: nothing more can be done with it.',
    km: 'ភស្តុតាងនេះត្រូវបានបំផ្លាញហើយ៖ មិនអាចធ្វើអ្វីបន្ថែមទៀតជាមួយវាបានទេ។',
  },
  already_sealed: {
    en: 'This item is already sealed.',
    km: 'ភស្តុតាងនេះត្រូវបានបិទត្រារួចហើយ។',
  },
  not_sealed: {
    en: 'This item is not sealed.',
    km: 'ភស្តុតាងនេះមិនត្រូវបានបិទត្រាទេ។',
  },
  already_on_hold: {
    en: 'This item is already on legal hold.',
    km: 'ភស្តុតាងនេះស្ថិតក្រោមការឃាត់ទុកតាមផ្លូវច្បាប់រួចហើយ។',
  },
  not_on_hold: {
    en: 'This item is not on legal hold.',
    km: 'ភស្តុតាងនេះមិនស្ថិតក្រោមការឃាត់ទុកតាមផ្លូវច្បាប់ទេ។',
  },
  on_hold: {
    en: 'This item is on legal hold: release the hold before destroying it.',
    km: 'ភស្តុតាងនេះស្ថិតក្រោមការឃាត់ទុកតាមផ្លូវច្បាប់៖ សូមដកការឃាត់ទុកចេញសិន មុននឹងបំផ្លាញវា។',
  },
} satisfies Record<string, Bilingual>;

export type EvidenceMessage = keyof typeof MESSAGES;

export function evidenceMessage(
  key: EvidenceMessage,
  language: Language,
  params: Record<string, string | number> = {},
): string {
  return MESSAGES[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const KIND_NAMES: Record<MediaType, Bilingual> = {
  'image/png': { en: 'a PNG image', km: 'រូបភាព PNG' },
  'image/jpeg': { en: 'a JPEG image', km: 'រូបភាព JPEG' },
  'image/gif': { en: 'a GIF image', km: 'រូបភាព GIF' },
  'image/webp': { en: 'a WebP image', km: 'រូបភាព WebP' },
  'image/heic': { en: 'a HEIC image', km: 'រូបភាព HEIC' },
  'image/heif': { en: 'a HEIF image', km: 'រូបភាព HEIF' },
  'image/avif': { en: 'an AVIF image', km: 'រូបភាព AVIF' },
  'application/pdf': { en: 'a PDF document', km: 'ឯកសារ PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    en: 'a Word document',
    km: 'ឯកសារ Word',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    en: 'an Excel workbook',
    km: 'ឯកសារ Excel',
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    en: 'a PowerPoint presentation',
    km: 'ឯកសារ PowerPoint',
  },
  'application/zip': { en: 'a ZIP archive', km: 'ឯកសារ ZIP' },
  'text/plain': { en: 'plain text', km: 'អត្ថបទធម្មតា' },
  'message/rfc822': { en: 'an e-mail', km: 'អ៊ីមែល' },
  'audio/mp4': { en: 'M4A audio', km: 'សំឡេង M4A' },
  'audio/ogg': { en: 'Ogg audio', km: 'សំឡេង Ogg' },
  'audio/mpeg': { en: 'MP3 audio', km: 'សំឡេង MP3' },
  'audio/amr': { en: 'AMR audio', km: 'សំឡេង AMR' },
  'audio/wav': { en: 'WAV audio', km: 'សំឡេង WAV' },
  'video/mp4': { en: 'an MP4 video', km: 'វីដេអូ MP4' },
  'video/quicktime': { en: 'a QuickTime video', km: 'វីដេអូ QuickTime' },
  'video/3gpp': { en: 'a 3GP video', km: 'វីដេអូ 3GP' },
};

export const kindName = (type: MediaType, language: Language): string => KIND_NAMES[type][language];

/** Sizes as people read them: "25 MB" (binary megabytes, as phones show them). */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = Number.isInteger(value) ? value : Math.round(value * 10) / 10;
  return `${rounded} ${units[unit]}`;
}
