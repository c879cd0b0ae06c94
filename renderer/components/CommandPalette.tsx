import { useState } from 'react';
import { acceleratorText, MENU_COMMANDS, type MenuCommandId } from '../../annotations/menu-commands.ts';
import { ModalDialog } from './ModalDialog.tsx';

export interface CommandPaletteProps {
  open: boolean;
  onRun(id: MenuCommandId): void;
  onClose(): void;
}

/** Every menu command, by name: the Chromium window's menu, and a quick way to any command in Electron too. */
export function CommandPalette({ open, onRun, onClose }: CommandPaletteProps) {
  return (
    <ModalDialog open={open} label="Commands" className="command-palette" onClose={onClose}>
      <PaletteBody onRun={onRun} onClose={onClose} />
    </ModalDialog>
  );
}

function PaletteBody({ onRun, onClose }: Omit<CommandPaletteProps, 'open'>) {
  const [query, setQuery] = useState('');
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = MENU_COMMANDS.filter((c) => words.every((w) => `${c.menu} ${c.label}`.toLowerCase().includes(w)));
  const run = (id: MenuCommandId) => {
    onClose();
    onRun(id);
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (shown[0]) run(shown[0].id);
      }}
    >
      <h2>Commands</h2>
      <label>
        <span>Find a command</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus />
      </label>
      <ul className="palette-list" aria-label="Commands">
        {shown.map((c) => (
          <li key={c.id}>
            <button type="button" onClick={() => run(c.id)}>
              <span className="palette-menu">{c.menu}</span>
              <span className="palette-label">{c.label}</span>
              {c.accelerator ? <kbd>{acceleratorText(c.accelerator)}</kbd> : null}
            </button>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? <p className="hint">No command matches.</p> : null}
    </form>
  );
}
