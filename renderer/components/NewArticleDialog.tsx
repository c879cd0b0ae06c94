import { useState } from 'react';
import type { NewArticle } from '../../annotations/contract.ts';
import { DialogFooter } from './DialogFooter.tsx';
import { ModalDialog } from './ModalDialog.tsx';
import { useSubmit } from '../hooks/useSubmit.ts';

export interface NewArticleDialogProps {
  open: boolean;
  onCreate(article: NewArticle): Promise<unknown>;
  onClose(): void;
}

/** Paste an article: a title and its text. The first line of the text stands in for a missing title. */
export function NewArticleDialog({ open, onCreate, onClose }: NewArticleDialogProps) {
  return (
    <ModalDialog open={open} label="New article" onClose={onClose}>
      <NewArticleForm onCreate={onCreate} onClose={onClose} />
    </ModalDialog>
  );
}

function NewArticleForm({ onCreate, onClose }: Omit<NewArticleDialogProps, 'open'>) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const submit = useSubmit(async () => {
    if (!text.trim()) throw new Error('Paste the article text first.');
    await onCreate({ title, text });
    onClose();
  });
  return (
    <form onSubmit={submit.onSubmit}>
      <h2>New article</h2>
      <label>
        <span>Title</span>
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Defaults to the first line of the text" />
      </label>
      <label>
        <span>Article text</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={16} placeholder="Headline, standfirst, then the body…" />
      </label>
      <DialogFooter error={submit.error} busy={submit.busy} submitLabel="Create" onCancel={onClose} />
    </form>
  );
}
