import { expect, test } from '../support/workbench-test.ts';
import { claimsList, claimWithText, createArticle, selectClaim } from '../support/article-page.ts';

// One hedge ("reportedly"): a weak suggestion; the rest rest on plain cues or none at all.
const ARTICLE = `Ministry hid flood warnings

The regional ombudsman said on Friday that the ministry had ignored three flood warnings.
The minister reportedly knew of the risk in May.
The river burst its banks on June 3.
Officials warned of more rain.`;



test('weak suggestions stand out, can be worked through first, and are left out of "Accept strong"', async ({ workbench }) => {
  const page = await workbench.start();
  await createArticle(page, 'Flood warnings', ARTICLE);
  await expect(claimsList(page)).toHaveCount(5);

  const hedged = claimWithText(page, 'The minister reportedly knew');
  await expect(hedged.getByText('Weak suggestion')).toBeVisible();
  await expect(claimsList(page).filter({ hasText: 'Weak suggestion' })).toHaveCount(1);
  await selectClaim(hedged);
  await expect(hedged.locator('.suggestion-reason')).toContainText('hedge “reportedly”');
  await expect(hedged.locator('.suggestion-reason')).toContainText('sure 60%');

  // Work through the weak ones first.
  const strength = page.getByRole('combobox', { name: 'Filter by suggestion' });
  await strength.selectOption({ label: 'Weak first: unsure (1)' });
  await expect(claimsList(page)).toHaveCount(1);
  await expect(claimsList(page).first()).toContainText('The minister reportedly knew');
  await strength.selectOption({ label: 'All (5)' });
  await expect(claimsList(page)).toHaveCount(5);

  // Accept only the strong ones: the hedge stays suggested, for the analyst to decide.
  await page.getByRole('button', { name: 'Accept 4 strong' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await expect(claimsList(page).filter({ hasText: 'Tagged' })).toHaveCount(4);
  await expect(hedged.locator('.badge.status-suggested')).toHaveText('Suggested');
  await expect(hedged.getByText('Weak suggestion')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accept 0 strong' })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('weak-suggestions.png') });
});
