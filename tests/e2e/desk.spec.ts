/**
 * The desk around the claims: menus and the command palette, settings and the
 * team's verdict scale, workspaces, the dense list and its legend, the one-key
 * loop, notices, themes, and accessibility (axe) on every screen and dialog.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/workbench-test.ts';
import { articleFiles, claimsList, claimWithText, createArticle, radio, selectClaim } from '../support/article-page.ts';



const current = (page: Page) => claimsList(page).and(page.locator('[aria-current="true"]'));
const notices = (page: Page) => page.getByRole('region', { name: 'Notifications' });

/** No axe violation on what the window shows now. */
async function expectAxeClean(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    what,
  ).toEqual([]);
}

test('first launch asks the analyst’s name, keeps it, and puts it in new files', async ({ workbench }) => {
  const page = await workbench.start({ firstLaunch: true, userSettingsPath: join(workbench.root, 'user.json') });
  const welcome = page.getByRole('dialog', { name: 'Welcome to Claimbench' });
  await expect(welcome).toBeVisible();
  await welcome.getByRole('button', { name: 'Save' }).click();
  await expect(welcome.getByRole('alert')).toHaveText('Type your name first.');
  await welcome.getByRole('textbox', { name: 'Your name' }).fill('Rosa Lind');
  await welcome.getByRole('button', { name: 'Save' }).click();
  await expect(welcome).toBeHidden();
  expect(JSON.parse(await readFile(join(workbench.root, 'user.json'), 'utf8'))).toMatchObject({ analyst: 'Rosa Lind' });

  await workbench.close();
  const again = await workbench.start({ userSettingsPath: join(workbench.root, 'user.json') });
  await expect(again.getByRole('dialog', { name: 'Welcome to Claimbench' })).toBeHidden();
  await again.getByRole('button', { name: 'New article' }).click();
  const dialog = again.getByRole('dialog', { name: 'New article' });
  await dialog.getByRole('textbox', { name: 'Article text' }).fill('Bridge safe, mayor says\nThe mayor said the bridge is safe.');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(again.getByRole('list', { name: 'Articles' })).toContainText('Rosa Lind');
  expect((await articleFiles(workbench.dataDir)).find((f) => f.article.title.startsWith('Bridge'))!.analyst).toBe('Rosa Lind');
});

test('the sample article, made before the name was asked, is the work of the analyst who annotates it', async ({ workbench }) => {
  const page = await workbench.start({ firstLaunch: true, userSettingsPath: join(workbench.root, 'user.json') });
  const welcome = page.getByRole('dialog', { name: 'Welcome to Claimbench' });
  await welcome.getByRole('textbox', { name: 'Your name' }).fill('Dana Whitfield');
  await welcome.getByRole('button', { name: 'Save' }).click();
  await expect(welcome).toBeHidden();
  const sample = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(sample).not.toContainText('Dana Whitfield');

  await selectClaim(claimsList(page).first());
  await radio(claimsList(page).first(), 'High').check();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await expect(sample).toContainText('Dana Whitfield');
  expect((await articleFiles(workbench.dataDir))[0]!.analyst).toBe('Dana Whitfield');
});

test('the command palette offers the menu’s commands: codebook, zoom and theme', async ({ workbench }) => {
  const page = await workbench.start();
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await palette.getByRole('searchbox', { name: 'Find a command' }).fill('codebook');
  await expect(palette.getByRole('list', { name: 'Commands' }).getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Enter');
  const codebook = page.getByRole('dialog', { name: 'Codebook' });
  await expect(codebook.getByRole('heading', { name: /Attribution/ })).toBeVisible();
  await expect(codebook).toContainText('Report image');
  await expect(codebook).toContainText('Unverifiable');
  await codebook.getByRole('button', { name: 'Close' }).click();

  await page.keyboard.press('Control+=');
  await expect.poll(() => page.evaluate(() => document.documentElement.style.zoom)).toBe('1.1');
  await page.keyboard.press('Control+0');
  await expect.poll(() => page.evaluate(() => document.documentElement.style.zoom)).toBe('1');

  await page.getByRole('button', { name: 'Commands' }).click();
  await palette.getByRole('button', { name: /Switch light \/ dark theme/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(JSON.parse(await readFile(join(workbench.root, 'user-settings.json'), 'utf8'))).toMatchObject({ theme: 'dark', zoom: 1 });
});

test('a key pressed the moment a dialog closes is not lost', async ({ workbench }) => {
  const page = await workbench.start();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  // Escape closes a native dialog at once and sends its close event a task later; the key comes in between.
  await page.evaluate(() => {
    document.querySelector<HTMLDialogElement>('dialog[open]')!.close();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'P', ctrlKey: true, shiftKey: true, bubbles: true }));
  });
  await expect(page.getByRole('dialog', { name: 'Commands' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden();
});

test('the team’s verdict scale: edited in Settings, with keys, refused when a key is taken, and used by ClaimReview', async ({ workbench }) => {
  const page = await workbench.start();
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('textbox', { name: 'Verdict 3 name' }).fill('Missing context');
  await settings.getByRole('textbox', { name: 'Verdict 3 key' }).fill('j');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByRole('alert')).toContainText('Key J already means next claim');
  await settings.getByRole('textbox', { name: 'Verdict 3 key' }).fill('c');
  await settings.getByRole('button', { name: 'Move verdict 3 up' }).click();
  await settings.getByRole('textbox', { name: 'Label for “unnamed”' }).fill('Anonymous source');
  // Unverifiable is no degree of truth: off the rating scale by default.
  await expect(settings.getByRole('checkbox', { name: 'Verdict 5 on the rating scale' })).not.toBeChecked();
  await expect(settings.getByRole('checkbox', { name: 'Verdict 4 on the rating scale' })).toBeChecked();
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();
  const onDisk = JSON.parse(await readFile(join(workbench.root, 'workspace', '.claimbench-settings.json'), 'utf8'));
  expect(onDisk.verdicts.slice(0, 3)).toEqual([
    { name: 'Accurate', key: 'a' },
    { name: 'Missing context', key: 'c' },
    { name: 'Mostly accurate', key: 'o' },
  ]);
  expect(onDisk.verdicts[4]).toEqual({ name: 'Unverifiable', key: 'u', rated: false });

  const claim = claimWithText(page, 'Mayor Ines Calder told reporters');
  await selectClaim(claim);
  await expect(claim.getByRole('radiogroup', { name: 'Verdict' }).getByRole('radio')).toHaveCount(5);
  await expect(claim.getByRole('radiogroup', { name: 'Attribution' })).toContainText('Anonymous source');
  await page.keyboard.press('c');
  await expect(radio(claim, 'Missing context')).toBeChecked();
  await expect(page.getByRole('status')).toHaveText('Saved');

  await page.getByRole('combobox', { name: 'Export format' }).selectOption({ label: 'ClaimReview (JSON-LD)' });
  await page.getByRole('button', { name: 'Export…' }).click();
  const path = await notices(page).locator('.notice-path').textContent();
  const reviews = JSON.parse(await readFile(path!, 'utf8'));
  expect(reviews).toHaveLength(1);
  expect(reviews[0].reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Missing context', ratingValue: 3, bestRating: 4, worstRating: 1 });
});

test('a ClaimReview export of an article without verdicts says so, as an error', async ({ workbench }) => {
  const page = await workbench.start();
  await page.getByRole('combobox', { name: 'Export format' }).selectOption({ label: 'ClaimReview (JSON-LD)' });
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('alert')).toContainText('has a verdict, so there is no ClaimReview to export');
});

test('an export notice says where the file is and offers Show in folder', async ({ workbench }) => {
  const page = await workbench.start();
  await page.getByRole('combobox', { name: 'Export format' }).selectOption({ label: 'Markdown report' });
  await page.getByRole('button', { name: 'Export…' }).click();
  const notice = notices(page).locator('.notice.success');
  await expect(notice).toContainText(`Exported to ${join(workbench.root, 'exports')}`);
  await notice.getByRole('button', { name: 'Show in folder' }).click();
  // The Chromium window has no file manager to open: it says where the file is instead.
  await expect(notices(page)).toContainText('This window cannot open a file manager. The file is at');
  await expect(notices(page)).toContainText('.md');
});

test('switches workspaces in the app and remembers the recent ones', async ({ workbench }) => {
  const page = await workbench.start({ foldersToOpen: [join(workbench.root, 'chosen')] });
  await page.getByRole('button', { name: 'Switch…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Open workspace' });
  await dialog.getByRole('textbox', { name: 'Folder' }).fill(join(workbench.root, 'second'));
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.workspace-name')).toHaveText(/second/);
  await expect(claimsList(page)).toHaveCount(14);

  await page.keyboard.press('Control+Shift+O');
  dialog = page.getByRole('dialog', { name: 'Open workspace' });
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(page.locator('.workspace-name')).toHaveText(/chosen/);

  await page.getByRole('button', { name: 'Switch…' }).click();
  const recent = page.getByRole('group', { name: 'Recent workspaces' }).getByRole('button');
  await expect(recent).toHaveText([join(workbench.root, 'second'), workbench.dataDir]);
  await recent.filter({ hasText: workbench.dataDir }).click();
  await expect(page.locator('.workspace-name')).toHaveText('Workspace: workspace');
});

test('one line per claim: at least 8 in view at 1400×900, a legend, and suggestions announced as suggestions', async ({ workbench }) => {
  const page = await workbench.start();
  const list = page.getByRole('list', { name: 'Claims' });
  const inView = await claimsList(page).evaluateAll((items, listBox) => {
    const box = (listBox as HTMLElement).getBoundingClientRect();
    return items.filter((item) => {
      const r = item.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    }).length;
  }, await list.elementHandle());
  expect(inView).toBeGreaterThanOrEqual(8);
  const folded = claimsList(page).nth(5);
  expect((await folded.boundingBox())!.height).toBeLessThan(36);
  await expect(folded.getByRole('radio')).toHaveCount(0);

  const legend = page.getByRole('group', { name: 'Legend' });
  for (const text of ['Named source', 'Unnamed source', 'Report image', 'No attribution', 'suggested', 'decided']) await expect(legend).toContainText(text);

  const selected = current(page);
  await expect(radio(selected, 'Named source')).toHaveAccessibleDescription(/Suggested by the rules, not yet decided/);
  await expect(folded).toContainText('(suggested, not decided)');
});

test('from 1024×768 up nothing scrolls sideways, in light and dark', async ({ workbench }) => {
  // Six starts of the workbench, one per size and scheme: about 50 s on a quiet two-core machine, over a minute on a busy one.
  test.setTimeout(180_000);
  for (const [width, height] of [[1024, 768], [1280, 800], [1400, 900]] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await workbench.start({ viewport: { width, height }, colorScheme, dataDir: join(workbench.root, `ws-${width}-${colorScheme}`) });
      await page.keyboard.press('j');
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width}×${height}`).toBe(0);
      await expect(page.getByRole('status')).toBeInViewport();
      await page.screenshot({ path: test.info().outputPath(`workbench-${width}x${height}-${colorScheme}.png`) });
      await workbench.close();
    }
  }
});

test('the one-key loop: Enter accepts and moves on, verdict keys, Delete with undo, undo brings the claim into view, n of N decided', async ({ workbench }) => {
  const page = await workbench.start();
  const decided = page.locator('.decided-count');
  await expect(decided).toHaveText(/0 of 14 decided/);
  // Keys act on the selected claim: wait until the first one is.
  await expect(current(page)).toContainText('Audit accuses');
  await page.keyboard.press('Enter');
  await expect(current(page)).toContainText('Inspectors say photographs');
  await page.keyboard.press('Enter');
  await page.keyboard.press('a');
  await expect(decided).toHaveText(/3 of 14 decided/);
  await expect(claimsList(page).nth(2)).toContainText('Accurate');

  await page.keyboard.press('Delete');
  await expect(claimsList(page)).toHaveCount(13);
  const toast = notices(page).locator('.notice').filter({ hasText: 'Claim 3 deleted.' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(claimsList(page)).toHaveCount(14);
  await expect(current(page)).toContainText('The Lakeport Water Board withheld');

  // Far down the list, then undo the verdict given near the top: the changed claim comes into view.
  for (let i = 0; i < 12; i++) await page.keyboard.press('j');
  await expect(current(page)).toContainText('Residents');
  await page.keyboard.press('Control+z');
  await expect(current(page)).toContainText('The Lakeport Water Board withheld');
  await expect(current(page)).toBeInViewport();
  await expect(decided).toHaveText(/2 of 14 decided/);
  await page.keyboard.press('j');
  await page.keyboard.press('Control+Shift+z');
  await expect(current(page)).toContainText('The Lakeport Water Board withheld');
  await expect(decided).toHaveText(/3 of 14 decided/);
});

test('Ctrl+F searches the article and the claims', async ({ workbench }) => {
  const page = await workbench.start();
  await page.keyboard.press('Control+f');
  const search = page.getByRole('searchbox', { name: 'Search the article and the claims' });
  await expect(search).toBeFocused();
  await search.fill('audit');
  // "audit" is in six places of the article ("auditor's" included), in six claims.
  await expect(page.locator('.search-count')).toHaveText('6 in the article · 6 claims');
  await expect(claimsList(page)).toHaveCount(6);
  for (const claim of await claimsList(page).locator('.claim-text').allTextContents()) expect(claim.toLowerCase()).toContain('audit');
  expect(await page.evaluate(() => CSS.highlights.get('search-hit')?.size)).toBe(6);
  await search.press('Enter');
  expect(await page.evaluate(() => CSS.highlights.get('search-current')?.size)).toBe(1);
  await search.press('Escape');
  await expect(claimsList(page)).toHaveCount(14);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on any screen or dialog (${colorScheme})`, async ({ workbench }) => {
    test.setTimeout(180_000);
    const page = await workbench.start({ colorScheme, dataDir: join(workbench.root, `ws-${colorScheme}`), firstLaunch: true, userSettingsPath: join(workbench.root, `user-${colorScheme}.json`) });
    await expect(page.getByRole('dialog', { name: 'Welcome to Claimbench' })).toBeVisible();
    await expectAxeClean(page, `${colorScheme} welcome`);
    await page.getByRole('dialog', { name: 'Welcome to Claimbench' }).getByRole('button', { name: 'Later' }).click();
    await expectAxeClean(page, `${colorScheme} workbench`);
    await page.keyboard.press('?');
    await expectAxeClean(page, `${colorScheme} shortcuts`);
    await page.keyboard.press('?');
    for (const [open, name] of [
      ['New article', 'New article'],
      ['Settings', 'Settings'],
      ['Switch…', 'Open workspace'],
      ['Commands', 'Commands'],
      ['Team review…', 'Team review'],
      ['Correct text…', 'Correct the article'],
    ] as const) {
      await page.getByRole('button', { name: open, exact: true }).click();
      await expect(page.getByRole('dialog', { name })).toBeVisible();
      await expectAxeClean(page, `${colorScheme} ${name}`);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name })).toBeHidden();
    }
    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('dialog', { name: 'Commands' }).getByRole('button', { name: /Codebook/ }).click();
    await expectAxeClean(page, `${colorScheme} codebook`);
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Export format' }).selectOption({ label: 'ClaimReview (JSON-LD)' });
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await page.keyboard.press('Control+f');
    await page.keyboard.type('audit');
    await expectAxeClean(page, `${colorScheme} notices and search`);
  });
}

test('axe finds nothing on a team review’s record, light or dark', async ({ workbench }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await workbench.start({ colorScheme, dataDir: join(workbench.root, `review-${colorScheme}`) });
    const text = 'Bridge closed after inspection\nThe city engineer said the bridge would stay closed until May.\nOfficials who asked not to be named said repairs would cost millions.';
    await createArticle(page, 'Bridge', text);
    await createArticle(page, 'Bridge', text);
    await page.getByRole('button', { name: 'Team review…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Team review' });
    await dialog.getByRole('button', { name: 'Start review' }).click();
    await expect(page.getByRole('region', { name: 'Team review' })).toBeVisible();
    await expectAxeClean(page, `${colorScheme} review record`);
    await workbench.close();
  }
});
