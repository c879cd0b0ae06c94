/**
 * launchWorkbench: the app on a workspace folder, with a Playwright Page on its
 * window. By default the built renderer runs in Chromium with the real
 * main-process handlers behind the same API object the preload exposes
 * (host/chromium-host.ts). With WORKBENCH_HOST=electron and an Electron binary
 * present, the real app is launched through Playwright's `_electron` instead.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { _electron, type Page } from '@playwright/test';
import { openInChromium, reportPageErrors, ROOT } from '../../host/chromium-host.ts';
import { electronBinary } from '../../scripts/electron-binary.mjs';

export interface WorkbenchOptions {
  dataDir: string;
  /** Where the export "save dialog" puts files; defaults to DATA_DIR/../exports. */
  exportDir?: string;
  /** Paths the "open dialog" answers with, one per call; an empty queue means the analyst cancelled. */
  filesToOpen?: (string | null)[];
  /** Folders the "choose folder" dialog answers with (browser host only). */
  foldersToOpen?: (string | null)[];
  /** The analyst's settings file; by default a fresh one beside the workspace, with a name already given. */
  userSettingsPath?: string;
  /** Start as on a first launch: no analyst name yet, so the app asks for it. */
  firstLaunch?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

/** A settings file as an analyst who has given their name leaves it. */
async function userSettingsFor({ dataDir, userSettingsPath, firstLaunch }: WorkbenchOptions): Promise<string> {
  const path = userSettingsPath ?? join(dataDir, '..', 'user-settings.json');
  if (!userSettingsPath && !firstLaunch) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify({ analyst: 'Test Analyst' }));
  }
  return path;
}

export interface Workbench {
  page: Page;
  host: 'browser' | 'electron';
  /** Uncaught errors and console errors of the window (a CSP violation is one), for specs to assert none. */
  errors: string[];
  close(): Promise<void>;
}

export function launchWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  return process.env.WORKBENCH_HOST === 'electron' ? launchElectron(options) : launchBrowser(options);
}

async function launchBrowser(options: WorkbenchOptions): Promise<Workbench> {
  const { dataDir, exportDir, filesToOpen, foldersToOpen, viewport, colorScheme } = options;
  const errors: string[] = [];
  const { page, close } = await openInChromium({
    dataDir,
    userSettingsPath: await userSettingsFor(options),
    ...(foldersToOpen ? { foldersToOpen } : {}),
    ...(viewport ? { viewport } : {}),
    ...(colorScheme ? { colorScheme } : {}),
    exportDir: exportDir ?? join(dataDir, '..', 'exports'),
    onPageError: (message) => errors.push(message),
    ...(filesToOpen ? { filesToOpen } : {}),
  });
  return { page, host: 'browser', errors, close };
}

async function launchElectron(options: WorkbenchOptions): Promise<Workbench> {
  const { dataDir, exportDir, filesToOpen = [], colorScheme } = options;
  const executablePath = electronBinary();
  if (!executablePath) throw new Error('WORKBENCH_HOST=electron, but no Electron binary is installed (npx install-electron).');
  const exports = exportDir ?? join(dataDir, '..', 'exports');
  await mkdir(exports, { recursive: true });
  const app = await _electron.launch({
    executablePath,
    args: [join(ROOT, 'dist/electron/main.mjs'), '--data-dir', dataDir],
    env: { ...process.env, CLAIMBENCH_USER_SETTINGS: await userSettingsFor(options) } as Record<string, string>,
    ...(colorScheme ? { colorScheme } : {}),
  });
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
  if (options.viewport) await page.setViewportSize(options.viewport);
  const errors: string[] = [];
  reportPageErrors(page, (message) => errors.push(message));
  return { page, host: 'electron', errors, close: () => app.close() };
}
