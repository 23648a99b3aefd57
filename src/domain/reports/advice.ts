import type { Bilingual } from '../language.ts';
import type { IncidentTypeId } from '../taxonomy/incident-types.ts';

/**
 * What to do right now, shown after a report is sent, per kind of incident. Short
 * sentences a frightened person on a phone can act on; the most urgent step first.
 */
export const IMMEDIATE_ADVICE: Record<IncidentTypeId, readonly Bilingual[]> = {
  'account-takeover': [
    {
      en: 'From a device you still trust, use the platform’s “forgot password” or “my account was hacked” page now.',
      km: 'ពីឧបករណ៍ដែលអ្នកនៅទុកចិត្ត សូមប្រើទំព័រ «ភ្លេចពាក្យសម្ងាត់» ឬ «គណនីខ្ញុំត្រូវបានគេលួច» របស់វេទិកានោះភ្លាមៗ។',
    },
    {
      en: 'Change the password of your e-mail account, and of every account that used the same password.',
      km: 'ប្ដូរពាក្យសម្ងាត់អ៊ីមែលរបស់អ្នក និងគណនីទាំងអស់ដែលប្រើពាក្យសម្ងាត់ដូចគ្នា។',
    },
    {
      en: 'Warn your friends: messages asking for money or codes from your account are not from you.',
      km: 'ប្រាប់មិត្តភក្ដិរបស់អ្នកថា សារសុំលុយ ឬសុំលេខកូដពីគណនីរបស់អ្នក មិនមែនមកពីអ្នកទេ។',
    },
    {
      en: 'Turn on two-step verification once you are back in.',
      km: 'បើកការផ្ទៀងផ្ទាត់ពីរជំហាន ពេលអ្នកចូលគណនីវិញបាន។',
    },
  ],
  phishing: [
    {
      en: 'Do not open the link again and do not reply.',
      km: 'កុំបើកតំណនោះម្ដងទៀត ហើយកុំឆ្លើយតប។',
    },
    {
      en: 'If you typed a password or a code, change that password now and call your bank if it was a bank page.',
      km: 'បើអ្នកបានវាយពាក្យសម្ងាត់ ឬលេខកូដ សូមប្ដូរពាក្យសម្ងាត់នោះភ្លាម ហើយទូរស័ព្ទទៅធនាគារ បើវាជាទំព័រធនាគារ។',
    },
    {
      en: 'Keep the message: a screenshot helps us take the fake site down.',
      km: 'រក្សាសារនោះទុក៖ រូបថតអេក្រង់ជួយយើងបិទគេហទំព័រក្លែងក្លាយ។',
    },
  ],
  'money-scam': [
    {
      en: 'Call your bank or e-wallet now and ask them to freeze the transfer: the first hours matter most.',
      km: 'ទូរស័ព្ទទៅធនាគារ ឬកាបូបអេឡិចត្រូនិករបស់អ្នកឥឡូវនេះ ហើយស្នើឱ្យបង្កកការផ្ទេរប្រាក់៖ ម៉ោងដំបូងសំខាន់បំផុត។',
    },
    {
      en: 'Keep the receipt, the account number and the messages or call log.',
      km: 'រក្សាបង្កាន់ដៃ លេខគណនី និងសារ ឬប្រវត្តិហៅទូរស័ព្ទទុក។',
    },
    {
      en: 'Do not pay anyone who promises to get your money back: that is a second scam.',
      km: 'កុំបង់លុយឱ្យអ្នកណាដែលសន្យាថានឹងយកលុយមកវិញ៖ នោះជាការបោកប្រាស់លើកទីពីរ។',
    },
  ],
  defacement: [
    {
      en: 'Keep a copy or screenshot of the changed page before you restore it.',
      km: 'រក្សាច្បាប់ចម្លង ឬរូបថតអេក្រង់នៃទំព័រដែលត្រូវបានកែប្រែ មុនពេលអ្នកស្ដារវាឡើងវិញ។',
    },
    {
      en: 'Change the passwords of the site’s admin and hosting accounts, and update its software.',
      km: 'ប្ដូរពាក្យសម្ងាត់គណនីអ្នកគ្រប់គ្រងគេហទំព័រ និងគណនីបង្ហោះ ហើយធ្វើបច្ចុប្បន្នភាពកម្មវិធីរបស់វា។',
    },
  ],
  'service-down': [
    {
      en: 'Call your internet provider or hosting company: they can filter attack traffic.',
      km: 'ទូរស័ព្ទទៅក្រុមហ៊ុនផ្ដល់អ៊ីនធឺណិត ឬក្រុមហ៊ុនបង្ហោះរបស់អ្នក៖ ពួកគេអាចច្រោះចរាចរណ៍វាយប្រហារបាន។',
    },
    {
      en: 'Keep logs and note the times; do not pay any ransom demand.',
      km: 'រក្សាកំណត់ហេតុ និងកត់ត្រាពេលវេលា៖ កុំបង់ប្រាក់លោះណាមួយ។',
    },
  ],
  malware: [
    {
      en: 'Disconnect the device from the network and Wi-Fi, but do not switch it off.',
      km: 'ផ្ដាច់ឧបករណ៍ពីបណ្ដាញ និង Wi-Fi ប៉ុន្តែកុំបិទវា។',
    },
    {
      en: 'Do not pay the ransom; keep the ransom note and a list of affected devices.',
      km: 'កុំបង់ប្រាក់លោះ៖ រក្សាសារទាមទារប្រាក់លោះ និងបញ្ជីឧបករណ៍ដែលរងផលប៉ះពាល់ទុក។',
    },
  ],
  sextortion: [
    {
      en: 'You are not to blame. Do not pay and do not send anything more.',
      km: 'អ្នកមិនមែនជាអ្នកខុសទេ។ កុំបង់លុយ ហើយកុំផ្ញើអ្វីបន្ថែមទៀត។',
    },
    {
      en: 'Keep the messages and the offender’s profile, then block them.',
      km: 'រក្សាសារ និងប្រវត្តិរូបរបស់ជនល្មើសទុក រួចបិទការទំនាក់ទំនងជាមួយពួកគេ។',
    },
    {
      en: 'Report the profile to the platform; ask someone you trust for support.',
      km: 'រាយការណ៍ប្រវត្តិរូបនោះទៅវេទិកា៖ ស្វែងរកការគាំទ្រពីមនុស្សដែលអ្នកទុកចិត្ត។',
    },
  ],
  'data-leak': [
    {
      en: 'Keep the address where the data appeared and a copy of what was published.',
      km: 'រក្សាអាសយដ្ឋានដែលទិន្នន័យបានលេចឡើង និងច្បាប់ចម្លងនៃអ្វីដែលបានផ្សព្វផ្សាយ។',
    },
    {
      en: 'Change the passwords that may be in the data, and warn the people it concerns.',
      km: 'ប្ដូរពាក្យសម្ងាត់ដែលអាចមាននៅក្នុងទិន្នន័យ ហើយជូនដំណឹងដល់អ្នកដែលពាក់ព័ន្ធ។',
    },
  ],
  other: [
    {
      en: 'Keep any messages, screenshots or files about what happened.',
      km: 'រក្សាសារ រូបថតអេក្រង់ ឬឯកសារទាំងឡាយអំពីអ្វីដែលបានកើតឡើង។',
    },
  ],
};
