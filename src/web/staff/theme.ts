import { createTheme, type CSSVariablesResolver } from '@mantine/core';

const fontFamily =
  "'Noto Sans Khmer', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif";

/** Mantine with the bundled Khmer font, room for Khmer's stacked vowels, and AA contrast. */
export const theme = createTheme({
  fontFamily,
  // Khmer in a code or an indicator (a page name, a handle) falls back to the Khmer font.
  fontFamilyMonospace: "ui-monospace, 'DejaVu Sans Mono', Menlo, 'Noto Sans Khmer', monospace",
  headings: { fontFamily },
  primaryColor: 'blue',
  // Shade 8 keeps white text on filled buttons above 4.5:1.
  primaryShade: 8,
  lineHeights: { xs: '1.6', sm: '1.65', md: '1.7', lg: '1.7', xl: '1.7' },
});

/** Mantine's default dimmed grey is below 4.5:1 on white; use a darker one. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#545b62' },
  dark: {},
});
