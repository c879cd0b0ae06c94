/**
 * The workbench API: what the renderer may ask of the main process. The main
 * process implements `WorkbenchApi`, the preload exposes it as one object
 * (`window.claimbench`), and the renderer calls it. Channel names are derived
 * here and nowhere else. Argument schemas live in contract-schemas.ts so that the
 * preload bundle stays free of zod.
 */
import type { AnnotationFile, ArticleSummary } from './model.ts';
import type { DocChange } from './doc-change.ts';
import type { Edit } from './edits.ts';
import type { ExportFormat } from './exports/formats.ts';
import type { ReviewReportFormat } from './exports/review-report.ts';
import type { MergeRule } from './review-model.ts';
import type { MenuCommand } from './menu-commands.ts';
import type { UserSettings, WorkspaceSettings } from './settings.ts';

export interface NewArticle {
  title: string;
  text: string;
}

/** A file handed to the app by drag and drop: its name and bytes, base64-encoded. */
export interface DroppedFile {
  name: string;
  base64: string;
}

export interface SavedExport {
  path: string;
  format: ExportFormat | ReviewReportFormat;
}

/** A version of the analyst's held by the main process because its save was refused. */
export interface RefusedChanges {
  /** Why the article's file cannot be read, when that was the reason; null when the file was changed by another program. */
  fileProblem: string | null;
}

export interface Progress {
  task: string;
  done: number;
  total: number;
}

/** Both settings, and the workspace they belong to. */
export interface SettingsView {
  user: UserSettings;
  workspace: WorkspaceSettings;
  workspaceDir: string;
  /** Why the workspace's settings file could not be read (defaults are in use; the file is left as it is). */
  workspaceProblem?: string;
}

/** The desk around the articles: settings, the workspace folder, the file manager. */
export interface DeskApi {
  getSettings(): Promise<SettingsView>;
  saveUserSettings(change: Partial<UserSettings>): Promise<SettingsView>;
  saveWorkspaceSettings(settings: WorkspaceSettings): Promise<SettingsView>;
  /** Opens another workspace folder (the native folder dialog when dir is null); null when the analyst cancels. */
  switchWorkspace(dir: string | null): Promise<SettingsView | null>;
  /** Shows an exported file in the file manager; false where the host has none to show (the Chromium window). */
  showInFolder(path: string): Promise<boolean>;
}

/** What the article handlers (electron/handlers.ts) serve; the desk adds the rest. */
export type ArticleApi = Omit<WorkbenchApi, keyof DeskApi>;

export interface WorkbenchApi extends DeskApi {
  listArticles(): Promise<ArticleSummary[]>;
  openArticle(articleId: string): Promise<AnnotationFile>;
  createArticle(article: NewArticle): Promise<AnnotationFile>;
  importDroppedFile(file: DroppedFile): Promise<AnnotationFile>;
  /** Shows the native open dialog; null when the analyst cancels. */
  importWithDialog(): Promise<AnnotationFile | null>;
  /** Each answers, once the change is on disk, with what changed: never the whole document. */
  edit(articleId: string, edit: Edit): Promise<DocChange>;
  undo(articleId: string): Promise<DocChange>;
  redo(articleId: string): Promise<DocChange>;
  /** Shows the native save dialog; null when the analyst cancels. */
  exportArticle(articleId: string, format: ExportFormat): Promise<SavedExport | null>;
  /** Compares analysts' files of one article and makes the review's record, a new article. */
  /** The article as it is now on disk, after a change made outside Claimbench ("take theirs"). */
  reloadArticle(articleId: string): Promise<AnnotationFile>;
  /**
   * Whether a version of the analyst's is held whose saving was refused (the file changed on disk or cannot be read),
   * null when none is; "Keep mine as a copy" saves it. While it is held, openArticle answers with it.
   */
  refusedChanges(articleId: string): Promise<RefusedChanges | null>;
  /** Saves the version held here as a new article, then takes the one on disk; returns the copy. */
  keepMineAsCopy(articleId: string): Promise<AnnotationFile>;
  /** Puts back the last good version of an article whose file cannot be read. */
  restoreArticle(articleId: string): Promise<AnnotationFile>;
  startReview(articleIds: string[], rule: MergeRule): Promise<AnnotationFile>;
  /** For a review's record: the review report (agreement, pairwise and confusion tables, every dispute); null when cancelled. */
  exportReview(articleId: string, format: ReviewReportFormat): Promise<SavedExport | null>;
}

export type ApiMethod = keyof WorkbenchApi;

/** Every method of the contract; the type check makes a missing or extra name an error. */
export const API_METHOD_SET = {
  listArticles: true,
  openArticle: true,
  createArticle: true,
  importDroppedFile: true,
  importWithDialog: true,
  edit: true,
  undo: true,
  redo: true,
  exportArticle: true,
  startReview: true,
  reloadArticle: true,
  refusedChanges: true,
  keepMineAsCopy: true,
  restoreArticle: true,
  exportReview: true,
  getSettings: true,
  saveUserSettings: true,
  saveWorkspaceSettings: true,
  switchWorkspace: true,
  showInFolder: true,
} as const satisfies Record<ApiMethod, true>;

export const API_METHODS = Object.keys(API_METHOD_SET) as ApiMethod[];

/** The desk's own methods; the type check makes a missing or extra name an error. */
const DESK_METHOD_SET = {
  getSettings: true,
  saveUserSettings: true,
  saveWorkspaceSettings: true,
  switchWorkspace: true,
  showInFolder: true,
} as const satisfies Record<keyof DeskApi, true>;

/** The methods the article handlers serve: every method of the contract but the desk's. */
export const ARTICLE_METHODS = API_METHODS.filter((method) => !(method in DESK_METHOD_SET)) as (keyof ArticleApi)[];

export const channelFor = (method: ApiMethod): string => `claimbench:${method}`;
export const PROGRESS_CHANNEL = 'claimbench:progress';
/** Pushed when article files change outside Claimbench; the payload is WorkspaceChange. */
export const WORKSPACE_CHANGED_CHANNEL = 'claimbench:workspace-changed';

export interface WorkspaceChange {
  articleIds: string[];
}
/** Application menu commands, main process to window. */
export const MENU_CHANNEL = 'claimbench:menu';

/** What travels back over a channel: errors as plain messages, not Electron's wrapped ones. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false, error: string };

/** The object the renderer sees as `window.claimbench`. */
export type ExposedApi = WorkbenchApi & {
  /** Subscribes to progress of long work; returns the unsubscribe function. */
  onProgress(listener: (progress: Progress) => void): () => void;
  /** Subscribes to changes made outside Claimbench; returns the unsubscribe function. */
  onWorkspaceChanged(listener: (change: WorkspaceChange) => void): () => void;
  /** Subscribes to application menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

export type Invoke = (channel: string, args: unknown[]) => Promise<Envelope>;
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds the exposed object from a transport: Electron IPC in the preload, a
 * Playwright binding in the browser test host. Both hosts share this code.
 */
export function createApiClient(invoke: Invoke, subscribe: Subscribe): ExposedApi {
  const methods = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      async (...args: unknown[]) => {
        const reply = await invoke(channelFor(method), args);
        if (!reply.ok) throw new Error(reply.error);
        return reply.value;
      },
    ]),
  ) as unknown as WorkbenchApi;
  return {
    ...methods,
    onProgress: (listener) => subscribe(PROGRESS_CHANNEL, (payload) => listener(payload as Progress)),
    onWorkspaceChanged: (listener) => subscribe(WORKSPACE_CHANGED_CHANNEL, (payload) => listener(payload as WorkspaceChange)),
    onMenuCommand: (listener) => subscribe(MENU_CHANNEL, (payload) => listener(payload as MenuCommand)),
  };
}
