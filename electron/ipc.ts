/**
 * Registers one IPC handler per contract method. Each call is checked twice
 * before it reaches a handler: the sender must be the app's own page, and the
 * arguments must parse with the contract's schemas. Takes ipcMain as a
 * parameter so the checks run under test without Electron.
 */
import { API_METHODS, channelFor, type Envelope, type WorkbenchApi } from '../annotations/contract.ts';
import { API_ARGUMENTS } from '../annotations/contract-schemas.ts';
import { ZodError } from 'zod';
import { describeZodError } from '../annotations/model.ts';

export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<Envelope>): void;
}

/** Whether a frame URL is the app's own page; everything else is refused. */
export type SenderCheck = (frameUrl: string) => boolean;

export async function dispatch(handlers: WorkbenchApi, method: keyof WorkbenchApi, args: unknown[]): Promise<Envelope> {
  const parsed = API_ARGUMENTS[method].safeParse(args);
  if (!parsed.success) return { ok: false, error: `Invalid request to ${method}: ${describeZodError(parsed.error)}` };
  try {
    const call = handlers[method] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await call(...parsed.data) };
  } catch (error) {
    // A schema failure deep in a handler reads as a sentence, not as zod's JSON dump.
    if (error instanceof ZodError) return { ok: false, error: `The ${method} request was refused: ${describeZodError(error)}` };
    return { ok: false, error: (error as Error).message || String(error) };
  }
}

export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: WorkbenchApi, isTrustedSender: SenderCheck): void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelFor(method), async (event, ...args) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) return { ok: false, error: `Refused ${method} from an unknown sender (${url || 'no frame'}).` };
      return dispatch(handlers, method, args);
    });
  }
}
