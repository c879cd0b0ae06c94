import { useState } from 'react';
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
}

export function Toolbar({ hasDocument, save, onNewArticle, onOpenFile, onUndo, onRedo, onExport, onToggleHelp }: ToolbarProps) {
  const [format, setFormat] = useState<ExportFormat>('html');
  return (
    <header className="toolbar">
      <span className="app-name">Claimbench</span>
      <button type="button" className="primary" onClick={onNewArticle}>
        New article
      </button>
      <button type="button" onClick={onOpenFile} title="Open an article (.txt, .md, .html, .pdf) or an exported annotation file (.json); or drop one on the window">
        Open file…
      </button>
      <span className="separator" />
      <button type="button" onClick={onUndo} disabled={!hasDocument} title="Undo (Ctrl+Z)">
        Undo <kbd>Ctrl+Z</kbd>
      </button>
      <button type="button" onClick={onRedo} disabled={!hasDocument} title="Redo (Ctrl+Shift+Z)">
        Redo <kbd>Ctrl+Shift+Z</kbd>
      </button>
      <span className="separator" />
      <label className="export">
        <span className="visually-hidden">Export format</span>
        <select aria-label="Export format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} disabled={!hasDocument}>
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
      <button type="button" onClick={onToggleHelp} title="Keyboard shortcuts (?)">
        Shortcuts <kbd>?</kbd>
      </button>
      <SaveStatus save={save} />
    </header>
  );
}
