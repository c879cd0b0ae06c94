import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/workbench-test.ts';
import { articleFileTitled, articleFiles, claimsList, claimWithText, createArticle, dropFile, pasteInto, radio, selectClaim, selectInArticle } from '../support/article-page.ts';
import { FIELD_SAVE_DELAY_MS } from '../../renderer/hooks/useDebouncedField.ts';

const ARTICLE = `Ministry accused of hiding flood warnings
Leaked emails show officials knew of the risk in May

The regional ombudsman said on Friday that the ministry had ignored three flood warnings.
Emails seen by the ombudsman show the warnings reached the minister's office.
An official who asked not to be named said staff were told to delete them.
The river burst its banks on June 3.
Minister Carla Ruiz denied any wrongdoing.`;
const TITLE = 'Flood warnings';




test('opens on the built-in sample article with its claims listed', async ({ workbench }) => {
  const page = await workbench.start();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Lakeport Water Board');
  await expect(claimsList(page)).toHaveCount(14);
  const first = claimsList(page).first();
  await expect(first.getByRole('radiogroup', { name: 'Attribution' }).getByRole('radio')).toHaveCount(4);
  await expect(first.getByRole('radiogroup', { name: 'Confidence' }).getByRole('radio')).toHaveCount(3);
  for (const name of ['Named source', 'Unnamed source', 'Report image', 'No attribution']) {
    await expect(radio(first.getByRole('radiogroup', { name: 'Attribution' }), name)).toHaveCount(1);
  }
  for (const name of ['Low', 'Medium', 'High']) await expect(radio(first.getByRole('radiogroup', { name: 'Confidence' }), name)).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText('Saved');
});

test('paste an article, tag it with the mouse, restart and find everything', async ({ workbench }) => {
  let page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  await expect(claimsList(page)).toHaveCount(7);
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(2);

  const claim = claimWithText(page, 'The river burst its banks');
  await selectClaim(claim);
  await radio(claim, 'Named source').check();
  await radio(claim, 'High').check();
  await claim.getByRole('textbox', { name: 'Note' }).fill('Checked against the river authority log.');
  await radio(claim, 'Mostly accurate').check();
  await expect(page.getByRole('status')).toHaveText('Saved');

  // On disk within half a second, without pressing save.
  await expect
    .poll(async () => (await articleFileTitled(workbench.dataDir, TITLE)).claims.find((c) => c.text.startsWith('The river'))?.note, { timeout: 500 })
    .toBe('Checked against the river authority log.');
  const saved = (await articleFileTitled(workbench.dataDir, TITLE)).claims.find((c) => c.text.startsWith('The river'))!;
  expect(saved).toMatchObject({ attribution: { kind: 'named' }, confidence: 'high', status: 'tagged', verdict: 'Mostly accurate' });

  await workbench.close();
  page = await workbench.start();
  await page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: new RegExp(TITLE) }).click();
  const again = claimWithText(page, 'The river burst its banks');
  await selectClaim(again);
  await expect(radio(again, 'Named source')).toBeChecked();
  await expect(radio(again, 'High')).toBeChecked();
  await expect(again.getByRole('textbox', { name: 'Note' })).toHaveValue('Checked against the river authority log.');
});

test('tags from the keyboard, with undo and redo', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  const claims = claimsList(page);
  await expect(claims.nth(0)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(claims.nth(2)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('2');
  await page.keyboard.press('h');
  await expect(radio(claims.nth(2), 'Unnamed source')).toBeChecked();
  await expect(radio(claims.nth(2), 'High')).toBeChecked();
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await expect(claims.nth(1)).toContainText('Tagged');

  await page.keyboard.press('Control+z');
  await expect(claims.nth(1)).toContainText('Suggested');
  await page.keyboard.press('Control+z');
  await expect(radio(claims.nth(2), 'High')).not.toBeChecked();
  await page.keyboard.press('Control+Shift+z');
  await expect(radio(claims.nth(2), 'High')).toBeChecked();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await expect.poll(async () => (await articleFileTitled(workbench.dataDir, TITLE)).claims[2]!.confidence).toBe('high');

  // The shortcuts are shown in the UI, from the same table the keys use.
  await page.keyboard.press('?');
  const help = page.getByRole('complementary', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Unnamed source');
  await expect(help).toContainText('Ctrl+Z');
});

test('splits, merges, deletes and draws claims from the text', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  await selectClaim(claimWithText(page, 'The regional ombudsman'));
  await selectInArticle(page, 'that the ministry had ignored', { caret: true });
  await page.getByRole('button', { name: /Split at cursor/ }).click();
  await expect(claimsList(page)).toHaveCount(8);
  await expect(claimsList(page).nth(2)).toContainText('The regional ombudsman said on Friday');
  await expect(claimsList(page).nth(3)).toContainText('that the ministry had ignored three flood warnings.');

  await selectClaim(claimsList(page).nth(2));
  await page.keyboard.press('+');
  await expect(claimsList(page)).toHaveCount(7);
  await expect(claimsList(page).nth(2)).toContainText('The regional ombudsman said on Friday that the ministry');

  await selectClaim(claimWithText(page, 'The river burst'));
  await page.keyboard.press('Delete');
  await expect(claimsList(page)).toHaveCount(6);
  await expect(claimWithText(page, 'The river burst')).toHaveCount(0);

  await selectInArticle(page, 'staff were told to delete them');
  await page.keyboard.press('n');
  await expect(claimsList(page)).toHaveCount(7);
  await expect(claimsList(page).locator('.claim-text').filter({ hasText: /^staff were told to delete them$/ })).toHaveCount(1);

  // The source phrase, from a selection.
  await selectClaim(claimWithText(page, 'Minister Carla Ruiz'));
  await selectInArticle(page, 'Minister Carla Ruiz');
  await page.keyboard.press('s');
  await expect(claimWithText(page, 'Minister Carla Ruiz')).toContainText('Source: “Minister Carla Ruiz”');
  await expect(page.getByRole('status')).toHaveText('Saved');
  const file = await articleFileTitled(workbench.dataDir, TITLE);
  expect(file.claims.find((c) => c.text.startsWith('Minister'))!.attribution.source?.text).toBe('Minister Carla Ruiz');
});

test('filters claims by attribution, confidence and status with counts', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  const byKind = page.getByRole('combobox', { name: 'Filter by attribution' });
  await expect(byKind.getByRole('option', { name: 'Unnamed source (1)' })).toBeAttached();
  await byKind.selectOption('image');
  await expect(claimsList(page)).toHaveCount(0);
  // The headline's "Ministry accused of..." names no accuser: none, like the body's "was accused of".
  await byKind.selectOption('named');
  await expect(claimsList(page)).toHaveCount(4);
  await expect(page.getByText('Showing 4 of 7 claims')).toBeVisible();
  await byKind.selectOption('');

  await selectClaim(claimsList(page).nth(4));
  await radio(claimsList(page).nth(4), 'Low').check();
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('tagged');
  await expect(claimsList(page)).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('suggested');
  await expect(claimsList(page)).toHaveCount(6);
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('');
  await page.getByRole('combobox', { name: 'Filter by confidence' }).selectOption('low');
  await expect(claimsList(page)).toHaveCount(1);
  await expect(claimsList(page)).toContainText('An official who asked not to be named');
});

test('a file that cannot be read gets a clear error and is left untouched', async ({ workbench }) => {
  await workbench.start();
  await workbench.close();
  const broken = '{"format": "claimbench.annotations", "version": 1, "article": ';
  const path = join(workbench.dataDir, 'broken-file.json');
  await writeFile(path, broken);
  const page = await workbench.start();
  const entry = page.getByRole('list', { name: 'Articles' }).getByRole('listitem').filter({ hasText: 'broken-file.json' });
  await expect(entry).toContainText('Cannot be read');
  await entry.getByRole('button').click();
  const error = page.getByRole('alert').filter({ hasText: 'cannot be opened' });
  await expect(error).toContainText('not valid JSON');
  await expect(error).toContainText('left as it is');
  expect(await readFile(path, 'utf8')).toBe(broken);
});

test('opens a dropped Markdown file as a new article', async ({ workbench }) => {
  const page = await workbench.start();
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['# Port chief **denies** claims\n\nThe port chief said no ship broke the rules.\n'], 'port.md', { type: 'text/markdown' }));
    return transfer;
  });
  await page.locator('.app').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Port chief denies claims');
  await expect(claimsList(page)).toHaveCount(2);
  expect((await articleFiles(workbench.dataDir)).map((f) => f.article.origin)).toContain('port.md');

  const bad = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array([0, 1, 2])], 'photo.jpg'));
    return transfer;
  });
  await page.locator('.app').dispatchEvent('drop', { dataTransfer: bad });
  await expect(page.getByRole('alert')).toContainText('Cannot import photo.jpg');
});

test('shows why a claim was suggested, accepts the shown suggestions at once, and re-runs without touching tagged claims', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  const official = claimWithText(page, 'An official who asked not to be named');
  await selectClaim(official);
  await expect(official).toContainText('Suggested: Unnamed source');
  await expect(official).toContainText('asked not to be named');
  // The cue is underlined in the article.
  await expect(page.getByRole('region', { name: 'Article' }).locator('.cue')).toContainText(['who asked not to be named']);

  await selectClaim(claimWithText(page, 'The river burst'));
  await radio(claimWithText(page, 'The river burst'), 'Named source').check();
  await page.getByRole('combobox', { name: 'Filter by attribution' }).selectOption('named');
  await page.getByRole('button', { name: /Accept 4 shown suggestions/ }).click();
  await page.getByRole('combobox', { name: 'Filter by attribution' }).selectOption('');
  await expect(page.getByRole('combobox', { name: 'Filter by status' }).getByRole('option', { name: 'Tagged (5)' })).toBeAttached();

  await page.getByRole('button', { name: 'Re-run suggestions' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await selectClaim(claimWithText(page, 'The river burst'));
  await expect(radio(claimWithText(page, 'The river burst'), 'Named source')).toBeChecked();
  await expect(claimsList(page)).toHaveCount(7);
  const file = await articleFileTitled(workbench.dataDir, TITLE);
  expect(file.claims.filter((c) => c.status === 'tagged')).toHaveLength(5);
  expect(file.claims.find((c) => c.text.startsWith('The river'))!.attribution.kind).toBe('named');
});

test('the article list shows how much of each article is tagged', async ({ workbench }) => {
  const page = await workbench.start();
  const entry = page.getByRole('list', { name: 'Articles' }).getByRole('listitem').first();
  await expect(entry).toContainText('0/14 tagged');
  await selectClaim(claimsList(page).nth(1));
  await radio(claimsList(page).nth(1), 'Low').check();
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expect(entry).toContainText('2/14 tagged');
});

test('New article keeps pasted text when Escape closes it, and Ctrl+Enter creates the article', async ({ workbench }) => {
  const page = await workbench.start();
  const dialog = page.getByRole('dialog', { name: 'New article' });
  const text = dialog.getByRole('textbox', { name: 'Article text' });
  await page.getByRole('button', { name: 'New article' }).click();
  await dialog.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await text.fill(ARTICLE);
  await text.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'New article' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue(TITLE);
  await expect(text).toHaveValue(ARTICLE);
  await text.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(claimsList(page)).toHaveCount(7);
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText(TITLE);

  // Once the article is made, the next one starts from an empty dialog.
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(text).toHaveValue('');
});

test('a newly opened article starts at its first claim, not at the number selected in the one before', async ({ workbench }) => {
  const page = await workbench.start();
  const claims = claimsList(page);
  await expect(claims.nth(0)).toHaveAttribute('aria-current', 'true');
  for (let i = 0; i < 6; i++) await page.keyboard.press('j');
  await expect(claims.nth(6)).toHaveAttribute('aria-current', 'true');
  await createArticle(page, TITLE, ARTICLE);
  await expect(claims.nth(0)).toHaveAttribute('aria-current', 'true');

  // A colleague's file of the sample holds the sample's claim ids; it too opens at its first claim.
  await page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: /water board/ }).click();
  await selectClaim(claims.nth(9));
  const sample = (await articleFiles(workbench.dataDir)).find((f) => f.article.title.includes('water board'))!;
  await dropFile(page, 'Raj Mehta', { ...sample, analyst: 'Raj Mehta' });
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(3);
  await expect(claims.nth(0)).toHaveAttribute('aria-current', 'true');
});

test('a long article shows progress while its statements are found, and the window keeps answering', async ({ workbench }) => {
  const page = await workbench.start();
  const body = ARTICLE.split('\n').slice(3).join('\n');
  const paragraphs = Array.from({ length: 900 }, (_, i) => body.replace('June 3', `June ${(i % 28) + 1}`)).join('\n');
  const text = `Long report on flood warnings\n\n${paragraphs}`;
  expect(text.length).toBeGreaterThan(250_000);
  await page.getByRole('button', { name: 'New article' }).click();
  const dialog = page.getByRole('dialog', { name: 'New article' });
  await pasteInto(dialog.getByRole('textbox', { name: 'Article text' }), text);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('progressbar', { name: 'Finding statements' })).toBeVisible();
  await expect(page.getByText(`Showing 4501 of 4501 claims`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('progressbar')).toBeHidden();

  // Long lists stay quick to work in: keys move, tag and save.
  const current = claimsList(page).and(page.locator('[aria-current="true"]'));
  await expect(current).toContainText('Long report on flood warnings');
  for (let i = 0; i < 3; i++) await page.keyboard.press('j');
  await expect(current).toContainText('An official who asked not to be named');
  await page.keyboard.press('h');
  await expect(radio(current, 'High')).toBeChecked();
  // Deep in the list, the selected claim is scrolled into view.
  for (let i = 0; i < 30; i++) await page.keyboard.press('j');
  await expect(current).toBeInViewport();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.screenshot({ path: test.info().outputPath('long-article.png') });
});

test('clicking a sentence in the article selects its claim; after undoing a split the place is kept', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  await page.getByRole('region', { name: 'Article' }).getByText('The river burst its banks on June 3.').click();
  const current = claimsList(page).and(page.locator('[aria-current="true"]'));
  await expect(current).toContainText('The river burst its banks on June 3.');
  await selectInArticle(page, 'on June 3', { caret: true });
  await page.keyboard.press('/');
  await expect(claimsList(page)).toHaveCount(8);
  await page.keyboard.press('Control+z');
  await expect(claimsList(page)).toHaveCount(7);
  await expect(current).toContainText('The river burst its banks on June 3.');
});

test('a file changed outside Claimbench is not written over: the open article takes the change, and the next edit builds on it', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  const file = await articleFileTitled(workbench.dataDir, TITLE);
  const theirs = { ...file, claims: file.claims.map((c) => (c.text.startsWith('An official') ? { ...c, confidence: 'low' as const, status: 'tagged' as const } : c)) };
  const path = join(workbench.dataDir, `${file.id}.json`);
  await writeFile(path, JSON.stringify(theirs, null, 1));
  // The workspace is watched: with nothing of the analyst's pending, the article is read again at once.
  await expect(claimWithText(page, 'An official who asked')).toContainText('Low');
  await selectClaim(claimWithText(page, 'The river burst'));
  await radio(claimWithText(page, 'The river burst'), 'High').click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  const onDisk = await articleFileTitled(workbench.dataDir, TITLE);
  expect(onDisk.claims.find((c) => c.text.startsWith('An official'))).toMatchObject({ confidence: 'low', status: 'tagged' });
  expect(onDisk.claims.find((c) => c.text.startsWith('The river burst'))).toMatchObject({ confidence: 'high' });
});

test('a note being typed is not called saved until it is on disk', async ({ workbench }) => {
  const page = await workbench.start();
  // The page's clock stands still, so the pause before a note is sent lasts until the test moves it on.
  await page.clock.install();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const claim = claimsList(page).nth(2);
  await selectClaim(claim);
  await claim.getByRole('textbox', { name: 'Note' }).pressSequentially('Asked the auditor');
  await page.clock.runFor(FIELD_SAVE_DELAY_MS - 1);
  await expect(page.getByRole('status')).toHaveText('Saving…');
  expect((await articleFiles(workbench.dataDir))[0]!.claims[2]!.note).toBe('');
  await page.clock.runFor(1);
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect((await articleFiles(workbench.dataDir))[0]!.claims[2]!.note).toBe('Asked the auditor');
});

test('the other keys README lists: arrows, attribution and confidence, accept all, note and Escape, Ctrl+Y', async ({ workbench }) => {
  const page = await workbench.start();
  const claims = claimsList(page);
  // The first claim is selected once the article is open; keys pressed before that would start elsewhere.
  await expect(claims.nth(0)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(claims.nth(1)).toHaveAttribute('aria-current', 'true');
  const attribution = claims.nth(1).getByRole('radiogroup', { name: 'Attribution' });
  for (const [key, name] of [['3', 'Report image'], ['4', 'No attribution'], ['1', 'Named source']] as const) {
    await page.keyboard.press(key);
    await expect(radio(attribution, name)).toBeChecked();
  }
  await page.keyboard.press('l');
  await expect(radio(claims.nth(1), 'Low')).toBeChecked();
  await page.keyboard.press('m');
  await expect(radio(claims.nth(1), 'Medium')).toBeChecked();
  await page.keyboard.press('Control+z');
  await expect(radio(claims.nth(1), 'Low')).toBeChecked();
  await page.keyboard.press('Control+y');
  await expect(radio(claims.nth(1), 'Medium')).toBeChecked();

  // E goes to the note; Escape hands the keys back to the list, so J moves on.
  await page.keyboard.press('e');
  const note = claims.nth(1).getByRole('textbox', { name: 'Note' });
  await expect(note).toBeFocused();
  await page.keyboard.type('j and k stay in the note');
  await page.keyboard.press('Escape');
  await expect(note).not.toBeFocused();
  await expect(note).toHaveValue('j and k stay in the note');
  await page.keyboard.press('j');
  await expect(claims.nth(2)).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('Shift+A');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await expect.poll(async () => (await articleFiles(workbench.dataDir))[0]!.claims.filter((c) => c.status === 'suggested').length).toBe(0);
  const saved = (await articleFiles(workbench.dataDir))[0]!.claims[1]!;
  expect(saved).toMatchObject({ attribution: { kind: 'named' }, confidence: 'medium', note: 'j and k stay in the note', status: 'tagged' });
});
