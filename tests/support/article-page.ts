/** Helpers for end-to-end specs: what an analyst does with the mouse, in words a test can use. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AnnotationFile } from '../../annotations/model.ts';
import { readOnDisk } from './on-disk.ts';

export function claimsList(page: Page): Locator {
  return page.getByRole('list', { name: 'Claims' }).getByRole('listitem');
}

export function claimWithText(page: Page, text: string): Locator {
  return claimsList(page).filter({ hasText: text });
}

/** Selects a claim by clicking its text, as an analyst would (not its controls). */
export async function selectClaim(claim: Locator): Promise<void> {
  await claim.locator('.claim-text').click();
  await expect(claim).toHaveAttribute('aria-current', 'true');
}

/** A radio of a claim's controls, by its exact label ("Named source" is not "Unnamed source"). */
export function radio(scope: Locator, name: string): Locator {
  return scope.getByRole('radio', { name, exact: true });
}

/**
 * Puts a long text into a text field at once, as a paste does. Playwright's fill()
 * inserts text in a way whose cost grows with the square of the line count
 * (seen here: 40 kB of short lines took 13 s in a bare page), so long texts go
 * through the field's own value setter and an input event, which React reads.
 */
export async function pasteInto(field: Locator, text: string): Promise<void> {
  await field.evaluate((element: HTMLTextAreaElement, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** Drops an analyst's exported file on the window, as a colleague's file would arrive. */
export async function dropFile(page: Page, name: string, file: AnnotationFile) {
  const transfer = await page.evaluateHandle(
    ([fileName, json]) => {
      const t = new DataTransfer();
      t.items.add(new File([json], fileName, { type: 'application/json' }));
      return t;
    },
    [`${name}.json`, JSON.stringify(file)] as const,
  );
  await page.locator('.app').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText(name);
}

export async function createArticle(page: Page, title: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  const dialog = page.getByRole('dialog', { name: 'New article' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(text);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText(text.split('\n')[0]!);
}

/** Selects `needle` in the article view as a mouse drag would; with `caretAt`, places a cursor before that text instead. */
export async function selectInArticle(page: Page, needle: string, options: { caret?: boolean } = {}): Promise<void> {
  const found = await page.evaluate(
    ({ needle, caret }) => {
      const root = document.querySelector('[aria-label="Article"] .article-text')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; start: number }[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: all.length });
        all += n.textContent;
      }
      const at = all.indexOf(needle);
      if (at === -1) return false;
      const locate = (offset: number) => {
        const hit = [...nodes].reverse().find((entry) => entry.start <= offset)!;
        return [hit.node, offset - hit.start] as const;
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      if (caret) range.collapse(true);
      else range.setEnd(...locate(at + needle.length));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    },
    { needle, caret: options.caret ?? false },
  );
  expect(found, `"${needle}" in the article`).toBe(true);
}

/** Every annotation file in a workspace, parsed as the app parses them. */
export async function articleFiles(dataDir: string): Promise<AnnotationFile[]> {
  const names = (await readdir(dataDir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
  return Promise.all(names.map((n) => readOnDisk(join(dataDir, n))));
}

export async function articleFileTitled(dataDir: string, title: string): Promise<AnnotationFile> {
  const match = (await articleFiles(dataDir)).find((f) => f.article.title === title);
  if (!match) throw new Error(`no file titled "${title}" in ${dataDir}`);
  return match;
}
