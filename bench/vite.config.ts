import { defineConfig } from 'vite';

// The benchmark page: built beside the app and served by the browser host under
// /bench/ (same origin, so it shares the app's IndexedDB). Never shipped.
export default defineConfig({
  root: new URL('./page', import.meta.url).pathname,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: new URL('../out/bench', import.meta.url).pathname,
    emptyOutDir: true,
    target: 'chrome130',
  },
});
