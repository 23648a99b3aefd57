import { useMediaQuery } from '@mantine/hooks';

/** Below Mantine's "sm" breakpoint (48em): tables become cards, dialogs take the screen. */
export function usePhone(): boolean {
  return useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
}
