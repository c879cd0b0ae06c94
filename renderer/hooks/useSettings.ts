/**
 * The analyst's and the workspace's settings as the main process holds them,
 * and what follows from them in the window: the theme and the zoom.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SettingsView } from '../../annotations/contract.ts';
import type { Theme, UserSettings, WorkspaceSettings } from '../../annotations/settings.ts';
import { workbenchApi } from '../api.ts';

export const ZOOM_STEPS = [0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

export interface Settings {
  view: SettingsView | null;
  /** Why the settings could not be loaded or saved. */
  error: string | null;
  saveUser(change: Partial<UserSettings>): Promise<void>;
  saveWorkspace(settings: WorkspaceSettings): Promise<void>;
  /** Another workspace (a folder dialog when dir is null); false when the analyst cancelled. */
  switchWorkspace(dir: string | null): Promise<boolean>;
  /** The theme in effect (the system's when the setting is "system"). */
  effectiveTheme: 'light' | 'dark';
  zoom(step: -1 | 0 | 1): Promise<void>;
}

function useSystemDark(): boolean {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = () => setDark(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return dark;
}

export function useSettings(): Settings {
  const api = workbenchApi();
  const [view, setView] = useState<SettingsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const systemDark = useSystemDark();

  useEffect(() => {
    api.getSettings().then(setView, (e: Error) => setError(e.message));
  }, [api]);

  const theme: Theme = view?.user.theme ?? 'system';
  const effectiveTheme = theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
  const zoomLevel = view?.user.zoom ?? 1;

  useEffect(() => {
    document.documentElement.dataset.theme = effectiveTheme;
    document.documentElement.style.colorScheme = effectiveTheme;
  }, [effectiveTheme]);
  useEffect(() => {
    document.documentElement.style.zoom = String(zoomLevel);
  }, [zoomLevel]);

  const saveUser = useCallback(async (change: Partial<UserSettings>) => setView(await api.saveUserSettings(change)), [api]);
  const saveWorkspace = useCallback(async (settings: WorkspaceSettings) => setView(await api.saveWorkspaceSettings(settings)), [api]);
  const switchWorkspace = useCallback(
    async (dir: string | null) => {
      const next = await api.switchWorkspace(dir);
      if (next) setView(next);
      return next !== null;
    },
    [api],
  );
  const zoom = useCallback(
    async (step: -1 | 0 | 1) => {
      const index = ZOOM_STEPS.findIndex((z) => z >= zoomLevel);
      const at = index === -1 ? ZOOM_STEPS.length - 1 : index;
      const next = step === 0 ? 1 : ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, at + step))]!;
      await saveUser({ zoom: next });
    },
    [zoomLevel, saveUser],
  );

  return { view, error, saveUser, saveWorkspace, switchWorkspace, effectiveTheme, zoom };
}
