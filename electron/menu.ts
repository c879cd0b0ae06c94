/**
 * The application menu. Every command the analyst can pick here travels to the
 * window over the contract's MENU_CHANNEL and runs there, as the palette's
 * commands do (undo goes through the app's own history, not the page's).
 * Cut, copy, paste and full screen are Electron's own roles. The template is
 * built by a pure function, so it is tested without Electron.
 */
import { MENU_COMMANDS, type MenuCommand, type MenuName } from '../annotations/menu-commands.ts';

/** The subset of Electron's MenuItemConstructorOptions the template uses. */
export interface MenuItemTemplate {
  label?: string;
  role?: 'cut' | 'copy' | 'paste' | 'selectAll' | 'togglefullscreen' | 'toggleDevTools' | 'quit' | 'fileMenu' | 'editMenu' | 'viewMenu' | 'help';
  type?: 'separator';
  accelerator?: string;
  registerAccelerator?: boolean;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

export interface MenuOptions {
  send(command: MenuCommand): void;
  recentWorkspaces: readonly string[];
  /** DevTools are offered only in development, never in a packaged app. */
  development: boolean;
}

export function menuTemplate({ send, recentWorkspaces, development }: MenuOptions): MenuItemTemplate[] {
  const commands = (menu: MenuName): MenuItemTemplate[] =>
    MENU_COMMANDS.filter((c) => c.menu === menu).map((c) => ({
      label: c.label,
      // Shown, not registered: the window's own key handler runs these keys, so a text field
      // keeps its own undo and a key never runs twice.
      ...(c.accelerator ? { accelerator: c.accelerator, registerAccelerator: false } : {}),
      click: () => send({ command: c.id }),
    }));
  const [newArticle, open, openWorkspace, exportItem, settings] = commands('File');
  const recent: MenuItemTemplate = {
    label: 'Recent workspaces',
    submenu: recentWorkspaces.length
      ? recentWorkspaces.map((dir) => ({ label: dir, click: () => send({ command: 'switchWorkspace', dir }) }))
      : [{ label: 'None yet', enabled: false }],
  };
  return [
    { label: 'File', submenu: [newArticle!, open!, openWorkspace!, recent, { type: 'separator' }, exportItem!, { type: 'separator' }, settings!, { type: 'separator' }, { role: 'quit' }] },
    { label: 'Edit', submenu: [...commands('Edit').slice(0, 2), { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }, { type: 'separator' }, ...commands('Edit').slice(2)] },
    {
      label: 'View',
      submenu: [...commands('View'), { type: 'separator' }, { role: 'togglefullscreen' }, ...(development ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : [])],
    },
    { label: 'Help', submenu: commands('Help') },
  ];
}
