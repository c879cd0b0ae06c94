/**
 * The renderer's security policy, kept apart from main.ts so tests can read it
 * and the browser test host can serve the page under the same policy.
 */

/** Nothing from the network; scripts and styles only from the app itself. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
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
  spellcheck: true,
} as const;

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
