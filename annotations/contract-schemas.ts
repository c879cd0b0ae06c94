/** Zod schemas for the arguments of every contract method: the main process parses each call with them. */
import { z } from 'zod';
import type { WorkbenchApi } from './contract.ts';
import { Edit } from './edits.ts';
import { ExportFormat } from './exports/formats.ts';
import { MAX_ARTICLE_CHARS } from './model.ts';
import { ReviewReportFormat } from './exports/review-report.ts';
import { MergeRule } from './review-model.ts';
import { UserSettingsChange, WorkspaceSettings } from './settings.ts';

/** Article ids name files on disk, so they are held to a safe alphabet. */
export const ArticleId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'not a valid article id');

/** The largest file the workbench imports (bytes). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export const NewArticleSchema = z.object({
  title: z.string().max(500),
  text: z.string().min(1, 'The article text is empty.').max(MAX_ARTICLE_CHARS, 'The article is too long.'),
});

export const DroppedFileSchema = z.object({
  name: z.string().min(1).max(1000),
  base64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, 'The file is too large to import.'),
});

type Schemas = { [K in keyof WorkbenchApi]: z.ZodType<Parameters<WorkbenchApi[K]>> };

export const API_ARGUMENTS = {
  listArticles: z.tuple([]),
  openArticle: z.tuple([ArticleId]),
  createArticle: z.tuple([NewArticleSchema]),
  importDroppedFile: z.tuple([DroppedFileSchema]),
  importWithDialog: z.tuple([]),
  edit: z.tuple([ArticleId, Edit]),
  undo: z.tuple([ArticleId]),
  redo: z.tuple([ArticleId]),
  exportArticle: z.tuple([ArticleId, ExportFormat]),
  startReview: z.tuple([
    z
      .array(ArticleId)
      .min(2, 'A review needs the files of at least two analysts.')
      .max(50)
      .refine((ids) => new Set(ids).size === ids.length, 'A review compares different files; one file was chosen twice.'),
    MergeRule,
  ]),
  exportReview: z.tuple([ArticleId, ReviewReportFormat]),
  reloadArticle: z.tuple([ArticleId]),
  refusedChanges: z.tuple([ArticleId]),
  keepMineAsCopy: z.tuple([ArticleId]),
  restoreArticle: z.tuple([ArticleId]),
  getSettings: z.tuple([]),
  saveUserSettings: z.tuple([UserSettingsChange]),
  saveWorkspaceSettings: z.tuple([WorkspaceSettings]),
  switchWorkspace: z.tuple([z.string().min(1).max(4096).nullable()]),
  showInFolder: z.tuple([z.string().min(1).max(4096)]),
} satisfies Schemas;
