export interface OutsideChangeBannerProps {
  onTakeTheirs(): void;
  onKeepMine(): void;
}

/** The open article changed on disk while the analyst's own changes were on their way: they choose, and neither version is lost. */
export function OutsideChangeBanner({ onTakeTheirs, onKeepMine }: OutsideChangeBannerProps) {
  return (
    <div className="notice outside-change" role="alert">
      <span>This article was changed outside Claimbench while you were editing it. You see your version, and the file keeps theirs until you choose.</span>
      <span className="actions">
        <button type="button" onClick={onTakeTheirs}>
          Take theirs
        </button>
        <button type="button" onClick={onKeepMine}>
          Keep mine as a copy
        </button>
      </span>
    </div>
  );
}
