/**
 * The page furniture of a PDF report, shared by both printers (Chromium's
 * page.pdf and Electron's printToPDF take the same options): the page number
 * in the bottom margin the report's @page rule leaves for it. A bare number, as
 * PDF readers (ours in pdf-layout.ts too) know to leave out of the text.
 */
export const PDF_PAGE_OPTIONS = {
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="width:100%;font:8px system-ui,sans-serif;color:#555;text-align:center"><span class="pageNumber"></span></div>',
} as const;
