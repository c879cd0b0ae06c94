/**
 * electron/main.ts wired up against a stand-in for Electron's API: the window it
 * opens, the IPC it registers, and how it treats navigation, new windows,
 * permissions and foreign senders. The real binary runs the same code
 * (npm run test:electron where it is installed).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelFor, MENU_CHANNEL } from '../../annotations/contract.ts';
import type { MenuItemTemplate } from '../../electron/menu.ts';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const ipcHandlers = new Map<string, Listener>();
  const windows: { options: Record<string, unknown>; loaded?: string; send?: Listener }[] = [];
  const menus: { template: unknown[] }[] = [];
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  class BrowserWindow {
    webContents = { send: vi.fn(), printToPDF: vi.fn() };
    record: { options: Record<string, unknown>; loaded?: string; send?: Listener };
    constructor(options: Record<string, unknown>) {
      this.record = { options, send: this.webContents.send };
      windows.push(this.record);
    }
    once() {}
    show() {}
    focus() {}
    destroy() {}
    async loadFile(path: string) {
      this.record.loaded = path;
    }
    async loadURL(url: string) {
      this.record.loaded = url;
    }
  }
  let permissionHandler: Listener | null = null;
  return {
    appListeners,
    ipcHandlers,
    windows,
    menus,
    ready: () => ready(),
    permission: () => permissionHandler,
    module: {
      app: {
        requestSingleInstanceLock: () => true,
        on: (event: string, listener: Listener) => appListeners.set(event, listener),
        whenReady: () => whenReady,
        getPath: () => tmpdir(),
        setPath: vi.fn(),
        quit: vi.fn(),
        isPackaged: true,
      },
      Menu: {
        buildFromTemplate: (template: unknown[]) => ({ template }),
        setApplicationMenu: (menu: { template: unknown[] }) => menus.push(menu),
      },
      BrowserWindow,
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
      ipcMain: { handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener) },
      session: { defaultSession: { setPermissionRequestHandler: (handler: Listener) => (permissionHandler = handler) } },
      shell: { openExternal: vi.fn(), showItemInFolder: vi.fn() },
    },
  };
});

vi.mock('electron', () => electron.module);

async function startMain() {
  const root = mkdtempSync(join(tmpdir(), 'claimbench-main-'));
  process.env.CLAIMBENCH_DATA_DIR = join(root, 'workspace');
  process.env.CLAIMBENCH_USER_SETTINGS = join(root, 'user-settings.json');
  await import('../../electron/main.ts');
  electron.ready();
  await vi.waitFor(() => expect(electron.windows.some((w) => w.loaded?.endsWith('index.html'))).toBe(true));
}

describe('the Electron main process', () => {
  // main.ts starts once per process, as in Electron; the tests read what it set up.
  beforeAll(startMain);

  it('takes its single-instance lock per workspace', () => {
    expect(electron.module.app.setPath).toHaveBeenCalledWith('userData', expect.stringMatching(/workspaces[\\/][0-9a-f]{16}$/));
  });

  it('opens one window, sandboxed and isolated, with the preload and the built page', async () => {
    const main = electron.windows.find((w) => w.loaded?.endsWith('index.html'))!;
    expect(main.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect((main.options.webPreferences as { preload: string }).preload).toMatch(/preload\.cjs$/);
  });

  it('registers every contract channel, answers the app page and refuses other senders', async () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(API_METHODS.map(channelFor).sort());
    const list = electron.ipcHandlers.get(channelFor('listArticles'))!;
    const page = electron.windows.find((w) => w.loaded?.endsWith('index.html'))!.loaded!;
    const reply = (await list({ senderFrame: { url: pathToFileURL(page).href } })) as { ok: boolean; value: { title: string }[] };
    expect(reply.ok).toBe(true);
    expect(reply.value.map((a) => a.title)).toEqual(['Audit accuses city water board of hiding contamination data']);
    expect(await list({ senderFrame: { url: 'https://example.org/' } })).toMatchObject({ ok: false });
  });

  it('sets an application menu whose commands reach the window over the menu channel, without DevTools when packaged', () => {
    const template = electron.menus.at(-1)!.template as MenuItemTemplate[];
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const items = template.flatMap((m) => m.submenu ?? []);
    expect(items.map((i) => i.label).filter(Boolean)).toEqual(
      expect.arrayContaining(['New article…', 'Open…', 'Open workspace…', 'Recent workspaces', 'Export…', 'Undo', 'Redo', 'Find…', 'Zoom in', 'Zoom out', 'Actual size', 'Codebook', 'Keyboard shortcuts']),
    );
    expect(items.map((i) => i.role).filter(Boolean)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'togglefullscreen']));
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    const recent = items.find((i) => i.label === 'Recent workspaces')!.submenu!;
    expect(recent.map((i) => i.label)).toEqual([process.env.CLAIMBENCH_DATA_DIR]);

    const main = electron.windows.find((w) => w.loaded?.endsWith('index.html'))!;
    items.find((i) => i.label === 'Find…')!.click!();
    expect(main.send).toHaveBeenCalledWith(MENU_CHANNEL, { command: 'find' });
  });

  it('denies navigation, redirects, webviews, new windows and permission requests', async () => {
    const created = electron.appListeners.get('web-contents-created')!;
    const on = new Map<string, Listener>();
    let openHandler: Listener = () => undefined;
    created({}, { on: (event: string, listener: Listener) => on.set(event, listener), setWindowOpenHandler: (handler: Listener) => (openHandler = handler) });
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      on.get(event)!({ preventDefault });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(openHandler({ url: 'https://news.example/story' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal).toHaveBeenCalledWith('https://news.example/story');
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal).toHaveBeenCalledTimes(1);
    const answer = vi.fn();
    electron.permission()!({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
  });
});
