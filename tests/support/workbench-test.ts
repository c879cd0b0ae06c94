/**
 * The Playwright `test` every end-to-end spec uses: a fresh folder per test and a
 * `workbench` fixture that launches the app on it. Whatever the spec launches is
 * closed at the end, and the test fails on any uncaught error or console error
 * (a CSP violation is one) of any window it opened.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { claimsList } from './article-page.ts';
import { launchWorkbench, type Workbench, type WorkbenchOptions } from './workbench.ts';

export interface WorkbenchSession {
  /** A fresh folder for this test; the workspace is `root/workspace`, exports go to `root/exports`. */
  readonly root: string;
  readonly dataDir: string;
  /** Launches the app (closing one already open) and waits for its first claim to be listed. */
  start(options?: Partial<WorkbenchOptions>): Promise<Page>;
  /** Closes the open window and fails on the errors it reported; a later `start` opens a new one. */
  close(): Promise<void>;
  /** The open window's host, for the few checks that differ between the browser and Electron. */
  readonly current: Workbench | undefined;
}

export const test = base.extend<{ workbench: WorkbenchSession }>({
  workbench: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'claimbench-e2e-'));
    let open: Workbench | undefined;
    const close = async () => {
      if (!open) return;
      const { errors } = open;
      await open.close();
      open = undefined;
      expect(errors).toEqual([]);
    };
    const dataDir = join(root, 'workspace');
    await use({
      root,
      dataDir,
      async start(options = {}) {
        await close();
        open = await launchWorkbench({ dataDir, exportDir: join(root, 'exports'), ...options });
        await expect(claimsList(open.page).first()).toBeVisible();
        return open.page;
      },
      close,
      get current() {
        return open;
      },
    });
    await close();
  },
});

export { expect };
