import type { ClassificationRules, ThemeRule } from '../catalogue-input.ts';

/*
 * Which offence themes an incident's classification points to. Every RSIT type and every
 * local sub-type has an entry, empty where nothing in the sources applies, with a note that
 * says why; the catalogue test holds the list to the published taxonomy.
 */

const access: ThemeRule = { theme: 'illegal_access' };
const interception: ThemeRule = { theme: 'illegal_interception' };
const data: ThemeRule = { theme: 'data_interference' };
const system: ThemeRule = { theme: 'system_interference' };
const devices: ThemeRule = { theme: 'misuse_of_devices' };
const fraud: ThemeRule = { theme: 'forgery_fraud' };
const speech: ThemeRule = { theme: 'speech' };

const childMaterialIf = (condition: { en: string; km: string }): ThemeRule => ({
  theme: 'child_abuse_material',
  condition,
});

const nothing = (note: string) => ({ themes: [], notes: [note] });

export const CLASSIFICATION_RULES: ClassificationRules = {
  rsit: {
    'abusive-content/spam': nothing('spam'),
    'abusive-content/harmful-speech': { themes: [speech] },
    'abusive-content/violence': {
      themes: [
        childMaterialIf({
          en: 'the content is child sexual abuse material',
          km: 'ខ្លឹមសារនោះជាសម្ភារៈរំលោភបំពានផ្លូវភេទលើកុមារ',
        }),
      ],
      notes: ['violence_other'],
    },
    'malicious-code/infected-system': { themes: [access, data] },
    'malicious-code/c2-server': { themes: [devices] },
    'malicious-code/malware-distribution': { themes: [devices] },
    'malicious-code/malware-configuration': { themes: [devices] },
    'information-gathering/scanner': nothing('scanning'),
    'information-gathering/sniffing': { themes: [interception] },
    'information-gathering/social-engineering': nothing('social_engineering'),
    'intrusion-attempts/ids-alert': nothing('alert'),
    'intrusion-attempts/brute-force': { themes: [access], notes: ['attempt'] },
    'intrusion-attempts/exploit': { themes: [access], notes: ['attempt'] },
    'intrusions/privileged-account-compromise': { themes: [access] },
    'intrusions/unprivileged-account-compromise': { themes: [access] },
    'intrusions/application-compromise': { themes: [access] },
    'intrusions/system-compromise': { themes: [access] },
    'intrusions/burglary': nothing('burglary'),
    'availability/dos': { themes: [system] },
    'availability/ddos': { themes: [system] },
    'availability/misconfiguration': nothing('no_one_caused'),
    'availability/sabotage': { themes: [system, data] },
    'availability/outage': nothing('no_one_caused'),
    'information-content-security/unauthorised-information-access': { themes: [access] },
    'information-content-security/unauthorised-information-modification': { themes: [data] },
    'information-content-security/data-loss': nothing('no_one_caused'),
    'information-content-security/data-leak': { themes: [access] },
    'fraud/unauthorised-use-of-resources': { themes: [access] },
    'fraud/copyright': { themes: [{ theme: 'copyright' }] },
    'fraud/masquerade': { themes: [fraud] },
    'fraud/phishing': { themes: [fraud] },
    'vulnerable/weak-crypto': nothing('vulnerability'),
    'vulnerable/ddos-amplifier': nothing('vulnerability'),
    'vulnerable/potentially-unwanted-accessible': nothing('vulnerability'),
    'vulnerable/information-disclosure': nothing('vulnerability'),
    'vulnerable/vulnerable-system': nothing('vulnerability'),
    'other/other': { themes: [] },
    'other/undetermined': { themes: [] },
    'test/test': { themes: [] },
  },
  localSubtypes: {
    'social-media-account-takeover': { themes: [access] },
    'facebook-account-takeover': { themes: [access] },
    'telegram-account-takeover': { themes: [access] },
    'phishing-message-or-site': { themes: [fraud] },
    'fraudulent-transfer-or-scam-call': { themes: [fraud] },
    'fraudulent-money-transfer': { themes: [fraud] },
    'telecom-voip-scam': { themes: [fraud] },
    'online-gambling': nothing('gambling'),
    sextortion: {
      themes: [
        childMaterialIf({
          en: 'the images show a person under 18',
          km: 'រូបភាពនោះបង្ហាញជនដែលមានអាយុក្រោម ១៨ ឆ្នាំ',
        }),
      ],
      notes: ['extortion'],
    },
    'web-defacement': { themes: [data] },
    'service-disruption': { themes: [system] },
    'malware-or-ransomware': { themes: [devices, data] },
    'data-leak': { themes: [access] },
    other: { themes: [] },
  },
  notes: {
    none: {
      en: 'Nothing in the catalogue maps to this classification.',
      km: 'គ្មានអ្វីនៅក្នុងបញ្ជីច្បាប់ត្រូវគ្នានឹងចំណាត់ថ្នាក់នេះទេ។',
    },
    spam: {
      en: 'Spam: no provision in the sources covers it as such.',
      km: 'សារឥតបានការ (spam)៖ គ្មានបទប្បញ្ញត្តិណាមួយនៅក្នុងប្រភពគ្របដណ្ដប់លើវាដោយផ្ទាល់ទេ។',
    },
    violence_other: {
      en: 'Other violent content: no provision in the sources covers it; only child sexual abuse material has a counterpart.',
      km: 'ខ្លឹមសារហិង្សាផ្សេងទៀត៖ គ្មានបទប្បញ្ញត្តិណាមួយនៅក្នុងប្រភពគ្របដណ្ដប់ទេ; មានតែសម្ភារៈរំលោភបំពានផ្លូវភេទលើកុមារប៉ុណ្ណោះដែលមានបទប្បញ្ញត្តិត្រូវគ្នា។',
    },
    scanning: {
      en: 'Scanning alone is not among the offences in the sources.',
      km: 'ការស្កេនតែម្យ៉ាងមិនស្ថិតក្នុងចំណោមបទល្មើសនៅក្នុងប្រភពទេ។',
    },
    social_engineering: {
      en: 'Social engineering: classify by what was obtained or done (for example fraud or an account takeover); nothing maps to it alone.',
      km: 'វិស្វកម្មសង្គម៖ សូមចាត់ថ្នាក់តាមអ្វីដែលត្រូវបានទទួល ឬធ្វើ (ឧទាហរណ៍ ការឆបោក ឬការលួចគណនី); គ្មានអ្វីត្រូវគ្នានឹងវាតែម្យ៉ាងទេ។',
    },
    alert: {
      en: 'An alert is not yet conduct; nothing maps to it until what happened is known.',
      km: 'ការជូនដំណឹងមិនទាន់ជាអំពើនៅឡើយទេ; គ្មានអ្វីត្រូវគ្នារហូតដល់ដឹងថាមានអ្វីកើតឡើង។',
    },
    attempt: {
      en: 'An attempt: Convention art 11 requires attempt to be punishable for arts 3, 4, 5, 7, 8 and 9(1)(a) and (c), not for illegal access (art 2). Whether Cambodian law punishes an attempted access is not in the sources (Criminal Code arts 431–432 are unverified).',
      km: 'ការប៉ុនប៉ង៖ អនុសញ្ញា មាត្រា ១១ តម្រូវឱ្យការប៉ុនប៉ងត្រូវមានទោស សម្រាប់មាត្រា ៣ ៤ ៥ ៧ ៨ និង ៩(១)(ក) និង (គ) ប៉ុន្តែមិនមែនសម្រាប់ការចូលប្រើដោយខុសច្បាប់ (មាត្រា ២) ទេ។ ប្រភពមិនបានបញ្ជាក់ថា ច្បាប់កម្ពុជាដាក់ទោសលើការប៉ុនប៉ងចូលប្រើឬអត់ទេ (ក្រមព្រហ្មទណ្ឌ មាត្រា ៤៣១–៤៣២ មិនទាន់បានផ្ទៀងផ្ទាត់)។',
    },
    burglary: {
      en: "Physical break-in: the Criminal Code's general offences are not in the sources.",
      km: 'ការលួចចូលដោយរូបវន្ត៖ បទល្មើសទូទៅនៃក្រមព្រហ្មទណ្ឌមិនមាននៅក្នុងប្រភពទេ។',
    },
    no_one_caused: {
      en: 'An outage, misconfiguration or data loss is an offence only if someone caused it; if so, classify it by what they did (for example sabotage or denial of service).',
      km: 'ការដាច់សេវា ការកំណត់រចនាសម្ព័ន្ធខុស ឬការបាត់បង់ទិន្នន័យ ជាបទល្មើសលុះត្រាតែមាននរណាម្នាក់បង្កវា; បើដូច្នោះ សូមចាត់ថ្នាក់តាមអ្វីដែលពួកគេបានធ្វើ (ឧទាហរណ៍ ការបំផ្លិចបំផ្លាញ ឬការវាយប្រហារបដិសេធសេវា)។',
    },
    vulnerability: {
      en: 'A vulnerability or an exposed service is not an offence in itself.',
      km: 'ភាពងាយរងគ្រោះ ឬសេវាដែលបើកចំហ មិនមែនជាបទល្មើសដោយខ្លួនវាទេ។',
    },
    gambling: {
      en: 'Online gambling: no provision in the sources.',
      km: 'ល្បែងស៊ីសងតាមអនឡាញ៖ គ្មានបទប្បញ្ញត្តិណាមួយនៅក្នុងប្រភពទេ។',
    },
    extortion: {
      en: "Extortion and threats: the Criminal Code's general offences are not in the sources.",
      km: 'ការជំរិតទារប្រាក់ និងការគំរាមកំហែង៖ បទល្មើសទូទៅនៃក្រមព្រហ្មទណ្ឌមិនមាននៅក្នុងប្រភពទេ។',
    },
  },
};
