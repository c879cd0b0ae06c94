/** The Electron layer, checked without an Electron binary. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelFor, type WorkbenchApi } from '../../annotations/contract.ts';
import { registerIpcHandlers, type IpcEventLike } from '../../electron/ipc.ts';
import { CONTENT_SECURITY_POLICY, isAppPage } from '../../electron/security.ts';

const root = join(import.meta.dirname, '../..');

const exposed = vi.hoisted(() => ({ worlds: [] as [string, unknown][], invoked: [] as [string, unknown[]][] }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.worlds.push([key, api]) },
  ipcRenderer: {
    invoke: async (channel: string, ...args: unknown[]) => {
      exposed.invoked.push([channel, args]);
      return { ok: true, value: 'reply' };
    },
    on: () => undefined,
    removeListener: () => undefined,
  },
}));

describe('preload', () => {
  it('exposes one object holding exactly the contract methods and the progress and menu subscriptions', async () => {
    await import('../../electron/preload.ts');
    expect(exposed.worlds.map(([key]) => key)).toEqual(['claimbench']);
    const api = exposed.worlds[0]![1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onProgress', 'onWorkspaceChanged', 'onMenuCommand'].sort());
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
  });

  it('sends each method on its contract channel and unwraps the reply', async () => {
    await import('../../electron/preload.ts');
    const api = exposed.worlds[0]![1] as WorkbenchApi;
    await expect(api.openArticle('abc')).resolves.toBe('reply');
    expect(exposed.invoked.at(-1)).toEqual([channelFor('openArticle'), ['abc']]);
  });
});

function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>();
  return { handlers, ipcMain: { handle: (channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<never>) => void handlers.set(channel, listener) } };
}

const appUrl = 'file:///opt/Claimbench/resources/app.asar/dist/renderer/index.html';
const stubApi = Object.fromEntries(API_METHODS.map((m) => [m, vi.fn(async () => `${m} ran`)])) as unknown as WorkbenchApi;

describe('main-process IPC', () => {
  it('registers a handler for every contract method, and no other', () => {
    const { handlers, ipcMain } = fakeIpcMain();
    registerIpcHandlers(ipcMain, stubApi, (url) => isAppPage(url, appUrl));
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map(channelFor).sort());
  });

  it('refuses calls from frames other than the app page', async () => {
    const { handlers, ipcMain } = fakeIpcMain();
    registerIpcHandlers(ipcMain, stubApi, (url) => isAppPage(url, appUrl));
    const list = handlers.get(channelFor('listArticles'))!;
    for (const url of ['https://evil.example/index.html', 'file:///tmp/other.html', '', 'about:blank']) {
      await expect(list({ senderFrame: { url } })).resolves.toMatchObject({ ok: false, error: expect.stringMatching(/unknown sender/) });
    }
    await expect(list({ senderFrame: null })).resolves.toMatchObject({ ok: false });
    await expect(list({ senderFrame: { url: appUrl } })).resolves.toEqual({ ok: true, value: 'listArticles ran' });
  });

  it('rejects malformed arguments before they reach a handler', async () => {
    const { handlers, ipcMain } = fakeIpcMain();
    registerIpcHandlers(ipcMain, stubApi, () => true);
    const open = handlers.get(channelFor('openArticle'))!;
    const reply = await open({ senderFrame: { url: appUrl } }, '../../etc/passwd');
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/Invalid request to openArticle/) });
    const edit = handlers.get(channelFor('edit'))!;
    expect(await edit({ senderFrame: { url: appUrl } }, 'abc', { type: 'formatDisk' })).toMatchObject({ ok: false });
    expect(stubApi.openArticle).not.toHaveBeenCalled();
    expect(stubApi.edit).not.toHaveBeenCalled();
  });
});

// The window's web preferences, navigation and new-window rules are checked on the
// running main process in electron-main.test.ts.
describe('window security', () => {
  it('has a Content-Security-Policy that loads nothing from elsewhere', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});

// Compiling electron-builder's large schema takes seconds on a loaded machine.
describe('electron-builder.yml', { timeout: 30_000 }, () => {
  it("validates against electron-builder's own JSON schema", () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
    const config = parseYaml(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    // The packaged binary's fuses: no plain-Node mode, the app only from its checked asar.
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true, enableNodeOptionsEnvironmentVariable: false });
  });

  it('catches a mistake in the configuration', () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ appId: 'x', linux: { target: 42 }, noSuchOption: true })).toBe(false);
  });
});
