/**
 * The workbench in a Chromium window, for machines without the Electron binary.
 * Same renderer, same main-process handlers; the window closes the app.
 * Usage: npm start [-- --data-dir DIR]
 */
import { join } from 'node:path';
import { homedir } from 'node:os';
import { openInChromium } from '../host/chromium-host.ts';
import { resolveDataDir } from '../electron/data-dir.ts';

const dataDir = resolveDataDir(process.argv.slice(2), process.env, join(homedir(), 'Documents'));
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('Claimbench: no display to open a window on. On a headless machine, run it under Xvfb: xvfb-run -a npm start');
  process.exit(1);
}
const window = await openInChromium({ dataDir, exportDir: join(dataDir, 'exports'), headless: false });
console.error(`Claimbench is open on ${dataDir}. Close the window to quit.`);
window.page.on('close', () => void window.close());
await window.closed;
process.exit(0);
