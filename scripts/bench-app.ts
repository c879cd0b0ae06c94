/**
 * The same measures in the app harness: the built renderer in Chromium with the
 * real main-process handlers behind it (host/chromium-host.ts). Keypress to
 * disk is from the key's event to the status reading "Saved" (which it does only
 * once the change is on disk); open is from the click in the article list to the
 * article and its claims drawn. Needs `npm run build` first.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { WorkspaceStore } from '../annotations/node/workspace-store.ts';
import { openInChromium } from '../host/chromium-host.ts';
import { median, percentile } from './bench-articles.ts';
import { articlesOf, CLAIM_COUNTS } from './bench-workspace.ts';

const PRESSES = 30;
const OPENS = 3;

export interface AppFigures {
  claims: number;
  keypressP50: number;
  keypressP95: number;
  openMs: number;
}

// The page functions are written as text: the TypeScript loader would wrap named functions in a helper the page lacks.

/** In the page: press a key and wait until the status says every change is on disk. */
function pressUntilSaved(page: Page, key: string): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const status = document.querySelector('[role="status"]');
    const start = performance.now();
    let saving = false;
    const observer = new MutationObserver(() => {
      if (status.textContent !== 'Saved') saving = true;
      else if (saving) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    // A key that changed nothing never saves: say so rather than wait for ever.
    setTimeout(() => reject(new Error('no save within 10 s of key ' + ${JSON.stringify(key)} + '; status: ' + status.textContent + '; selected: ' + (document.querySelector('[aria-current="true"]')?.textContent ?? 'none').slice(0, 80))), 10000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, bubbles: true }));
  })`) as Promise<number>;
}

/** In the page: click an article in the list and wait until its title and claims are drawn, and one frame more. */
function openByClick(page: Page, title: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const title = ${JSON.stringify(title)};
    const button = [...document.querySelectorAll('[aria-label="Articles"] button')].find((b) => b.textContent.includes(title));
    const start = performance.now();
    button.click();
    const check = () => {
      const shown = document.querySelector('.article-title')?.textContent === title && document.querySelector('[aria-label="Claims"] li') && document.querySelector('.article-text [data-claim]');
      if (shown) requestAnimationFrame(() => resolve(performance.now() - start));
      else requestAnimationFrame(check);
    };
    check();
  })`) as Promise<number>;
}

export async function benchApp(): Promise<AppFigures[]> {
  const dir = await mkdtemp(join(tmpdir(), 'claimbench-bench-app-'));
  const files = articlesOf(CLAIM_COUNTS);
  const store = new WorkspaceStore(join(dir, 'workspace'));
  await store.open();
  for (const file of files) await store.create(file);
  // An analyst who has given their name: on a first launch the welcome dialog holds every key.
  await writeFile(join(dir, 'user-settings.json'), JSON.stringify({ analyst: 'Bench' }));
  const { page, close } = await openInChromium({ dataDir: join(dir, 'workspace'), exportDir: join(dir, 'exports'), userSettingsPath: join(dir, 'user-settings.json') });
  try {
    await page.waitForSelector('[aria-label="Articles"] button');
    const opens = files.map((): number[] => []);
    for (let round = 0; round < OPENS; round++) {
      for (const [i, file] of files.entries()) opens[i]!.push(await openByClick(page, file.article.title));
    }
    const figures: AppFigures[] = [];
    for (const [i, file] of files.entries()) {
      await openByClick(page, file.article.title);
      // Each key changes the attribution (image, then none and image in turn): a key that set what is already set saves nothing.
      await pressUntilSaved(page, '3'); // warm-up
      const samples: number[] = [];
      for (let press = 0; press < PRESSES; press++) samples.push(await pressUntilSaved(page, press % 2 ? '3' : '4'));
      figures.push({ claims: file.claims.length, keypressP50: median(samples), keypressP95: percentile(samples, 0.95), openMs: median(opens[i]!) });
    }
    return figures;
  } finally {
    await close();
    await rm(dir, { recursive: true, force: true });
  }
}
