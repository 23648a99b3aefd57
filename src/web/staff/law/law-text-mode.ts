import { createContext, useContext } from 'react';
import type { TextLanguage } from './law-search.ts';

/** Which languages the Law page shows its legal texts in; the incident panel shows both. */
export const LawTextModeContext = createContext<TextLanguage>('both');

export const useLawTextMode = (): TextLanguage => useContext(LawTextModeContext);
