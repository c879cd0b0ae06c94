/**
 * The whole contract over a switchable workspace: the article handlers of the
 * open workspace, plus settings (the team's in the workspace folder, the
 * analyst's in their own file), switching workspaces and showing exports in the
 * file manager. Shared by the Electron main process and the Chromium host.
 */
import { resolve } from 'node:path';
import { ARTICLE_METHODS, type ArticleApi, type SettingsView, type WorkbenchApi } from '../annotations/contract.ts';
import { defaultAnalyst } from '../annotations/node/analyst.ts';
import { readUserSettings, readWorkspaceSettings, writeUserSettings, writeWorkspaceSettings } from '../annotations/node/settings-store.ts';
import { UserSettings, withRecent, type UserSettings as UserSettingsValue } from '../annotations/settings.ts';
import { openWorkspace, type WorkspaceOptions } from './workspace.ts';

export interface DeskOptions extends Omit<WorkspaceOptions, 'analyst'> {
  userSettingsPath: string;
  /** The native folder dialog; null when the analyst cancels. */
  chooseFolder(): Promise<string | null>;
  /** Shows a file in the file manager; false where there is none (the Chromium window). */
  showItemInFolder(path: string): Promise<boolean>;
}


/** The contract, and how to let go of the open workspace's lock when the host closes. */
export type OpenedDesk = WorkbenchApi & { release(): Promise<void> };

export async function openDesk(options: DeskOptions): Promise<OpenedDesk> {
  let user: UserSettingsValue = (await readUserSettings(options.userSettingsPath)).value;
  // An analyst who has not given a name yet is asked in the window; until then the old default stands.
  const analyst = () => user.analyst ?? defaultAnalyst();
  let dir = resolve(options.dataDir);
  let articles = await openWorkspace({ ...options, dataDir: dir, analyst });

  async function rememberWorkspace(): Promise<void> {
    user = { ...user, recentWorkspaces: withRecent(user.recentWorkspaces, dir) };
    await writeUserSettings(options.userSettingsPath, user);
  }
  await rememberWorkspace();

  async function view(): Promise<SettingsView> {
    const workspace = await readWorkspaceSettings(dir);
    return { user, workspace: workspace.value, workspaceDir: dir, ...(workspace.problem ? { workspaceProblem: workspace.problem } : {}) };
  }

  const delegated = Object.fromEntries(
    ARTICLE_METHODS.map((method) => [method, (...args: unknown[]) => (articles[method] as (...a: unknown[]) => Promise<unknown>)(...args)]),
  ) as unknown as ArticleApi;

  return {
    ...delegated,
    getSettings: view,
    saveUserSettings: async (change) => {
      user = UserSettings.parse({ ...user, ...change });
      await writeUserSettings(options.userSettingsPath, user);
      return view();
    },
    saveWorkspaceSettings: async (settings) => {
      await writeWorkspaceSettings(dir, settings);
      return view();
    },
    switchWorkspace: async (requested) => {
      const chosen = requested ?? (await options.chooseFolder());
      if (!chosen) return null;
      const next = resolve(chosen);
      // The new workspace is locked before the old one is let go: a refused lock leaves the analyst where they were.
      const previous = articles;
      articles = await openWorkspace({ ...options, dataDir: next, analyst });
      await previous.release();
      dir = next;
      await rememberWorkspace();
      return view();
    },
    showInFolder: (path) => options.showItemInFolder(path),
    release: () => articles.release(),
  };
}
