/** Host names of the platforms reports name, and the canonical host each stands for. */
const PLATFORM_HOSTS: Record<string, string> = {
  'facebook.com': 'facebook.com',
  'fb.com': 'facebook.com',
  'fb.me': 'facebook.com',
  // Messenger: m.me/name opens a chat with facebook.com/name.
  'm.me': 'facebook.com',
  't.me': 't.me',
  'telegram.me': 't.me',
  'tiktok.com': 'tiktok.com',
  'instagram.com': 'instagram.com',
};

/** First path segments that are pages of the platform, not somebody's profile. */
const NOT_PROFILES = new Set([
  'accounts',
  'addlist',
  'addstickers',
  'c',
  'dialog',
  'direct',
  'events',
  'friends',
  'gaming',
  'hashtag',
  'home.php',
  'marketplace',
  'media',
  'messages',
  'notifications',
  'pages',
  'photo',
  'photos',
  'proxy',
  'search',
  'settings',
  'video.php',
  'share',
  'sharer',
  'sharer.php',
  'watch',
  'photo.php',
  'story.php',
  'permalink.php',
  'login',
  'login.php',
  'l.php',
  'help',
  'p',
  'reel',
  'reels',
  'explore',
  'stories',
  'joinchat',
  's',
]);

/**
 * The profile a social-media link points to, as "facebook.com/name", "t.me/name",
 * "tiktok.com/@name" or "facebook.com/profile.php?id=…"; null for posts, shares and other
 * pages that are not a profile.
 */
export function socialHandleOf(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  const host = url.hostname in PLATFORM_HOSTS ? url.hostname : withoutSubdomain(url.hostname);
  const platform = PLATFORM_HOSTS[host];
  const segments = url.pathname.split('/').filter(Boolean);
  const first = segments[0]?.toLowerCase();
  if (!platform || !first || NOT_PROFILES.has(first)) return null;
  // t.me/+AbC… is an invite (its code is case-sensitive), t.me/+855… a phone: not profiles.
  if (first.startsWith('+')) return null;
  if (first === 'profile.php') {
    const id = url.searchParams.get('id');
    return id && /^\d+$/.test(id) ? `${platform}/profile.php?id=${id}` : null;
  }
  if (first === 'groups' || first === 'people') {
    const second = segments[1]?.toLowerCase();
    return second ? `${platform}/${first}/${second}` : null;
  }
  if (platform === 'tiktok.com' && !first.startsWith('@')) return null;
  return /^@?[\w.-]{1,64}$/.test(first) ? `${platform}/${first}` : null;
}

const withoutSubdomain = (host: string): string =>
  host.replace(/^(?:www|m|web|mbasic|mobile)\./, '');

/**
 * The phone number a chat link opens ("wa.me/85512345678", "t.me/+85512345678",
 * "api.whatsapp.com/send?phone=855…") as written in it with a leading +, or null.
 */
export function phoneOfChatLink(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  const host = withoutSubdomain(url.hostname);
  const path = url.pathname.replace(/\/+$/, '');
  let digits: string | undefined;
  if (host === 'wa.me') digits = /^\/\+?(\d{8,15})$/.exec(path)?.[1];
  else if (host === 't.me' || host === 'telegram.me') digits = /^\/\+(\d{8,15})$/.exec(path)?.[1];
  else if (host === 'api.whatsapp.com' && path === '/send') {
    digits = /^\+?(\d{8,15})$/.exec(url.searchParams.get('phone') ?? '')?.[1];
  }
  return digits ? `+${digits}` : null;
}
