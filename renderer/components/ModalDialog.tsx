import { useLayoutEffect, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  open: boolean;
  /** The dialog's accessible name. */
  label: string;
  className?: string;
  onClose(): void;
  children: ReactNode;
}

/** A native modal <dialog>: focus is trapped, Escape closes it, the page behind is inert. */
export function ModalDialog({ open, label, className, onClose, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Shown in the same commit as its state, so the page's keys stop the moment a dialog is on screen.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} aria-label={label} className={`modal-dialog ${className ?? ''}`} onClose={onClose}>
      {open ? children : null}
    </dialog>
  );
}
