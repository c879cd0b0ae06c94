import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/workbench-test.ts';
import { articleFileTitled, claimWithText, createArticle, radio, selectClaim } from '../support/article-page.ts';

const ARTICLE = `Harbour dredging goes over budget
The port said the work would cost a third more

The port authority said on Tuesday that dredging would cost 40 million.
A contractor who asked not to be named said the figure was already out of date.`;
const TITLE = 'Harbour dredging';



/** Another program (a colleague's sync client) makes its version of the article; the returned function writes it. */
async function changeOutside(dataDir: string, change: (file: Record<string, any>) => void): Promise<() => Promise<void>> {
  const file = (await articleFileTitled(dataDir, TITLE)) as Record<string, any>;
  change(file);
  return () => writeFile(join(dataDir, `${file.id}.json`), JSON.stringify(file, null, 2));
}

test('a change made outside shows at once when nothing is being saved', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  await (await changeOutside(workbench.dataDir, (file) => (file.claims[2].note = 'Checked by the desk')))();
  await expect(page.getByRole('alert').filter({ hasText: 'was changed outside Claimbench; this is the version now on disk' })).toBeVisible();
  await selectClaim(claimWithText(page, 'The port authority said'));
  await expect(claimWithText(page, 'The port authority said').getByRole('textbox', { name: 'Note' })).toHaveValue('Checked by the desk');
});

/**
 * The analyst types a note on a new article ("Mine: " and then `rest`); another program writes its file in the middle
 * of it, while the first words are still a draft: the page's clock stands still meanwhile, so however slow the machine,
 * the field does not send them before the other program writes. The app sees the change before the analyst goes on.
 */
async function typeNoteWhile(page: Page, prepare: () => Promise<() => Promise<void>>, rest: string): Promise<void> {
  await createArticle(page, TITLE, ARTICLE);
  const outside = await prepare();
  const claim = claimWithText(page, 'The port authority said');
  await selectClaim(claim);
  const note = claim.getByRole('textbox', { name: 'Note' });
  await note.click();
  await page.clock.install();
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await note.pressSequentially('Mine: ', { delay: 60 });
  await outside();
  await expect(page.getByRole('alert').filter({ hasText: 'changed outside Claimbench while you were editing' })).toBeVisible();
  await note.pressSequentially(rest, { delay: 60 });
  await page.clock.resume();
}

test('a change made outside while the analyst types: keep mine as a copy, and both versions stay', async ({ workbench }) => {
  const page = await workbench.start();
  // Still typing: the note is a draft when the change arrives.
  await typeNoteWhile(page, () => changeOutside(workbench.dataDir, (file) => (file.claims[3].note = 'Theirs')), 'figure from the annual report');
  const banner = page.getByRole('alert').filter({ hasText: 'changed outside Claimbench while you were editing' });
  await expect(banner).toBeVisible();
  // Until the analyst chooses, they see their whole note, and the status does not claim it is on disk.
  await page.keyboard.press('Escape');
  await expect(claimWithText(page, 'The port authority said').getByRole('textbox', { name: 'Note' })).toHaveValue('Mine: figure from the annual report');
  await expect(page.getByRole('status')).toContainText('Not saved');
  await page.screenshot({ path: test.info().outputPath('outside-change.png') });
  await banner.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText(`${TITLE} (my copy)`);
  await expect.poll(async () => (await articleFileTitled(workbench.dataDir, `${TITLE} (my copy)`)).claims[2]!.note).toBe('Mine: figure from the annual report');
  // Nothing typed while the choice was open went into the other program's version.
  const original = await articleFileTitled(workbench.dataDir, TITLE);
  expect(original.claims[3]!.note).toBe('Theirs');
  expect(original.claims[2]!.note ?? '').toBe('');
  await expect(page.getByRole('status')).toHaveText('Saved');
});

test('a damaged file: restore the last good version from the app', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  const file = await articleFileTitled(workbench.dataDir, TITLE);
  const path = join(workbench.dataDir, `${file.id}.json`);
  await workbench.close();
  await writeFile(path, '{"format": "claimbench.annotations", "claims": [');
  const reopened = await workbench.start();
  await reopened.getByRole('list', { name: 'Articles' }).getByRole('button', { name: /Cannot be read/ }).click();
  await reopened.getByRole('button', { name: 'Restore the last good version' }).click();
  await expect(reopened.getByRole('region', { name: 'Article' })).toContainText('Harbour dredging goes over budget');
  expect(JSON.parse(await readFile(path, 'utf8')).article.title).toBe(TITLE);
});

/** Another program's damage to the article's file while the app runs; the returned function does it. */
async function damage(dataDir: string): Promise<() => Promise<void>> {
  const file = await articleFileTitled(dataDir, TITLE);
  return () => writeFile(join(dataDir, `${file.id}.json`), 'not json at all');
}

test('an article damaged while another is open opens as unreadable at once, never from what the app held', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  const articles = page.getByRole('list', { name: 'Articles' });
  await articles.getByRole('button', { name: /Audit accuses/ }).click();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Audit accuses');
  await (await damage(workbench.dataDir))();
  const damaged = articles.getByRole('button', { name: /Cannot be read/ });
  await expect(damaged).toBeVisible();
  await damaged.click();
  await expect(page.getByRole('alert').filter({ hasText: 'This article cannot be opened' })).toBeVisible();
  await expect(page.getByText('The port authority said on Tuesday')).toHaveCount(0);
  await expect(damaged).toBeVisible();
});

test('a note typed while the file is damaged is kept: the analyst goes on in their version, restores, then keeps theirs as a copy', async ({ workbench }) => {
  const page = await workbench.start();
  await typeNoteWhile(page, () => damage(workbench.dataDir), 'figure from the annual report');
  await page.keyboard.press('Escape');
  const damaged = page.getByRole('alert').filter({ hasText: 'damaged outside Claimbench while you were editing' });
  await expect(damaged).toContainText('cannot be read');
  // The article does not vanish under the analyst's hands: their whole note is there, and it is not called saved.
  const note = claimWithText(page, 'The port authority said').getByRole('textbox', { name: 'Note' });
  await expect(note).toHaveValue('Mine: figure from the annual report');
  await expect(page.getByRole('status')).toContainText('Not saved');
  await page.screenshot({ path: test.info().outputPath('damaged-while-editing.png') });
  await note.click();
  await note.press('End');
  await note.pressSequentially(', page 4');
  await page.keyboard.press('Escape');
  await damaged.getByRole('button', { name: 'Restore the last good version' }).click();
  const restored = page.locator('.notice.success').filter({ hasText: 'The last good version was restored' });
  await expect(restored).toBeVisible();
  // The file is good again, but the analyst's note is only held: the status says so until they choose.
  await expect(page.getByRole('status')).toContainText('held until you choose');
  await expect(note).toHaveValue('Mine: figure from the annual report, page 4');
  const banner = page.getByRole('alert').filter({ hasText: 'changed outside Claimbench while you were editing' });
  await banner.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText(`${TITLE} (my copy)`);
  await expect.poll(async () => (await articleFileTitled(workbench.dataDir, `${TITLE} (my copy)`)).claims[2]!.note).toBe('Mine: figure from the annual report, page 4');
  expect((await articleFileTitled(workbench.dataDir, TITLE)).claims[2]!.note ?? '').toBe('');
});

test('a refused save says so only while its article is shown', async ({ workbench }) => {
  const page = await workbench.start();
  await typeNoteWhile(page, () => damage(workbench.dataDir), 'a refused note');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status')).toContainText('Not saved');
  await page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: /Audit accuses/ }).click();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Audit accuses');
  await expect(page.getByRole('status')).toHaveText('Saved');
});

test('an older export of an article brought back in: a notice names the copy already there, and the two are told apart', async ({ workbench }) => {
  const olderExport = join(workbench.root, 'harbour-older.json');
  const page = await workbench.start({ filesToOpen: [olderExport] });
  await createArticle(page, TITLE, ARTICLE);
  const created = await articleFileTitled(workbench.dataDir, TITLE);
  await writeFile(olderExport, JSON.stringify({ ...created, updatedAt: '2026-11-01T08:00:00.000Z' }));
  // The workspace's file has moved on since that export.
  await selectClaim(claimWithText(page, 'A contractor who asked'));
  await radio(claimWithText(page, 'A contractor who asked'), 'Named source').check();
  await expect(page.getByRole('status')).toHaveText('Saved');

  await page.getByRole('button', { name: 'Open file…' }).click();
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(`“${TITLE}” (Test Analyst, changed`);
  await expect(notice).toContainText('is already in the workspace');
  await expect(notice).toContainText('added beside it as a copy');

  // Two lines of one title and analyst, told apart by when each was last changed.
  const entries = page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: new RegExp(`^${TITLE}`) });
  await expect(entries).toHaveCount(2);
  const names = await Promise.all((await entries.all()).map((entry) => entry.textContent()));
  expect(names[0]).toContain('changed');
  expect(names[0]).not.toBe(names[1]);
  await page.screenshot({ path: test.info().outputPath('copies-in-list.png') });

  await page.getByRole('button', { name: 'Team review…' }).click();
  const boxes = page.getByRole('dialog', { name: 'Team review' }).getByRole('checkbox');
  await expect(boxes).toHaveCount(2);
  const labels = await Promise.all((await boxes.all()).map((box) => box.evaluate((el) => el.closest('label')!.textContent)));
  expect(labels[0]).toContain('changed');
  expect(labels[0]).not.toBe(labels[1]);
});
