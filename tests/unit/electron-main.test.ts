/**
 * electron/main.ts wired up against a stand-in for Electron's API: the window it
 * opens, the IPC it registers, and how it treats navigation, new windows,
 * permissions and foreign senders. The real binary runs the same code
 * (npm run test:electron where it is installed).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  let permissionCheck: Listener | null = null;
  let appProtocol: Listener | null = null;
  return {
    appListeners,
    ipcHandlers,
    windows,
    menus,
    ready: () => ready(),
    permission: () => permissionHandler,
    permissionCheck: () => permissionCheck,
    appProtocol: () => appProtocol,
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
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
      ipcMain: { handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener) },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: Listener) => (permissionHandler = handler),
          setPermissionCheckHandler: (handler: Listener) => (permissionCheck = handler),
        },
      },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: (_scheme: string, handler: Listener) => (appProtocol = handler) },
      net: { fetch: vi.fn(async (url: string) => new Response(url)) },
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

  it('answers a second instance by bringing its window forward', () => {
    expect(electron.appListeners.get('second-instance')).toBeTypeOf('function');
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
    expect(page).toBe('app://claimbench/index.html');
    const reply = (await list({ senderFrame: { url: page } })) as { ok: boolean; value: { title: string }[] };
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
    // The analyst is asked first (the stand-in answers "Open in browser").
    await vi.waitFor(() => expect(electron.module.shell.openExternal).toHaveBeenCalledWith('https://news.example/story'));
    expect(electron.module.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ detail: 'https://news.example/story' }));
    electron.module.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    openHandler({ url: 'https://news.example/declined' });
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(electron.module.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(electron.module.dialog.showMessageBox).toHaveBeenCalledTimes(2);
    const answer = vi.fn();
    electron.permission()!({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(electron.permissionCheck()!({}, 'clipboard-read')).toBe(false);
  });

  it('serves the page from app://, never a file outside the built renderer', async () => {
    const serve = electron.appProtocol()!;
    const fetched = (await serve({ url: 'app://claimbench/index.html' })) as Response;
    expect(await fetched.text()).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    // Dot segments either resolve inside the renderer folder or are refused.
    for (const url of ['app://claimbench/../../etc/passwd', 'app://claimbench/%2e%2e/%2e%2e/etc/passwd', 'app://claimbench/..%2f..%2fetc/passwd']) {
      const reply = (await serve({ url })) as Response;
      if (reply.status === 200) expect(await reply.text(), url).toMatch(/\/renderer\/etc\/passwd$/);
      else expect(reply.status, url).toBe(404);
    }
    for (const url of ['app://other/index.html', 'file:///etc/passwd', 'app://claimbench/%E0%A4%A']) {
      expect(((await serve({ url })) as Response).status, url).toBe(404);
    }
  });
});
