// @vitest-environment happy-dom
/** The keyboard map as README.md lists it: each key, what it does, and where keys are left alone. */
import { describe, expect, it } from 'vitest';
import { commandFor, keyFor, SHORTCUTS, type Command } from '../../renderer/shortcuts.ts';

const press = (key: string, mods: KeyboardEventInit = {}, inTextField = false) => commandFor(new KeyboardEvent('keydown', { key, ...mods }), inTextField);

describe('keys on the claim list', () => {
  const table: [string, KeyboardEventInit, Command][] = [
    ['j', {}, { type: 'next' }],
    ['ArrowDown', {}, { type: 'next' }],
    ['k', {}, { type: 'previous' }],
    ['ArrowUp', {}, { type: 'previous' }],
    ['1', {}, { type: 'attribution', kind: 'named' }],
    ['2', {}, { type: 'attribution', kind: 'unnamed' }],
    ['3', {}, { type: 'attribution', kind: 'image' }],
    ['4', {}, { type: 'attribution', kind: 'none' }],
    ['l', {}, { type: 'confidence', confidence: 'low' }],
    ['m', {}, { type: 'confidence', confidence: 'medium' }],
    ['h', {}, { type: 'confidence', confidence: 'high' }],
    ['A', { shiftKey: true }, { type: 'acceptAll' }],
    ['n', {}, { type: 'createFromSelection' }],
    ['s', {}, { type: 'sourceFromSelection' }],
    ['/', {}, { type: 'split' }],
    ['+', { shiftKey: true }, { type: 'merge' }],
    ['Delete', {}, { type: 'delete' }],
    ['e', {}, { type: 'note' }],
    ['z', { ctrlKey: true }, { type: 'undo' }],
    ['z', { metaKey: true }, { type: 'undo' }],
    ['Z', { ctrlKey: true, shiftKey: true }, { type: 'redo' }],
    ['y', { ctrlKey: true }, { type: 'redo' }],
    ['?', { shiftKey: true }, { type: 'help' }],
  ];
  it.each(table)('%s %o', (key, mods, command) => {
    expect(press(key, mods)).toEqual(command);
  });

  it('leaves keys with other modifiers to the browser', () => {
    for (const [key, mods] of [
      ['j', { ctrlKey: true }],
      ['1', { altKey: true }],
      ['l', { metaKey: true }],
      ['a', {}],
      ['A', { shiftKey: true, ctrlKey: true }],
      ['z', { ctrlKey: true, altKey: true }],
      ['y', { ctrlKey: true, shiftKey: true }],
      ['5', {}],
      ['x', {}],
    ] as const) {
      expect(press(key, mods), `${key} ${JSON.stringify(mods)}`).toBeNull();
    }
  });

  it('leaves every key to a text field, its own undo included', () => {
    for (const [key, mods] of table) expect(press(key, mods, true)).toBeNull();
  });

  it('shows the key that works beside each command, and one key does one thing', () => {
    expect(keyFor({ type: 'attribution', kind: 'image' })).toBe('3');
    expect(keyFor({ type: 'confidence', confidence: 'medium' })).toBe('M');
    expect(keyFor({ type: 'redo' })).toBe('Ctrl+Shift+Z / Ctrl+Y');
    expect(keyFor({ type: 'note' })).toBe('E');
    const commands = SHORTCUTS.map((s) => JSON.stringify(s.command));
    expect(new Set(commands).size).toBe(commands.length);
  });
});
