/**
 * Bundles a child-process script with esbuild, once per test file, so each of
 * the many processes a crash test starts runs in a fraction of tsx's start-up time.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

export async function buildChild(entry: string): Promise<string> {
  const outfile = join(await mkdtemp(join(tmpdir(), 'claimbench-child-')), basename(entry).replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['electron', 'playwright-core', 'pdfjs-dist'],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url); const __filename = new URL(import.meta.url).pathname;",
    },
    logLevel: 'warning',
  });
  return outfile;
}
