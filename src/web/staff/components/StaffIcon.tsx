/** Filled 24×24 shapes; drawn inline so no icon font or emoji font is needed. */
const PATHS = {
  alert: 'M12 2 1 21h22L12 2Zm-1 7h2v6h-2V9Zm0 8h2v2h-2v-2Z',
  clock:
    'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm0 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-1 3h2v4.6l3.5 2.1-1 1.7L11 12.7V7Z',
  pause: 'M6 4h4v16H6V4Zm8 0h4v16h-4V4Z',
  check: 'm9 16.2-4.2-4.2-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2Z',
  bell: 'M12 22a2.5 2.5 0 0 0 2.5-2.5h-5A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.8V3.5a1.5 1.5 0 0 0-3 0v.7A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z',
  megaphone:
    'M3 10v4c0 .6.4 1 1 1h2l1 5h3l-1-5h1l8 4V5l-8 4H4c-.6 0-1 .4-1 1Zm17-1v6a3 3 0 0 0 0-6Z',
} as const;

export type StaffIconName = keyof typeof PATHS;

type StaffIconProps = { name: StaffIconName; size?: number };

/** A decorative icon, hidden from screen readers: the words beside it say the same. */
export function StaffIcon({ name, size = 14 }: StaffIconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={PATHS[name]} />
    </svg>
  );
}
