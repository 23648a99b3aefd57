/**
 * The server's QR code SVG as a data: URL for an <img>: an image cannot run script, unlike
 * markup inserted into the page, and the CSP allows data: images.
 */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** The Base32 secret in groups of four, easier to type into an app. */
export const groupSecret = (secret: string): string => secret.match(/.{1,4}/g)?.join(' ') ?? secret;
