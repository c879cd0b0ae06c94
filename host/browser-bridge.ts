/**
 * Runs in the test page before the app: builds `window.claimbench` with the
 * contract's own createApiClient, over a Playwright binding instead of IPC.
 */
import { createApiClient } from '../annotations/contract.ts';
import { decodeReply } from './document-replies.ts';

type Listener = (payload: unknown) => void;

interface BridgeWindow {
  __claimbenchInvoke(channel: string, args: unknown[]): Promise<string>;
  __claimbenchEmit(channel: string, payload: unknown): void;
  claimbench: unknown;
}

const bridge = window as unknown as BridgeWindow;
const listeners = new Map<string, Set<Listener>>();

bridge.__claimbenchEmit = (channel, payload) => listeners.get(channel)?.forEach((listener) => listener(payload));
bridge.claimbench = Object.freeze(
  createApiClient(
    async (channel, args) => decodeReply(await bridge.__claimbenchInvoke(channel, args)),
    (channel, listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  ),
);
