/**
 * The workbench in Chromium instead of Electron: the built renderer, served
 * from disk under a made-up origin with every other request refused, and a
 * `window.claimbench` built by the contract's own client over a Playwright
 * binding to the real main-process handlers (the built browser-host bundle).
 * Used by the end-to-end tests and by `npm start` where Electron is missing.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'esbuild';
import { API_METHODS, channelFor, PROGRESS_CHANNEL, WORKSPACE_CHANGED_CHANNEL, type ApiMethod } from '../annotations/contract.ts';
import { replyEncoder } from './reply-encoding.ts';
import { CHROMIUM_FLAGS, chromiumPath } from '../annotations/node/print-pdf-chromium.ts';
import type * as BrowserHost from '../electron/browser-host.ts';

export const ROOT = resolve(import.meta.dirname, '..');
const RENDERER_DIR = join(ROOT, 'dist/renderer');
export const APP_ORIGIN = 'http://claimbench.test';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface ChromiumHostOptions {
  dataDir: string;
  exportDir: string;
  /** Paths the "open dialog" answers with, one per call; an empty queue means cancel. */
  filesToOpen?: (string | null)[];
  headless?: boolean;
  /** The analyst's settings file; defaults to CLAIMBENCH_USER_SETTINGS or the platform's config folder. */
  userSettingsPath?: string;
  /** Folders the "choose folder" dialog answers with, one per call; an empty queue means cancel. */
  foldersToOpen?: (string | null)[];
  /** Window size; a visible window (npm start) fills the screen instead. */
  viewport?: { width: number; height: number };
  /** The system theme the page sees (a test's choice; a visible window follows the desktop's). */
  colorScheme?: 'light' | 'dark';
  /** Told of uncaught errors and console errors from the page's first moment on. */
  onPageError?: (message: string) => void;
}

/** Tells `report` of a page's uncaught errors and console errors (a CSP violation is one). */
export function reportPageErrors(page: Pick<Page, 'on'>, report: (message: string) => void): void {
  page.on('pageerror', (error) => report(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') report(message.text());
  });
}

let bridgeScript: Promise<string> | null = null;
function bridge(): Promise<string> {
  bridgeScript ??= build({ entryPoints: [join(ROOT, 'host/browser-bridge.ts')], bundle: true, write: false, format: 'iife', target: 'chrome120' }).then(
    (result) => result.outputFiles[0]!.text,
  );
  return bridgeScript;
}

export interface ChromiumWindow {
  page: Page;
  /** Resolves when the window is closed, by the analyst or by close(). */
  closed: Promise<void>;
  close(): Promise<void>;
}

/**
 * A test gets a plain page of a set size. The analyst's window is an app window
 * (Chromium's --app mode: no tabs, no address bar, no back or reload buttons),
 * maximised to the screen, in a throwaway profile.
 */
async function openWindow({ headless = true, viewport, colorScheme }: ChromiumHostOptions): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  if (headless) {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless });
    const context = await browser.newContext({ viewport: viewport ?? { width: 1400, height: 900 }, ...(colorScheme ? { colorScheme } : {}) });
    return { context, page: await context.newPage(), close: () => browser.close() };
  }
  const profile = await mkdtemp(join(tmpdir(), 'claimbench-window-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS, '--app=data:text/html,', '--start-maximized'],
    headless: false,
    viewport: null,
  });
  const [page, ...others] = context.pages();
  // Playwright opens a blank tab of its own beside the app window; only the app window stays.
  await Promise.all(others.map((other) => other.close()));
  if (page) await fillScreen(context, page);
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  return { context, page: page ?? (await context.newPage()), close };
}

/** --start-maximized needs a window manager to act on it; the window is also set to the screen's size directly. */
async function fillScreen(context: BrowserContext, page: Page): Promise<void> {
  const [width, height] = await page.evaluate(() => [screen.availWidth, screen.availHeight]);
  const cdp = await context.newCDPSession(page);
  const { windowId } = await cdp.send('Browser.getWindowForTarget');
  await cdp.send('Browser.setWindowBounds', { windowId, bounds: { left: 0, top: 0, width, height } });
  await cdp.detach();
}

export async function openInChromium(options: ChromiumHostOptions): Promise<ChromiumWindow> {
  const { dataDir, exportDir, filesToOpen = [], foldersToOpen = [], onPageError } = options;
  const host = (await import(pathToFileURL(join(ROOT, 'dist/electron/browser-host.mjs')).href)) as typeof BrowserHost;
  await mkdir(exportDir, { recursive: true });
  const { context, page, close } = await openWindow(options);
  if (onPageError) reportPageErrors(page, onPageError);
  let emit: (payload: unknown, channel?: string) => void = () => undefined;
  const handlers = await host.openDesk({
    dataDir,
    userSettingsPath: options.userSettingsPath ?? host.userSettingsPath(),
    chooseFolder: async () => foldersToOpen.shift() ?? null,
    // No file manager to drive from here: the window says where the file is.
    showItemInFolder: async () => false,
    workerUrl: host.workerUrl,
    printPdf: host.printPdfWithChromium,
    emitProgress: (progress) => emit(progress),
    emitWorkspaceChanged: (change) => emit(change, WORKSPACE_CHANGED_CHANNEL),
    dialogs: {
      chooseFileToOpen: async () => filesToOpen.shift() ?? null,
      chooseExportPath: async (name) => join(exportDir, name),
    },
  });
  context.on('close', () => void handlers.release());
  emit = (payload, channel = PROGRESS_CHANNEL) =>
    void page
      .evaluate(([c, p]) => (window as unknown as { __claimbenchEmit(c: string, p: unknown): void }).__claimbenchEmit(c as string, p), [channel, payload] as const)
      .catch(() => undefined);
  const encodeReply = replyEncoder();
  // Replies cross as text (reply-encoding.ts): Playwright's own serialisation of a large object is slower still.
  await page.exposeBinding('__claimbenchInvoke', async (source, channel: string, args: unknown[]): Promise<string> => {
    // Only the app's own page may call, as the main process checks senders in Electron.
    if (!source.frame.url().startsWith(APP_ORIGIN + '/')) return JSON.stringify({ ok: false, error: 'Refused: unknown sender' });
    const method = API_METHODS.find((m) => channelFor(m) === channel) as ApiMethod | undefined;
    if (!method) return JSON.stringify({ ok: false, error: `Unknown channel ${channel}` });
    return encodeReply(await host.dispatch(handlers, method, args));
  });
  await page.addInitScript({ content: await bridge() });
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
  const closed = new Promise<void>((resolve) => context.on('close', () => resolve()));
  return { page, closed, close };
}
