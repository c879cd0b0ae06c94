/** The layering the design keeps: the domain core imports no Electron, React or DOM code. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('annotations/ is the pure domain core', () => {
  const files = sources(join(root, 'annotations'));

  it('imports no Electron, React or renderer code anywhere', () => {
    for (const file of files) {
      for (const spec of importsOf(file)) {
        expect(spec, relative(root, file)).not.toMatch(/^(electron|react|react-dom)(\/|$)|renderer\//);
      }
    }
  });

  it('keeps Node built-ins and Node-only libraries in annotations/node/', () => {
    for (const file of files.filter((f) => !f.includes(`${join('annotations', 'node')}`))) {
      for (const spec of importsOf(file)) {
        expect(spec, relative(root, file)).not.toMatch(/^node:|^(lowdb|playwright-core)(\/|$)|\/node\//);
      }
    }
  });

  it('the renderer reaches the main process only through window.claimbench', () => {
    for (const file of sources(join(root, 'renderer'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(root, file)).not.toMatch(/ipcRenderer|from ['"]electron['"]|from ['"]node:|annotations\/node\//);
    }
  });
});
