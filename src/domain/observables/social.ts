/** Host names of the platforms reports name, and the canonical host each stands for. */
const PLATFORM_HOSTS: Record<string, string> = {
  'facebook.com': 'facebook.com',
  'fb.com': 'facebook.com',
  'fb.me': 'facebook.com',
  't.me': 't.me',
  'telegram.me': 't.me',
  'tiktok.com': 'tiktok.com',
  'instagram.com': 'instagram.com',
};

/** First path segments that are pages of the platform, not somebody's profile. */
const NOT_PROFILES = new Set([
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
  const host = url.hostname.replace(/^(?:www|m|web|mbasic|mobile)\./, '');
  const platform = PLATFORM_HOSTS[host];
  const segments = url.pathname.split('/').filter(Boolean);
  const first = segments[0]?.toLowerCase();
  if (!platform || !first || NOT_PROFILES.has(first)) return null;
  if (first === 'profile.php') {
    const id = url.searchParams.get('id');
    return id && /^\d+$/.test(id) ? `${platform}/profile.php?id=${id}` : null;
  }
  if (first === 'groups' || first === 'people') {
    const second = segments[1]?.toLowerCase();
    return second ? `${platform}/${first}/${second}` : null;
  }
  if (platform === 'tiktok.com' && !first.startsWith('@')) return null;
  return /^[@+]?[\w.-]{1,64}$/.test(first) ? `${platform}/${first}` : null;
}
