import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../support/workbench-test.ts';
import Papa from 'papaparse';
import { articleFromPdf } from '../../annotations/node/import-pdf.ts';
import { articleFileTitled, claimsList, claimWithText, createArticle, radio, selectClaim } from '../support/article-page.ts';
import { PORT_FEES } from '../support/fixtures.ts';

const { title: TITLE, text: ARTICLE } = PORT_FEES;



async function exportAs(page: import('@playwright/test').Page, label: string): Promise<string> {
  await page.getByRole('combobox', { name: 'Export format' }).selectOption({ label });
  await page.getByRole('button', { name: 'Export…' }).click();
  const notice = page.getByRole('region', { name: 'Notifications' }).locator('.notice').filter({ hasText: 'Exported to' });
  // A PDF starts a Chromium to print: five seconds and more on a loaded two-core machine.
  await expect(notice).toBeVisible({ timeout: 30_000 });
  const path = (await notice.locator('.notice-path').textContent())!;
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  return path;
}

test('exports the annotated article as CSV, HTML and PDF reports with the verdicts set in the app', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  const claim = claimWithText(page, "The Harbour Users' Association said");
  await selectClaim(claim);
  await radio(claim, 'High').check();
  await radio(claim, 'Accurate').check();
  await expect(page.getByRole('status')).toHaveText('Saved');

  const csvPath = await exportAs(page, 'Spreadsheet (CSV)');
  const rows = Papa.parse<Record<string, string>>((await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(6);
  expect(rows[2]).toMatchObject({ attribution: 'named', confidence: 'high', verdict: 'Accurate', status: 'tagged' });

  const htmlPath = await exportAs(page, 'HTML report');
  const pdfPath = await exportAs(page, 'PDF report');
  expect((await readdir(join(workbench.root, 'exports'))).sort()).toEqual(['Port fees.csv', 'Port fees.html', 'Port fees.pdf']);

  // The report opens with no network at all, and shows every claim.
  const report = await page.context().newPage();
  const requests: string[] = [];
  report.on('request', (r) => requests.push(r.url()));
  await report.setContent(await readFile(htmlPath, 'utf8'));
  await expect(report.locator('table.claims tbody tr')).toHaveCount(6);
  await expect(report.getByRole('img', { name: 'Decided claims by attribution' })).toBeVisible();
  await expect(report.locator('.article mark')).toHaveCount(6);
  expect(requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank')).toEqual([]);
  await report.screenshot({ path: test.info().outputPath('html-report.png'), fullPage: true });

  const pdf = await articleFromPdf(new Uint8Array(await readFile(pdfPath)));
  expect(pdf!.text).toContain('Port authority accused of doubling fees in secret');
  expect(pdf!.text).toContain('Accurate');
});

test('corrects the article text: claims follow their words, and a claim whose words are gone is shown orphaned', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  await selectClaim(claimWithText(page, 'The port handles'));
  await radio(claimWithText(page, 'The port handles'), 'No attribution').check();
  await page.getByRole('button', { name: 'Correct text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Correct the article' });
  const textbox = dialog.getByRole('textbox', { name: 'Article text' });
  const corrected = ARTICLE.replace('fees had doubled', 'fees had more than doubled').replace('Invoices seen by the association show the increase on every berth.\n', '');
  await textbox.fill(corrected);
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Port fees (corrected)');
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('fees had more than doubled');
  await expect(claimWithText(page, 'fees had more than doubled since January')).toHaveCount(1);
  await expect(claimWithText(page, 'Invoices seen by the association')).toContainText('Orphaned');
  await selectClaim(claimWithText(page, 'The port handles'));
  await expect(radio(claimWithText(page, 'The port handles'), 'No attribution')).toBeChecked();
  await page.getByRole('checkbox', { name: /Orphaned only/ }).check();
  await expect(claimsList(page)).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText('Saved');
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText('Port fees (corrected)');
  const file = await articleFileTitled(workbench.dataDir, 'Port fees (corrected)');
  expect(file.article.text).toBe(corrected);
  expect(file.claims.filter((c) => c.orphaned).map((c) => c.text)).toEqual(['Invoices seen by the association show the increase on every berth.']);

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Invoices seen by the association');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('list', { name: 'Articles' })).not.toContainText('(corrected)');
  await expect.poll(async () => (await articleFileTitled(workbench.dataDir, TITLE)).article.text).toBe(ARTICLE);
});

test('opens a saved web page through the Open dialog', async ({ workbench }) => {
  const page = await workbench.start({ filesToOpen: [join(import.meta.dirname, '../fixtures/imports/saved-page.html')] });
  await page.getByRole('button', { name: 'Open file…' }).click();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('Harbour authority denies cover-up of oil spill');
  await expect(claimWithText(page, 'A harbour pilot')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Article' })).not.toContainText('Subscribe now');
  // A cancelled dialog changes nothing.
  await page.getByRole('button', { name: 'Open file…' }).click();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(2);
});

test('an exported JSON file opens again with nothing lost', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, TITLE, ARTICLE);
  const claim = claimWithText(page, 'A port official');
  await selectClaim(claim);
  await radio(claim, 'Medium').check();
  await radio(claim, 'Unverifiable').check();
  await claim.getByRole('textbox', { name: 'Note' }).fill('Board minutes not public.');
  await claim.getByRole('textbox', { name: 'Evidence (one item per line)' }).fill('Call to the port press office\nhttps://port.example/minutes');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await expect.poll(async () => (await articleFileTitled(workbench.dataDir, TITLE)).claims[4]!.evidence).toHaveLength(2);
  const jsonPath = await exportAs(page, 'Annotation file (JSON)');

  const otherWorkspace = join(workbench.root, 'colleague');
  const reopened = await workbench.start({ dataDir: otherWorkspace, filesToOpen: [jsonPath] });
  await reopened.getByRole('button', { name: 'Open file…' }).click();
  await expect(reopened.getByRole('region', { name: 'Article' })).toContainText('Port authority accused of doubling fees');
  const again = claimWithText(reopened, 'A port official');
  await selectClaim(again);
  await expect(radio(again, 'Medium')).toBeChecked();
  await expect(again.getByRole('textbox', { name: 'Note' })).toHaveValue('Board minutes not public.');
  const original = JSON.parse(await readFile(jsonPath, 'utf8'));
  expect(await articleFileTitled(otherWorkspace, TITLE)).toEqual(original);
});
