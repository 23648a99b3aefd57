import { Text, type TextProps } from '@mantine/core';
import type { Bilingual, Language } from '../../../domain/language.ts';
import { useLanguage } from '../../shared/use-language.ts';
import { useLawTextMode } from './law-text-mode.ts';

type BilingualTextProps = TextProps & { text: Bilingual; component?: 'p' | 'span' | 'div' };

/**
 * A legal text in the languages the reader chose: one, or both with the UI's language
 * first and the other beneath it, each marked with its `lang` for screen readers and fonts.
 */
export function BilingualText({ text, component = 'p', ...props }: BilingualTextProps) {
  const mode = useLawTextMode();
  const language = useLanguage();
  if (mode !== 'both') {
    return (
      <Text component={component} lang={mode} {...props}>
        {text[mode]}
      </Text>
    );
  }
  const other: Language = language === 'km' ? 'en' : 'km';
  const inner = component === 'p' ? 'span' : component;
  return (
    <Text component={component === 'p' ? 'div' : component} {...props}>
      <Text component={inner} inherit lang={language} display="block">
        {text[language]}
      </Text>
      <Text component={inner} inherit lang={other} display="block" c="dimmed" fz="0.92em">
        {text[other]}
      </Text>
    </Text>
  );
}
