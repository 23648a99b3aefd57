import { describe, expect, it } from 'vitest';
import { extractObservables, type ExtractOptions } from './extract-observables.ts';
import type { ObservableType } from './observable.schemas.ts';

/** "type value", the value normalised as extractObservables stores it. */
type Expected = `${ObservableType} ${string}`;

/** A name for the test, the text as a victim or an analyst wrote it, and what it names. */
type Row = [name: string, text: string, expected: Expected[], options?: ExtractOptions];

const PHONES: Row[] = [
  [
    'ABA transfer, then the phone was switched off (Khmer)',
    'ខ្ញុំបានផ្ទេរលុយ 500$ ទៅគណនី ABA 001 234 567 ហើយគេបិទទូរស័ព្ទ 012 345 678',
    ['bank-account 001234567', 'phone +85512345678'],
  ],
  [
    'Smart 010 prize call (Khmer)',
    'គេតេមកពីលេខ 010 234 567 ប្រាប់ថាខ្ញុំឈ្នះរង្វាន់',
    ['phone +85510234567'],
  ],
  ['Cellcard 011', 'Cellcard number 011 888 999 sent me the link', ['phone +85511888999']],
  ['015 with hyphens, fake police (Khmer)', 'លេខ 015-666-777 អះអាងថាជាប៉ូលិស', ['phone +85515666777']],
  ['016 after a colon', 'Scammer phone: 016 345 678', ['phone +85516345678']],
  ['017 in pairs', 'ទូរស័ព្ទ 017 55 66 77', ['phone +85517556677']],
  ['061', '061 234 567 called me at night', ['phone +85561234567']],
  [
    '069 parcel SMS',
    'SMS from 069 777 888: your parcel is held at customs',
    ['phone +85569777888'],
  ],
  ['070', 'Smart 070 123 456 ផ្ញើសារមក', ['phone +85570123456']],
  ['076 nine digits', 'Metfone 076 2345 678', ['phone +855762345678']],
  ['077', 'គាត់ឲ្យខ្ញុំតេទៅ 077 456 789', ['phone +85577456789']],
  ['078', 'He said call back on 078 999 000', ['phone +85578999000']],
  ['081 (Khmer)', 'លេខទូរស័ព្ទអ្នកបោកប្រាស់៖ 081 234 567', ['phone +85581234567']],
  ['085', 'Line 085 333 444 asked for my OTP', ['phone +85585333444']],
  ['086', 'តេមកពី 086 123 456 ម៉ោង 9 យប់', ['phone +85586123456']],
  ['087', '087 765 432 is the fake ABA agent', ['phone +85587765432']],
  ['088 nine digits', 'Metfone 088 8888 777', ['phone +855888888777']],
  ['089', 'WhatsApp 089 212 313', ['phone +85589212313']],
  ['090', 'Telegram number 090 456 123', ['phone +85590456123']],
  ['092', 'ហៅមកពី 092 777 666 ថាជាបុគ្គលិក Wing', ['phone +85592777666']],
  ['093', '093 555 111 ផ្ញើ SMS ក្លែងក្លាយ', ['phone +85593555111']],
  ['095', 'number 095 222 888', ['phone +85595222888']],
  ['096 nine digits', 'Smart 096 7777 888 on Telegram', ['phone +855967777888']],
  ['097 nine digits, dots', 'call 097.777.8889', ['phone +855977778889']],
  ['098', 'ទំនាក់ទំនង 098 123 987', ['phone +85598123987']],
  ['099', 'the seller used 099 456 789 on Facebook', ['phone +85599456789']],
  ['+855 with spaces', 'Call +855 12 345 678', ['phone +85512345678']],
  ['+855 with hyphens', 'tel +855-97-777-8889', ['phone +855977778889']],
  ['(+855) prefix', '(+855) 96 234 5678', ['phone +855962345678']],
  ['+855 (0) trunk', '+855 (0)88 555 6666', ['phone +855885556666']],
  ['00855 prefix', '00855 17 222 333', ['phone +85517222333']],
  ['855 without plus (Khmer)', 'លេខ 855 12 345 678 ជាលេខរបស់គេ', ['phone +85512345678']],
  ['+855 with the trunk 0 kept', '+855 012 345 678', ['phone +85512345678']],
  ['Khmer digits, spaced', 'លេខទូរស័ព្ទ ០៩៦ ៧៧៧ ៨៨៨៩', ['phone +855967778889']],
  ['Khmer digits with +៨៥៥', '+៨៥៥ ៩៧ ១២៣ ៤៥៦៧', ['phone +855971234567']],
  ['Khmer digits glued to Khmer words', 'លេខ០១២៣៤៥៦៧៨ហើយគាត់', ['phone +85512345678']],
  [
    'Khmer digits separated by zero-width spaces',
    'ហៅ ០១២\u200B៣៤៥\u200B៦៧៨ ម្តងទៀត',
    ['phone +85512345678'],
  ],
  ['unspaced with Tel:', 'Tel:012345678', ['phone +85512345678']],
  ['after Tel. without a space', 'Tel.012 345 678', ['phone +85512345678']],
  [
    'two numbers with a slash',
    'លេខ 012345678/097 777 8889',
    ['phone +85512345678', 'phone +855977778889'],
  ],
  [
    'two numbers on one spaced line',
    '012 345 678 012 345 679',
    ['phone +85512345678', 'phone +85512345679'],
  ],
  ['Phnom Penh landline', 'Call 023 216 666 for the bank', ['phone +85523216666']],
  ['landline with parentheses', 'ការិយាល័យ (023) 880 880', ['phone +85523880880']],
  [
    'the same number three ways is one observable',
    '012 345 678, again 012-345-678 and +85512345678',
    ['phone +85512345678'],
  ],
  ['Thai number with its country code', 'boss in Poipet: +66 81 234 5678', ['phone +66812345678']],
  ['Vietnamese number', 'Zalo +84 912 345 678', ['phone +84912345678']],
  ['Chinese number', 'ថៅកែចិន +86 138 0013 8000', ['phone +8613800138000']],
];

const ACCOUNTS: Row[] = [
  ['ABA account with a Khmer name', 'ABA 000 123 456 ឈ្មោះ SOK DARA', ['bank-account 000123456']],
  [
    'ABA account in Khmer digits',
    'ផ្ទេរទៅគណនី ABA ០០៣ ៤៥៦ ៧៨៩ ឈ្មោះ ចាន់ ថា',
    ['bank-account 003456789'],
  ],
  ['ACLEDA account with hyphens', 'ACLEDA 0001-01-234567-1-2', ['bank-account 00010123456712']],
  ['ACLEDA a/c with spaces', 'ACLEDA a/c: 0001 23 456789', ['bank-account 000123456789']],
  ['ABA account with hyphens', 'ABA 001-234-567', ['bank-account 001234567']],
  ['Wing account on the next line', 'TrueMoney\n111 222 333', ['bank-account 111222333']],
  ['Wing written in Khmer script', 'ផ្ទេរតាម វីង 8765 4321', ['bank-account 87654321']],
  ['Wing account of eight digits', 'Wing: 01234567', ['bank-account 01234567']],
  [
    'Wing number that is a phone stays a phone',
    'បានផ្ទេរតាម Wing ទៅលេខ 012 345 678 ចំនួន 100$',
    ['phone +85512345678'],
  ],
  [
    'ABA and Wing in one line',
    'ABA account 001 234 567, Wing 012 345 678',
    ['bank-account 001234567', 'phone +85512345678'],
  ],
  ['Khmer account keyword, Khmer digits', 'លេខគណនី ១២៣ ៤៥៦ ៧៨៩', ['bank-account 123456789']],
  [
    'Prince Bank account',
    'Prince Bank ឈ្មោះ CHAN THA លេខគណនី 2100 0123 4567',
    ['bank-account 210001234567'],
  ],
  ['Canadia account', 'Canadia account 1234567890123', ['bank-account 1234567890123']],
  ['Sathapana account', 'Sathapana 3301 2345 678', ['bank-account 33012345678']],
  ['account held in dollars', 'ABA 001 234 567 USD ឈ្មោះ KEO SINA', ['bank-account 001234567']],
  ['account number before its bank', '111 222 333 (Bakong)', ['bank-account 111222333']],
  ['Bakong ID', 'Bakong KHQR: sokdara@aclb', ['bank-account sokdara@aclb']],
  ['Pi Pay wallet', 'Pi Pay account 55 123 456', ['bank-account 55123456']],
  [
    'an account answer needs no keyword',
    '000 123 456',
    ['bank-account 000123456'],
    { accountContext: true },
  ],
  [
    'a phone in an account answer is still a phone',
    '០៩៧ ១២៣ ៤៥៦៧',
    ['phone +855971234567'],
    { accountContext: true },
  ],
];

const NETWORK: Row[] = [
  [
    'sshd log line',
    'Jan 05 10:22:33 srv sshd[2231]: Failed password for root from 45.125.66.12 port 52144 ssh2',
    ['ipv4 45.125.66.12'],
  ],
  [
    'web server log line',
    '103.16.62.5 - - [12/Mar/2026:10:22:33 +0700] "GET /wp-login.php HTTP/1.1" 200 512',
    ['ipv4 103.16.62.5'],
  ],
  [
    'the same IP three times in a log',
    'Failed from 45.125.66.12\nFailed from 45.125.66.12\nAccepted from 45.125.66.12',
    ['ipv4 45.125.66.12'],
  ],
  [
    'ISP abuse notice with CIDR blocks',
    'ISP notice: abuse from 103.197.104.0/22 and 202.58.96.0/19',
    ['cidr 103.197.104.0/22', 'cidr 202.58.96.0/19'],
  ],
  ['CIDR in a Khmer notice', 'សូមបិទបណ្តាញ 36.37.128.0/17 ជាបន្ទាន់', ['cidr 36.37.128.0/17']],
  ['IPv4 with a port', 'RDP brute force ip: 10.10.10.10:3389', ['ipv4 10.10.10.10']],
  ['defanged IPv4', 'C2 at 103[.]16[.]62[.]5', ['ipv4 103.16.62.5']],
  ['IPv6 compressed', '2404:c600:1000::1 attacked us', ['ipv6 2404:c600:1000::1']],
  [
    'IPv6 in full is compressed',
    'src=2001:0db8:0000:0000:0000:ff00:0042:8329',
    ['ipv6 2001:db8::ff00:42:8329'],
  ],
  ['IPv6 in upper case', 'IPv6 2400:CB00:2048:1::C629:D7A2', ['ipv6 2400:cb00:2048:1::c629:d7a2']],
  ['IPv6 CIDR', 'block 2400:cb00::/32 please', ['cidr 2400:cb00::/32']],
  [
    'URL on an IP with a port',
    'panel: http://192.168.1.1:8080/admin',
    ['url http://192.168.1.1:8080/admin', 'ipv4 192.168.1.1'],
  ],
  [
    'URL on an IPv6 address',
    'http://[2001:db8::1]:8080/',
    ['url http://[2001:db8::1]:8080/', 'ipv6 2001:db8::1'],
  ],
  [
    'defanged malware download on an IP',
    'hxxp://45.125.66[.]12/bins/x86',
    ['url http://45.125.66.12/bins/x86', 'ipv4 45.125.66.12'],
  ],
];

const PHISHING: Row[] = [
  ['fake bank domain, defanged', 'aba-bank-verify[.]com', ['domain aba-bank-verify.com']],
  [
    'fake bank login, hxxps',
    'hxxps://aba-bank-verify[.]com/login',
    ['url https://aba-bank-verify.com/login', 'domain aba-bank-verify.com'],
  ],
  [
    'defanged colon and query',
    'hxxp[:]//acleda-kh[.]xyz/verify?acc=123',
    ['url http://acleda-kh.xyz/verify?acc=123', 'domain acleda-kh.xyz'],
  ],
  [
    'https[:]// defanged',
    'https[:]//wing-money[.]top',
    ['url https://wing-money.top/', 'domain wing-money.top'],
  ],
  [
    'ACLEDA SMS in Khmer with (.)',
    '[ACLEDA] គណនីរបស់លោកអ្នកត្រូវបានផ្អាក។ សូមចូល acleda-online(.)top ដើម្បីបើកវិញ',
    ['domain acleda-online.top'],
  ],
  ['[dot] defanged', 'visit aba-kh[dot]info now', ['domain aba-kh.info']],
  [
    'ABA SMS with a link and a phone',
    'ABA Bank: Your account is locked. Verify at hxxps://aba-kh[.]info/verify or call 081 234 567',
    ['url https://aba-kh.info/verify', 'domain aba-kh.info', 'phone +85581234567'],
  ],
  [
    'Wing prize SMS in Khmer with a short link',
    'Wing: អ្នកបានឈ្នះរង្វាន់ $1000! ចុច http://bit.ly/3xYzAbC',
    ['url http://bit.ly/3xYzAbC', 'domain bit.ly'],
  ],
  [
    'short link without a scheme',
    'click bit[.]ly/wing-reward',
    ['url https://bit.ly/wing-reward', 'domain bit.ly'],
  ],
  [
    'link without a scheme ending a sentence',
    'Verify here: aba-kh.info/verify?id=1.',
    ['url https://aba-kh.info/verify?id=1', 'domain aba-kh.info'],
  ],
  [
    'link without a scheme under .com.kh',
    'my.aba-bank.com.kh/login',
    ['url https://my.aba-bank.com.kh/login', 'domain my.aba-bank.com.kh'],
  ],
  [
    'Google Form used for phishing',
    'fill https://forms.gle/AbCdEf to get the loan',
    ['url https://forms.gle/AbCdEf', 'domain forms.gle'],
  ],
  [
    'new gTLD in a URL',
    'https://aba-bank.help',
    ['url https://aba-bank.help/', 'domain aba-bank.help'],
  ],
  [
    'link glued to Khmer text',
    'ចុចលើ https://aba-reward.vip/claimដើម្បីទទួលរង្វាន់',
    ['url https://aba-reward.vip/claim', 'domain aba-reward.vip'],
  ],
  ['www domain', 'www.aba-bank-verify.com', ['domain www.aba-bank-verify.com']],
  ['.com.kh in mixed case', 'ABA-mobile.com.kh', ['domain aba-mobile.com.kh']],
  ['government domain', 'ផ្ញើទៅ cert.gov.kh', ['domain cert.gov.kh']],
  [
    'URL in parentheses ending a sentence',
    '(see https://example.com/path).',
    ['url https://example.com/path', 'domain example.com'],
  ],
  [
    'URL in HTML',
    '<a href="http://evil.tk/x">link</a>',
    ['url http://evil.tk/x', 'domain evil.tk'],
  ],
  [
    'upper-case host, path kept',
    'http://EXAMPLE.com/A/B?x=1#frag',
    ['url http://example.com/A/B?x=1#frag', 'domain example.com'],
  ],
  [
    'default port dropped',
    'https://example.com:443/',
    ['url https://example.com/', 'domain example.com'],
  ],
  [
    'ftp defanged',
    'fxp://files[.]example[dot]net[:]21/x',
    ['url ftp://files.example.net/x', 'domain files.example.net'],
  ],
];

const EMAILS: Row[] = [
  ['defanged [@]', 'scammer[@]gmail[.]com', ['email scammer@gmail.com']],
  ['defanged [at]', 'reply to kh_police[at]protonmail[.]com', ['email kh_police@protonmail.com']],
  [
    'glued to Khmer text',
    'សូមទាក់ទងមកអ៊ីមែល aba.support.kh@gmail.comដើម្បីផ្ទៀងផ្ទាត់',
    ['email aba.support.kh@gmail.com'],
  ],
  ['before a Khmer full stop', 'អ៊ីមែល: sokdara123@yahoo.com។', ['email sokdara123@yahoo.com']],
  ['capitalised by a phone keyboard', 'Sok@Gmail.Com', ['email sok@gmail.com']],
  ['all capitals', 'SOKDARA@GMAIL.COM', ['email sokdara@gmail.com']],
  [
    'on a fake bank domain',
    'email: info@aba-bank-verify[.]com',
    ['email info@aba-bank-verify.com'],
  ],
  [
    'under .com.kh ending a sentence',
    'Contact: Support.Team@ABA-Bank.com.kh.',
    ['email support.team@aba-bank.com.kh'],
  ],
  ['with a plus tag', 'sender: win.prize+kh@outlook.com', ['email win.prize+kh@outlook.com']],
];

const CRYPTO_AND_HASHES: Row[] = [
  [
    'USDT on TRON',
    'គេឲ្យផ្ញើ USDT TRC20 ទៅ TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE',
    ['crypto-wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE'],
  ],
  [
    'Ethereum, lower-cased',
    'ETH 0x742d35Cc6634C0532925a3b844Bc454e4438f44e',
    ['crypto-wallet 0x742d35cc6634c0532925a3b844bc454e4438f44e'],
  ],
  [
    'Bitcoin legacy',
    'BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
    ['crypto-wallet 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
  ],
  [
    'Bitcoin P2SH',
    'send to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy now',
    ['crypto-wallet 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
  ],
  [
    'Bitcoin bech32 in capitals',
    'BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ',
    ['crypto-wallet bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
  ],
  [
    'SHA-256 from an AV report',
    'AV: Trojan.AndroidOS.SpyNote SHA256: 3F79BB7B435B05321651DAEFD374CDC681DC06FAA65E374CB337B7E2E4C0F58A',
    ['sha256 3f79bb7b435b05321651daefd374cdc681dc06faa65e374cb337b7e2e4c0f58a'],
  ],
  ['MD5 with =', 'MD5=5d41402abc4b2a76b9719d911017c592', ['md5 5d41402abc4b2a76b9719d911017c592']],
  [
    'SHA-1 with a colon',
    'sha1:2FD4E1C67A2D28FCED849EE1BB76E7391B93EB12',
    ['sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12'],
  ],
  [
    'three hashes of one APK',
    'ABA_Update.apk md5 d41d8cd98f00b204e9800998ecf8427e sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709 ' +
      'sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    [
      'md5 d41d8cd98f00b204e9800998ecf8427e',
      'sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709',
      'sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ],
  ],
  [
    'hash as a file name',
    'dropped 5d41402abc4b2a76b9719d911017c592.apk',
    ['md5 5d41402abc4b2a76b9719d911017c592'],
  ],
];

const SOCIAL: Row[] = [
  [
    'hacked Facebook profile (Khmer)',
    'គេលួចគណនីហ្វេសប៊ុករបស់ខ្ញុំ https://www.facebook.com/sokdara.kh',
    ['url https://www.facebook.com/sokdara.kh', 'social-handle facebook.com/sokdara.kh'],
  ],
  [
    'profile.php with a tracking parameter',
    'https://web.facebook.com/profile.php?id=100089123456789&mibextid=ZbWKwL',
    [
      'url https://web.facebook.com/profile.php?id=100089123456789&mibextid=ZbWKwL',
      'social-handle facebook.com/profile.php?id=100089123456789',
    ],
  ],
  [
    'fake page without a scheme',
    'Page ក្លែងក្លាយ facebook.com/ABA.Bank.Cambodia.Official',
    [
      'url https://facebook.com/ABA.Bank.Cambodia.Official',
      'social-handle facebook.com/aba.bank.cambodia.official',
    ],
  ],
  [
    'Messenger link',
    'chat with us: m.me/ABABankSupport',
    ['url https://m.me/ABABankSupport', 'social-handle facebook.com/ababanksupport'],
  ],
  [
    'Facebook group',
    'https://www.facebook.com/groups/123456789/',
    [
      'url https://www.facebook.com/groups/123456789/',
      'social-handle facebook.com/groups/123456789',
    ],
  ],
  [
    'Facebook share link is not a profile',
    'https://facebook.com/share/p/abc123/',
    ['url https://facebook.com/share/p/abc123/'],
  ],
  [
    'Messenger conversation is not a profile',
    'https://www.facebook.com/messages/t/100012345678',
    ['url https://www.facebook.com/messages/t/100012345678'],
  ],
  [
    'Telegram bot (Khmer)',
    'តាម t.me/aba_help_bot ដើម្បីដោះសោគណនី',
    ['url https://t.me/aba_help_bot', 'social-handle t.me/aba_help_bot'],
  ],
  [
    'Telegram channel in mixed case',
    'https://t.me/ABA_Bank_Support',
    ['url https://t.me/ABA_Bank_Support', 'social-handle t.me/aba_bank_support'],
  ],
  [
    'Telegram invite link keeps its case and is not a profile',
    'join https://t.me/+AbCdEf123xyz',
    ['url https://t.me/+AbCdEf123xyz'],
  ],
  [
    'Telegram private message link is not a profile',
    'https://t.me/c/1234567/89',
    ['url https://t.me/c/1234567/89'],
  ],
  [
    'Telegram link to a phone number',
    'https://t.me/+85512345678',
    ['url https://t.me/+85512345678', 'phone +85512345678'],
  ],
  [
    'WhatsApp link to a phone number',
    'https://wa.me/85597777888',
    ['url https://wa.me/85597777888', 'phone +85597777888'],
  ],
  [
    'TikTok profile',
    'https://www.tiktok.com/@scammer_kh/video/7312345678901234567',
    [
      'url https://www.tiktok.com/@scammer_kh/video/7312345678901234567',
      'social-handle tiktok.com/@scammer_kh',
    ],
  ],
  [
    'Instagram profile',
    'https://www.instagram.com/fake_aba_bank/',
    ['url https://www.instagram.com/fake_aba_bank/', 'social-handle instagram.com/fake_aba_bank'],
  ],
  ['Telegram @handle', 'Telegram @aba_support_kh', ['social-handle @aba_support_kh']],
  ['@handle in Khmer text', 'គាត់ឈ្មោះ @Dara_Invest នៅលើ Telegram', ['social-handle @dara_invest']],
];

const MIXED: Row[] = [
  [
    'Facebook hack with a phone and a link (Khmer)',
    'គណនីហ្វេសប៊ុករបស់ខ្ញុំត្រូវបានគេលួច ហើយគេផ្ញើសារទៅមិត្តភក្តិឲ្យផ្ទេរលុយទៅ ABA 002 345 678 ' +
      'ទាក់ទង 096 555 4444 ឬ https://www.facebook.com/dara.sok.9',
    [
      'bank-account 002345678',
      'phone +855965554444',
      'url https://www.facebook.com/dara.sok.9',
      'social-handle facebook.com/dara.sok.9',
    ],
  ],
  [
    'investment scam with USDT and Telegram',
    'They told me to deposit 3,000 USDT to TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf and chat on t.me/CryptoKH_VIP',
    [
      'crypto-wallet TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf',
      'url https://t.me/CryptoKH_VIP',
      'social-handle t.me/cryptokh_vip',
    ],
  ],
  [
    'job scam with an e-mail and a Thai number',
    'ការងារនៅថៃ ប្រាក់ខែ 1500$ ទាក់ទង hr.thai.job@gmail.com ឬ +66 92 345 6789',
    ['email hr.thai.job@gmail.com', 'phone +66923456789'],
  ],
  [
    'phishing report with everything defanged',
    'Phish: hxxps://wing-kh[.]click/otp from sms 071 234 5678, mail noreply[@]wing-kh[.]click',
    [
      'url https://wing-kh.click/otp',
      'domain wing-kh.click',
      'phone +855712345678',
      'email noreply@wing-kh.click',
    ],
  ],
  [
    'sextortion with TrueMoney and Instagram',
    'គេគំរាមបង្ហោះរូបខ្ញុំ បើមិនផ្ទេរ TrueMoney 9876 5432 ទេ instagram.com/kh_girl_2026',
    [
      'bank-account 98765432',
      'url https://instagram.com/kh_girl_2026',
      'social-handle instagram.com/kh_girl_2026',
    ],
  ],
  [
    'incident ticket from an ISP',
    'Host 202.62.45.7 (kh-hosting.com.kh) scanned 36.37.0.0/16; sample sha1 ' +
      'a9993e364706816aba3e25717850c26c9cd0d89d',
    [
      'ipv4 202.62.45.7',
      'domain kh-hosting.com.kh',
      'cidr 36.37.0.0/16',
      'sha1 a9993e364706816aba3e25717850c26c9cd0d89d',
    ],
  ],
];

/** Text an analyst does not want turned into indicators. */
const NOTHING: Row[] = [
  ['amount with commas in riel', 'ខ្ញុំបាត់ប្រាក់ 1,500,000 រៀល', []],
  ['amount with spaces and a date', 'បាត់ 1 500 000 រៀល នៅថ្ងៃទី 12/03/2026', []],
  ['round amount before a bank', 'ខ្ញុំផ្ទេរ 2000000 ទៅ ABA', []],
  ['round amount after a bank', 'ABA 1 000 000', []],
  ['amount after ចំនួន', 'ផ្ទេរតាម ABA ចំនួន 257500', []],
  ['amount after "amount"', 'ABA amount 257500', []],
  ['amount in dollars with a decimal', 'ចំនួនទឹកប្រាក់ $1,250.50 តាម ABA', []],
  ['amount in KHR', 'ABA 250 500 KHR', []],
  ['amount in riel words', 'Wing 300 500 riels', []],
  ['amounts in several currencies', 'I paid 50$ then 120,000៛ on 2026-11-24', []],
  ['date with slashes', 'ថ្ងៃទី 12/03/2026', []],
  ['date with hyphens next to a bank', 'ទៅគណនី ABA ថ្ងៃ 12-03-2026', []],
  ['ISO date next to a bank', 'ABA 2026-03-12', []],
  ['date with dots', 'on 12.03.2026 at the branch', []],
  ['time in Khmer', 'ម៉ោង 10:30 ព្រឹក', []],
  ['time with seconds', 'at 21:45:10 they called', []],
  ['version numbers', 'app version 3.2.15 build 20260312 on Android 14', []],
  ['image file names', 'photo.jpg, screenshot.PNG and IMG_20260312_101010.jpg', []],
  ['document file names', 'ABA_receipt.pdf invoice.docx setup.exe app-release.apk', []],
  ['archive and video file names', 'archive.zip, clip.mov, video.mp4', []],
  ['Node.js and abbreviations', 'Node.js, e.g. and i.e. at 10 a.m.', []],
  ['titles glued to names', 'Mr.Sok and Dr.Chan', []],
  ['sentence without a space after the full stop', 'I sent it.Then he blocked me', []],
  ['OTP code near a bank name', 'កូដ OTP របស់អ្នកគឺ 482913 សម្រាប់ ABA', []],
  ['transaction ID near a bank name', 'ABA Transaction ID: 100023456789', []],
  ['reference number with Trx.', 'Wing Trx. ID 25031212345678', []],
  ['Khmer reference number', 'ABA លេខយោង 123456789012', []],
  ['invalid IPv4', 'IP 999.1.1.1 and 1.2.3.256', []],
  ['MAC address', 'MAC 00:1A:2B:3C:4D:5E', []],
  ['number without a keyword', 'the number 123456789 is on the paper', []],
  ['too short to be a phone', 'call 012 345', []],
  ['phone without its trunk 0', 'លេខ 12 345 678', []],
  ['national number too long', '01234567890', []],
  ['age and years in Khmer', 'ខ្ញុំមានអាយុ 25 ឆ្នាំ រស់នៅភ្នំពេញ 3 ឆ្នាំ', []],
  ['only Khmer words', 'ខ្ញុំត្រូវបានគេលួចគណនីហ្វេសប៊ុក ហើយគេសុំលុយពីមិត្តភក្តិខ្ញុំ', []],
  ['an e-mail domain alone is not a handle', 'I use @gmail.com', []],
  ['host without a TLD', 'e-mail me at nobody@localhost or @ 5', []],
  ['hex that is not a hash', 'order 0x123 and deadbeef', []],
  ['all-zero ID is not a hash', 'ID 00000000000000000000000000000000', []],
  ['word that looks random is not a wallet', 'a word like Tuesday1234567890ABCDEFGHJKLMN here', []],
  ['a hyphenated account number holds no phone', 'Ref 1111-01-234567-1-2', []],
];

const TABLE: [string, Row[]][] = [
  ['phones', PHONES],
  ['accounts', ACCOUNTS],
  ['network', NETWORK],
  ['phishing', PHISHING],
  ['e-mail', EMAILS],
  ['crypto and hashes', CRYPTO_AND_HASHES],
  ['social media', SOCIAL],
  ['mixed reports', MIXED],
  ['nothing to extract', NOTHING],
];

describe('extractObservables: the extraction table', () => {
  it('has at least 120 rows', () => {
    expect(TABLE.reduce((total, [, rows]) => total + rows.length, 0)).toBeGreaterThanOrEqual(120);
  });

  for (const [section, rows] of TABLE) {
    describe(section, () => {
      it.each(rows)('%s', (_name, text, expected, options) => {
        const found = extractObservables(text, options);
        const actual = found.map(({ type, value }) => `${type} ${value}`);
        expect(actual.toSorted()).toEqual([...expected].sort());
        for (const { raw, index } of found) expect(text.slice(index, index + raw.length)).toBe(raw);
      });
    });
  }
});
