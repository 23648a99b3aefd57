import { describe, expect, it } from 'vitest';
import { extractObservables, normaliseObservableValue } from './extract-observables.ts';
import { normaliseCambodianPhone } from './phone.ts';
import { refang } from './refang.ts';

const values = (text: string, options?: { accountContext?: boolean }) =>
  extractObservables(text, options).map(({ type, value }) => `${type} ${value}`);

describe('extractObservables: what a report names', () => {
  it.each([
    ['ខ្ញុំបានផ្ទេរប្រាក់ ៥០ ដុល្លារ ទៅគណនី ABA ០០០ ១២៣ ៤៥៦', ['bank-account 000123456']],
    ['ហៅមកពីលេខ ០៩៧ ១២៣ ៤៥៦៧', ['phone +855971234567']],
    [
      'hxxps://aba-secure-login[.]top/kh?id=1',
      ['url https://aba-secure-login.top/kh?id=1', 'domain aba-secure-login.top'],
    ],
    [
      'send USDT to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE',
      ['crypto-wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE'],
    ],
    [
      '0x52908400098527886E0F7030069857D2E4169EE7',
      ['crypto-wallet 0x52908400098527886e0f7030069857d2e4169ee7'],
    ],
    ['Call +855 (0)12 345 678 now', ['phone +85512345678']],
    ['លេខ 855 97 123 4567 និង 023 123 456', ['phone +855971234567', 'phone +85523123456']],
    ['ABA account 001 234 567, Wing 012 345 678', ['bank-account 001234567', 'phone +85512345678']],
    ['ACLEDA a/c: 0001-23-456789'.replace(/-/g, ' '), ['bank-account 000123456789']],
    ['លេខគណនី​១២៣៤៥៦៧៨៩ ឈ្មោះ SOK DARA', ['bank-account 123456789']],
    ['scammer[@]gmail[.]com', ['email scammer@gmail.com']],
    ['Contact: Support.Team@ABA-Bank.com.kh.', ['email support.team@aba-bank.com.kh']],
    ['from 8.8.8[.]8 and 192.168.1.10', ['ipv4 8.8.8.8', 'ipv4 192.168.1.10']],
    ['block 10.0.0.0/8 and 2001:db8::/32', ['cidr 10.0.0.0/8', 'cidr 2001:db8::/32']],
    ['server 2001:0DB8:0:0:0:0:0:1 and ::1', ['ipv6 2001:db8::1', 'ipv6 ::1']],
    [
      'visit www.aba-bank-kh.com.kh or evil(.)com.kh',
      ['domain www.aba-bank-kh.com.kh', 'domain evil.com.kh'],
    ],
    [
      'fxp://files[.]example[dot]net[:]21/x',
      ['url ftp://files.example.net/x', 'domain files.example.net'],
    ],
    [
      'link: http://203.0.113.7/login.php',
      ['url http://203.0.113.7/login.php', 'ipv4 203.0.113.7'],
    ],
    [
      'facebook.com/John.Doe and https://m.facebook.com/profile.php?id=1000123',
      [
        'url https://facebook.com/John.Doe',
        'social-handle facebook.com/john.doe',
        'url https://m.facebook.com/profile.php?id=1000123',
        'social-handle facebook.com/profile.php?id=1000123',
      ],
    ],
    [
      'តាម t.me/aba_help_bot ឬ tiktok.com/@fake.aba ឬ @KH_Support',
      [
        'url https://t.me/aba_help_bot',
        'social-handle t.me/aba_help_bot',
        'url https://tiktok.com/@fake.aba',
        'social-handle tiktok.com/@fake.aba',
        'social-handle @kh_support',
      ],
    ],
    [
      'md5 D41D8CD98F00B204E9800998ECF8427E sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709',
      ['md5 d41d8cd98f00b204e9800998ecf8427e', 'sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ],
    [
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      ['sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ],
    [
      'BTC bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2',
      [
        'crypto-wallet bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
        'crypto-wallet 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2',
      ],
    ],
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', ['crypto-wallet 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ['I paid 50$ then 120,000៛ on 2026-11-24'],
    ['ខ្ញុំបានផ្ទេរប្រាក់ ៥០០ ០០០ រៀល ទៅគណនី ABA ដែលក្លែងខ្លួនជាធនាគារ'],
    ['ABA took 5 000 000 riel and USD 1 500 000'],
    ['see receipt.png, report.pdf and photo.JPG or archive.zip'],
    ['version 1.2.3, Node.js, e.g. and i.e. and done.It was late'],
    ['IP 999.1.1.1 and 1.2.3.256'],
    ['at 10:30 and 12:30:45, MAC 00:1A:2B:3C:4D:5E'],
    ['the number 123456789 without a keyword, and 012 345'],
    ['order 0x123 and 12345678901234567890123456789012345'],
    ['deadbeef'.repeat(5) + 'a'],
    ['a word like Tuesday1234567890ABCDEFGHJKLMN is not a wallet'],
    ['e-mail me at nobody@localhost or @ 5'],
  ])('finds nothing in %s', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('keeps the text as written in raw and its position in index, Khmer digits too', () => {
    const text = 'ខ្ញុំ​ហៅ ០១២ ៣៤៥ ៦៧៨ ហើយ hxxp://x[.]com';
    const found = extractObservables(text);
    expect(found).toEqual([
      { type: 'phone', value: '+85512345678', raw: '០១២ ៣៤៥ ៦៧៨', index: 9 },
      { type: 'url', value: 'http://x.com/', raw: 'hxxp://x[.]com', index: 25 },
      { type: 'domain', value: 'x.com', raw: 'x[.]com', index: 32 },
    ]);
    for (const { raw, index } of found) expect(text.slice(index, index + raw.length)).toBe(raw);
  });

  it('lists each value once, at the first place it was written', () => {
    const found = extractObservables('012 345 678, again 012-345-678 and +85512345678');
    expect(found).toEqual([{ type: 'phone', value: '+85512345678', raw: '012 345 678', index: 0 }]);
  });

  it('does not take the digits of a URL, e-mail or wallet for a phone or an account', () => {
    expect(values('ABA https://x.com/pay/012345678 a/c 012345678@abc.com')).toEqual([
      'url https://x.com/pay/012345678',
      'domain x.com',
      'email 012345678@abc.com',
    ]);
  });

  it('takes an account answer as an account without a keyword, a phone still as a phone', () => {
    expect(values('000 123 456', { accountContext: true })).toEqual(['bank-account 000123456']);
    expect(values('០៩៧ ១២៣ ៤៥៦៧', { accountContext: true })).toEqual(['phone +855971234567']);
  });

  it('keeps a number one line below its keyword, not one far away', () => {
    expect(values('TrueMoney\n111 222 333')).toEqual(['bank-account 111222333']);
    expect(values(`Wing ${'blah '.repeat(20)} 111 222 333`)).toEqual([]);
    expect(values('111 222 333 (Bakong)')).toEqual(['bank-account 111222333']);
  });

  it.each([
    'a'.repeat(100_000),
    '1 '.repeat(50_000),
    '0 '.repeat(50_000),
    'a.'.repeat(50_000),
    'ab12'.repeat(25_000),
    'a:'.repeat(50_000),
    'a@'.repeat(50_000),
    '[.]'.repeat(33_000),
    '(1)'.repeat(33_000),
    'ffff:'.repeat(20_000),
    'ABA 0 '.repeat(16_000),
  ])('scans 100 KB of repetitive input (%#) and finds nothing in it', (text) => {
    expect(extractObservables(text)).toEqual([]);
  });

  it('finds everything in a 100 KB report', () => {
    const filler = 'ខ្ញុំ​មិន​ដឹង​ថា​ធ្វើ​យ៉ាង​ម៉េច​ទេ។ '.repeat(3_000);
    const text = `${filler} ABA ០០០ ១២៣ ៤៥៦ ${filler} hxxps://aba-secure-login[.]top/kh`;
    expect(text.length).toBeGreaterThan(100_000);
    expect(values(text)).toEqual([
      'bank-account 000123456',
      'url https://aba-secure-login.top/kh',
      'domain aba-secure-login.top',
    ]);
  });
});

describe('normaliseCambodianPhone', () => {
  it.each([
    ['012 345 678', '+85512345678'],
    ['097 123 4567', '+855971234567'],
    ['097-123-4567', '+855971234567'],
    ['012.345.678', '+85512345678'],
    ['+855 (0)12 345 678', '+85512345678'],
    ['+855 12 345 678', '+85512345678'],
    ['00855 97 123 4567', '+855971234567'],
    ['(023) 123 456', '+85523123456'],
    ['០៩៧ ១២៣ ៤៥៦៧', '+855971234567'],
  ])('%s → %s', (text, e164) => {
    expect(normaliseCambodianPhone(text)).toBe(e164);
  });

  it.each(['12 345 678', '000 123 456', '2026-11-24', '+66 81 234 5678', '012 345', '01234567890'])(
    'refuses %s',
    (text) => {
      expect(normaliseCambodianPhone(text)).toBeNull();
    },
  );
});

describe('refang', () => {
  it('maps each character back to where it was written', () => {
    const { text, offsets } = refang('hxxps://a[.]b[dot]kh');
    expect(text).toBe('https://a.b.kh');
    expect(offsets[text.indexOf('.b')]).toBe(9);
    expect(offsets[text.length]).toBe(20);
  });
});

describe('normaliseObservableValue', () => {
  it.each([
    ['phone', '012 345 678', '+85512345678'],
    ['domain', 'Evil[.]COM', 'evil.com'],
    ['url', 'hxxp://Evil.com/A', 'http://evil.com/A'],
    ['bank-account', '000 123-456', '000123456'],
    ['crypto-wallet', '0xABCDEF', '0xabcdef'],
    ['crypto-wallet', 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE', 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE'],
    ['phone', 'not a phone', 'not a phone'],
  ] as const)('%s %s → %s', (type, value, expected) => {
    expect(normaliseObservableValue(type, value)).toBe(expected);
  });
});
