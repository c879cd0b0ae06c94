/**
 * The main process without Electron, for the end-to-end harness: the same
 * workspace, handlers and argument checks, reached through a Playwright binding
 * instead of IPC. Bundled beside main.mjs so the extraction worker resolves alike.
 */
export { openWorkspace } from './workspace.ts';
export { openDesk } from './desk.ts';
export { userSettingsPath } from '../annotations/node/settings-store.ts';
export { dispatch } from './ipc.ts';
export { printPdfWithChromium } from '../annotations/node/print-pdf-chromium.ts';
export const workerUrl = new URL('./extract-worker.mjs', import.meta.url);
