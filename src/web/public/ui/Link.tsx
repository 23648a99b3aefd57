import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../routing.ts';

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  to: string;
  state?: Record<string, string>;
};

/** An ordinary link that changes page without a reload; modified clicks behave as usual. */
export function Link({ to, state, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to, state ?? null);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
}
