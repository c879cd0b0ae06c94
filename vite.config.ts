import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/security.ts';

/** The page carries the same Content-Security-Policy in Electron and in the browser test host. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'claimbench-csp',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`),
  };
}

/** The renderer applies value edits only; extraction, and its 4 MB language model, stays in the main process. */
function withoutLanguageModel(): Plugin {
  const standIn = fileURLToPath(new URL('./renderer/nlp-unavailable.ts', import.meta.url));
  return {
    name: 'claimbench-without-language-model',
    enforce: 'pre',
    resolveId: (source, importer) => (source === './nlp.ts' && importer?.replaceAll('\\', '/').includes('/annotations/') ? standIn : null),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy(), withoutLanguageModel()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, target: 'chrome140' },
});
