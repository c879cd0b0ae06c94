/**
 * The page furniture of a PDF report, shared by both printers (Chromium's
 * page.pdf and Electron's printToPDF take the same options): a page number
 * "n of N" in the bottom margin the report's @page rule leaves for it.
 */
export const PDF_PAGE_OPTIONS = {
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="width:100%;font:8px system-ui,sans-serif;color:#555;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
} as const;
