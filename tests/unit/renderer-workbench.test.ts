// @vitest-environment happy-dom
/**
 * useWorkbench's save status against a stand-in for window.claimbench whose
 * answers the test releases: "Saved" only once every write and every draft is done.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExposedApi } from '../../annotations/contract.ts';
import { applyEdit, type Edit } from '../../annotations/edits.ts';
import type { AnnotationFile } from '../../annotations/model.ts';
import { useWorkbench } from '../../renderer/hooks/useWorkbench.ts';
import { shortFile } from '../support/fixtures.ts';

/** Edits wait until the test answers them, one by one, in order. */
function standIn(file: AnnotationFile) {
  const answers: { resolve: () => void; reject: (error: Error) => void }[] = [];
  let held = file;
  const api = {
    listArticles: vi.fn(async () => []),
    onProgress: () => () => undefined,
    onWorkspaceChanged: () => () => undefined,
    openArticle: vi.fn(async () => held),
    refusedChanges: vi.fn(async () => null),
    edit: vi.fn(
      (_id: string, edit: Edit) =>
        new Promise<AnnotationFile>((resolve, reject) => {
          answers.push({
            resolve: () => resolve((held = applyEdit(held, edit))),
            reject,
          });
        }),
    ),
  } as unknown as ExposedApi;
  window.claimbench = api;
  return { api, answers };
}

afterEach(() => {
  delete window.claimbench;
});

async function opened(file: AnnotationFile) {
  const stand = standIn(file);
  const hook = renderHook(() => useWorkbench());
  await act(() => hook.result.current.openArticle(file.id));
  return { ...stand, ...hook };
}

describe('the save status', () => {
  it('reads Saved only when the last of several writes is answered, showing each change at once', async () => {
    const file = shortFile();
    const { result, answers } = await opened(file);
    expect(result.current.save).toEqual({ kind: 'saved' });
    const id = file.claims[0]!.id;
    let first: Promise<unknown> | undefined;
    let second: Promise<unknown> | undefined;
    act(() => void (first = result.current.edit({ type: 'setConfidence', claimId: id, confidence: 'low' })));
    act(() => void (second = result.current.edit({ type: 'setConfidence', claimId: id, confidence: 'high' })));
    expect(result.current.save).toEqual({ kind: 'saving' });
    expect(result.current.doc!.claims[0]!.confidence).toBe('high');
    await act(async () => {
      answers[0]!.resolve();
      await first;
    });
    // The first answer is older than what is shown: it neither settles the status nor flickers back.
    expect(result.current.save).toEqual({ kind: 'saving' });
    expect(result.current.doc!.claims[0]!.confidence).toBe('high');
    await act(async () => {
      answers[1]!.resolve();
      await second;
    });
    expect(result.current.save).toEqual({ kind: 'saved' });
    expect(result.current.doc!.claims[0]!.confidence).toBe('high');
  });

  it('stays Saving while a draft is held, and a release twice counts once', async () => {
    const file = shortFile();
    const { result, answers } = await opened(file);
    let releaseA: () => void = () => undefined;
    let releaseB: () => void = () => undefined;
    act(() => {
      releaseA = result.current.holdDraft();
      releaseB = result.current.holdDraft();
    });
    let pending: Promise<unknown> | undefined;
    act(() => void (pending = result.current.edit({ type: 'setNote', claimId: file.claims[0]!.id, note: 'x' })));
    await act(async () => {
      answers[0]!.resolve();
      await pending;
    });
    expect(result.current.save).toEqual({ kind: 'saving' });
    act(() => {
      releaseA();
      releaseA();
    });
    expect(result.current.save).toEqual({ kind: 'saving' });
    act(() => releaseB());
    expect(result.current.save).toEqual({ kind: 'saved' });
  });

  it('says why a write failed, and shows again what the main process holds', async () => {
    const file = shortFile();
    const { result, answers, api } = await opened(file);
    let pending: Promise<unknown> | undefined;
    act(() => void (pending = result.current.edit({ type: 'setConfidence', claimId: file.claims[0]!.id, confidence: 'low' })));
    expect(result.current.doc!.claims[0]!.confidence).toBe('low');
    await act(async () => {
      answers[0]!.reject(new Error('bridge.json was changed outside Claimbench'));
      await pending;
    });
    expect(result.current.save).toEqual({ kind: 'failed', message: 'bridge.json was changed outside Claimbench' });
    await waitFor(() => expect(result.current.doc!.claims[0]!.confidence).toBeNull());
    expect(api.openArticle).toHaveBeenCalledTimes(2);
  });

  it('after a refused write, does not show the article again over a later change still on its way', async () => {
    const file = shortFile();
    const { result, answers, api } = await opened(file);
    const id = file.claims[0]!.id;
    let first: Promise<unknown> | undefined;
    let second: Promise<unknown> | undefined;
    act(() => void (first = result.current.edit({ type: 'setConfidence', claimId: id, confidence: 'low' })));
    act(() => void (second = result.current.edit({ type: 'setConfidence', claimId: id, confidence: 'high' })));
    await act(async () => {
      answers[0]!.reject(new Error('bridge.json was changed outside Claimbench'));
      await first;
    });
    expect(result.current.doc!.claims[0]!.confidence).toBe('high');
    expect(api.openArticle).toHaveBeenCalledTimes(1);
    await act(async () => {
      answers[1]!.reject(new Error('your version is held until you choose which version to keep.'));
      await second;
    });
    expect(api.openArticle).toHaveBeenCalledTimes(2);
  });

  it('offers the analyst the version the main process holds after it refused their change', async () => {
    const file = shortFile();
    const { result, answers, api } = await opened(file);
    vi.mocked(api.refusedChanges).mockResolvedValue({ fileProblem: 'bridge.json cannot be read: it is not valid JSON' });
    let pending: Promise<unknown> | undefined;
    act(() => void (pending = result.current.edit({ type: 'setConfidence', claimId: file.claims[0]!.id, confidence: 'low' })));
    await act(async () => {
      answers[0]!.reject(new Error('bridge.json cannot be read: it is not valid JSON'));
      await pending;
    });
    expect(result.current.changedOutside).toBe(true);
    // The file cannot be read: the analyst is offered the restore, not "take theirs".
    expect(result.current.heldFileProblem).toMatch(/cannot be read/);
  });

  it('says a save failed only while its article is shown', async () => {
    const file = shortFile();
    const other = { ...shortFile(), id: 'another-article' };
    const { result, answers, api } = await opened(file);
    vi.mocked(api.openArticle).mockImplementation(async (id) => (id === other.id ? other : file));
    let pending: Promise<unknown> | undefined;
    act(() => void (pending = result.current.edit({ type: 'setConfidence', claimId: file.claims[0]!.id, confidence: 'low' })));
    await act(async () => {
      answers[0]!.reject(new Error('bridge.json cannot be read: it is not valid JSON'));
      await pending;
    });
    expect(result.current.save.kind).toBe('failed');
    await act(() => result.current.openArticle(other.id));
    expect(result.current.save).toEqual({ kind: 'saved' });
  });
});
