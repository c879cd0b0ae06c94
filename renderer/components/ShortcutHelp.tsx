import { SHORTCUTS } from '../shortcuts.ts';

export interface ShortcutHelpProps {
  open: boolean;
}

/** Every keyboard shortcut, from the same table the key handler uses. */
export function ShortcutHelp({ open }: ShortcutHelpProps) {
  return (
    <aside className={`shortcut-help ${open ? 'open' : ''}`} aria-label="Keyboard shortcuts" hidden={!open}>
      <h2>Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.keys + s.label}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.label}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
