import { describe, expect, it } from 'vitest';
import {
  indexText,
  indexTokens,
  searchQueryTerms,
  searchTokens,
  tsQueryOf,
} from './search-text.ts';

/** Whether a text is found by a query: every term of the query is among the text's tokens. */
const finds = (query: string, ...texts: string[]): boolean => {
  const tokens = new Set(indexTokens(...texts));
  const terms = searchQueryTerms(query);
  return terms.length > 0 && terms.every((term) => tokens.has(term));
};

const FACEBOOK_HACK = 'ខ្ញុំត្រូវបានគេលួចគណនីហ្វេសប៊ុករបស់ខ្ញុំ ហើយគេផ្ញើសារទៅមិត្តភក្តិខ្ញុំសុំខ្ចីលុយ';
const BANK_TRANSFER = 'ខ្ញុំបានផ្ទេរលុយ 500$ ទៅគណនី ABA 001 234 567 ហើយគេបិទទូរស័ព្ទ 012 345 678';
const FAKE_POLICE = 'មានគេក្លែងធ្វើជាប៉ូលិសហៅមកខ្ញុំ ហើយគំរាមឲ្យផ្ទេរប្រាក់ទៅគណនីធនាគារ';
const PHISHING_SMS = 'ខ្ញុំបានទទួលសារពីធនាគារក្លែងក្លាយឲ្យចុចតំណភ្ជាប់ហើយបញ្ចូលលេខសម្ងាត់';
const TELEGRAM_SCAM = 'កូនស្រីរបស់ខ្ញុំត្រូវអ្នកបោកប្រាស់បោកឲ្យវិនិយោគលើគ្រីបតូតាមតេឡេក្រាម';
const ONLINE_SHOP = 'ខ្ញុំបានទិញទំនិញតាមអនឡាញ ប៉ុន្តែអ្នកលក់មិនផ្ញើឥវ៉ាន់មកទេ ហើយ block ខ្ញុំ';

describe('searchTokens', () => {
  it('splits unspaced Khmer into words as ICU does', () => {
    expect(searchTokens('ខ្ញុំត្រូវបានគេលួចគណនី')).toEqual(['ខ្ញុំ', 'ត្រូវ', 'បាន', 'គេ', 'លួច', 'គណនី']);
  });

  it('lower-cases English and drops punctuation', () => {
    expect(searchTokens('My FACEBOOK was hacked! Then they asked: "send money"?')).toEqual([
      'my',
      'facebook',
      'was',
      'hacked',
      'then',
      'they',
      'asked',
      'send',
      'money',
    ]);
  });

  it('turns Khmer digits into ASCII digits', () => {
    expect(searchTokens('ឆ្នាំ ២០២៦')).toEqual(['ឆ្នាំ', '2026']);
  });

  it('separates Khmer from Latin letters and digits written against it', () => {
    expect(searchTokens('ផ្ទេរទៅABAហើយ')).toEqual(['ផ្ទេរ', 'ទៅ', 'aba', 'ហើយ']);
    expect(searchTokens('គណនីFacebook')).toEqual(['គណនី', 'facebook']);
  });

  it('takes a zero-width space for a space and ignores other invisible characters', () => {
    expect(searchTokens('ខ្ញុំ\u200Bបាន\u200Bផ្ទេរ')).toEqual(['ខ្ញុំ', 'បាន', 'ផ្ទេរ']);
    expect(searchTokens('sc\u00ADam\uFEFF')).toEqual(['scam']);
  });

  it('normalises to NFC', () => {
    expect(searchTokens('CAFE\u0301')).toEqual(searchTokens('caf\u00E9'));
  });

  it('adds the indicators a text names, normalised, after its words', () => {
    expect(
      searchTokens('Call ០១២ ៣៤៥ ៦៧៨ or write to Scam[@]Gmail[.]com at aba-verify[.]top'),
    ).toEqual([
      'call',
      '012',
      '345',
      '678',
      'or',
      'write',
      'to',
      'scam',
      'gmail.com',
      'at',
      'aba',
      'verify.top',
      '+85512345678',
      'scam@gmail.com',
      'aba-verify.top',
    ]);
  });

  it('leaves out URLs as tokens but keeps their words and host', () => {
    const tokens = searchTokens('hxxps://aba-kh[.]info/verify?id=1');
    expect(tokens).toContain('aba-kh.info');
    expect(tokens).toContain('verify');
    expect(tokens.some((token) => token.includes('/'))).toBe(false);
  });

  it('drops tokens longer than 100 characters', () => {
    expect(searchTokens(`${'a'.repeat(101)} ok ${'b'.repeat(100)}`)).toEqual([
      'ok',
      'b'.repeat(100),
    ]);
  });

  it('has no tokens for empty or blank text', () => {
    expect(searchTokens('')).toEqual([]);
    expect(searchTokens('  \n\t ')).toEqual([]);
    expect(searchTokens('!?។៖ ... —')).toEqual([]);
  });
});

describe('indexText', () => {
  it('joins the tokens of every part with spaces, skipping empty parts', () => {
    expect(indexText('Facebook hacked', null, undefined, '', 'ខ្ញុំបាន')).toBe(
      'facebook hacked ខ្ញុំ បាន',
    );
  });

  it('is empty without text', () => {
    expect(indexText()).toBe('');
    expect(indexText(null, undefined, '   ')).toBe('');
  });

  it('adds the words inside a Khmer compound ICU keeps whole', () => {
    const tokens = indexTokens('របស់ខ្ញុំ');
    expect(tokens[0]).toBe('របស់ខ្ញុំ');
    expect(tokens).toContain('របស់');
    expect(tokens).toContain('ខ្ញុំ');
    const scammer = indexTokens('អ្នកបោកប្រាស់');
    expect(scammer).toEqual(expect.arrayContaining(['អ្នក', 'បោកប្រាស់', 'បោក', 'ប្រាស់']));
  });

  it('lists each added word once', () => {
    const tokens = indexTokens('របស់ខ្ញុំ របស់ខ្ញុំ', 'របស់ខ្ញុំ');
    expect(tokens.filter((token) => token === 'ខ្ញុំ')).toHaveLength(1);
    expect(tokens.filter((token) => token === 'របស់ខ្ញុំ')).toHaveLength(3);
  });
});

describe('a query finds the reports that contain its words', () => {
  it.each([
    ['គណនី', '…គេលួចគណនីហ្វេសប៊ុករបស់ខ្ញុំ…'],
    ['គណនី', FACEBOOK_HACK],
    ['ហ្វេសប៊ុក', FACEBOOK_HACK],
    ['លួច', FACEBOOK_HACK],
    ['មិត្តភក្តិ', FACEBOOK_HACK],
    ['លុយ', FACEBOOK_HACK],
    ['ខ្ញុំ', 'គណនីតេឡេក្រាមរបស់ខ្ញុំត្រូវបានគេហែក'],
    ['ហែក', 'គណនីតេឡេក្រាមរបស់ខ្ញុំត្រូវបានគេហែក'],
    ['តេឡេក្រាម', TELEGRAM_SCAM],
    ['បោកប្រាស់', TELEGRAM_SCAM],
    ['វិនិយោគ', TELEGRAM_SCAM],
    ['កូនស្រី', TELEGRAM_SCAM],
    ['ផ្ទេរលុយ', BANK_TRANSFER],
    ['ទូរស័ព្ទ', BANK_TRANSFER],
    ['ABA', BANK_TRANSFER],
    ['aba', BANK_TRANSFER],
    ['ប៉ូលិស', FAKE_POLICE],
    ['ផ្ទេរប្រាក់', FAKE_POLICE],
    ['ធនាគារ', FAKE_POLICE],
    ['គំរាម', FAKE_POLICE],
    ['ធនាគារ ក្លែងក្លាយ', PHISHING_SMS],
    ['តំណភ្ជាប់', PHISHING_SMS],
    ['សម្ងាត់', PHISHING_SMS],
    ['អ្នកលក់', ONLINE_SHOP],
    ['ឥវ៉ាន់', ONLINE_SHOP],
    ['BLOCK', ONLINE_SHOP],
    ['Facebook', 'my facebook account was hacked'],
    ['FACEBOOK hacked', 'My Facebook account was HACKED yesterday'],
    ['aba', 'ផ្ទេរទៅABAហើយ'],
    ['២០២៦', 'on 12/03/2026'],
    ['2026', 'ថ្ងៃទី ១២ ខែមីនា ឆ្នាំ ២០២៦'],
  ])('%s finds the report', (query, text) => {
    const tokens = indexTokens(text);
    const terms = searchQueryTerms(query);
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) expect(tokens).toContain(term);
  });

  it.each([
    ['ធនាគារ', FACEBOOK_HACK],
    ['តេឡេក្រាម', BANK_TRANSFER],
    ['wing', BANK_TRANSFER],
    ['គណនី wing', BANK_TRANSFER],
    ['facebook', 'face book'],
  ])('%s does not find a report without it', (query, text) => {
    expect(finds(query, text)).toBe(false);
  });

  it.each([
    ['012345678', BANK_TRANSFER],
    ['+855 12 345 678', BANK_TRANSFER],
    ['០១២ ៣៤៥ ៦៧៨', BANK_TRANSFER],
    ['001234567', BANK_TRANSFER],
    ['ABA 001-234-567', BANK_TRANSFER],
    ['aba-bank-verify.com', 'សូមចូល hxxps://aba-bank-verify[.]com/login ដើម្បីផ្ទៀងផ្ទាត់'],
    ['ABA-BANK-VERIFY[.]COM', 'visit aba-bank-verify.com'],
    ['scam@gmail.com', 'អ៊ីមែល scam[at]gmail[.]com ។'],
    ['45.125.66.12', 'sshd: Failed password for root from 45.125.66.12 port 52144'],
  ])('indicator %s finds it however it was written', (query, text) => {
    expect(finds(query, text)).toBe(true);
  });

  it('finds a report by any of its parts', () => {
    expect(finds('ហ្វេសប៊ុក ABA', 'Facebook hack', FACEBOOK_HACK, BANK_TRANSFER)).toBe(true);
  });
});

describe('searchQueryTerms', () => {
  it('turns the words of a query into terms', () => {
    expect(searchQueryTerms('គេលួចគណនី Facebook')).toEqual(['គេ', 'លួច', 'គណនី', 'facebook']);
  });

  it('makes one term of each indicator, however it was written', () => {
    expect(searchQueryTerms('ABA 001 234 567 ទូរស័ព្ទ ០១២-៣៤៥-៦៧៨')).toEqual([
      '001234567',
      '+85512345678',
      'aba',
      'ទូរស័ព្ទ',
    ]);
    expect(searchQueryTerms('hxxps://evil[.]top/login')).toEqual(['evil.top', 'https', 'login']);
  });

  it('lists a term once', () => {
    expect(searchQueryTerms('ABA aba Aba គណនី គណនី')).toEqual(['aba', 'គណនី']);
  });

  it('keeps at most 16 terms', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`);
    expect(searchQueryTerms(words.join(' '))).toEqual(words.slice(0, 16));
  });

  it('has no terms for an empty query', () => {
    expect(searchQueryTerms('')).toEqual([]);
    expect(searchQueryTerms(' \t ')).toEqual([]);
    expect(searchQueryTerms('&|!()')).toEqual([]);
  });
});

describe('tsQueryOf', () => {
  /** Quoted terms joined with &, no operator of tsquery syntax anywhere else. */
  const SAFE = /^'[^&|!():*'\\<>]+'(?: & '[^&|!():*'\\<>]+')*$/;

  it('quotes every term and joins them with &', () => {
    expect(tsQueryOf(['គណនី', 'aba', '+85512345678'])).toBe("'គណនី' & 'aba' & '+85512345678'");
  });

  it('is empty without terms', () => {
    expect(tsQueryOf([])).toBe('');
    expect(tsQueryOf(['', '  ', "&|!():*'\\<>"])).toBe('');
  });

  it.each([
    ["a & b | !c:* 'x'"],
    ["'); DROP TABLE reports; --"],
    ["a\\'b"],
    ['<-> <2> !!x'],
    ['foo:*A & bar:B'],
    ["it's"],
    ['(((a)))'],
  ])('escapes hostile input %s', (input) => {
    const raw = tsQueryOf([input]);
    expect(raw).toMatch(SAFE);
    const terms = tsQueryOf(searchQueryTerms(input));
    if (terms !== '') expect(terms).toMatch(SAFE);
  });

  it('keeps the words of a term apart where an operator was', () => {
    expect(tsQueryOf(["a & b | !c:* 'x'"])).toBe("'a b c x'");
    expect(tsQueryOf(["it's"])).toBe("'it s'");
    expect(tsQueryOf(searchQueryTerms("a & b | !c:* 'x'"))).toBe("'a' & 'b' & 'c' & 'x'");
  });
});
