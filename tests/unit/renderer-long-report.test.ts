// @vitest-environment happy-dom
/**
 * The workbench at 11,000 claims, with the real main-process handlers behind
 * window.claimbench: only what is near the view is drawn, and selecting,
 * tagging and filtering work at that size. React's <Profiler> around the whole
 * app measures each interaction's slowest render, printed for the README's
 * table (a timing is a figure to read, not a pass mark, on a shared machine).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// React's production build, as the app ships, with its profiling entry so <Profiler> still reports:
// the development build's checks made renders 2 to 10 times slower. Set before React is first loaded.
vi.hoisted(() => {
  process.env.NODE_ENV = 'production';
});
const React = await import('react');
const { createElement, Profiler } = React;
const { createRoot } = await import('react-dom/profiling');
type Root = ReturnType<typeof createRoot>;
import { createApiClient } from '../../annotations/contract.ts';
import { createAnnotationFile } from '../../annotations/document.ts';
import type { AnnotationFile } from '../../annotations/model.ts';
import { WorkspaceStore } from '../../annotations/node/workspace-store.ts';
import { dispatch } from '../../electron/ipc.ts';
import { openDesk } from '../../electron/desk.ts';
import { App } from '../../renderer/App.tsx';
import { BYTES_PER_CLAIM, generatedArticle, median } from '../../scripts/bench-articles.ts';

const REPEATS = 3;

let dir: string;
let root: Root;
let doc: AnnotationFile;
/** Render time of each commit since the last reset, as the profiler reports it. */
let commits: number[] = [];

// No act() in React's production build: the test waits for the page instead.
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const claimRows = () => document.querySelectorAll('[aria-label="Claims"] li');

async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !ready(); i++) await settle();
  if (!ready()) throw new Error('the workbench did not get there');
}

/** The slowest commit an interaction caused, once the status reads Saved and nothing more is drawn. */
async function slowestCommit(interact: () => void): Promise<number> {
  commits = [];
  interact();
  let drawn = -1;
  await until(() => {
    const quiet = commits.length > 0 && commits.length === drawn && document.querySelector('[role="status"]')?.textContent === 'Saved';
    drawn = commits.length;
    return quiet;
  });
  return Math.max(...commits);
}

const key = (k: string) => () => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

/** happy-dom lays nothing out: give every element a window's size, so the virtual lists have a view to fill. */
function layOutAsAWindow() {
  const rect = { x: 0, y: 0, top: 0, left: 0, width: 800, height: 900, right: 800, bottom: 900 };
  HTMLElement.prototype.getBoundingClientRect = () => ({ ...rect, toJSON: () => rect }) as DOMRect;
  for (const [name, value] of Object.entries({ offsetHeight: rect.height, offsetWidth: rect.width, clientHeight: rect.height, clientWidth: rect.width })) {
    Object.defineProperty(Element.prototype, name, { configurable: true, get: () => value });
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => value });
  }
}

beforeAll(async () => {
  layOutAsAWindow();
  dir = await mkdtemp(join(tmpdir(), 'claimbench-long-'));
  const store = new WorkspaceStore(dir);
  await store.open();
  doc = createAnnotationFile({ title: 'A long inquiry report', text: generatedArticle(11_000 * BYTES_PER_CLAIM) });
  await store.create(doc);
  // The whole contract, settings included, with the analyst's name already given (no first-launch question).
  await writeFile(join(dir, '..', `${basename(dir)}-user.json`), JSON.stringify({ analyst: 'Test Analyst' }));
  const handlers = await openDesk({
    dataDir: dir,
    userSettingsPath: join(dir, '..', `${basename(dir)}-user.json`),
    chooseFolder: async () => null,
    showItemInFolder: async () => false,
    dialogs: { chooseFileToOpen: async () => null, chooseExportPath: async () => null },
    printPdf: async () => new Uint8Array(),
    emitProgress: () => undefined,
  });
  // As over IPC: arguments parsed by the contract's schemas, replies copied.
  window.claimbench = createApiClient(async (channel, args) => structuredClone(await dispatch(handlers, channel.slice('claimbench:'.length) as never, args)), () => () => undefined);
  document.body.innerHTML = '<div id="root"></div>';
  root = createRoot(document.getElementById('root')!);
  root.render(createElement(Profiler, { id: 'app', onRender: (_id, _phase, actualDuration) => commits.push(actualDuration) }, createElement(App)));
  await until(() => document.querySelector('.article-title')?.textContent === doc.article.title && claimRows().length > 0);
}, 120_000);

afterAll(async () => {
  root.unmount();
  await rm(dir, { recursive: true, force: true });
});

describe('a report of 11,000 claims', () => {
  it('is drawn by React\'s production build, as the app ships', () => {
    // Only the development build has act().
    expect('act' in React && typeof React.act === 'function').toBe(false);
  });

  it('draws only the claims and paragraphs near the view', () => {
    expect(doc.claims.length).toBeGreaterThan(10_000);
    expect(claimRows().length).toBeLessThan(100);
    expect(document.querySelectorAll('.article-text [data-start]').length).toBeLessThan(2_000);
  });

  it('selects the next claim, tags it and filters the list, still drawing only rows near the view', async () => {
    const figures = { select: [] as number[], tag: [] as number[], filter: [] as number[] };
    const filter = () => document.querySelector<HTMLSelectElement>('select[aria-label="Filter by attribution"]')!;
    const choose = (value: string) => () => {
      const select = filter();
      // React tracks the value itself: set it through the prototype so the change event is seen as one.
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    for (let i = 0; i < REPEATS; i++) {
      figures.select.push(await slowestCommit(key('j')));
      figures.tag.push(await slowestCommit(key(i % 2 ? '1' : '3')));
      figures.filter.push(await slowestCommit(choose(i % 2 ? '' : 'image')));
    }
    const medians = { select: median(figures.select), tag: median(figures.tag), filter: median(figures.filter) };
    console.log('render ms at 11,000 claims (median of the slowest commit per interaction, React production build):', medians);
    // npm run bench runs this test and puts the figures in its table.
    if (process.env.CLAIMBENCH_RENDER_FIGURES) await writeFile(process.env.CLAIMBENCH_RENDER_FIGURES, JSON.stringify({ claims: doc.claims.length, ...medians }));
    // The last round tagged a claim as a report image and filtered to report images: the list shows a few, drawn near the view.
    const shown = /^Showing (\d+) of (\d+) claims$/.exec(document.querySelector('.claim-count')?.textContent ?? '');
    expect(Number(shown?.[1])).toBeGreaterThan(0);
    expect(Number(shown?.[1])).toBeLessThan(doc.claims.length);
    expect(Number(shown?.[2])).toBe(doc.claims.length);
    expect(claimRows().length).toBeLessThan(100);
  }, 120_000);
});
