/**
 * The keyboard map: one table that both the key handler and the on-screen
 * help read, so what is shown is what works.
 */
import { acceleratorText, MENU_COMMANDS, type MenuCommandId } from '../annotations/menu-commands.ts';
import type { AttributionKind, Confidence } from '../annotations/model.ts';
import type { VerdictStep } from '../annotations/settings.ts';
import { ATTRIBUTION_LABELS, ATTRIBUTION_ORDER, CONFIDENCE_LABELS } from '../annotations/taxonomy.ts';

export type Command =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'attribution'; kind: AttributionKind }
  | { type: 'confidence'; confidence: Confidence }
  | { type: 'accept' }
  | { type: 'acceptAll' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'split' }
  | { type: 'merge' }
  | { type: 'delete' }
  | { type: 'createFromSelection' }
  | { type: 'sourceFromSelection' }
  | { type: 'note' }
  | { type: 'help' }
  | { type: 'takeClaim'; analyst: number }
  | { type: 'takeField'; analyst: number }
  | { type: 'acceptAgreed' }
  | { type: 'nextOpen' }
  | { type: 'verdict'; verdict: string }
  | { type: 'menu'; id: MenuCommandId }
  | { type: 'palette' };

export interface Shortcut {
  /** As shown to the analyst. */
  keys: string;
  label: string;
  matches(event: KeyboardEvent): boolean;
  command: Command;
  /** Works in text fields too (Find, zoom, the palette): no field has a use of its own for them. */
  global?: boolean;
}

const plain = (key: string) => (e: KeyboardEvent) => e.key === key && !e.ctrlKey && !e.metaKey && !e.altKey;
const mod = (key: string, shift = false) => (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && !e.altKey && e.shiftKey === shift && e.key.toLowerCase() === key;

const CONFIDENCE_KEYS: Record<Confidence, string> = { low: 'l', medium: 'm', high: 'h' };

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'J / ↓', label: 'Next claim', matches: (e) => plain('j')(e) || plain('ArrowDown')(e), command: { type: 'next' } },
  { keys: 'K / ↑', label: 'Previous claim', matches: (e) => plain('k')(e) || plain('ArrowUp')(e), command: { type: 'previous' } },
  ...ATTRIBUTION_ORDER.map((kind, i) => ({
    keys: String(i + 1),
    label: ATTRIBUTION_LABELS[kind],
    matches: plain(String(i + 1)),
    command: { type: 'attribution', kind } as const,
  })),
  ...(['low', 'medium', 'high'] as const).map((confidence) => ({
    keys: CONFIDENCE_KEYS[confidence].toUpperCase(),
    label: `Confidence ${CONFIDENCE_LABELS[confidence]}`,
    matches: plain(CONFIDENCE_KEYS[confidence]),
    command: { type: 'confidence', confidence } as const,
  })),
  { keys: 'Enter', label: 'Accept suggestion', matches: plain('Enter'), command: { type: 'accept' } },
  { keys: 'Shift+A', label: 'Accept all shown suggestions', matches: (e) => e.key === 'A' && e.shiftKey && !e.ctrlKey && !e.metaKey, command: { type: 'acceptAll' } },
  { keys: 'Ctrl+Z', label: 'Undo', matches: mod('z'), command: { type: 'undo' } },
  { keys: 'Ctrl+Shift+Z / Ctrl+Y', label: 'Redo', matches: (e) => mod('z', true)(e) || mod('y')(e), command: { type: 'redo' } },
  { keys: 'N', label: 'New claim from selected text', matches: plain('n'), command: { type: 'createFromSelection' } },
  { keys: 'S', label: 'Source phrase from selected text', matches: plain('s'), command: { type: 'sourceFromSelection' } },
  { keys: '/', label: 'Split claim at the cursor', matches: plain('/'), command: { type: 'split' } },
  { keys: '+', label: 'Merge with next claim', matches: plain('+'), command: { type: 'merge' } },
  { keys: 'Delete', label: 'Delete claim', matches: (e) => plain('Delete')(e), command: { type: 'delete' } },
  { keys: 'E', label: 'Edit note', matches: plain('e'), command: { type: 'note' } },
  { keys: '?', label: 'Show or hide shortcuts', matches: plain('?'), command: { type: 'help' } },
  // Team review records only. Digits by their key position (event.code), so Shift and Alt work on every layout.
  ...Array.from({ length: 9 }, (_, analyst) => ({
    keys: `Shift+${analyst + 1}`,
    label: `Review: take analyst ${analyst + 1}'s answer for the whole claim`,
    matches: (e: KeyboardEvent) => e.code === `Digit${analyst + 1}` && e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey,
    command: { type: 'takeClaim', analyst } as const,
  })),
  ...Array.from({ length: 9 }, (_, analyst) => ({
    keys: `Alt+${analyst + 1}`,
    label: `Review: take analyst ${analyst + 1}'s answer for the first open field`,
    matches: (e: KeyboardEvent) => e.code === `Digit${analyst + 1}` && e.altKey && !e.shiftKey && !e.ctrlKey && !e.metaKey,
    command: { type: 'takeField', analyst } as const,
  })),
  { keys: 'Shift+G', label: 'Review: accept everything agreed', matches: (e) => e.key === 'G' && e.shiftKey && !e.ctrlKey && !e.metaKey, command: { type: 'acceptAgreed' } },
  // Shift: plain O is a verdict key on the default scale.
  { keys: 'Shift+O', label: 'Review: next claim with an open field', matches: (e) => e.key === 'O' && e.shiftKey && !e.ctrlKey && !e.metaKey, command: { type: 'nextOpen' } },
  { keys: 'Ctrl+Shift+P / F1', label: 'All commands', matches: (e) => mod('p', true)(e) || plain('F1')(e), command: { type: 'palette' }, global: true },
  ...MENU_COMMANDS.filter((c) => c.accelerator && c.id !== 'undo' && c.id !== 'redo').map((c) => ({
    keys: acceleratorText(c.accelerator),
    label: c.label,
    matches: acceleratorMatcher(c.accelerator!),
    command: { type: 'menu', id: c.id } as const,
    global: true,
  })),
];

/** Matches an Electron accelerator such as CmdOrCtrl+Shift+O; Ctrl+= also answers to Ctrl++. */
function acceleratorMatcher(accelerator: string): (e: KeyboardEvent) => boolean {
  const parts = accelerator.split('+');
  const key = accelerator.endsWith('+=') ? '=' : parts[parts.length - 1]!.toLowerCase();
  const shift = parts.includes('Shift');
  return (e) => (e.ctrlKey || e.metaKey) && !e.altKey && (e.key.toLowerCase() === key ? e.shiftKey === shift : key === '=' && e.key === '+');
}

/** The team's verdict keys, from the workspace's settings. */
export function verdictShortcuts(steps: readonly VerdictStep[]): Shortcut[] {
  return steps
    .filter((step) => step.key)
    .map((step) => ({ keys: step.key!.toUpperCase(), label: `Verdict ${step.name}`, matches: plain(step.key!), command: { type: 'verdict', verdict: step.name } }));
}

/** Text fields keep every key (their own undo included) but the global ones. */
export function commandFor(event: KeyboardEvent, inTextField: boolean, extra: readonly Shortcut[] = []): Command | null {
  const found = [...SHORTCUTS, ...extra].find((s) => s.matches(event));
  if (!found || (inTextField && !found.global)) return null;
  return found.command;
}

/** The key shown beside a control in the claim card. */
export function keyFor(command: Command): string | undefined {
  return SHORTCUTS.find((s) => JSON.stringify(s.command) === JSON.stringify(command))?.keys;
}
