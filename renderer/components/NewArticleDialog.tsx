import { useEffect, useRef, useState } from 'react';
import type { NewArticle } from '../../annotations/contract.ts';

export interface NewArticleDialogProps {
  open: boolean;
  onCreate(article: NewArticle): Promise<unknown>;
  onClose(): void;
}

/** Paste an article: a title and its text. The first line of the text stands in for a missing title. */
export function NewArticleDialog({ open, onCreate, onClose }: NewArticleDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setTitle('');
      setText('');
      setError(null);
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const submit = async () => {
    if (!text.trim()) {
      setError('Paste the article text first.');
      return;
    }
    setBusy(true);
    try {
      await onCreate({ title, text });
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} aria-label="New article" className="new-article-dialog" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2>New article</h2>
        <label>
          <span>Title</span>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Defaults to the first line of the text" />
        </label>
        <label>
          <span>Article text</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={16} placeholder="Headline, standfirst, then the body…" />
        </label>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Create
          </button>
        </div>
      </form>
    </dialog>
  );
}
