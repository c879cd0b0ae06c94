/**
 * Node only. Prints an HTML report to PDF with a headless Chromium, for the
 * command line (the app uses Electron's own printToPDF). The browser is the
 * system's: CLAIMBENCH_CHROMIUM, or /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import type { PrintPdf } from '../exports/export-document.ts';
import { PDF_PAGE_OPTIONS } from '../exports/pdf-pages.ts';

export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath(): string {
  const path = process.env.CLAIMBENCH_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`PDF export needs Chromium, and none was found at ${path}. Install it (Debian: apt-get install chromium) or set CLAIMBENCH_CHROMIUM.`);
  }
  return path;
}

export const printPdfWithChromium: PrintPdf = async (html) => {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    // The report loads nothing; refusing every request keeps it that way.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, ...PDF_PAGE_OPTIONS });
  } finally {
    await browser.close();
  }
};
