import { useState, type Ref } from 'react';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportFormat } from '../../annotations/exports/formats.ts';
import type { SaveState } from '../hooks/useWorkbench.ts';
import { SaveStatus } from './SaveStatus.tsx';

export interface ToolbarProps {
  hasDocument: boolean;
  save: SaveState;
  onNewArticle(): void;
  onOpenFile(): void;
  onUndo(): void;
  onRedo(): void;
  onExport(format: ExportFormat): void;
  onToggleHelp(): void;
  onCommands(): void;
  onSettings(): void;
  /** File → Export… brings the analyst here, to pick the format. */
  exportFormatRef: Ref<HTMLSelectElement>;
}

export function Toolbar({ hasDocument, save, onNewArticle, onOpenFile, onUndo, onRedo, onExport, onToggleHelp, onCommands, onSettings, exportFormatRef }: ToolbarProps) {
  const [format, setFormat] = useState<ExportFormat>('html');
  return (
    <header className="toolbar">
      <h1 className="app-name">Claimbench</h1>
      <button type="button" className="primary" onClick={onNewArticle}>
        New article
      </button>
      <button type="button" onClick={onOpenFile} title="Open an article (.txt, .md, .html, .pdf) or an exported annotation file (.json); or drop one on the window">
        Open file…
      </button>
      <span className="separator" />
      <button type="button" onClick={onUndo} disabled={!hasDocument} title="Undo (Ctrl+Z)" aria-keyshortcuts="Control+Z">
        Undo
      </button>
      <button type="button" onClick={onRedo} disabled={!hasDocument} title="Redo (Ctrl+Shift+Z)" aria-keyshortcuts="Control+Shift+Z">
        Redo
      </button>
      <span className="separator" />
      <label className="export">
        <span className="visually-hidden">Export format</span>
        <select ref={exportFormatRef} aria-label="Export format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} disabled={!hasDocument}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {EXPORT_FORMAT_INFO[f].label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onExport(format)} disabled={!hasDocument}>
        Export…
      </button>
      <span className="spacer" />
      <button type="button" onClick={onSettings} title="Settings (Ctrl+,)">
        Settings
      </button>
      <button type="button" onClick={onCommands} title="All commands (Ctrl+Shift+P)" aria-keyshortcuts="Control+Shift+P">
        Commands
      </button>
      <button type="button" onClick={onToggleHelp} title="Keyboard shortcuts (?)" aria-label="Shortcuts">
        <span className="wide-only">Shortcuts </span>
        <kbd className="keep">?</kbd>
      </button>
      <SaveStatus save={save} />
    </header>
  );
}
