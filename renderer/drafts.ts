/**
 * Typing not yet sent counts as unsaved: a field holds a draft from its first
 * keystroke until it has handed the text to the main process, and the save
 * status reads "Saved" only when no draft is held and no write is in flight.
 */
import { createContext } from 'react';

/** Takes a hold on the save status; the returned function lets it go (once). */
export type HoldDraft = () => () => void;

export const DraftContext = createContext<HoldDraft>(() => () => undefined);
