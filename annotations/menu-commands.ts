/**
 * The application's commands, in the menus they belong to: one table read by
 * the Electron menu (electron/menu.ts) and by the in-app command palette, so
 * both offer the same commands under the same names and keys.
 */
export const MENU_COMMAND_IDS = [
  'newArticle',
  'open',
  'openWorkspace',
  'export',
  'settings',
  'undo',
  'redo',
  'find',
  'zoomIn',
  'zoomOut',
  'zoomReset',
  'toggleTheme',
  'shortcuts',
  'codebook',
] as const;
export type MenuCommandId = (typeof MENU_COMMAND_IDS)[number];

/** What a menu sends the window: a command, or a recent workspace to switch to. */
export type MenuCommand = { command: MenuCommandId } | { command: 'switchWorkspace'; dir: string };

export type MenuName = 'File' | 'Edit' | 'View' | 'Help';

export interface MenuCommandInfo {
  id: MenuCommandId;
  menu: MenuName;
  label: string;
  /** Electron accelerator syntax; the palette shows it with Ctrl. */
  accelerator?: string;
}

export const MENU_COMMANDS: readonly MenuCommandInfo[] = [
  { id: 'newArticle', menu: 'File', label: 'New article…', accelerator: 'CmdOrCtrl+N' },
  { id: 'open', menu: 'File', label: 'Open…', accelerator: 'CmdOrCtrl+O' },
  { id: 'openWorkspace', menu: 'File', label: 'Open workspace…', accelerator: 'CmdOrCtrl+Shift+O' },
  { id: 'export', menu: 'File', label: 'Export…', accelerator: 'CmdOrCtrl+E' },
  { id: 'settings', menu: 'File', label: 'Settings…', accelerator: 'CmdOrCtrl+,' },
  { id: 'undo', menu: 'Edit', label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
  { id: 'redo', menu: 'Edit', label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z' },
  { id: 'find', menu: 'Edit', label: 'Find…', accelerator: 'CmdOrCtrl+F' },
  { id: 'zoomIn', menu: 'View', label: 'Zoom in', accelerator: 'CmdOrCtrl+=' },
  { id: 'zoomOut', menu: 'View', label: 'Zoom out', accelerator: 'CmdOrCtrl+-' },
  { id: 'zoomReset', menu: 'View', label: 'Actual size', accelerator: 'CmdOrCtrl+0' },
  { id: 'toggleTheme', menu: 'View', label: 'Switch light / dark theme' },
  { id: 'shortcuts', menu: 'Help', label: 'Keyboard shortcuts' },
  { id: 'codebook', menu: 'Help', label: 'Codebook' },
];

/** An accelerator as the analyst reads it on this desk (Ctrl, not CmdOrCtrl). */
export function acceleratorText(accelerator: string | undefined): string {
  return accelerator ? accelerator.replace('CmdOrCtrl', 'Ctrl') : '';
}
