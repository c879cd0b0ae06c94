/**
 * The workbench window: articles on the left, the article in the middle, its
 * claims on the right. Keyboard commands come from shortcuts.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SavedExport } from '../annotations/contract.ts';
import type { Edit } from '../annotations/edits.ts';
import type { ExportFormat } from '../annotations/exports/formats.ts';
import type { ReviewReportFormat } from '../annotations/exports/review-report.ts';
import type { MenuCommand, MenuCommandId } from '../annotations/menu-commands.ts';
import { DEFAULT_WORKSPACE_SETTINGS } from '../annotations/settings.ts';
import type { Claim } from '../annotations/model.ts';
import { filtersNothing, matchesFilter, NO_FILTER, sameArticle, type ClaimFilter } from '../annotations/queries.ts';
import { settledBetween } from '../annotations/review-queries.ts';
import { suggestionStrength } from '../annotations/suggestion-strength.ts';
import { AnalystNameDialog } from './components/AnalystNameDialog.tsx';
import { ArticleList } from './components/ArticleList.tsx';
import { ArticleView } from './components/ArticleView.tsx';
import { ClaimFilters } from './components/ClaimFilters.tsx';
import { ClaimList } from './components/ClaimList.tsx';
import { CodebookDialog } from './components/CodebookDialog.tsx';
import { CommandPalette } from './components/CommandPalette.tsx';
import { CorrectTextDialog } from './components/CorrectTextDialog.tsx';
import { DecidedCount } from './components/DecidedCount.tsx';
import { Legend } from './components/Legend.tsx';
import { Notices } from './components/Notices.tsx';
import { SearchBox } from './components/SearchBox.tsx';
import { SettingsDialog } from './components/SettingsDialog.tsx';
import { WorkspaceBar } from './components/WorkspaceBar.tsx';
import { WorkspaceDialog } from './components/WorkspaceDialog.tsx';
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
import { useVisibleClaims } from './hooks/useVisibleClaims.ts';
import { useWorkbench } from './hooks/useWorkbench.ts';
import { useArticleSearch } from './hooks/useArticleSearch.ts';
import { useNotices } from './hooks/useNotices.ts';
import { useSettings } from './hooks/useSettings.ts';
import { workbenchApi } from './api.ts';
import { changedClaim } from './changed-claim.ts';
import { changedBetween } from './claim-lineage.ts';
import { DraftContext } from './drafts.ts';
import { claimScale } from './scale.ts';
import { selectedRange } from './selection.ts';
import { commandFor, verdictShortcuts, type Command } from './shortcuts.ts';

/** Claims whose text, note or source phrase holds the query, ignoring case. */
function matchesQuery(claim: Claim, query: string): boolean {
  const haystack = `${claim.text}\n${claim.note}\n${claim.attribution.source?.text ?? ''}`.toLocaleLowerCase();
  return haystack.includes(query.toLocaleLowerCase());
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
}

export function App() {
  const bench = useWorkbench();
  const settings = useSettings();
  const { notices, push: notify, dismiss } = useNotices();
  const { doc } = bench;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const [dialog, setDialog] = useState<'new' | 'correct' | 'review' | 'settings' | 'workspace' | 'codebook' | 'palette' | null>(null);
  // A dialog closes only itself: the native close event of one may arrive after the next has opened.
  const closeDialog = (which: NonNullable<typeof dialog>) => () => setDialog((open) => (open === which ? null : open));
  const [nameAsked, setNameAsked] = useState(false);
  const askName = settings.view !== null && !settings.view.user.analyst && !nameAsked;
  const [query, setQuery] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const exportFormatRef = useRef<HTMLSelectElement>(null);
  const workspace = settings.view?.workspace ?? DEFAULT_WORKSPACE_SETTINGS;
  const scale = useMemo(() => claimScale(workspace), [workspace]);
  const verdictKeys = useMemo(() => verdictShortcuts(workspace.verdicts), [workspace]);
  const [helpOpen, setHelpOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const articleText = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const autoOpened = useRef(false);

  // The workbench's messages come to the analyst as notices.
  useEffect(() => {
    if (!bench.notice) return;
    notify(bench.notice);
    bench.dismissNotice();
  }, [bench.notice, bench.dismissNotice, notify]);

  const { index } = bench;
  const { claims, numbers, counts } = index;
  const curation = useCuration(doc);
  const trimmed = query.trim();
  const keep = useMemo(
    () =>
      filtersNothing(filter) && !curation.filters && !trimmed
        ? null
        : (claim: Claim) => matchesFilter(claim, filter) && curation.keeps(claim) && (!trimmed || matchesQuery(claim, trimmed)),
    [filter, trimmed, curation.filters, curation.keeps],
  );
  const visible = useVisibleClaims(index, keep);
  const search = useArticleSearch(articleText, query, doc?.article.text);
  const selected = (selectedId && index.byId.get(selectedId)) || null;
  // The workspace's analyst files of the open article, of its text or one corrected from or into it, for a team review (review records left out).
  const openSummary = bench.articles.find((a) => a.id === doc?.id);
  const reviewCandidates = useMemo(() => {
    if (!openSummary) return [];
    return bench.articles.filter((a) => !a.isReview && sameArticle(a, openSummary)).sort((a, b) => Number(b.id === openSummary.id) - Number(a.id === openSummary.id));
  }, [bench.articles, openSummary]);

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
  // A newly opened article starts at its first claim: the place held, and a claim id that a copy
  // of the article shares, belong to the article before.
  const [placedIn, setPlacedIn] = useState<string | null>(null);
  if (doc && doc.id !== placedIn) {
    setPlacedIn(doc.id);
    setSelectedId(null);
    lastPlace.current = 0;
  } else if (selected) lastPlace.current = selected.start;
  useEffect(() => {
    if (!doc || (selectedId && index.byId.get(selectedId))) return;
    const nearest = visible.claims.reduce<Claim | null>((best, c) => (!best || Math.abs(c.start - lastPlace.current) < Math.abs(best.start - lastPlace.current) ? c : best), null);
    setSelectedId(nearest?.id ?? null);
  }, [doc, selectedId, visible, index]);

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
    const next = await bench.edit(change);
    // After a split, merge or new claim, select the claim that took the old one's place (a tag keeps every claim's place).
    if (!next || changedBetween(claims, next.claims)) return;
    const before = new Set(claims.map((c) => c.id));
    const created = next.claims.filter((c) => !before.has(c.id));
    if (created.length) onSelectClaim(created[0]!.id);
  });

  /** Undo or redo, then bring the claim it changed into view (or the place of one it removed). */
  const travel = useLatestCallback(async (direction: 'undo' | 'redo') => {
    const before = claims;
    const next = await (direction === 'undo' ? bench.undo() : bench.redo());
    const change = next && changedClaim(before, next.claims);
    if (change?.kind === 'changed') onSelectClaim(change.id);
    else if (change?.kind === 'removed') lastPlace.current = change.start;
  });

  const deleteClaim = useLatestCallback(async (id: string) => {
    const number = numbers.get(id);
    if (!(await bench.edit({ type: 'deleteClaim', claimId: id }))) return;
    notify({ kind: 'success', text: `Claim ${number} deleted.`, actions: [{ label: 'Undo', run: () => void travel('undo') }] });
  });

  /** Accepting everything agreed may settle fields far down the list: say how many, or that nothing was agreed. */
  const acceptAgreed = useLatestCallback(async () => {
    const before = doc?.review;
    if (!before?.items) return;
    const next = await bench.edit({ type: 'acceptAgreed' });
    if (!next?.review) return;
    const { fields, claims: on } = settledBetween(before, next.review);
    if (fields === 0) {
      notify({ kind: 'success', text: 'Nothing agreed to accept: on every open field the analysts who decided the claim answered differently, or fewer than two decided it.' });
      return;
    }
    const text = `Accepted ${fields} agreed field${fields === 1 ? '' : 's'} on ${on} claim${on === 1 ? '' : 's'}.`;
    notify({ kind: 'success', text, actions: [{ label: 'Undo', run: () => void travel('undo') }] });
  });

  /** Tells where an export went, with a way to show it in the file manager. */
  const announceExport = useLatestCallback(async (saving: Promise<SavedExport | null>) => {
    const saved = await saving;
    if (!saved) return;
    const path = saved.path;
    notify({
      kind: 'success',
      text: 'Exported to',
      path,
      actions: [
        {
          label: 'Show in folder',
          run: () =>
            void workbenchApi()
              .showInFolder(path)
              .then((shown) => shown || notify({ kind: 'success', text: 'This window cannot open a file manager. The file is at', path })),
        },
      ],
    });
  });
  const exportAs = (format: ExportFormat) => announceExport(bench.exportAs(format));
  const exportReview = (format: ReviewReportFormat) => announceExport(bench.exportReview(format));

  const switchWorkspace = useLatestCallback(async (dir: string | null) => {
    if (!(await settings.switchWorkspace(dir))) return false;
    setSelectedId(null);
    setQuery('');
    // The new workspace opens on its first readable article, as the window does at start.
    const first = (await bench.reload()).find((a) => !a.error);
    if (first) await bench.openArticle(first.id);
    return true;
  });

  /** Inside a text field, Undo and Redo are the field's own; elsewhere the workbench's. */
  const undoOrRedo = (direction: 'undo' | 'redo') => {
    if (isTextField(document.activeElement)) document.execCommand(direction);
    else void travel(direction);
  };

  const runMenu = useLatestCallback((id: MenuCommandId) => {
    switch (id) {
      case 'newArticle':
        return setDialog('new');
      case 'open':
        return void bench.importWithDialog();
      case 'openWorkspace':
        return setDialog('workspace');
      case 'export':
        return exportFormatRef.current?.focus();
      case 'settings':
        return settings.view && setDialog('settings');
      case 'undo':
      case 'redo':
        return undoOrRedo(id);
      case 'find':
        searchRef.current?.focus();
        return searchRef.current?.select();
      case 'zoomIn':
        return void settings.zoom(1);
      case 'zoomOut':
        return void settings.zoom(-1);
      case 'zoomReset':
        return void settings.zoom(0);
      case 'toggleTheme':
        return void settings.saveUser({ theme: settings.effectiveTheme === 'dark' ? 'light' : 'dark' });
      case 'shortcuts':
        return setHelpOpen((open) => !open);
      case 'codebook':
        return setDialog('codebook');
    }
  });

  useEffect(
    () =>
      workbenchApi().onMenuCommand((command: MenuCommand) => {
        if (command.command === 'switchWorkspace') void switchWorkspace(command.dir);
        else runMenu(command.command);
      }),
    [runMenu, switchWorkspace],
  );

  const selectRelative = (step: number) => {
    const shown = visible.claims;
    if (shown.length === 0) return;
    const at = selectedId ? visible.indexOf(selectedId) : -1;
    const next = shown[Math.max(0, Math.min(shown.length - 1, at === -1 ? 0 : at + step))];
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
        // Accept and move on: one key per claim.
        if (id && selected?.status === 'suggested') void edit({ type: 'acceptSuggestions', claimIds: [id] });
        return selectRelative(1);
      case 'verdict':
        return id && edit({ type: 'setVerdict', claimId: id, verdict: command.verdict });
      case 'menu':
        return runMenu(command.id);
      case 'palette':
        return setDialog('palette');
      case 'acceptAll': {
        // As its button: a review record's claims are settled field by field.
        if (doc?.review?.items) return;
        const ids = visible.claims.filter((c) => c.status === 'suggested').map((c) => c.id);
        return ids.length > 0 && edit({ type: 'acceptSuggestions', claimIds: ids });
      }
      case 'undo':
      case 'redo':
        return travel(command.type);
      case 'split':
        return splitAtCursor();
      case 'merge':
        return id && edit({ type: 'mergeWithNext', claimId: id });
      case 'delete':
        return id && deleteClaim(id);
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
      case 'acceptAgreed':
        return acceptAgreed();
      case 'takeClaim':
      case 'takeField':
      case 'nextOpen': {
        const action = curation.resolve(command, selected, visible.claims);
        if (action && 'select' in action) return onSelectClaim(action.select);
        return action && edit(action.edit);
      }
    }
  });

  // Whether a dialog is open is read from the page, not from state: Escape closes a native dialog at once but
  // tells React only with the close event a task later, and a key pressed in between was dropped.
  const onKey = useLatestCallback((event: KeyboardEvent) => {
    if (document.querySelector('dialog[open]')) return;
    const onRadio = event.target instanceof HTMLInputElement && event.target.type === 'radio';
    if (onRadio && event.key.startsWith('Arrow')) return;
    const command = commandFor(event, isTextField(event.target), verdictKeys);
    // Without an open article only the window's own commands (menus, palette, help) apply.
    if (!command || (!doc && command.type !== 'menu' && command.type !== 'palette' && command.type !== 'help')) return;
    event.preventDefault();
    void run(command);
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKey]);


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
          onUndo={() => void travel('undo')}
          onRedo={() => void travel('redo')}
          onExport={(format) => void exportAs(format)}
          onToggleHelp={() => setHelpOpen((open) => !open)}
          onCommands={() => setDialog('palette')}
          onSettings={() => settings.view && setDialog('settings')}
          exportFormatRef={exportFormatRef}
        />
        <ProgressBanner progress={bench.progress} />
        {bench.changedOutside && !bench.openError ? (
          <OutsideChangeBanner
            fileProblem={bench.heldFileProblem}
            onTakeTheirs={() => void bench.takeTheirs()}
            onRestore={() => void bench.restoreLastGood()}
            onKeepMine={() => void bench.keepMineAsCopy()}
          />
        ) : null}
        <main className="workspace">
          <div className="left-column">
            <WorkspaceBar dir={settings.view?.workspaceDir ?? null} onSwitch={() => setDialog('workspace')} />
            <ArticleList articles={bench.articles} openId={doc?.id ?? null} onOpen={bench.openArticle} />
          </div>
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
                index={index}
                selected={selected}
                onSelectClaim={onSelectClaim}
                onCorrect={() => setDialog('correct')}
                onReview={() => setDialog('review')}
              />
              <section className="claims-pane" aria-label="Claim list">
                <div className="claims-head">
                  <DecidedCount decided={counts.byStatus.tagged + counts.byStatus.reviewed} total={counts.total} />
                  <SearchBox ref={searchRef} query={query} articleMatches={search.matches} claimMatches={visible.claims.length} onChange={setQuery} onStep={search.step} />
                </div>
              {doc.review?.items ? (
                <CurationPanel
                  review={doc.review}
                  claims={claims}
                  filter={curation.filter}
                  onFilter={curation.setFilter}
                  onAcceptAgreed={() => void run({ type: 'acceptAgreed' })}
                  onExport={(format) => void exportReview(format)}
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
                <ClaimFilters filter={filter} counts={counts} shown={visible.claims.length} onChange={setFilter} />
                <SuggestionActions
                  shownSuggestions={visible.suggestions.open}
                  shownStrong={visible.suggestions.strong}
                  reviewRecord={Boolean(doc.review?.items)}
                  onAcceptShown={() => void run({ type: 'acceptAll' })}
                  onAcceptStrong={() => void edit({ type: 'acceptSuggestions', claimIds: visible.claims.filter((c) => suggestionStrength(c) === 'strong').map((c) => c.id) })}
                  onRerun={() => void edit({ type: 'rerunSuggestions' })}
                />
                <ClaimList
                  visible={visible}
                  numbers={numbers}
                  lastId={claims[claims.length - 1]?.id}
                  selectedId={selectedId}
                  scale={scale}
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
          <ShortcutHelp open={helpOpen} extra={verdictKeys} />
        </main>
        <footer className="status-bar">
          <Legend scale={scale} />
        </footer>
        <Notices notices={notices} onDismiss={dismiss} />
        <AnalystNameDialog open={askName} onSave={(analyst) => settings.saveUser({ analyst })} onClose={() => setNameAsked(true)} />
        <CommandPalette open={dialog === 'palette'} onRun={runMenu} onClose={closeDialog('palette')} />
        <CodebookDialog open={dialog === 'codebook'} settings={workspace} onClose={closeDialog('codebook')} />
        {settings.view ? (
          <>
            <SettingsDialog
              open={dialog === 'settings'}
              view={settings.view}
              onSave={async (user, team) => {
                await settings.saveUser(user);
                await settings.saveWorkspace(team);
              }}
              onClose={closeDialog('settings')}
            />
            <WorkspaceDialog
              open={dialog === 'workspace'}
              current={settings.view.workspaceDir}
              recent={settings.view.user.recentWorkspaces}
              onSwitch={switchWorkspace}
              onClose={closeDialog('workspace')}
            />
          </>
        ) : null}
        <NewArticleDialog open={dialog === 'new'} onCreate={bench.createArticle} onClose={closeDialog('new')} />
        <ReviewDialog open={dialog === 'review'} candidates={reviewCandidates} onStart={bench.startReview} onClose={closeDialog('review')} />
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
            onClose={closeDialog('correct')}
          />
        ) : null}
      </div>
    </DraftContext.Provider>
  );
}
