// Bundles the main process, preload, extraction worker, browser test host and CLI with esbuild.
import { build } from 'esbuild';

const nodeEsm = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // pdf.js loads its worker module at run time, so it stays a package of its own.
  external: ['electron', 'playwright-core', 'pdfjs-dist'],
  outExtension: { '.js': '.mjs' },
  // Bundled CommonJS dependencies still call require() for Node's built-ins, and
  // write-file-atomic names its temporary files from __filename.
  banner: {
    js:
      "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" +
      " const __filename = new URL(import.meta.url).pathname;",
  },
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...nodeEsm,
    entryPoints: {
      main: 'electron/main.ts',
      'extract-worker': 'annotations/node/extract-worker.ts',
      'review-worker': 'annotations/node/review-worker.ts',
      'browser-host': 'electron/browser-host.ts',
    },
    outdir: 'dist/electron',
  }),
  build({ ...nodeEsm, entryPoints: { claimbench: 'cli/claimbench.ts' }, outdir: 'dist/cli' }),
  build({
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'chrome140',
    sourcemap: true,
    external: ['electron'],
    entryPoints: { preload: 'electron/preload.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    logLevel: 'warning',
  }),
]);
