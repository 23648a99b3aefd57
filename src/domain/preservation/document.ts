import type { Bilingual, Language } from '../language.ts';
import { CATALOGUE } from '../law/catalogue.ts';
import type { Catalogue, Provision } from '../law/law.schemas.ts';
import {
  formatLocalDate,
  formatPhnomPenhDateTime,
  khmerDigits,
  localNumber,
  phnomPenhDate,
} from './calendar.ts';
import {
  DATA_CATEGORY_LABELS,
  IDENTIFIER_TYPE_LABELS,
  INSTRUMENT_STATUS_LABELS,
  PRESERVATION_STATUS_LABELS,
} from './labels.ts';
import { preservationPeriod } from './period.ts';
import {
  PRESERVATION_LIMITS,
  type LegalBasis,
  type LegalBasisId,
  type PreservationIdentifier,
  type PreservationOrder,
} from './preservation.schemas.ts';

/*
 * The printable order, in Khmer or English: a structured document the web app lays out and
 * the plain-text rendering below. Legal bases take their titles from the legal catalogue
 * and keep its warnings visible ("not verified against the official text", "draft").
 * The justification is printed as its author wrote it, in whatever language that was.
 */

export type DocumentParty = { label: string; name: string | null; details: string[] };

export type LegalBasisEntry = {
  basis: LegalBasisId;
  provisionId: string | null;
  /** "Draft Cybercrime Law v1, art 17"; for another basis, "Other legal basis". */
  citation: string;
  /** The provision's title from the catalogue, or the basis as written. */
  title: string;
  /** The instrument's status ("Draft law"), null for another basis. */
  status: string | null;
  /** "Not verified against the official text." when the catalogue says so, else null. */
  verification: string | null;
  /** What the catalogue's sources say about the text and the instrument. */
  notes: string[];
};

export type DocumentIdentifier = { type: string; value: string; details: string[] };

export type DocumentSignature = { label: string; name: string | null; lines: string[] };

export type PreservationOrderDocument = {
  language: Language;
  title: string;
  reference: string;
  status: string;
  /** When the prosecutor approved or issued it; null before. */
  issuedOn: string | null;
  /** Reference, status and date of issue, labelled, in print order. */
  meta: { label: string; value: string }[];
  /** Shown large: not (or no longer) an order in force. */
  notice: string | null;
  parties: {
    heading: string;
    issuer: DocumentParty;
    recipient: DocumentParty;
    requester: DocumentParty | null;
    /** The Party that asked, under Convention art 29. */
    requestingParty: DocumentParty | null;
  };
  order: { heading: string; lines: string[] };
  legalBasis: { heading: string; entries: LegalBasisEntry[] };
  dataCategories: { heading: string; items: string[] };
  identifiers: { heading: string; items: DocumentIdentifier[] };
  period: {
    heading: string;
    days: number;
    firstDay: string | null;
    lastDay: string | null;
    lines: string[];
  };
  justification: {
    heading: string;
    necessity: { label: string; text: string };
    proportionality: { label: string; text: string };
  };
  renewal: {
    heading: string;
    justification: { label: string; text: string };
    proportionality: { label: string; text: string };
  } | null;
  signatures: { heading: string; blocks: DocumentSignature[] };
  footer: string;
};

export type DocumentOptions = {
  /** The catalogue legal bases are read from; the shipped one by default. */
  catalogue?: Catalogue;
  /** Names the order does not keep (it keeps user ids). */
  names?: { prosecutor?: string; requester?: string };
  /** The prosecutor's office, e.g. the court it sits at. */
  office?: string;
};

const T = {
  title: {
    en: 'Order for the expedited preservation of stored computer data',
    km: 'ដីកាបង្គាប់ឱ្យរក្សាទុកទិន្នន័យកុំព្យូទ័រដែលបានផ្ទុកជាបន្ទាន់',
  },
  reference: { en: 'Reference', km: 'លេខយោង' },
  status: { en: 'Status', km: 'ស្ថានភាព' },
  issuedOn: { en: 'Issued on', km: 'ចេញនៅ' },
  parties: { en: 'Parties', km: 'ភាគី' },
  issuer: { en: 'Issued by (the prosecutor)', km: 'ចេញដោយ (ព្រះរាជអាជ្ញា)' },
  recipient: {
    en: 'Addressed to (the service provider)',
    km: 'ផ្ញើជូន (អ្នកផ្ដល់សេវា)',
  },
  requester: {
    en: 'Requested by (the police liaison)',
    km: 'ស្នើសុំដោយ (មន្ត្រីទំនាក់ទំនងនគរបាល)',
  },
  requestingParty: {
    en: 'At the request of (Convention art 29)',
    km: 'តាមសំណើរបស់ (អនុសញ្ញា មាត្រា ២៩)',
  },
  country: { en: 'Country', km: 'ប្រទេស' },
  contact: { en: 'Contact', km: 'ទំនាក់ទំនង' },
  order: { en: 'Order', km: 'សេចក្ដីបង្គាប់' },
  legalBasis: { en: 'Legal basis', km: 'មូលដ្ឋានគតិយុត្ត' },
  otherBasis: { en: 'Other legal basis', km: 'មូលដ្ឋានគតិយុត្តផ្សេងទៀត' },
  notVerified: {
    en: 'Not verified against the official text.',
    km: 'មិនទាន់បានផ្ទៀងផ្ទាត់ជាមួយអត្ថបទផ្លូវការទេ។',
  },
  otherNote: {
    en: 'As stated by the author of the order; not in the legal catalogue.',
    km: 'តាមការបញ្ជាក់របស់អ្នកធ្វើដីកាបង្គាប់; មិនមាននៅក្នុងកាតាឡុកច្បាប់ទេ។',
  },
  dataCategories: { en: 'Categories of data', km: 'ប្រភេទទិន្នន័យ' },
  identifiers: { en: 'Data identified by', km: 'ទិន្នន័យដែលត្រូវបានកំណត់ដោយ' },
  period: { en: 'Period', km: 'រយៈពេល' },
  justification: { en: 'Necessity and proportionality', km: 'ភាពចាំបាច់ និងសមាមាត្រភាព' },
  necessity: { en: 'Necessity', km: 'ភាពចាំបាច់' },
  proportionality: { en: 'Proportionality', km: 'សមាមាត្រភាព' },
  renewal: { en: 'Renewal', km: 'ការបន្តសុពលភាព' },
  renewalJustification: { en: 'Justification of the renewal', km: 'យុត្តិកម្មនៃការបន្ត' },
  signatures: { en: 'Signatures', km: 'ហត្ថលេខា' },
  prosecutor: { en: 'The prosecutor', km: 'ព្រះរាជអាជ្ញា' },
  received: { en: 'Received by the service provider', km: 'ទទួលដោយអ្នកផ្ដល់សេវា' },
  name: { en: 'Name', km: 'ឈ្មោះ' },
  nameAndPosition: { en: 'Name and position', km: 'ឈ្មោះ និងមុខតំណែង' },
  signatureSeal: { en: 'Signature and seal', km: 'ហត្ថលេខា និងត្រា' },
  signature: { en: 'Signature', km: 'ហត្ថលេខា' },
  date: { en: 'Date', km: 'កាលបរិច្ឆេទ' },
  dateReceived: { en: 'Date received', km: 'កាលបរិច្ឆេទទទួល' },
  preservationOnly: {
    en: 'This order asks for preservation only, not for the data to be handed over.',
    km: 'ដីកាបង្គាប់នេះស្នើសុំតែការរក្សាទុកប៉ុណ្ណោះ មិនមែនការប្រគល់ទិន្នន័យនោះទេ។',
  },
  renewable: {
    en: `The period is at most ${PRESERVATION_LIMITS.maxDays} days. It may be renewed once, before it expires, with a new justification.`,
    km: `រយៈពេលនេះមិនលើសពី ${khmerDigits(String(PRESERVATION_LIMITS.maxDays))} ថ្ងៃទេ។ វាអាចបន្តបានម្ដង មុនពេលផុតកំណត់ ដោយមានយុត្តិកម្មថ្មី។`,
  },
  notAnOrderRequested: {
    en: 'A request not yet approved by a prosecutor: this is not an order.',
    km: 'សំណើមិនទាន់ត្រូវបានអនុម័តដោយព្រះរាជអាជ្ញានៅឡើយទេ៖ នេះមិនមែនជាដីកាបង្គាប់ទេ។',
  },
  notAnOrderRefused: {
    en: 'Refused by the prosecutor: this is not an order.',
    km: 'ត្រូវបានបដិសេធដោយព្រះរាជអាជ្ញា៖ នេះមិនមែនជាដីកាបង្គាប់ទេ។',
  },
} satisfies Record<string, Bilingual>;

const blank = '______________________';

/** The colon of the language: Khmer writes ៖. */
export const colonOf = (language: Language): string => (language === 'km' ? '៖' : ':');

function citationOf(provision: Provision, catalogue: Catalogue, language: Language): string {
  const instrument = catalogue.instruments.find((entry) => entry.id === provision.instrumentId);
  const short = instrument?.shortTitle[language] ?? provision.instrumentId;
  if (provision.article === null) return short;
  return language === 'en'
    ? `${short}, art ${provision.article}`
    : `${short} មាត្រា ${khmerDigits(provision.article)}`;
}

function legalBasisEntry(
  basis: LegalBasis,
  catalogue: Catalogue,
  language: Language,
): LegalBasisEntry {
  if (basis.basis === 'other') {
    return {
      basis: basis.basis,
      provisionId: null,
      citation: T.otherBasis[language],
      title: basis.text ?? '',
      status: null,
      verification: null,
      notes: [T.otherNote[language]],
    };
  }
  const provision = catalogue.provisions.find((entry) => entry.id === basis.basis);
  if (!provision) throw new Error(`the legal basis ${basis.basis} is not in the catalogue`);
  const instrument = catalogue.instruments.find((entry) => entry.id === provision.instrumentId);
  if (!instrument) throw new Error(`unknown instrument ${provision.instrumentId}`);
  const verified = provision.verification.verifiedAgainstOfficialText;
  return {
    basis: basis.basis,
    provisionId: provision.id,
    citation: citationOf(provision, catalogue, language),
    title: provision.title[language],
    status: INSTRUMENT_STATUS_LABELS[instrument.status][language],
    verification: verified ? null : T.notVerified[language],
    notes: [
      ...(verified ? [] : provision.verification.statements.map((s) => s.text[language])),
      ...instrument.notes.map((note) => note.text[language]),
    ],
  };
}

const inPhnomPenh: Bilingual = { en: '(Phnom Penh time)', km: '(ម៉ោងភ្នំពេញ)' };

function identifierEntry(
  identifier: PreservationIdentifier,
  language: Language,
): DocumentIdentifier {
  const at = (iso: string) => formatPhnomPenhDateTime(new Date(iso), language);
  const details: string[] = [];
  if (identifier.from && identifier.to) {
    details.push(
      language === 'en'
        ? `Time range: from ${at(identifier.from)} to ${at(identifier.to)} ${inPhnomPenh.en}`
        : `ចន្លោះពេល៖ ចាប់ពី${at(identifier.from)} ដល់${at(identifier.to)} ${inPhnomPenh.km}`,
    );
  } else if (identifier.from) {
    details.push(
      language === 'en'
        ? `Seen at ${at(identifier.from)} ${inPhnomPenh.en}`
        : `ឃើញនៅ${at(identifier.from)} ${inPhnomPenh.km}`,
    );
  } else if (identifier.to) {
    details.push(
      language === 'en'
        ? `Until ${at(identifier.to)} ${inPhnomPenh.en}`
        : `រហូតដល់${at(identifier.to)} ${inPhnomPenh.km}`,
    );
  }
  if (identifier.port !== null) {
    details.push(
      language === 'en'
        ? `Source port ${identifier.port}`
        : `ច្រកប្រភព ${khmerDigits(String(identifier.port))}`,
    );
  }
  if (identifier.note) details.push(identifier.note);
  return {
    type: IDENTIFIER_TYPE_LABELS[identifier.type][language],
    // The value is printed exactly as the provider will search for it: ASCII, never Khmer digits.
    value: identifier.value,
    details,
  };
}

function periodLines(
  order: PreservationOrder,
  language: Language,
): PreservationOrderDocument['period'] {
  const period = preservationPeriod(order);
  const date = (value: string) => formatLocalDate(value, language);
  const days = (value: number) => localNumber(value, language);
  const lines: string[] = [];
  if (!period) {
    lines.push(
      language === 'en'
        ? `${order.days} days, counted from the day this order is sent to the service provider (day 1).`
        : `${days(order.days)} ថ្ងៃ គិតចាប់ពីថ្ងៃដែលដីកាបង្គាប់នេះត្រូវបានផ្ញើទៅអ្នកផ្ដល់សេវា (ជាថ្ងៃទី ១)។`,
    );
  } else {
    const { initial, renewal } = period;
    lines.push(
      language === 'en'
        ? `${initial.days} days: from ${date(period.firstDay)} to ${date(initial.lastDay)}, both days included.`
        : `${days(initial.days)} ថ្ងៃ៖ ចាប់ពី${date(period.firstDay)} ដល់${date(initial.lastDay)} (រាប់បញ្ចូលទាំងពីរថ្ងៃ)។`,
    );
    if (renewal && order.renewal) {
      const on = date(phnomPenhDate(new Date(order.renewal.renewedAt)));
      lines.push(
        language === 'en'
          ? `Renewed on ${on} for ${renewal.days} more days: from ${date(renewal.firstDay)} to ${date(renewal.lastDay)}.`
          : `បានបន្តនៅ${on} បន្ថែម ${days(renewal.days)} ថ្ងៃទៀត៖ ចាប់ពី${date(renewal.firstDay)} ដល់${date(renewal.lastDay)}។`,
      );
    }
    lines.push(
      language === 'en'
        ? `The order expires at the end of ${date(period.lastDay)} ${inPhnomPenh.en}.`
        : `ដីកាបង្គាប់នេះផុតកំណត់នៅចុងបញ្ចប់នៃ${date(period.lastDay)} ${inPhnomPenh.km}។`,
    );
  }
  if (order.renewal === null) lines.push(T.renewable[language]);
  return {
    heading: T.period[language],
    days: period?.days ?? order.days,
    firstDay: period ? date(period.firstDay) : null,
    lastDay: period ? date(period.lastDay) : null,
    lines,
  };
}

function noticeOf(order: PreservationOrder, language: Language): string | null {
  const date = (iso: string) => formatLocalDate(phnomPenhDate(new Date(iso)), language);
  switch (order.status) {
    case 'requested':
      return T.notAnOrderRequested[language];
    case 'refused':
      return T.notAnOrderRefused[language];
    case 'released': {
      const on = order.releasedAt ? date(order.releasedAt) : '';
      return language === 'en' ? `Preservation lifted on ${on}.` : `ការរក្សាទុកត្រូវបានបញ្ចប់នៅ${on}។`;
    }
    case 'expired': {
      const last = preservationPeriod(order)?.lastDay;
      const on = last ? formatLocalDate(last, language) : '';
      return language === 'en' ? `Expired at the end of ${on}.` : `បានផុតកំណត់នៅចុងបញ្ចប់នៃ${on}។`;
    }
    case 'approved':
    case 'sent':
    case 'acknowledged':
    case 'preserved':
      return null;
  }
}

/** The order as a document in `language`: every label, date and number in that language. */
export function preservationOrderDocument(
  order: PreservationOrder,
  language: Language,
  options: DocumentOptions = {},
): PreservationOrderDocument {
  const catalogue = options.catalogue ?? CATALOGUE;
  const l = (text: Bilingual) => text[language];
  const colon = colonOf(language);
  const provider = order.serviceProvider;
  const legalBases = order.legalBases.map((basis) => legalBasisEntry(basis, catalogue, language));
  const confidentiality = legalBases.find((entry) => entry.basis === 'coe-185-art-16');
  const issued =
    order.decidedAt !== null && order.status !== 'requested' && order.status !== 'refused';
  const issuedOn =
    issued && order.decidedAt
      ? formatLocalDate(phnomPenhDate(new Date(order.decidedAt)), language)
      : null;
  const requestedByLiaison = order.decidedBy !== order.requestedBy;

  return {
    language,
    title: l(T.title),
    reference: order.reference,
    status: l(PRESERVATION_STATUS_LABELS[order.status]),
    issuedOn,
    meta: [
      { label: l(T.reference), value: order.reference },
      { label: l(T.status), value: l(PRESERVATION_STATUS_LABELS[order.status]) },
      ...(issuedOn ? [{ label: l(T.issuedOn), value: issuedOn }] : []),
    ],
    notice: noticeOf(order, language),
    parties: {
      heading: l(T.parties),
      issuer: {
        label: l(T.issuer),
        name: options.names?.prosecutor ?? null,
        details: options.office ? [options.office] : [],
      },
      recipient: {
        label: l(T.recipient),
        name: provider.name,
        details: [
          ...(provider.country ? [`${l(T.country)}${colon} ${provider.country}`] : []),
          ...(provider.contact ? [`${l(T.contact)}${colon} ${provider.contact}`] : []),
        ],
      },
      requester: requestedByLiaison
        ? { label: l(T.requester), name: options.names?.requester ?? null, details: [] }
        : null,
      requestingParty: order.requestingParty
        ? { label: l(T.requestingParty), name: order.requestingParty, details: [] }
        : null,
    },
    order: {
      heading: l(T.order),
      lines: [
        language === 'en'
          ? `The prosecutor orders ${provider.name} to preserve the stored computer data described below, and to maintain its integrity, for the period stated below.`
          : `ព្រះរាជអាជ្ញាបង្គាប់ឱ្យ ${provider.name} រក្សាទុកទិន្នន័យកុំព្យូទ័រដែលបានផ្ទុក ដូចបានរៀបរាប់ខាងក្រោម និងថែរក្សាភាពត្រឹមត្រូវរបស់វា ក្នុងរយៈពេលដែលបានកំណត់ខាងក្រោម។`,
        ...(confidentiality
          ? [
              language === 'en'
                ? `The service provider shall keep the preservation confidential (${confidentiality.citation}).`
                : `អ្នកផ្ដល់សេវាត្រូវរក្សាការសម្ងាត់នៃការរក្សាទុកនេះ (${confidentiality.citation})។`,
            ]
          : []),
        l(T.preservationOnly),
      ],
    },
    legalBasis: { heading: l(T.legalBasis), entries: legalBases },
    dataCategories: {
      heading: l(T.dataCategories),
      items: order.dataCategories.map((category) => l(DATA_CATEGORY_LABELS[category])),
    },
    identifiers: {
      heading: l(T.identifiers),
      items: order.identifiers.map((identifier) => identifierEntry(identifier, language)),
    },
    period: periodLines(order, language),
    justification: {
      heading: l(T.justification),
      necessity: { label: l(T.necessity), text: order.necessity },
      proportionality: { label: l(T.proportionality), text: order.proportionality },
    },
    renewal: order.renewal
      ? {
          heading: l(T.renewal),
          justification: { label: l(T.renewalJustification), text: order.renewal.justification },
          proportionality: { label: l(T.proportionality), text: order.renewal.proportionality },
        }
      : null,
    signatures: {
      heading: l(T.signatures),
      blocks: [
        {
          label: l(T.prosecutor),
          name: options.names?.prosecutor ?? null,
          lines: [
            `${l(T.name)}${colon} ${options.names?.prosecutor ?? blank}`,
            `${l(T.signatureSeal)}${colon} ${blank}`,
            `${l(T.date)}${colon} ${issuedOn ?? blank}`,
          ],
        },
        {
          label: l(T.received),
          name: null,
          lines: [
            `${l(T.nameAndPosition)}${colon} ${blank}`,
            `${l(T.signature)}${colon} ${blank}`,
            `${l(T.dateReceived)}${colon} ${blank}`,
          ],
        },
      ],
    },
    footer:
      language === 'en'
        ? `Legal references from the Karpear legal catalogue ${catalogue.version}.`
        : `ឯកសារយោងផ្លូវច្បាប់ពីកាតាឡុកច្បាប់ Karpear ${catalogue.version}។`,
  };
}

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A rule as long as the heading looks: Khmer vowel signs and subscripts take no column. */
const underline = (text: string, char: string) =>
  char.repeat(Math.max(3, [...GRAPHEMES.segment(text)].length));

function partyLines(party: DocumentParty | null, colon: string): string[] {
  if (!party) return [];
  return [
    `${party.label}${colon} ${party.name ?? blank}`,
    ...party.details.map((line) => `  ${line}`),
  ];
}

/** The document as plain text: for e-mail, a terminal, or a printer without layout. */
export function renderPreservationOrderText(doc: PreservationOrderDocument): string {
  const out: string[] = [];
  const section = (heading: string, lines: string[]) => {
    out.push('', heading, underline(heading, '-'), ...lines);
  };
  const colon = colonOf(doc.language);
  out.push(doc.title, underline(doc.title, '='));
  for (const { label, value } of doc.meta) out.push(`${label}${colon} ${value}`);
  if (doc.notice) out.push('', `*** ${doc.notice} ***`);

  const { parties } = doc;
  section(parties.heading, [
    ...partyLines(parties.issuer, colon),
    ...partyLines(parties.recipient, colon),
    ...partyLines(parties.requester, colon),
    ...partyLines(parties.requestingParty, colon),
  ]);
  section(doc.order.heading, doc.order.lines);
  section(
    doc.legalBasis.heading,
    doc.legalBasis.entries.flatMap((entry) => [
      `- ${entry.citation}${colon} ${entry.title}${entry.status ? ` (${entry.status})` : ''}`,
      ...(entry.verification ? [`  ! ${entry.verification}`] : []),
      ...entry.notes.map((note) => `  ${note}`),
    ]),
  );
  section(
    doc.dataCategories.heading,
    doc.dataCategories.items.map((item) => `- ${item}`),
  );
  section(
    doc.identifiers.heading,
    doc.identifiers.items.flatMap((item) => [
      `- ${item.type}${colon} ${item.value}`,
      ...item.details.map((detail) => `  ${detail}`),
    ]),
  );
  section(doc.period.heading, doc.period.lines);
  section(doc.justification.heading, [
    `${doc.justification.necessity.label}${colon}`,
    doc.justification.necessity.text,
    '',
    `${doc.justification.proportionality.label}${colon}`,
    doc.justification.proportionality.text,
  ]);
  if (doc.renewal) {
    section(doc.renewal.heading, [
      `${doc.renewal.justification.label}${colon}`,
      doc.renewal.justification.text,
      '',
      `${doc.renewal.proportionality.label}${colon}`,
      doc.renewal.proportionality.text,
    ]);
  }
  section(
    doc.signatures.heading,
    doc.signatures.blocks.flatMap((block, i) => [
      ...(i > 0 ? [''] : []),
      block.label,
      ...block.lines.map((line) => `  ${line}`),
    ]),
  );
  out.push('', doc.footer);
  return `${out.join('\n')}\n`;
}
