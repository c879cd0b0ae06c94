/**
 * Text bound for a terminal: a title or note from a hostile file could carry
 * escape sequences that move the cursor, rewrite earlier lines or set the
 * window title. Control characters other than newline and tab are dropped.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function forTerminal(text: string): string {
  return text.replace(CONTROL, '');
}
