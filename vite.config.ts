import { gzipSync } from 'node:zlib';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Connect, type Plugin } from 'vite';

const webRoot = path.resolve(import.meta.dirname, 'src/web');

/**
 * The public pages are for phones on mobile data: their JavaScript must stay under this
 * many bytes gzipped. The build fails when it grows past it.
 */
const PUBLIC_JS_BUDGET_BYTES = 150 * 1024;

/** Serves each page's HTML for its client-side routes, like the server does, in dev/preview. */
const historyFallback: Connect.NextHandleFunction = (req, _res, next) => {
  const url = req.url ?? '/';
  const pathname = url.split('?')[0] ?? '/';
  const wantsHtml = req.headers.accept?.includes('text/html') ?? false;
  const isRoute = wantsHtml && !path.extname(pathname) && !pathname.startsWith('/api/');
  if (isRoute) {
    req.url = pathname === '/staff' || pathname.startsWith('/staff/') ? '/staff/index.html' : '/';
  }
  next();
};

/**
 * The API in dev. The Host header is kept (no changeOrigin) so that the server's check that
 * a POST's Origin is its own host still holds through the proxy.
 */
const apiProxy = { target: 'http://127.0.0.1:8080', changeOrigin: false };

const SERVER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

const spaRoutes = (): Plugin => ({
  name: 'karpear-spa-routes',
  configureServer: (server) => void server.middlewares.use(historyFallback),
  configurePreviewServer: (server) => void server.middlewares.use(historyFallback),
});

/** Sums the gzip size of every JS file the public index.html loads and enforces the budget. */
const publicBudget = (): Plugin => ({
  name: 'karpear-public-budget',
  apply: 'build',
  writeBundle(_options, bundle) {
    const html = bundle['index.html'];
    if (!html || html.type !== 'asset') throw new Error('public index.html missing from bundle');
    const referenced = [...String(html.source).matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map(
      (match) => match[1] ?? '',
    );
    const files = new Set<string>();
    const visit = (file: string) => {
      const chunk = bundle[file];
      if (files.has(file) || !chunk || chunk.type !== 'chunk') return;
      files.add(file);
      chunk.imports.forEach(visit);
    };
    referenced.forEach(visit);
    let total = 0;
    for (const file of files) {
      const chunk = bundle[file];
      if (chunk?.type !== 'chunk') continue;
      const size = gzipSync(chunk.code, { level: 9 }).length;
      total += size;
      this.info(`public JS ${file}: ${(size / 1024).toFixed(1)} KB gzip`);
    }
    const summary = `public entry JS: ${(total / 1024).toFixed(1)} KB gzip in ${files.size} files (budget ${PUBLIC_JS_BUDGET_BYTES / 1024} KB)`;
    if (total > PUBLIC_JS_BUDGET_BYTES) this.error(summary);
    this.info(summary);
  },
});

export default defineConfig({
  root: webRoot,
  publicDir: path.join(webRoot, 'static'),
  appType: 'mpa',
  plugins: [react(), spaRoutes(), publicBudget()],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        public: path.join(webRoot, 'index.html'),
        staff: path.join(webRoot, 'staff/index.html'),
      },
    },
  },
  server: { proxy: { '/api': apiProxy } },
  // `vite preview` sends the server's Content Security Policy, so breaking it shows up early.
  preview: { proxy: { '/api': apiProxy }, headers: { 'Content-Security-Policy': SERVER_CSP } },
});
