import { CODEBOOK } from '../../annotations/codebook.ts';
import type { WorkspaceSettings } from '../../annotations/settings.ts';
import { ModalDialog } from './ModalDialog.tsx';

export interface CodebookDialogProps {
  open: boolean;
  /** The team's verdict scale, listed under the codebook. */
  settings: WorkspaceSettings;
  onClose(): void;
}

/** Help → Codebook: how to record a statement, as the app carries it. */
export function CodebookDialog({ open, settings, onClose }: CodebookDialogProps) {
  return (
    <ModalDialog open={open} label="Codebook" className="codebook-dialog" onClose={onClose}>
      <div className="codebook">
        <h2>Codebook</h2>
        {CODEBOOK.map((section) => (
          <section key={section.heading}>
            <h3>{section.heading}</h3>
            {section.paragraphs?.map((text) => <p key={text}>{text}</p>)}
            {section.items ? (
              <dl>
                {section.items.map((item) => (
                  <div key={item.term}>
                    <dt>{item.term}</dt>
                    <dd>{item.text}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </section>
        ))}
        <section>
          <h3>This workspace’s verdict scale</h3>
          <ol>
            {settings.verdicts.map((step) => (
              <li key={step.name}>
                {step.name}
                {step.key ? <kbd>{step.key.toUpperCase()}</kbd> : null}
              </li>
            ))}
          </ol>
        </section>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
