/**
 * The workbench window: articles on the left, the article in the middle, its
 * claims on the right. Keyboard commands come from shortcuts.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Edit } from '../annotations/edits.ts';
import type { Claim } from '../annotations/model.ts';
import { countClaims, filterClaims, NO_FILTER, type ClaimFilter } from '../annotations/queries.ts';
import { suggestionStrength } from '../annotations/suggestion-strength.ts';
import { ArticleList } from './components/ArticleList.tsx';
import { ArticleView } from './components/ArticleView.tsx';
import { ClaimFilters } from './components/ClaimFilters.tsx';
import { ClaimList } from './components/ClaimList.tsx';
import { CorrectTextDialog } from './components/CorrectTextDialog.tsx';
import { ReviewDialog } from './components/ReviewDialog.tsx';
import { AnswerGrid } from './components/AnswerGrid.tsx';
import { CurationPanel } from './components/CurationPanel.tsx';
import { ReviewSummary } from './components/ReviewSummary.tsx';
import { NewArticleDialog } from './components/NewArticleDialog.tsx';
import { OutsideChangeBanner } from './components/OutsideChangeBanner.tsx';
import { ProgressBanner } from './components/ProgressBanner.tsx';
import { ShortcutHelp } from './components/ShortcutHelp.tsx';
import { SuggestionActions } from './components/SuggestionActions.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import { useCuration } from './hooks/useCuration.ts';
import { useLatestCallback } from './hooks/useLatestCallback.ts';
import { useWorkbench } from './hooks/useWorkbench.ts';
import { DraftContext } from './drafts.ts';
import { selectedRange } from './selection.ts';
import { commandFor, type Command } from './shortcuts.ts';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
}

export function App() {
  const bench = useWorkbench();
  const { doc } = bench;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const [dialog, setDialog] = useState<'new' | 'correct' | 'review' | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const articleText = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const autoOpened = useRef(false);

  const claims = doc?.claims ?? [];
  const curation = useCuration(doc);
  const visible = useMemo(() => curation.apply(filterClaims(claims, filter)), [claims, filter, curation.apply]);
  const counts = useMemo(() => countClaims(claims), [claims]);
  const numbers = useMemo(() => new Map(claims.map((c, i) => [c.id, i + 1])), [claims]);
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  // The workspace's analyst files of the open article's text, for a team review (review records left out).
  const openFingerprint = bench.articles.find((a) => a.id === doc?.id)?.fingerprint;
  const reviewCandidates = useMemo(() => {
    if (!doc || openFingerprint === undefined) return [];
    return bench.articles.filter((a) => a.fingerprint === openFingerprint && !a.isReview).sort((a, b) => Number(b.id === doc.id) - Number(a.id === doc.id));
  }, [bench.articles, doc, openFingerprint]);

  useEffect(() => {
    document.title = doc ? `${doc.article.title} – Claimbench` : 'Claimbench';
  }, [doc?.article.title]);

  // Open the most recent readable article at once, so the window shows work, not a blank page.
  useEffect(() => {
    if (autoOpened.current || doc || bench.articles.length === 0) return;
    autoOpened.current = true;
    const first = bench.articles.find((a) => !a.error);
    if (first) void bench.openArticle(first.id);
  }, [bench.articles, doc, bench.openArticle]);

  // Keep a selection that still exists; otherwise take the visible claim nearest to where it was
  // (after an undo of a split, say), so the analyst's place in the article is kept.
  const lastPlace = useRef(0);
  if (selected) lastPlace.current = selected.start;
  useEffect(() => {
    if (!doc || (selectedId && doc.claims.some((c) => c.id === selectedId))) return;
    const nearest = visible.reduce<Claim | null>((best, c) => (!best || Math.abs(c.start - lastPlace.current) < Math.abs(best.start - lastPlace.current) ? c : best), null);
    setSelectedId(nearest?.id ?? null);
  }, [doc, selectedId, visible]);

  // A claim picked in the list stays where the pointer is; one picked by key or in the article is brought into view.
  const [revealInList, setRevealInList] = useState(true);
  useEffect(() => {
    if (selectedId) articleText.current?.querySelector(`[data-claim="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const onSelectClaim = useLatestCallback((id: string) => {
    setRevealInList(true);
    setSelectedId(id);
  });
  const onSelectInList = useLatestCallback((id: string) => {
    setRevealInList(false);
    setSelectedId(id);
  });

  const edit = useLatestCallback(async (change: Edit) => {
    const before = new Set(claims.map((c) => c.id));
    const next = await bench.edit(change);
    if (!next) return;
    // After a split, merge or new claim, select the claim that took the old one's place.
    const created = next.claims.filter((c) => !before.has(c.id));
    if (created.length) onSelectClaim(created[0]!.id);
  });

  const selectRelative = (step: number) => {
    if (visible.length === 0) return;
    const index = visible.findIndex((c) => c.id === selectedId);
    const next = visible[Math.max(0, Math.min(visible.length - 1, index === -1 ? 0 : index + step))];
    if (next) onSelectClaim(next.id);
  };

  const splitAtCursor = useLatestCallback(() => {
    const range = selectedRange(articleText.current);
    if (!range) return;
    // The selected claim if the cursor is inside it, else whichever claim the cursor is in.
    const covers = (c: Claim) => !c.orphaned && c.start < range.start && range.start < c.end;
    const target = selected && covers(selected) ? selected : claims.find(covers);
    if (target) void edit({ type: 'splitClaim', claimId: target.id, at: range.start });
  });

  const sourceFromSelection = useLatestCallback(() => {
    const range = selectedRange(articleText.current);
    if (range && selectedId && range.end > range.start) void edit({ type: 'setSource', claimId: selectedId, source: range });
  });

  const run = useLatestCallback((command: Command) => {
    const id = selected?.id;
    switch (command.type) {
      case 'next':
        return selectRelative(1);
      case 'previous':
        return selectRelative(-1);
      case 'attribution':
        return id && edit({ type: 'setAttribution', claimId: id, kind: command.kind });
      case 'confidence':
        return id && edit({ type: 'setConfidence', claimId: id, confidence: command.confidence });
      case 'accept':
        return id && selected?.status === 'suggested' && edit({ type: 'acceptSuggestions', claimIds: [id] });
      case 'acceptAll': {
        const ids = visible.filter((c) => c.status === 'suggested').map((c) => c.id);
        return ids.length > 0 && edit({ type: 'acceptSuggestions', claimIds: ids });
      }
      case 'undo':
        return bench.undo();
      case 'redo':
        return bench.redo();
      case 'split':
        return splitAtCursor();
      case 'merge':
        return id && edit({ type: 'mergeWithNext', claimId: id });
      case 'delete':
        return id && edit({ type: 'deleteClaim', claimId: id });
      case 'createFromSelection': {
        const range = selectedRange(articleText.current);
        return range && range.end > range.start && edit({ type: 'createClaim', ...range });
      }
      case 'sourceFromSelection':
        return sourceFromSelection();
      case 'note':
        return noteRef.current?.focus();
      case 'help':
        return setHelpOpen((open) => !open);
      case 'takeClaim':
      case 'takeField':
      case 'acceptAgreed':
      case 'nextOpen': {
        const action = curation.resolve(command, selected, visible);
        if (action && 'select' in action) return onSelectClaim(action.select);
        return action && edit(action.edit);
      }
    }
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (dialog || !doc) return;
      const onRadio = event.target instanceof HTMLInputElement && event.target.type === 'radio';
      if (onRadio && event.key.startsWith('Arrow')) return;
      const command = commandFor(event, isTextField(event.target));
      if (!command) return;
      event.preventDefault();
      void run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog, doc, run]);


  return (
    <DraftContext.Provider value={bench.holdDraft}>
      <div
        className={`app ${dragging ? 'dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void bench.importFiles([...e.dataTransfer.files]);
        }}
      >
        <Toolbar
          hasDocument={Boolean(doc)}
          save={bench.save}
          onNewArticle={() => setDialog('new')}
          onOpenFile={() => void bench.importWithDialog()}
          onUndo={() => void bench.undo()}
          onRedo={() => void bench.redo()}
          onExport={(format) => void bench.exportAs(format)}
          onToggleHelp={() => setHelpOpen((open) => !open)}
        />
        <ProgressBanner progress={bench.progress} />
        {bench.changedOutside ? <OutsideChangeBanner onTakeTheirs={() => void bench.takeTheirs()} onKeepMine={() => void bench.keepMineAsCopy()} /> : null}
        {bench.notice ? (
          <div className="notice" role="alert">
            <span>{bench.notice}</span>
            <button type="button" onClick={bench.dismissNotice} aria-label="Dismiss">
              ×
            </button>
          </div>
        ) : null}
        <div className="workspace">
          <ArticleList articles={bench.articles} openId={doc?.id ?? null} onOpen={(id) => void bench.openArticle(id)} />
          {bench.openError ? (
            <section className="open-error" role="alert" aria-label="Article">
              <h2>This article cannot be opened</h2>
              <p>{bench.openError}</p>
              <p>Repair it, move it out of the workspace folder, or put back the last version Claimbench saved.</p>
              <button type="button" onClick={() => void bench.restoreLastGood()}>
                Restore the last good version
              </button>
            </section>
          ) : doc ? (
            <>
              <ArticleView
                ref={articleText}
                title={doc.article.title}
                text={doc.article.text}
                claims={claims}
                selected={selected}
                onSelectClaim={onSelectClaim}
                onCorrect={() => setDialog('correct')}
                onReview={() => setDialog('review')}
              />
              <section className="claims-pane" aria-label="Claim list">
              {doc.review?.items ? (
                <CurationPanel
                  review={doc.review}
                  claims={claims}
                  filter={curation.filter}
                  onFilter={curation.setFilter}
                  onAcceptAgreed={() => void run({ type: 'acceptAgreed' })}
                  onExport={(format) => void bench.exportReview(format)}
                />
              ) : doc.review ? (
                <ReviewSummary review={doc.review} open={counts.byStatus.suggested} />
              ) : null}
              {selected && doc.review && curation.items?.get(selected.id) ? (
                <AnswerGrid
                  claim={selected}
                  number={numbers.get(selected.id) ?? 0}
                  item={curation.items.get(selected.id)!}
                  analysts={doc.review.analysts}
                  onTake={(analyst, field) => void edit({ type: 'takeAnswer', claimId: selected.id, analyst, field })}
                />
              ) : null}
                <ClaimFilters filter={filter} counts={counts} shown={visible.length} onChange={setFilter} />
                <SuggestionActions
                  shownSuggestions={visible.filter((c) => c.status === 'suggested').length}
                  shownStrong={visible.filter((c) => suggestionStrength(c) === 'strong').length}
                  onAcceptShown={() => void run({ type: 'acceptAll' })}
                  onAcceptStrong={() => void edit({ type: 'acceptSuggestions', claimIds: visible.filter((c) => suggestionStrength(c) === 'strong').map((c) => c.id) })}
                  onRerun={() => void edit({ type: 'rerunSuggestions' })}
                />
                <ClaimList
                  claims={visible}
                  numbers={numbers}
                  lastId={claims[claims.length - 1]?.id}
                  selectedId={selectedId}
                  revealSelected={revealInList}
                  noteRef={noteRef}
                  onSelect={onSelectInList}
                  onEdit={edit}
                  onSplit={splitAtCursor}
                  onSourceFromSelection={sourceFromSelection}
                />
              </section>
            </>
          ) : (
            <section className="empty-state" aria-label="Article">
              <h2>No article open</h2>
              <p>Choose one on the left, paste one with “New article”, or drop an article file (.txt, .md, .html, .pdf) here.</p>
            </section>
          )}
          <ShortcutHelp open={helpOpen} />
        </div>
        <NewArticleDialog open={dialog === 'new'} onCreate={bench.createArticle} onClose={() => setDialog(null)} />
        <ReviewDialog open={dialog === 'review'} candidates={reviewCandidates} onStart={bench.startReview} onClose={() => setDialog(null)} />
        {doc ? (
          <CorrectTextDialog
            open={dialog === 'correct'}
            title={doc.article.title}
            text={doc.article.text}
            onSave={async (changed) => {
              // Each change is its own edit, so undo takes them back one at a time.
              if (changed.title !== undefined && !(await bench.edit({ type: 'setTitle', title: changed.title }))) throw new Error('The title was not saved.');
              if (changed.text !== undefined && !(await bench.edit({ type: 'correctText', text: changed.text }))) throw new Error('The correction was not saved.');
            }}
            onClose={() => setDialog(null)}
          />
        ) : null}
      </div>
    </DraftContext.Provider>
  );
}
