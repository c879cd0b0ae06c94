import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../annotations/menu-commands.ts';
import { menuTemplate, type MenuItemTemplate } from '../../electron/menu.ts';

const flat = (items: MenuItemTemplate[]): MenuItemTemplate[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);

describe('the application menu', () => {
  it('offers DevTools in development only', () => {
    const roles = (development: boolean) => flat(menuTemplate({ send: () => undefined, recentWorkspaces: [], development })).map((i) => i.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });

  it('holds every command of the palette, with its keys shown but left to the window', () => {
    const items = flat(menuTemplate({ send: () => undefined, recentWorkspaces: [], development: false }));
    for (const command of MENU_COMMANDS) {
      const item = items.find((i) => i.label === command.label);
      expect(item, command.label).toBeDefined();
      if (command.accelerator) expect(item).toMatchObject({ accelerator: command.accelerator, registerAccelerator: false });
    }
  });

  it('lists recent workspaces, and picking one asks the window to switch to it', () => {
    const send = vi.fn();
    const items = flat(menuTemplate({ send, recentWorkspaces: ['/news/desk', '/news/archive'], development: false }));
    const recent = items.find((i) => i.label === 'Recent workspaces')!.submenu!;
    expect(recent.map((i) => i.label)).toEqual(['/news/desk', '/news/archive']);
    recent[1]!.click!();
    expect(send).toHaveBeenCalledWith({ command: 'switchWorkspace', dir: '/news/archive' });
  });
});
