// npm start: the Electron app when its binary is present; otherwise the same
// app in Chromium (the browser host the end-to-end tests use), so a machine
// that cannot download Electron still shows the workbench.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { electronBinary } from './electron-binary.mjs';

const args = process.argv.slice(2);

/** Electron 45 downloads its binary on first use; try that once, quietly (it fails fast offline). */
function fetchElectron() {
  const installer = createRequire(import.meta.url).resolve('electron/install.js');
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 300_000 });
  return electronBinary();
}

const electron = electronBinary() ?? fetchElectron();
if (!electron) console.error('Claimbench: no Electron binary here; opening the workbench in Chromium instead (see README).');
const [command, commandArgs] = electron
  ? [electron, ['dist/electron/main.mjs', ...args]]
  : [process.execPath, ['--import', 'tsx', 'scripts/browser-app.ts', ...args]];
const child = spawn(command, commandArgs, { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
