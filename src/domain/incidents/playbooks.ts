import { z } from 'zod';
import { LocalSubtypeSchema } from '../taxonomy/local-subtypes.ts';
import { textField } from '../reports/text.ts';

const BilingualSchema = z.object({ en: textField(1, 300), km: textField(1, 300) });

export const PlaybookTaskSchema = z.object({
  title: BilingualSchema,
  checklist: z.array(BilingualSchema).max(20).default([]),
  /** Due this many hours after the playbook runs; a freeze request is due in hours, not days. */
  dueWithinHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 90),
});
export type PlaybookTask = z.infer<typeof PlaybookTaskSchema>;

export const PlaybookIdSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens');

/** PUT /api/playbooks/{id}: what an admin or coordinator edits. */
export const PlaybookBodySchema = z.object({
  title: BilingualSchema,
  appliesTo: z.array(LocalSubtypeSchema).max(20),
  tasks: z.array(PlaybookTaskSchema).min(1).max(30),
});
export type PlaybookBody = z.infer<typeof PlaybookBodySchema>;

const BilingualViewSchema = z.object({ en: z.string(), km: z.string() });

/** A playbook as the API shows it (plain strings: response schemas carry no transforms). */
export const PlaybookSchema = z.object({
  id: z.string(),
  title: BilingualViewSchema,
  appliesTo: z.array(LocalSubtypeSchema),
  tasks: z.array(
    z.object({
      title: BilingualViewSchema,
      checklist: z.array(BilingualViewSchema),
      dueWithinHours: z.number().int(),
    }),
  ),
  /** False while the built-in version applies; true once someone edited it. */
  edited: z.boolean(),
  updatedAt: z.iso.datetime().nullable(),
});
export type Playbook = z.infer<typeof PlaybookSchema>;

type Built = Omit<Playbook, 'edited' | 'updatedAt'>;

const task = (
  en: string,
  km: string,
  dueWithinHours: number,
  checklist: [string, string][] = [],
): PlaybookTask => ({
  title: { en, km },
  dueWithinHours,
  checklist: checklist.map(([itemEn, itemKm]) => ({ en: itemEn, km: itemKm })),
});

/**
 * What a CERT here does first for each kind of incident. Editable in the product; these
 * are the starting point and what a reset returns to.
 */
export const DEFAULT_PLAYBOOKS: readonly Built[] = [
  {
    id: 'phishing',
    title: { en: 'Phishing site or message', km: 'គេហទំព័រ ឬសារបោកប្រាស់' },
    appliesTo: ['phishing-message-or-site'],
    tasks: [
      task(
        'Preserve a copy of the phishing page or message',
        'រក្សាទុកច្បាប់ចម្លងនៃទំព័រ ឬសារបោកប្រាស់',
        4,
        [
          ['Screenshot and save the page source', 'ថតរូបអេក្រង់ និងរក្សាទុកកូដប្រភពទំព័រ'],
          ['Record the hosting IP address and registrar', 'កត់ត្រាអាសយដ្ឋាន IP និងអ្នកចុះបញ្ជីដែន'],
        ],
      ),
      task(
        'Send a takedown request to the host and registrar',
        'ផ្ញើសំណើបិទទៅអ្នកផ្ដល់សេវាបង្ហោះ និងអ្នកចុះបញ្ជីដែន',
        24,
      ),
      task('Warn the impersonated brand or bank', 'ជូនដំណឹងដល់ម៉ាក ឬធនាគារដែលត្រូវបានក្លែងបន្លំ', 24),
      task(
        'Check whether the victim entered passwords or card details',
        'ពិនិត្យថាតើជនរងគ្រោះបានបញ្ចូលពាក្យសម្ងាត់ ឬព័ត៌មានកាតដែរឬទេ',
        8,
      ),
    ],
  },
  {
    id: 'account-takeover',
    title: { en: 'Social-media account takeover', km: 'ការលួចគណនីបណ្ដាញសង្គម' },
    appliesTo: [
      'social-media-account-takeover',
      'facebook-account-takeover',
      'telegram-account-takeover',
    ],
    tasks: [
      task(
        'Send the victim the recovery steps for the platform',
        'ផ្ញើជំហានស្ដារគណនីតាមវេទិកាទៅជនរងគ្រោះ',
        2,
        [
          ['Official recovery page link', 'តំណទំព័រស្ដារគណនីផ្លូវការ'],
          ['Turn on two-step verification afterwards', 'បើកការផ្ទៀងផ្ទាត់ពីរជំហានបន្ទាប់ពីស្ដារ'],
          ['Warn friends not to send money', 'ព្រមានមិត្តភក្តិកុំផ្ញើលុយ'],
        ],
      ),
      task(
        'Escalate to the platform through the CERT channel',
        'បញ្ជូនបន្តទៅវេទិកាតាមបណ្ដាញរបស់ CERT',
        24,
      ),
      task('Record the attacker contacts and links seen', 'កត់ត្រាលេខទំនាក់ទំនង និងតំណរបស់អ្នកវាយប្រហារ', 24),
    ],
  },
  {
    id: 'fraudulent-transfer',
    title: { en: 'Fraudulent transfer or scam call', km: 'ការផ្ទេរប្រាក់បោកប្រាស់ ឬការហៅបោកប្រាស់' },
    appliesTo: [
      'fraudulent-transfer-or-scam-call',
      'fraudulent-money-transfer',
      'telecom-voip-scam',
    ],
    tasks: [
      task(
        'Request a freeze from the receiving bank or e-wallet',
        'ស្នើឱ្យធនាគារ ឬកាបូបអេឡិចត្រូនិកដែលទទួលប្រាក់បង្កកគណនី',
        2,
        [
          ['Receiving account, amount and time of transfer', 'គណនីទទួល ចំនួនទឹកប្រាក់ និងពេលវេលាផ្ទេរ'],
          ['Victim’s bank transaction reference', 'លេខយោងប្រតិបត្តិការរបស់ជនរងគ្រោះ'],
        ],
      ),
      task(
        'Report the scam phone number to the telecom operator',
        'រាយការណ៍លេខទូរស័ព្ទបោកប្រាស់ទៅប្រតិបត្តិករទូរគមនាគមន៍',
        24,
      ),
      task('Tell the victim to file a police complaint', 'ណែនាំជនរងគ្រោះឱ្យដាក់ពាក្យបណ្ដឹងទៅប៉ូលិស', 24),
      task(
        'Check the receiving account against other reports',
        'ផ្ទៀងផ្ទាត់គណនីទទួលជាមួយរបាយការណ៍ផ្សេងទៀត',
        8,
      ),
    ],
  },
  {
    id: 'defacement',
    title: { en: 'Website defacement', km: 'ការកែប្រែគេហទំព័រ' },
    appliesTo: ['web-defacement'],
    tasks: [
      task('Preserve a copy of the defaced page', 'រក្សាទុកច្បាប់ចម្លងនៃទំព័រដែលត្រូវបានកែប្រែ', 2),
      task(
        'Notify the site owner and their hosting provider',
        'ជូនដំណឹងដល់ម្ចាស់គេហទំព័រ និងអ្នកផ្ដល់សេវាបង្ហោះ',
        4,
      ),
      task(
        'Advise on restoring from backup and patching',
        'ផ្ដល់ដំបូន្មានលើការស្ដារពីច្បាប់បម្រុងទុក និងការជួសជុលចន្លោះប្រហោង',
        24,
      ),
    ],
  },
  {
    id: 'ddos',
    title: { en: 'Service down (DDoS)', km: 'សេវាកម្មគាំង (DDoS)' },
    appliesTo: ['service-disruption'],
    tasks: [
      task('Notify the upstream ISP of the target', 'ជូនដំណឹងដល់ ISP ខាងលើរបស់គោលដៅ', 1),
      task(
        'Collect attack traffic samples and source addresses',
        'ប្រមូលគំរូចរាចរណ៍វាយប្រហារ និងអាសយដ្ឋានប្រភព',
        4,
      ),
      task(
        'Share source addresses with the networks they belong to',
        'ចែករំលែកអាសយដ្ឋានប្រភពទៅបណ្ដាញដែលជាម្ចាស់',
        24,
      ),
    ],
  },
];
