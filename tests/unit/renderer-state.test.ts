// @vitest-environment happy-dom
/**
 * Renderer modules below the components: the text selection as article offsets,
 * and the hooks behind fields and forms.
 */
import { act, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftContext } from '../../renderer/drafts.ts';
import { FIELD_SAVE_DELAY_MS, useDebouncedField } from '../../renderer/hooks/useDebouncedField.ts';
import { useLatestCallback } from '../../renderer/hooks/useLatestCallback.ts';
import { useSubmit } from '../../renderer/hooks/useSubmit.ts';
import { selectedRange } from '../../renderer/selection.ts';

describe('selectedRange', () => {
  /** The article view's shape: runs of text, each a span with the offset of its first character. */
  function view(): HTMLElement {
    const root = document.createElement('div');
    root.innerHTML = '<p><span data-start="0">The council </span><span data-start="12">said</span><span data-start="16"> on Monday.</span></p>';
    document.body.replaceChildren(root);
    return root;
  }
  const textOf = (root: HTMLElement, index: number) => root.querySelectorAll('span')[index]!.firstChild!;
  function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number) {
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  }

  it('maps a selection inside one run and across runs to article offsets', () => {
    const root = view();
    select(textOf(root, 0), 4, textOf(root, 0), 11);
    expect(selectedRange(root)).toEqual({ start: 4, end: 11 });
    select(textOf(root, 0), 4, textOf(root, 2), 3);
    expect(selectedRange(root)).toEqual({ start: 4, end: 19 });
  });

  it('maps a selection that ends on an element rather than in its text', () => {
    const root = view();
    const paragraph = root.firstChild!;
    select(paragraph, 1, paragraph, 3);
    expect(selectedRange(root)).toEqual({ start: 12, end: 27 });
    const said = root.querySelectorAll('span')[1]!;
    select(said, 0, said, 1);
    expect(selectedRange(root)).toEqual({ start: 12, end: 16 });
  });

  it('is nothing when there is no selection, or it lies outside the article', () => {
    const root = view();
    window.getSelection()!.removeAllRanges();
    expect(selectedRange(root)).toBeNull();
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    select(outside.firstChild!, 0, outside.firstChild!, 4);
    expect(selectedRange(root)).toBeNull();
    expect(selectedRange(null)).toBeNull();
  });
});

describe('useDebouncedField', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function field(value: string) {
    const commit = vi.fn();
    const released = vi.fn();
    const hold = vi.fn(() => released);
    const wrapper = ({ children }: { children: ReactNode }) => createElement(DraftContext.Provider, { value: hold }, children);
    const hook = renderHook(({ value }) => useDebouncedField(value, commit), { initialProps: { value }, wrapper });
    return { ...hook, commit, hold, released };
  }

  it('sends the last text once, a pause after typing, and holds the save status until then', () => {
    vi.useFakeTimers();
    const { result, commit, hold, released } = field('');
    act(() => result.current.onChange('F'));
    act(() => result.current.onChange('Fa'));
    act(() => result.current.onChange('Fal'));
    expect(result.current.value).toBe('Fal');
    expect(hold).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(FIELD_SAVE_DELAY_MS - 1));
    expect(commit).not.toHaveBeenCalled();
    expect(released).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(commit.mock.calls).toEqual([['Fal']]);
    expect(released).toHaveBeenCalledTimes(1);
  });

  it('sends at once on blur, when the window goes away and when the field closes', () => {
    const blurred = field('');
    act(() => blurred.result.current.onChange('on blur'));
    act(() => blurred.result.current.onBlur());
    expect(blurred.commit.mock.calls).toEqual([['on blur']]);
    const hidden = field('');
    act(() => hidden.result.current.onChange('on pagehide'));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(hidden.commit.mock.calls).toEqual([['on pagehide']]);
    const closed = field('');
    act(() => closed.result.current.onChange('on close'));
    closed.unmount();
    expect(closed.commit.mock.calls).toEqual([['on close']]);
  });

  it('sends nothing when the text is what was saved, and takes a new value from the main process', () => {
    const { result, rerender, commit } = field('kept');
    act(() => result.current.onBlur());
    expect(commit).not.toHaveBeenCalled();
    rerender({ value: 'after undo' });
    expect(result.current.value).toBe('after undo');
  });

  it('keeps what the analyst is typing when an older value comes back from the main process, and sends it', () => {
    vi.useFakeTimers();
    const { result, rerender, commit } = field('');
    act(() => result.current.onChange('Mine: f'));
    act(() => vi.advanceTimersByTime(FIELD_SAVE_DELAY_MS));
    rerender({ value: 'Mine: f' });
    act(() => result.current.onChange('Mine: fig'));
    // The article is shown again from the main process (a refused save) while "ig" is still a draft.
    rerender({ value: '' });
    expect(result.current.value).toBe('Mine: fig');
    act(() => result.current.onChange('Mine: figure'));
    act(() => vi.advanceTimersByTime(FIELD_SAVE_DELAY_MS));
    expect(commit.mock.calls).toEqual([['Mine: f'], ['Mine: figure']]);
  });
});

describe('useSubmit', () => {
  it('is busy while the work runs, and keeps the error message for the form', async () => {
    let finish: (() => void) | undefined;
    const { result } = renderHook(() => useSubmit(() => new Promise<void>((resolve) => (finish = resolve))));
    const preventDefault = vi.fn();
    let done: Promise<void> | undefined;
    act(() => void (done = result.current.onSubmit({ preventDefault } as never)));
    expect(preventDefault).toHaveBeenCalled();
    expect(result.current.busy).toBe(true);
    await act(async () => {
      finish!();
      await done;
    });
    expect([result.current.busy, result.current.error]).toEqual([false, null]);
    const failing = renderHook(() => useSubmit(async () => Promise.reject(new Error('Cannot import x.docx'))));
    await act(() => failing.result.current.onSubmit({ preventDefault } as never));
    expect([failing.result.current.busy, failing.result.current.error]).toEqual([false, 'Cannot import x.docx']);
  });
});

describe('useLatestCallback', () => {
  it('keeps one identity and runs the latest closure', () => {
    const { result, rerender } = renderHook(({ n }) => useLatestCallback(() => n), { initialProps: { n: 1 } });
    const first = result.current;
    rerender({ n: 2 });
    expect(result.current).toBe(first);
    expect(result.current()).toBe(2);
  });
});
