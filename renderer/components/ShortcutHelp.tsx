import { SHORTCUTS, type Shortcut } from '../shortcuts.ts';

export interface ShortcutHelpProps {
  open: boolean;
  /** The workspace's verdict keys. */
  extra: readonly Shortcut[];
}

/** Every keyboard shortcut, from the same table the key handler uses. */
export function ShortcutHelp({ open, extra }: ShortcutHelpProps) {
  return (
    <aside className={`shortcut-help ${open ? 'open' : ''}`} aria-label="Keyboard shortcuts" hidden={!open} tabIndex={open ? 0 : -1}>
      <h2>Keyboard shortcuts</h2>
      <dl>
        {[...SHORTCUTS, ...extra].map((s) => (
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
