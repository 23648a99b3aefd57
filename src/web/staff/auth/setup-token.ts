/**
 * Reads the one-time setup token from the URL fragment (#token=…) and removes it from the
 * address bar, so it does not linger in history or get shared by a copied link.
 */
export function takeSetupToken(): string {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = params.get('token') ?? '';
  if (window.location.hash) {
    window.history.replaceState(window.history.state, '', window.location.pathname);
  }
  return token;
}
