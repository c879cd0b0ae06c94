/**
 * launchWorkbench: the app on a workspace folder, with a Playwright Page on its
 * window. By default the built renderer runs in Chromium and its
 * `window.claimbench` reaches the real main-process handlers (the built
 * browser-host bundle) through a Playwright binding. With WORKBENCH_HOST=electron
 * and an Electron binary present, the real app is launched through `_electron`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, _electron, type Page } from '@playwright/test';
import { API_METHODS, PROGRESS_CHANNEL, type ApiMethod } from '../../annotations/contract.ts';
import type * as BrowserHost from '../../electron/browser-host.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER_DIR = join(ROOT, 'dist/renderer');
const APP_ORIGIN = 'http://claimbench.test';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface WorkbenchOptions {
  dataDir: string;
  /** Where the export "save dialog" puts files; defaults to DATA_DIR/../exports. */
  exportDir?: string;
  /** Paths the "open dialog" answers with, one per call; null means the analyst cancelled. */
  filesToOpen?: (string | null)[];
}

export interface Workbench {
  page: Page;
  host: 'browser' | 'electron';
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

let bridgeScript: Promise<string> | null = null;
function bridge(): Promise<string> {
  bridgeScript ??= build({ entryPoints: [join(ROOT, 'tests/support/browser-bridge.ts')], bundle: true, write: false, format: 'iife', target: 'chrome120' }).then(
    (result) => result.outputFiles[0]!.text,
  );
  return bridgeScript;
}

export function launchWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  return process.env.WORKBENCH_HOST === 'electron' ? launchElectron(options) : launchBrowser(options);
}

async function launchBrowser({ dataDir, exportDir, filesToOpen = [] }: WorkbenchOptions): Promise<Workbench> {
  const host = (await import(pathToFileURL(join(ROOT, 'dist/electron/browser-host.mjs')).href)) as typeof BrowserHost;
  const exports = exportDir ?? join(dataDir, '..', 'exports');
  await mkdir(exports, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CLAIMBENCH_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  let emit: (payload: unknown) => void = () => undefined;
  const handlers = await host.openWorkspace({
    dataDir,
    workerUrl: host.workerUrl,
    printPdf: host.printPdfWithChromium,
    emitProgress: (progress) => emit(progress),
    dialogs: {
      chooseFileToOpen: async () => filesToOpen.shift() ?? null,
      chooseExportPath: async (name) => join(exports, name),
    },
  });
  emit = (payload) => void page.evaluate(([channel, p]) => (window as unknown as { __claimbenchEmit(c: string, p: unknown): void }).__claimbenchEmit(channel as string, p), [PROGRESS_CHANNEL, payload] as const).catch(() => undefined);
  await page.exposeBinding('__claimbenchInvoke', async (source, channel: string, args: unknown[]) => {
    // Only the app's own page may call, as the main process checks in Electron.
    if (!source.frame.url().startsWith(APP_ORIGIN + '/')) return { ok: false, error: 'Refused: unknown sender' };
    const method = API_METHODS.find((m) => `claimbench:${m}` === channel) as ApiMethod | undefined;
    if (!method) return { ok: false, error: `Unknown channel ${channel}` };
    return host.dispatch(handlers, method, args);
  });
  await page.addInitScript({ content: await bridge() });
  // The page is served from disk under a made-up origin; every other request fails, as offline.
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) return route.abort();
    const path = join(RENDERER_DIR, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname));
    if (!path.startsWith(RENDERER_DIR)) return route.abort();
    try {
      await route.fulfill({ body: await readFile(path), contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
  await page.goto(`${APP_ORIGIN}/index.html`);
  return { page, host: 'browser', close: () => browser.close() };
}

async function launchElectron({ dataDir, exportDir, filesToOpen = [] }: WorkbenchOptions): Promise<Workbench> {
  const exports = exportDir ?? join(dataDir, '..', 'exports');
  await mkdir(exports, { recursive: true });
  const app = await _electron.launch({ args: [join(ROOT, 'dist/electron/main.mjs'), '--data-dir', dataDir], env: { ...process.env } as Record<string, string> });
  // Native dialogs cannot be driven by a test; answer them as the browser host does.
  await app.evaluate(
    ({ dialog }, { exportsDir, opens }) => {
      const queue = [...opens];
      dialog.showSaveDialog = (async (...args: unknown[]) => {
        const options = args[args.length - 1] as { defaultPath?: string };
        const name = (options.defaultPath ?? 'export').split(/[\\/]/).pop();
        return { canceled: false, filePath: `${exportsDir}/${name}` };
      }) as typeof dialog.showSaveDialog;
      dialog.showOpenDialog = (async () => {
        const next = queue.shift() ?? null;
        return next ? { canceled: false, filePaths: [next] } : { canceled: true, filePaths: [] };
      }) as typeof dialog.showOpenDialog;
    },
    { exportsDir: exports, opens: filesToOpen },
  );
  const page = await app.firstWindow();
  return { page, host: 'electron', close: () => app.close() };
}
