import type { CSSProperties } from 'react';

/**
 * Badges that wrap and are tall enough for Khmer, whose vowel signs and subscripts reach
 * above and below the line that Mantine's fixed badge height leaves; colours, when given,
 * are dark on pale so the text stays above 4.5:1.
 */
export const tallBadge = (colours: CSSProperties = {}) => ({
  root: {
    height: 'auto',
    paddingBlock: 2,
    whiteSpace: 'normal' as const,
    lineHeight: 1.6,
    ...colours,
  },
  label: { overflow: 'visible', lineHeight: 1.6 },
});
