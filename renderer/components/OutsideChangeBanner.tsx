export interface OutsideChangeBannerProps {
  /** Why the article's file cannot be read, when another program damaged it rather than changed it. */
  fileProblem: string | null;
  onTakeTheirs(): void;
  onRestore(): void;
  onKeepMine(): void;
}

/**
 * The open article changed on disk, or was damaged, while the analyst's own changes were on their way: they go on in
 * their version and choose what becomes of it, and neither version is lost. A damaged file has no "theirs" to take:
 * the last good version is put back instead, and then they choose.
 */
export function OutsideChangeBanner({ fileProblem, onTakeTheirs, onRestore, onKeepMine }: OutsideChangeBannerProps) {
  return (
    <div className="notice outside-change" role="alert">
      {fileProblem ? (
        <span>
          This article’s file was damaged outside Claimbench while you were editing it: {fileProblem} You see your version; it is not saved until you choose.
        </span>
      ) : (
        <span>This article was changed outside Claimbench while you were editing it. You see your version, and the file keeps theirs until you choose.</span>
      )}
      <span className="actions">
        {fileProblem ? (
          <button type="button" onClick={onRestore}>
            Restore the last good version
          </button>
        ) : (
          <button type="button" onClick={onTakeTheirs}>
            Take theirs
          </button>
        )}
        <button type="button" onClick={onKeepMine}>
          Keep mine as a copy
        </button>
      </span>
    </div>
  );
}
