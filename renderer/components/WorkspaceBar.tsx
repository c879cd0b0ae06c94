export interface WorkspaceBarProps {
  dir: string | null;
  onSwitch(): void;
}

/** The open workspace folder, by its last name, with the way to another. */
export function WorkspaceBar({ dir, onSwitch }: WorkspaceBarProps) {
  const name = dir ? (dir.split(/[\\/]/).filter(Boolean).pop() ?? dir) : '…';
  return (
    <div className="workspace-bar">
      <span className="workspace-name" title={dir ?? undefined}>
        <span className="visually-hidden">Workspace: </span>
        {name}
      </span>
      <button type="button" onClick={onSwitch} title="Open another workspace folder (Ctrl+Shift+O)">
        Switch…
      </button>
    </div>
  );
}
