/**
 * A whole team review session: three analysts' files of one article, a review
 * started with a merge rule, every dispute settled from the keyboard, a decision
 * undone and redone, and the review report exported and looked at.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/workbench-test.ts';
import type { AnnotationFile } from '../../annotations/model.ts';
import { articleFiles, articleFileTitled, claimsList, claimWithText, createArticle, dropFile, radio, selectClaim } from '../support/article-page.ts';
import { PORT_FEES } from '../support/fixtures.ts';

const { title: TITLE, text: ARTICLE } = PORT_FEES;

const notices = (page: Page) => page.getByRole('region', { name: 'Notifications' }).locator('.notice');

/** Starts a review of the named analysts' files under a rule, from the team review dialog. */
async function startReview(page: Page, names: readonly string[], rule: string) {
  await page.getByRole('button', { name: 'Team review…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Team review' });
  await expect(dialog.getByRole('checkbox')).toHaveCount(names.length + 1);
  for (const box of await dialog.getByRole('checkbox').all()) await box.uncheck();
  for (const name of names) await dialog.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
  await dialog.getByRole('radio', { name: rule }).check();
  await dialog.screenshot({ path: test.info().outputPath('review-dialog.png') });
  await dialog.getByRole('button', { name: 'Start review' }).click();
  await expect(dialog).toBeHidden();
}

test('three analysts, every dispute settled by keyboard, the review report exported', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  const start = await articleFileTitled(workbench.dataDir, TITLE);
  const index = (prefix: string) => start.claims.findIndex((c) => c.text.startsWith(prefix));
  const [official, invoices, tonnes] = [index('A port official'), index('Invoices seen'), index('The port handles')];

  // Each analyst decided every claim; they differ on the official's attribution and the invoices' confidence; Cy dropped the last sentence.
  const analyst = (name: string, n: number, change: (c: AnnotationFile['claims'][number], i: number) => AnnotationFile['claims'][number]): AnnotationFile => ({
    ...start,
    id: `${name.toLowerCase()}-file`,
    analyst: name,
    updatedAt: `2026-11-28T09:00:0${n}.000Z`,
    claims: start.claims.map((c, i) => change({ ...c, status: 'tagged', confidence: 'medium' }, i)).filter((c) => !(name === 'Cy' && c.text.startsWith('The port handles'))),
  });
  const kind = (c: AnnotationFile['claims'][number], k: 'named' | 'unnamed') => ({ ...c, attribution: { ...c.attribution, kind: k } });
  const ana = analyst('Ana', 1, (c, i) => (i === official ? kind(c, 'unnamed') : i === invoices ? { ...c, confidence: 'high' } : i === tonnes ? { ...c, note: 'Ana: port yearbook.' } : c));
  const ben = analyst('Ben', 2, (c, i) => (i === official ? kind(c, 'named') : i === invoices ? { ...c, confidence: 'high', note: 'Ben: saw two invoices.' } : c));
  const cy = analyst('Cy', 3, (c, i) => (i === official ? kind(c, 'unnamed') : i === invoices ? { ...c, confidence: 'low' } : c));
  for (const [name, file] of [['Ana', ana], ['Ben', ben], ['Cy', cy]] as const) await dropFile(page, name, file);

  await startReview(page, ['Ana', 'Ben', 'Cy'], 'all analysts give the same answer');

  const panel = page.getByRole('region', { name: 'Team review' });
  // Analysts are numbered in the order the workspace lists their files (the newest first); the number is a key, and reads as one.
  const head = panel.locator('.curation-head strong');
  await expect(head).toHaveText('Team review of Cy Shift+1, Ben Shift+2, Ana Shift+3');
  await expect(head.locator('kbd')).toHaveText(['Shift+1', 'Shift+2', 'Shift+3']);
  await expect(panel).toContainText('confidence (ordinal) α');
  await expect(panel).toContainText('Decided: Cy 5, Ben 6, Ana 6');
  // Official (attribution), invoices (confidence) and the sentence Cy dropped are open.
  await expect(panel).toContainText('3 of 6 settled');

  // Look at the curation view: the disputed claim's answers side by side.
  await claimWithText(page, 'A port official').locator('.claim-text').click();
  const grid = page.getByRole('region', { name: /Answers for claim/ });
  await expect(grid.getByRole('row', { name: /Attribution/ })).toContainText('Unnamed source');
  await expect(grid.getByRole('row', { name: /Attribution/ })).toContainText('Named source');
  await expect(grid.getByRole('row', { name: /Attribution/ })).toContainText('Open');
  await page.screenshot({ path: test.info().outputPath('curation-view.png'), fullPage: true });

  // Only claims with an open field; from here on, only the keyboard.
  await panel.getByRole('combobox', { name: 'Filter by open field' }).selectOption('any');
  await expect(claimsList(page)).toHaveCount(3);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await expect(panel).toContainText('7 fields open');
  await page.keyboard.press('Shift+G'); // accept everything agreed: Ana and Ben on the sentence Cy dropped
  await expect(panel).toContainText('4 of 6 settled');
  await expect(panel).toContainText('2 fields open');
  await expect(notices(page).filter({ hasText: 'Accepted 5 agreed fields on 1 claim' })).toBeVisible();
  await expect(claimsList(page)).toHaveCount(2);

  await page.keyboard.press('Shift+O');
  await expect(grid).toBeVisible();
  const selectedText = async () => (await page.locator('.claim-item[aria-current="true"] .claim-text').textContent()) ?? '';
  for (let step = 0; step < 2; step++) {
    const text = await selectedText();
    // The official: take Ana's whole claim (Shift+3); the invoices: Cy's confidence for the open field (Alt+1).
    await page.keyboard.press(text.startsWith('A port official') ? 'Shift+Digit3' : 'Alt+Digit1');
    await expect(panel).toContainText(`${5 + step} of 6 settled`);
    if (step === 0) await page.keyboard.press('Shift+O');
  }
  await expect(panel).toContainText('6 of 6 settled');
  await expect(claimsList(page)).toHaveCount(0);

  // Every decision can be taken back and given again.
  await page.keyboard.press('Control+z');
  await expect(panel).toContainText('5 of 6 settled');
  await page.keyboard.press('Control+Shift+z');
  await expect(panel).toContainText('6 of 6 settled');
  await expect(page.getByRole('status')).toHaveText('Saved');

  const record = await articleFileTitled(workbench.dataDir, `Review: ${TITLE}`);
  expect(record.claims.every((c) => c.status === 'reviewed')).toBe(true);
  const byText = (prefix: string) => record.claims.find((c) => c.text.startsWith(prefix))!;
  expect(byText('A port official').attribution.kind).toBe('unnamed');
  expect(byText('Invoices seen').confidence).toBe('low');
  expect(byText('Invoices seen').note).toContain('Ben: Ben: saw two invoices.');
  expect(byText('The port handles').note).toBe('Ana: Ana: port yearbook.');
  const items = record.review!.items!;
  const decision = items.find((i) => i.claimId === byText('Invoices seen').id)!.decisions.find((d) => d.field === 'confidence')!;
  expect(decision).toMatchObject({ from: 0 });
  expect(decision.by).not.toBe('merge rule');

  // The review report, from the curation view.
  await panel.getByRole('combobox', { name: 'Review report format' }).selectOption('html');
  await panel.getByRole('button', { name: 'Export review report…' }).click();
  await expect(page.getByRole('region', { name: 'Notifications' }).locator('.notice').filter({ hasText: 'Exported to' })).toBeVisible();
  const [name] = (await readdir(join(workbench.root, 'exports'))).filter((f) => f.endsWith('.review.html'));
  const path = join(workbench.root, 'exports', name!);
  const html = await readFile(path, 'utf8');
  expect(html).toContain('6 of 6 settled');
  expect(html).toContain(`<h1>Team review: ${TITLE}</h1>`);
  expect(html).toContain('Ben × Ana');
  expect(html).toMatch(/Disputes \(\d+\)/);
  const report = await page.context().newPage();
  const requests: string[] = [];
  report.on('request', (r) => requests.push(r.url()));
  await report.setContent(html);
  expect(requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank')).toEqual([]);
  await expect(report.getByRole('heading', { name: 'Agreement per field' })).toBeVisible();
  await report.screenshot({ path: test.info().outputPath('review-report.png'), fullPage: true });
  await report.close();
});

/** Two analysts' files of the port article: Dana gives a via on one claim where Raj gives none; Raj a verdict on another where Dana gives none. */
async function danaAndRaj(page: Page, dataDir: string) {
  await createArticle(page, TITLE, ARTICLE);
  const start = await articleFileTitled(dataDir, TITLE);
  const viaAt = ARTICLE.indexOf('by the association');
  const via = { start: viaAt, end: viaAt + 'by the association'.length, text: 'by the association' };
  const analyst = (name: string, n: number, change: (c: AnnotationFile['claims'][number]) => AnnotationFile['claims'][number]): AnnotationFile => ({
    ...start,
    id: `${name.toLowerCase()}-file`,
    analyst: name,
    updatedAt: `2026-11-28T09:00:0${n}.000Z`,
    claims: start.claims.map((c) => change({ ...c, status: 'tagged', confidence: 'medium' })),
  });
  const dana = analyst('Dana', 1, (c) => (c.text.startsWith('Invoices seen') ? { ...c, attribution: { ...c.attribution, kind: 'unnamed', via } } : c));
  const raj = analyst('Raj', 2, (c) =>
    c.text.startsWith('Invoices seen') ? { ...c, attribution: { ...c.attribution, kind: 'unnamed', via: null } } : c.text.startsWith('The port handles') ? { ...c, verdict: 'Mostly accurate' } : c,
  );
  for (const [name, file] of [['Dana', dana], ['Raj', raj]] as const) await dropFile(page, name, file);
  await startReview(page, ['Dana', 'Raj'], 'all analysts give the same answer');
}

test('accepting everything agreed settles no field the analysts answered differently, and says what it did', async ({ workbench }) => {
  const page = await workbench.start();
  await danaAndRaj(page, workbench.dataDir);
  const panel = page.getByRole('region', { name: 'Team review' });
  await expect(panel).toContainText('4 of 6 settled');
  await expect(panel).toContainText('2 fields open');

  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Shift+G');
  // Dana's via against Raj's none, and Raj's verdict against Dana's none, are disputes: nothing is agreed.
  await expect(notices(page).filter({ hasText: 'Nothing agreed to accept' })).toBeVisible();
  await expect(panel).toContainText('4 of 6 settled');
  await expect(panel).toContainText('2 fields open');
  await expect(page.getByRole('status')).toHaveText('Saved');
  const record = await articleFileTitled(workbench.dataDir, `Review: ${TITLE}`);
  const byText = (prefix: string) => record.claims.find((c) => c.text.startsWith(prefix))!;
  const itemOf = (prefix: string) => record.review!.items!.find((i) => i.claimId === byText(prefix).id)!;
  expect(byText('Invoices seen').attribution.via).toBeNull();
  expect(itemOf('Invoices seen').open).toEqual(['via']);
  expect(byText('The port handles').verdict).toBeNull();
  expect(itemOf('The port handles').open).toEqual(['verdict']);
});

test('in a review record, what can change nothing is not offered, and a no-op adds no undo step', async ({ workbench }) => {
  const page = await workbench.start();
  await danaAndRaj(page, workbench.dataDir);
  const panel = page.getByRole('region', { name: 'Team review' });
  // Claims are settled field by field here: accepting or re-running suggestions would decide nothing, or overrule the rule.
  for (const name of [/shown suggestion/, /strong/, /Re-run suggestions/]) {
    const button = page.getByRole('button', { name });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('title', /team review/);
  }

  await claimWithText(page, 'Invoices seen').locator('.claim-text').click();
  await page.keyboard.press('Shift+Digit1'); // the first analyst's whole claim
  await expect(panel).toContainText('5 of 6 settled');
  await expect(page.getByRole('status')).toHaveText('Saved');
  const decided = await articleFileTitled(workbench.dataDir, `Review: ${TITLE}`);

  await page.keyboard.press('Shift+G');
  await expect(notices(page).filter({ hasText: 'Nothing agreed to accept' })).toBeVisible();
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift+G');
  await expect(notices(page).filter({ hasText: 'Nothing agreed to accept' })).toHaveCount(2);
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect((await articleFileTitled(workbench.dataDir, `Review: ${TITLE}`)).updatedAt).toBe(decided.updatedAt);

  // One undo takes back the decision itself.
  await page.keyboard.press('Control+z');
  await expect(panel).toContainText('4 of 6 settled');
});

test('a corrected file and its colleagues’ files of the earlier text are one article to review, on the corrected text', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  const start = await articleFileTitled(workbench.dataDir, TITLE);
  const colleague = (name: string, n: number): AnnotationFile => ({
    ...start,
    id: `${name.toLowerCase()}-file`,
    analyst: name,
    updatedAt: `2026-11-28T09:00:0${n}.000Z`,
    claims: start.claims.map((c) => ({ ...c, status: 'tagged', confidence: 'medium' })),
  });
  await dropFile(page, 'Dana', colleague('Dana', 1));
  await dropFile(page, 'Raj', colleague('Raj', 2));
  const articles = page.getByRole('list', { name: 'Articles' });

  // Dana corrects her copy: a figure changes and a sentence goes.
  await articles.getByRole('button', { name: /^Port fees Dana/ }).click();
  await page.getByRole('button', { name: 'Correct text…' }).click();
  const correct = page.getByRole('dialog', { name: 'Correct the article' });
  await correct.getByRole('textbox', { name: 'Article text' }).fill(ARTICLE.replace('4 million tonnes', '3 million tonnes').replace('Invoices seen by the association show the increase on every berth.\n', ''));
  await correct.getByRole('button', { name: 'Save correction' }).click();
  await expect(correct).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Saved');

  // Raj goes on working on the earlier text after her correction.
  await articles.getByRole('button', { name: /^Port fees Raj/ }).click();
  await selectClaim(claimWithText(page, 'The port handles'));
  await radio(claimWithText(page, 'The port handles'), 'No attribution').check();
  await expect(page.getByRole('status')).toHaveText('Saved');

  // From Raj's file the dialog lists Dana's corrected file and the earlier copy, told apart by their text.
  await page.getByRole('button', { name: 'Team review…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Team review' });
  await expect(dialog.getByRole('checkbox')).toHaveCount(3);
  await expect(dialog.getByRole('checkbox', { name: /^Dana/ })).toHaveAccessibleName(/text corrected/);
  await expect(dialog.getByRole('checkbox', { name: /^Raj/ })).not.toHaveAccessibleName(/text corrected/);
  await dialog.getByRole('checkbox', { name: /^Test Analyst/ }).uncheck();
  await dialog.getByRole('button', { name: 'Start review' }).click();
  await expect(dialog).toBeHidden();

  // The record is on the corrected text, as `claimbench review` makes it.
  await expect(page.getByRole('region', { name: 'Team review' })).toContainText('Team review of');
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('3 million tonnes');
  const record = (await articleFiles(workbench.dataDir)).find((f) => f.review);
  expect(record?.article.text).toContain('3 million tonnes');
  expect(record?.article.text).not.toContain('Invoices seen');

  // And from Dana's corrected file, her colleagues' files of the earlier text are there to choose.
  await articles.getByRole('button', { name: /^Port fees Dana/ }).click();
  await page.getByRole('button', { name: 'Team review…' }).click();
  await expect(dialog.getByRole('checkbox')).toHaveCount(3);
  await expect(dialog).not.toContainText('holds no other file');
});
