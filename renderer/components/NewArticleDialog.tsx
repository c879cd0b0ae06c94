import { useState, type KeyboardEvent } from 'react';
import type { NewArticle } from '../../annotations/contract.ts';
import { DialogFooter } from './DialogFooter.tsx';
import { ModalDialog } from './ModalDialog.tsx';
import { useSubmit } from '../hooks/useSubmit.ts';

export interface NewArticleDialogProps {
  open: boolean;
  onCreate(article: NewArticle): Promise<unknown>;
  onClose(): void;
}

const NO_DRAFT: NewArticle = { title: '', text: '' };

/** Paste an article: a title and its text. The first line of the text stands in for a missing title. */
export function NewArticleDialog({ open, onCreate, onClose }: NewArticleDialogProps) {
  // The draft outlives the dialog: Escape or Cancel never throws away a pasted article; making it does.
  const [draft, setDraft] = useState(NO_DRAFT);
  const create = async (article: NewArticle) => {
    await onCreate(article);
    setDraft(NO_DRAFT);
  };
  return (
    <ModalDialog open={open} label="New article" onClose={onClose}>
      <NewArticleForm draft={draft} onDraft={setDraft} onCreate={create} onClose={onClose} />
    </ModalDialog>
  );
}

interface NewArticleFormProps extends Omit<NewArticleDialogProps, 'open'> {
  draft: NewArticle;
  onDraft(draft: NewArticle): void;
}

function NewArticleForm({ draft, onDraft, onCreate, onClose }: NewArticleFormProps) {
  const { title, text } = draft;
  const submit = useSubmit(async () => {
    if (!text.trim()) throw new Error('Paste the article text first.');
    await onCreate({ title, text });
    onClose();
  });
  // In the text area Enter is a new line, so Ctrl+Enter (Cmd+Enter on a Mac) creates the article.
  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    // As Enter in the title does, only while Create can be pressed: never a second article from one paste.
    if (!submit.busy) event.currentTarget.requestSubmit();
  };
  return (
    <form onSubmit={submit.onSubmit} onKeyDown={submitOnCtrlEnter}>
      <h2>New article</h2>
      <label>
        <span>Title</span>
        <input type="text" value={title} onChange={(e) => onDraft({ title: e.target.value, text })} placeholder="Defaults to the first line of the text" />
      </label>
      <label>
        <span>Article text</span>
        <textarea value={text} onChange={(e) => onDraft({ title, text: e.target.value })} rows={16} placeholder="Headline, standfirst, then the body…" />
      </label>
      <DialogFooter error={submit.error} busy={submit.busy} submitLabel="Create" onCancel={onClose} />
    </form>
  );
}
