/**
 * The preload: exposes exactly one object, `window.claimbench`, with the
 * contract's methods and a progress subscription. The renderer never sees
 * ipcRenderer itself. Bundled to CommonJS, as sandboxed preloads require.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createApiClient, type Envelope } from '../annotations/contract.ts';

const api = createApiClient(
  (channel, args) => ipcRenderer.invoke(channel, ...args) as Promise<Envelope>,
  (channel, listener) => {
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  },
);

contextBridge.exposeInMainWorld('claimbench', api);
