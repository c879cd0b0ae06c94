import { useState } from 'react';
import type { SettingsView } from '../../annotations/contract.ts';
import { describeZodError } from '../../annotations/model.ts';
import { THEMES, UserSettingsChange, WorkspaceSettings, type Theme, type VerdictStep } from '../../annotations/settings.ts';
import { ATTRIBUTION_ORDER } from '../../annotations/taxonomy.ts';
import { useSubmit } from '../hooks/useSubmit.ts';
import { DialogFooter } from './DialogFooter.tsx';
import { ModalDialog } from './ModalDialog.tsx';

export interface SettingsDialogProps {
  open: boolean;
  view: SettingsView;
  onSave(user: { analyst: string; theme: Theme }, workspace: WorkspaceSettings): Promise<void>;
  onClose(): void;
}

const THEME_LABELS: Record<Theme, string> = { system: 'As the system', light: 'Light', dark: 'Dark' };

/** The analyst's own settings, and the workspace's: the team's verdict scale and attribution labels. */
export function SettingsDialog({ open, view, onSave, onClose }: SettingsDialogProps) {
  return (
    <ModalDialog open={open} label="Settings" className="settings-dialog" onClose={onClose}>
      <SettingsForm view={view} onSave={onSave} onClose={onClose} />
    </ModalDialog>
  );
}

function SettingsForm({ view, onSave, onClose }: Omit<SettingsDialogProps, 'open'>) {
  const [analyst, setAnalyst] = useState(view.user.analyst ?? '');
  const [theme, setTheme] = useState<Theme>(view.user.theme);
  const [verdicts, setVerdicts] = useState<VerdictStep[]>(view.workspace.verdicts);
  const [labels, setLabels] = useState(view.workspace.attributionLabels);

  const submit = useSubmit(async () => {
    const user = UserSettingsChange.safeParse({ analyst, theme });
    if (!user.success) throw new Error(describeZodError(user.error));
    const workspace = WorkspaceSettings.safeParse({ ...view.workspace, verdicts, attributionLabels: labels });
    if (!workspace.success) throw new Error(describeZodError(workspace.error).replace(/verdicts\.(\d+)\.\w+: /g, (_, i: string) => `Verdict ${Number(i) + 1}: `));
    await onSave({ analyst: user.data.analyst!, theme }, workspace.data);
    onClose();
  });

  const update = (index: number, change: Partial<VerdictStep>) => setVerdicts((steps) => steps.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const move = (index: number, by: -1 | 1) =>
    setVerdicts((steps) => {
      const next = [...steps];
      const [step] = next.splice(index, 1);
      next.splice(index + by, 0, step!);
      return next;
    });

  return (
    <form onSubmit={submit.onSubmit}>
      <h2>Settings</h2>
      <fieldset>
        <legend>You</legend>
        <label>
          <span>Your name</span>
          <input type="text" value={analyst} onChange={(e) => setAnalyst(e.target.value)} autoComplete="name" />
        </label>
        <label>
          <span>Theme</span>
          <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {THEME_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>This workspace: {view.workspaceDir}</legend>
        {view.workspaceProblem ? (
          <p className="error" role="alert">
            {view.workspaceProblem}
          </p>
        ) : null}
        <p className="hint">
          The verdict scale from best to worst, as ClaimReview exports rate it; a verdict that is no degree of truth (such as Unverifiable) is
          left off the rating and exported by its name. Everyone who opens this folder uses it.
        </p>
        <table className="verdict-table">
          <thead>
            <tr>
              <th scope="col">Verdict</th>
              <th scope="col">Key</th>
              <th scope="col">Rated</th>
              <th scope="col">
                <span className="visually-hidden">Order</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {verdicts.map((step, i) => (
              <tr key={i}>
                <td>
                  <input type="text" aria-label={`Verdict ${i + 1} name`} value={step.name} onChange={(e) => update(i, { name: e.target.value })} />
                </td>
                <td>
                  <input
                    type="text"
                    className="key-input"
                    aria-label={`Verdict ${i + 1} key`}
                    maxLength={1}
                    value={step.key ?? ''}
                    onChange={(e) => update(i, { key: e.target.value.toLowerCase() || null })}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Verdict ${i + 1} on the rating scale`}
                    checked={step.rated !== false}
                    onChange={(e) => update(i, { rated: e.target.checked ? undefined : false })}
                  />
                </td>
                <td className="row-actions">
                  <button type="button" aria-label={`Move verdict ${i + 1} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                    ↑
                  </button>
                  <button type="button" aria-label={`Move verdict ${i + 1} down`} disabled={i === verdicts.length - 1} onClick={() => move(i, 1)}>
                    ↓
                  </button>
                  <button type="button" aria-label={`Remove verdict ${i + 1}`} onClick={() => setVerdicts((steps) => steps.filter((_, j) => j !== i))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="add-verdict" onClick={() => setVerdicts((steps) => [...steps, { name: '', key: null }])}>
          Add verdict
        </button>
        <p className="hint">Claims keep a verdict that is no longer on the scale; it shows as “not on this scale” until someone decides again.</p>
        <div className="label-grid">
          {ATTRIBUTION_ORDER.map((kind) => (
            <label key={kind}>
              <span>Label for “{kind}”</span>
              <input type="text" value={labels[kind]} onChange={(e) => setLabels({ ...labels, [kind]: e.target.value })} />
            </label>
          ))}
        </div>
      </fieldset>
      <DialogFooter error={submit.error} busy={submit.busy} submitLabel="Save settings" onCancel={onClose} />
    </form>
  );
}
