/**
 * Defanged indicators ("hxxps://evil[.]top", "user[@]mail(.)com") written back to their
 * working form. Offsets are kept so a match in the refanged text points into the original.
 */
export type Refanged = {
  text: string;
  /** offsets[i] is the index in the original text of the refanged text's character i. */
  offsets: number[];
};

// One alternation, tried left to right; each branch is a fixed string, so the scan is linear.
const DEFANGED =
  /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|\[:\]|\[:\/\/\]|\[@\]|\[at\]|\(at\)|\bh[xX]{2}p(?=s?(?::|\[:))|\bfxp(?=s?(?::|\[:))/gi;

const replacementOf = (token: string): string => {
  const lower = token.toLowerCase();
  if (lower.startsWith('h')) return 'http';
  if (lower === 'fxp') return 'ftp';
  if (lower.includes('dot') || lower.includes('.')) return '.';
  if (lower === '[://]') return '://';
  if (lower.includes(':')) return ':';
  return '@';
};

/** Refangs `text`, keeping the map from each new character back to the original. */
export function refang(text: string): Refanged {
  let out = '';
  const offsets: number[] = [];
  let last = 0;
  for (const match of text.matchAll(DEFANGED)) {
    for (let i = last; i < match.index; i += 1) offsets.push(i);
    out += text.slice(last, match.index);
    const replacement = replacementOf(match[0]);
    for (let i = 0; i < replacement.length; i += 1) offsets.push(match.index);
    out += replacement;
    last = match.index + match[0].length;
  }
  for (let i = last; i < text.length; i += 1) offsets.push(i);
  offsets.push(text.length);
  return { text: out + text.slice(last), offsets };
}

/** The working form of one defanged value. */
export const refangValue = (value: string): string => refang(value).text;
