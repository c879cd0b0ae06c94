import type { Progress } from '../../annotations/contract.ts';

export interface ProgressBannerProps {
  progress: Progress | null;
}

export function ProgressBanner({ progress }: ProgressBannerProps) {
  if (!progress) return null;
  const known = progress.total > 0;
  return (
    <div className="progress-banner" role="progressbar" aria-label={progress.task} aria-valuemin={0} aria-valuemax={known ? progress.total : undefined} aria-valuenow={known ? progress.done : undefined}>
      <span>{progress.task}…</span>
      {known ? <span>{Math.round((progress.done / progress.total) * 100)}%</span> : null}
      <span className="bar" style={{ width: known ? `${(progress.done / progress.total) * 100}%` : '30%' }} />
    </div>
  );
}
