/**
 * The layering the design keeps, read with TypeScript's own import scanner, so
 * side-effect imports, re-exports, dynamic import() and require() count too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a source text loads: static, side-effect, type-only, re-export, import() and require(). */
function specifiersIn(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** A relative specifier as a path from the repository root ("annotations/node/x.ts"); a package name as it is. */
function importsOf(file: string): string[] {
  return specifiersIn(readFileSync(file, 'utf8')).map((spec) => (spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)).split('\\').join('/') : spec));
}

function violations(files: string[], forbidden: RegExp): string[] {
  return files.flatMap((file) => importsOf(file).filter((spec) => forbidden.test(spec)).map((spec) => `${relative(root, file)} imports ${spec}`));
}

const UI_OR_SHELL = /^(electron|react|react-dom)(\/|$)|^(renderer|electron|host|cli)\//;
const NODE_ONLY = /^node:|^(lowdb|playwright-core|pdfjs-dist|linkedom|@mozilla\/readability)(\/|$)|^annotations\/node\//;

describe('the import scanner', () => {
  it('sees every way a module can be loaded, and nothing in comments or strings', () => {
    const text = [
      "import 'electron';",
      "export * from './y';",
      "export { d } from 'react-dom/client';",
      "import type { E } from 'lowdb';",
      "const a = await import('node:fs');",
      "const b = require('playwright-core');",
      "// import 'commented';",
      'const s = "not a module";',
    ].join('\n');
    expect(specifiersIn(text)).toEqual(['electron', './y', 'react-dom/client', 'lowdb', 'node:fs', 'playwright-core']);
  });
});

describe('annotations/ is the pure domain core', () => {
  const files = sources(join(root, 'annotations'));

  it('imports no Electron, React, renderer, main-process or CLI code anywhere', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(violations(files, UI_OR_SHELL)).toEqual([]);
  });

  it('keeps Node built-ins and Node-only libraries in annotations/node/', () => {
    const pure = files.filter((f) => !relative(root, f).startsWith(join('annotations', 'node')));
    expect(violations(pure, NODE_ONLY)).toEqual([]);
  });

  it('the suggestion rules in annotations/suggest/ import one another one way only, with no cycle', () => {
    const modules = sources(join(root, 'annotations/suggest')).map((f) => relative(root, f).split('\\').join('/'));
    expect(modules.length).toBeGreaterThan(5);
    const edges = new Map(modules.map((m) => [m, importsOf(join(root, m)).filter((spec) => modules.includes(spec))]));
    // Depth-first search; a module met again while still on the path closes a cycle.
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (m: string, path: string[]): void => {
      if (state.get(m) === 'done') return;
      if (state.get(m) === 'open') return void cycles.push([...path.slice(path.indexOf(m)), m].join(' -> '));
      state.set(m, 'open');
      for (const next of edges.get(m)!) visit(next, [...path, m]);
      state.set(m, 'done');
    };
    modules.forEach((m) => visit(m, []));
    expect(cycles).toEqual([]);
  });
});

describe('the main process and the renderer', () => {
  it('handlers.ts implements the contract without importing Electron', () => {
    expect(violations([join(root, 'electron/handlers.ts')], /^electron(\/|$)/)).toEqual([]);
  });

  it('the renderer loads no Electron, Node or Node-only core code', () => {
    expect(violations(sources(join(root, 'renderer')), /^electron(\/|$)|^node:|^annotations\/node\/|^(electron|host|cli)\//)).toEqual([]);
  });
});
