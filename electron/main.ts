/**
 * The Electron main process: one hardened window, the workspace handlers behind
 * IPC, native dialogs, and PDF printing. It is the only writer of annotation files.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { MENU_CHANNEL, PROGRESS_CHANNEL, WORKSPACE_CHANGED_CHANNEL, type Progress } from '../annotations/contract.ts';
import type { MenuCommand } from '../annotations/menu-commands.ts';
import { userSettingsPath } from '../annotations/node/settings-store.ts';
import type { PrintPdf } from '../annotations/exports/export-document.ts';
import { PDF_PAGE_OPTIONS } from '../annotations/exports/pdf-pages.ts';
import { OPENABLE_EXTENSIONS } from '../annotations/node/import-file.ts';
import { resolveDataDir } from './data-dir.ts';
import { registerIpcHandlers } from './ipc.ts';
import { APP_ORIGIN, APP_SCHEME, appFileFor, isAppPage, isWebAddress, WEB_PREFERENCES } from './security.ts';
import { openDesk } from './desk.ts';
import { menuTemplate } from './menu.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const appPageUrl = `${APP_ORIGIN}/index.html`;

// Served by our handler rather than from file://, which would give the page every file's origin.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

function serveApp(): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = appFileFor(request.url, rendererDir);
    if (!file) return new Response('not found', { status: 404 });
    return net.fetch(pathToFileURL(file).href);
  });
}

/** Links in an article open in the analyst's browser, web addresses only, and only once they say so. */
async function openInBrowser(url: string): Promise<void> {
  if (!isWebAddress(url)) return;
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  });
  if (response === 0) await shell.openExternal(url);
}

let mainWindow: BrowserWindow | null = null;

function hardenContents(contents: Electron.WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openInBrowser(url);
    return { action: 'deny' };
  });
}

const printPdf: PrintPdf = async (html) => {
  const printer = new BrowserWindow({
    show: false,
    webPreferences: { ...WEB_PREFERENCES, javascript: false },
  });
  try {
    await printer.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return await printer.webContents.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true, ...PDF_PAGE_OPTIONS });
  } finally {
    printer.destroy();
  }
};

const dataDir = resolveDataDir(process.argv, process.env, app.getPath('documents'));

function setMenu(recentWorkspaces: readonly string[]): void {
  const send = (command: MenuCommand) => mainWindow?.webContents.send(MENU_CHANNEL, command);
  const template = menuTemplate({ send, recentWorkspaces, development: !app.isPackaged });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as Electron.MenuItemConstructorOptions[]));
}

async function start(): Promise<void> {
  // The workbench needs no camera, notification, clipboard-read or other permission: asked or checked, the answer is no.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveApp();
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));

  const desk = await openDesk({
    dataDir,
    // Beside, not inside, the per-workspace userData folder set below: the analyst's settings span workspaces.
    userSettingsPath: userSettingsPath(process.env, app.getPath('appData')),
    chooseFolder: async () => {
      const result = await dialog.showOpenDialog(mainWindow!, { title: 'Open a workspace folder', properties: ['openDirectory', 'createDirectory'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    showItemInFolder: async (path) => {
      shell.showItemInFolder(path);
      return true;
    },
    // A worker thread cannot start from inside the asar archive; the packaged app
    // keeps the worker unpacked beside it (asarUnpack in electron-builder.yml).
    workerUrl: new URL(new URL('./extract-worker.mjs', import.meta.url).href.replace('/app.asar/', '/app.asar.unpacked/')),
    printPdf,
    emitProgress: (progress: Progress) => mainWindow?.webContents.send(PROGRESS_CHANNEL, progress),
    emitWorkspaceChanged: (change) => mainWindow?.webContents.send(WORKSPACE_CHANGED_CHANNEL, change),
    dialogs: {
      chooseFileToOpen: async () => {
        const result = await dialog.showOpenDialog(mainWindow!, {
          title: 'Open an article',
          properties: ['openFile'],
          filters: [{ name: 'Articles and annotation files', extensions: [...OPENABLE_EXTENSIONS] }],
        });
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseExportPath: async (suggestedName) => {
        const result = await dialog.showSaveDialog(mainWindow!, { title: 'Export', defaultPath: join(app.getPath('documents'), suggestedName) });
        return result.canceled ? null : (result.filePath ?? null);
      },
    },
  });
  const handlers = {
    ...desk,
    switchWorkspace: async (dir: string | null) => {
      const switched = await desk.switchWorkspace(dir);
      if (switched) setMenu(switched.user.recentWorkspaces);
      return switched;
    },
  };
  setMenu((await desk.getSettings()).user.recentWorkspaces);
  registerIpcHandlers(ipcMain, handlers, (url) => isAppPage(url, appPageUrl));

  mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Claimbench',
    show: false,
    webPreferences: { ...WEB_PREFERENCES, preload: join(here, 'preload.cjs') },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  await mainWindow.loadURL(appPageUrl);
}

// Two instances on one workspace would be two writers of the same files. The lock
// is taken per workspace (Electron keys it on the user-data folder), so separate
// workspaces, as the end-to-end tests use, may run side by side. Keyed on the real
// path: a symbolic link to the folder is the same workspace. The workspace lock
// (workspace-lock.ts) stands behind it for other hosts and the CLI.
mkdirSync(dataDir, { recursive: true });
const workspaceKey = createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16);
app.setPath('userData', join(app.getPath('userData'), 'workspaces', workspaceKey));
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('Claimbench could not start', (error as Error).message);
    app.quit();
  });
}
