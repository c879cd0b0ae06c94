/**
 * The renderer's security policy, kept apart from main.ts so tests can read it
 * and the browser test host can serve the page under the same policy.
 */
import { join } from 'node:path';

/** Nothing from the network; scripts and styles only from the app itself. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  // macOS checks spelling with its own dictionaries; on Windows and Linux Chromium
  // would download Hunspell dictionaries from Google, and the app promises to stay offline.
  spellcheck: process.platform === 'darwin',
} as const;

/** The app's pages are served under this origin by a protocol handler, not from file://. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://claimbench`;

/** The file under `root` an app:// URL names, or null for anything outside it or another origin. */
export function appFileFor(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== 'claimbench') return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname).replace(/^\/+/, '');
  } catch {
    return null;
  }
  if (relative.split(/[\\/]/).includes('..') || relative.includes('\0')) return null;
  return join(root, relative || 'index.html');
}

/** Web addresses only: links in an article may open in the browser, nothing else may. */
export function isWebAddress(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** The app's page is the built index.html, loaded from disk; nothing else may call the API. */
export function isAppPage(frameUrl: string, appPageUrl: string): boolean {
  try {
    const frame = new URL(frameUrl);
    const app = new URL(appPageUrl);
    return frame.protocol === app.protocol && frame.host === app.host && frame.pathname === app.pathname;
  } catch {
    return false;
  }
}
