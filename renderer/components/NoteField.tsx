import { forwardRef } from 'react';
import { useDebouncedField } from '../hooks/useDebouncedField.ts';

export interface NoteFieldProps {
  label: string;
  value: string;
  placeholder?: string;
  rows?: number;
  onCommit(value: string): void;
}

export const NoteField = forwardRef<HTMLTextAreaElement, NoteFieldProps>(function NoteField({ label, value, placeholder, rows = 2, onCommit }, ref) {
  const field = useDebouncedField(value, onCommit);
  return (
    <label className="note-field">
      <span>{label}</span>
      <textarea
        ref={ref}
        rows={rows}
        value={field.value}
        placeholder={placeholder}
        onChange={(e) => field.onChange(e.target.value)}
        onBlur={field.onBlur}
        onKeyDown={(e) => {
          // Escape leaves the field and hands the keys back to the claim list.
          if (e.key === 'Escape') (e.target as HTMLTextAreaElement).blur();
        }}
      />
    </label>
  );
});
