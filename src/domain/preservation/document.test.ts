import { describe, expect, it } from 'vitest';
import { CATALOGUE, getProvision } from '../law/catalogue.ts';
import { preservationOrderDocument, renderPreservationOrderText } from './document.ts';
import { applyPreservationTransition, applyRenewal, newPreservationOrder } from './lifecycle.ts';
import type { PreservationActor } from './permissions.ts';
import {
  CreatePreservationOrderBodySchema,
  LegalBasisIdSchema,
  type PreservationOrder,
} from './preservation.schemas.ts';

const KHMER = /[\u1780-\u17FF]/;
const PROSECUTOR: PreservationActor = {
  kind: 'staff',
  role: 'prosecutor',
  userId: '11111111-1111-4111-8111-111111111111',
};
const LIAISON: PreservationActor = {
  kind: 'staff',
  role: 'liaison',
  userId: '33333333-3333-4333-8333-333333333333',
};

const NECESSITY =
  'The suspect used this Telegram account and this number to collect USD 4,800 from 12 victims between 2 and 20 November; the provider keeps login records for 30 days only.';
const PROPORTIONALITY = 'One account and one number, three weeks of records; no content.';

const body = (overrides: Record<string, unknown> = {}) =>
  CreatePreservationOrderBodySchema.parse({
    incidentId: '6f1c1f0e-3a43-4f3c-9d57-0f3e7a1b2c3d',
    serviceProvider: { name: 'Smart Axiata Co., Ltd.', country: 'KH', contact: 'lea@smart.com.kh' },
    dataCategories: ['traffic', 'subscriber'],
    identifiers: [
      { type: 'phone', value: '០១០ ២២២ ៣៣៣' },
      {
        type: 'ip',
        value: '203.0.113.7',
        port: 51_234,
        from: '2026-11-20T02:14:00+07:00',
        to: '2026-11-20T02:20:00+07:00',
      },
    ],
    legalBases: [{ basis: 'kh-draft-ccl-v1-art-17' }, { basis: 'coe-185-art-16' }],
    necessity: NECESSITY,
    proportionality: PROPORTIONALITY,
    days: 90,
    ...overrides,
  });

function ok<T>(result: { ok: true; order: T } | { ok: false; problem: string }): T {
  if (!result.ok) throw new Error(result.problem);
  return result.order;
}

/** A prosecutor's order, sent at 10:00 on 24 November 2026 in Phnom Penh, for 90 days. */
function sentOrder(overrides: Record<string, unknown> = {}): PreservationOrder {
  const issued = ok(
    newPreservationOrder(body(overrides), PROSECUTOR, new Date('2026-11-24T01:00:00Z'), {
      id: '44444444-4444-4444-8444-444444444444',
      reference: 'PO-000042',
    }),
  );
  return ok(
    applyPreservationTransition(issued, { to: 'sent' }, LIAISON, new Date('2026-11-24T03:00:00Z')),
  );
}

describe('the printable order in English', () => {
  const doc = preservationOrderDocument(sentOrder(), 'en', {
    names: { prosecutor: 'Chan Sophal' },
    office: 'Phnom Penh Municipal Court',
  });

  it('has the title, reference, status and date of issue', () => {
    expect(doc.title).toBe('Order for the expedited preservation of stored computer data');
    expect(doc.meta).toEqual([
      { label: 'Reference', value: 'PO-000042' },
      { label: 'Status', value: 'Sent to the provider' },
      { label: 'Issued on', value: '24 November 2026' },
    ]);
    expect(doc.notice).toBeNull();
  });

  it('names the parties', () => {
    expect(doc.parties.issuer).toEqual({
      label: 'Issued by (the prosecutor)',
      name: 'Chan Sophal',
      details: ['Phnom Penh Municipal Court'],
    });
    expect(doc.parties.recipient).toEqual({
      label: 'Addressed to (the service provider)',
      name: 'Smart Axiata Co., Ltd.',
      details: ['Country: KH', 'Contact: lea@smart.com.kh'],
    });
    // Issued by the prosecutor directly: no liaison asked.
    expect(doc.parties.requester).toBeNull();
  });

  it('gives the legal basis with the catalogue’s titles, and says what is not verified', () => {
    const [draft17, art16] = doc.legalBasis.entries;
    expect(draft17).toMatchObject({
      provisionId: 'kh-draft-ccl-v1-art-17',
      citation: 'Draft Cybercrime Law v1, art 17',
      title: getProvision('kh-draft-ccl-v1-art-17').title.en,
      status: 'Draft law',
      verification: 'Not verified against the official text.',
    });
    expect(draft17?.title).toBe('Expedited preservation of data, ordered by the prosecutor');
    expect(draft17?.notes.join(' ')).toMatch(/not enacted as of 2019/);
    expect(art16).toMatchObject({
      citation: 'Budapest Convention, art 16',
      title: 'Expedited preservation of stored computer data',
      status: 'International treaty',
      verification: null,
    });
    expect(art16?.notes.join(' ')).toMatch(
      /Whether Cambodia has signed or acceded is not established/,
    );
    // Art 16 cited: the provider keeps the preservation confidential.
    expect(doc.order.lines.join(' ')).toMatch(/confidential \(Budapest Convention, art 16\)/);
  });

  it('lists the categories and the identifiers, values as the provider will search them', () => {
    expect(doc.dataCategories.items).toEqual(['Subscriber information', 'Traffic data']);
    expect(doc.identifiers.items).toEqual([
      { type: 'Phone number', value: '+85510222333', details: [] },
      {
        type: 'IP address',
        value: '203.0.113.7',
        details: [
          'Time range: from 20 November 2026, 02:14 to 20 November 2026, 02:20 (Phnom Penh time)',
          'Source port 51234',
        ],
      },
    ]);
  });

  it('gives the period with its dates: 90 days ending on 21 February 2027', () => {
    expect(doc.period).toMatchObject({
      heading: 'Period',
      days: 90,
      firstDay: '24 November 2026',
      lastDay: '21 February 2027',
    });
    expect(doc.period.lines).toEqual([
      '90 days: from 24 November 2026 to 21 February 2027, both days included.',
      'The order expires at the end of 21 February 2027 (Phnom Penh time).',
      'The period is at most 90 days. It may be renewed once, before it expires, with a new justification.',
    ]);
  });

  it('prints the justification as written, and signature blocks', () => {
    expect(doc.justification.necessity).toEqual({ label: 'Necessity', text: NECESSITY });
    expect(doc.justification.proportionality).toEqual({
      label: 'Proportionality',
      text: PROPORTIONALITY,
    });
    expect(doc.signatures.blocks.map((b) => b.label)).toEqual([
      'The prosecutor',
      'Received by the service provider',
    ]);
    expect(doc.signatures.blocks[0]?.lines).toContain('Name: Chan Sophal');
    expect(doc.signatures.blocks[0]?.lines).toContain('Date: 24 November 2026');
    expect(doc.footer).toBe(
      `Legal references from the Karpear legal catalogue ${CATALOGUE.version}.`,
    );
  });

  it('renders as plain text, every section in order', () => {
    const text = renderPreservationOrderText(doc);
    const at = (needle: string) => {
      const index = text.indexOf(needle);
      expect(index, needle).toBeGreaterThanOrEqual(0);
      return index;
    };
    const order = [
      'Order for the expedited preservation of stored computer data',
      'Reference: PO-000042',
      'Parties',
      'Addressed to (the service provider): Smart Axiata Co., Ltd.',
      'Legal basis',
      '- Draft Cybercrime Law v1, art 17: Expedited preservation of data, ordered by the prosecutor (Draft law)',
      '  ! Not verified against the official text.',
      'Categories of data',
      '- Phone number: +85510222333',
      'The order expires at the end of 21 February 2027 (Phnom Penh time).',
      NECESSITY,
      'Signatures',
      'Received by the service provider',
      `catalogue ${CATALOGUE.version}`,
    ].map(at);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('the printable order in Khmer', () => {
  const doc = preservationOrderDocument(sentOrder(), 'km');
  const text = renderPreservationOrderText(doc);

  it('is in Khmer, with Khmer dates, digits and month names', () => {
    expect(doc.title).toBe('ដីកាបង្គាប់ឱ្យរក្សាទុកទិន្នន័យកុំព្យូទ័រដែលបានផ្ទុកជាបន្ទាន់');
    expect(doc.period.firstDay).toBe('ថ្ងៃទី២៤ ខែវិច្ឆិកា ឆ្នាំ២០២៦');
    expect(doc.period.lastDay).toBe('ថ្ងៃទី២១ ខែកុម្ភៈ ឆ្នាំ២០២៧');
    expect(doc.period.lines[0]).toBe(
      '៩០ ថ្ងៃ៖ ចាប់ពីថ្ងៃទី២៤ ខែវិច្ឆិកា ឆ្នាំ២០២៦ ដល់ថ្ងៃទី២១ ខែកុម្ភៈ ឆ្នាំ២០២៧ (រាប់បញ្ចូលទាំងពីរថ្ងៃ)។',
    );
    for (const line of doc.period.lines) expect(line, line).not.toMatch(/[0-9]/);
    expect(doc.meta.find((m) => m.label === 'ចេញនៅ')?.value).toBe('ថ្ងៃទី២៤ ខែវិច្ឆិកា ឆ្នាំ២០២៦');
  });

  it('gives the legal basis with the catalogue’s Khmer titles and the verification warning', () => {
    const [draft17, art16] = doc.legalBasis.entries;
    expect(draft17?.title).toBe('ការរក្សាទុកទិន្នន័យជាបន្ទាន់ តាមដីកាបង្គាប់របស់ព្រះរាជអាជ្ញា');
    expect(draft17?.citation).toBe(
      `${CATALOGUE.instruments.find((i) => i.id === 'kh-draft-cybercrime-law-v1')?.shortTitle.km} មាត្រា ១៧`,
    );
    expect(draft17?.verification).toBe('មិនទាន់បានផ្ទៀងផ្ទាត់ជាមួយអត្ថបទផ្លូវការទេ។');
    expect(draft17?.status).toBe('សេចក្ដីព្រាងច្បាប់');
    expect(art16?.title).toBe(getProvision('coe-185-art-16').title.km);
    expect(text).toContain('មិនទាន់បានផ្ទៀងផ្ទាត់ជាមួយអត្ថបទផ្លូវការទេ។');
  });

  it('keeps identifier values exact, and writes their details in Khmer', () => {
    expect(doc.identifiers.items[1]).toEqual({
      type: 'អាសយដ្ឋាន IP',
      value: '203.0.113.7',
      details: [
        'ចន្លោះពេល៖ ចាប់ពីថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៦ ម៉ោង ០២:១៤ ដល់ថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៦ ម៉ោង ០២:២០ (ម៉ោងភ្នំពេញ)',
        'ច្រកប្រភព ៥១២៣៤',
      ],
    });
    expect(text).toContain('- លេខទូរស័ព្ទ៖ +85510222333');
  });

  it('has every label in Khmer', () => {
    const labels = [
      doc.parties.heading,
      doc.parties.issuer.label,
      doc.parties.recipient.label,
      doc.order.heading,
      ...doc.order.lines,
      doc.legalBasis.heading,
      doc.dataCategories.heading,
      ...doc.dataCategories.items,
      doc.identifiers.heading,
      doc.period.heading,
      doc.justification.heading,
      doc.justification.necessity.label,
      doc.justification.proportionality.label,
      doc.signatures.heading,
      ...doc.signatures.blocks.flatMap((b) => [b.label, ...b.lines]),
      doc.footer,
      ...doc.meta.map((m) => m.label),
    ];
    for (const label of labels) expect(label, label).toMatch(KHMER);
    expect(doc.dataCategories.items).toEqual(['ព័ត៌មានអតិថិជន', 'ទិន្នន័យចរាចរណ៍']);
    expect(doc.signatures.blocks[0]?.lines[0]).toBe('ឈ្មោះ៖ ______________________');
  });
});

describe('the document in other states', () => {
  it('says a liaison’s request is not an order until a prosecutor approves it', () => {
    const request = ok(
      newPreservationOrder(body(), LIAISON, new Date('2026-11-24T01:00:00Z'), {
        id: '44444444-4444-4444-8444-444444444444',
        reference: 'PO-000043',
      }),
    );
    const doc = preservationOrderDocument(request, 'en', { names: { requester: 'Sok Dara' } });
    expect(doc.notice).toBe('A request not yet approved by a prosecutor: this is not an order.');
    expect(doc.issuedOn).toBeNull();
    expect(doc.parties.requester).toEqual({
      label: 'Requested by (the police liaison)',
      name: 'Sok Dara',
      details: [],
    });
    expect(doc.period.lines[0]).toBe(
      '90 days, counted from the day this order is sent to the service provider (day 1).',
    );
    expect(doc.period.lastDay).toBeNull();
    expect(preservationOrderDocument(request, 'km').notice).toMatch(/មិនមែនជាដីកាបង្គាប់ទេ/);
  });

  it('shows a renewal: its dates and its own justification', () => {
    const justification =
      'The mutual-assistance request to the provider’s country is on its way; the data must stay until it arrives.';
    const renewed = ok(
      applyRenewal(
        sentOrder(),
        {
          days: 30,
          justification,
          proportionality: 'The same account and number only; no content.',
        },
        PROSECUTOR,
        new Date('2027-02-10T03:00:00Z'),
      ),
    );
    const doc = preservationOrderDocument(renewed, 'en');
    expect(doc.period.lines).toEqual([
      '90 days: from 24 November 2026 to 21 February 2027, both days included.',
      'Renewed on 10 February 2027 for 30 more days: from 22 February 2027 to 23 March 2027.',
      'The order expires at the end of 23 March 2027 (Phnom Penh time).',
    ]);
    expect(doc.renewal?.justification.text).toBe(justification);
    expect(preservationOrderDocument(renewed, 'km').period.lastDay).toBe('ថ្ងៃទី២៣ ខែមីនា ឆ្នាំ២០២៧');
  });

  it('prints another legal basis as stated, marked as outside the catalogue', () => {
    const order = sentOrder({
      legalBases: [
        { basis: 'other', text: 'Code of Criminal Procedure, investigating judge’s order' },
      ],
    });
    const [entry] = preservationOrderDocument(order, 'en').legalBasis.entries;
    expect(entry).toEqual({
      basis: 'other',
      provisionId: null,
      citation: 'Other legal basis',
      title: 'Code of Criminal Procedure, investigating judge’s order',
      status: null,
      verification: null,
      notes: ['As stated by the author of the order; not in the legal catalogue.'],
    });
    expect(preservationOrderDocument(order, 'en').order.lines.join(' ')).not.toMatch(
      /confidential/,
    );
  });

  it('names the Party that asked under Convention art 29', () => {
    const order = sentOrder({
      legalBases: [{ basis: 'coe-185-art-29' }],
      requestingParty: 'Japan',
    });
    const doc = preservationOrderDocument(order, 'en');
    expect(doc.parties.requestingParty?.name).toBe('Japan');
    expect(doc.legalBasis.entries[0]?.title).toBe(getProvision('coe-185-art-29').title.en);
  });

  it('says when it was released or expired', () => {
    const released = ok(
      applyPreservationTransition(
        sentOrder(),
        { to: 'released', reason: 'Data obtained by a production order.' },
        PROSECUTOR,
        new Date('2026-12-01T05:00:00Z'),
      ),
    );
    expect(preservationOrderDocument(released, 'en').notice).toBe(
      'Preservation lifted on 1 December 2026.',
    );
    const expired = ok(
      applyPreservationTransition(
        sentOrder(),
        { to: 'expired' },
        { kind: 'system' },
        new Date('2027-03-01T00:00:00Z'),
      ),
    );
    expect(preservationOrderDocument(expired, 'en').notice).toBe(
      'Expired at the end of 21 February 2027.',
    );
    expect(preservationOrderDocument(expired, 'km').notice).toBe(
      'បានផុតកំណត់នៅចុងបញ្ចប់នៃថ្ងៃទី២១ ខែកុម្ភៈ ឆ្នាំ២០២៧។',
    );
  });

  it('offers only legal bases the catalogue has, besides "other"', () => {
    const bases = LegalBasisIdSchema.options.filter((basis) => basis !== 'other');
    expect(bases).toEqual(['kh-draft-ccl-v1-art-17', 'coe-185-art-16', 'coe-185-art-29']);
    for (const basis of bases) expect(getProvision(basis).kind).not.toBe('offence');
  });
});
