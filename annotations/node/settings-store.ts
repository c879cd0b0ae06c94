/**
 * Node only. Reads and writes the two settings files through lowdb's JSONFile
 * (a temporary file, then a rename). A file that cannot be read is reported and
 * left as it is; the defaults stand in until the analyst saves new settings.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { homedir } from 'node:os';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { z } from 'zod';
import { describeZodError } from '../model.ts';
import { DEFAULT_USER_SETTINGS, DEFAULT_WORKSPACE_SETTINGS, UserSettings, WORKSPACE_SETTINGS_FILE, WorkspaceSettings } from '../settings.ts';

export interface Loaded<T> {
  value: T;
  /** Why the file could not be used; absent when it was read or does not exist yet. */
  problem?: string;
}

async function load<T>(path: string, schema: z.ZodType<T>, fallback: T): Promise<Loaded<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { value: fallback };
    return { value: fallback, problem: `${path} cannot be read: ${(error as Error).message}` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { value: fallback, problem: `${path} is not valid JSON (${(error as Error).message}); the defaults are in use and the file is left as it is.` };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { value: fallback, problem: `${path} does not hold valid settings (${describeZodError(parsed.error)}); the defaults are in use and the file is left as it is.` };
  return { value: parsed.data };
}

async function save<T>(path: string, value: T): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const db = new Low<T>(new JSONFile<T>(path), value);
  db.data = value;
  await db.write();
}

export const workspaceSettingsPath = (workspaceDir: string) => join(workspaceDir, WORKSPACE_SETTINGS_FILE);

export const readWorkspaceSettings = (workspaceDir: string) => load(workspaceSettingsPath(workspaceDir), WorkspaceSettings, DEFAULT_WORKSPACE_SETTINGS);
export const writeWorkspaceSettings = (workspaceDir: string, settings: WorkspaceSettings) => save(workspaceSettingsPath(workspaceDir), WorkspaceSettings.parse(settings));

/** The user's settings file: CLAIMBENCH_USER_SETTINGS, else the platform's config folder. */
export function userSettingsPath(env: NodeJS.ProcessEnv = process.env, configDir?: string): string {
  if (env.CLAIMBENCH_USER_SETTINGS) return env.CLAIMBENCH_USER_SETTINGS;
  return join(configDir ?? env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Claimbench', 'user-settings.json');
}

export const readUserSettings = (path: string) => load(path, UserSettings, DEFAULT_USER_SETTINGS);
export const writeUserSettings = (path: string, settings: UserSettings) => save(path, UserSettings.parse(settings));
