import type { Notice } from '../hooks/useNotices.ts';

export interface NoticesProps {
  notices: readonly Notice[];
  onDismiss(id: number): void;
}

/** Messages in a corner over the window, so they never push the work aside; errors and good news look apart. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  return (
    <section className="notices" aria-label="Notifications" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : undefined}>
          <span className="notice-icon" aria-hidden="true">
            {notice.kind === 'error' ? '!' : '✓'}
          </span>
          <span className="notice-text">
            {notice.text}
            {notice.path ? (
              <>
                {' '}
                <code className="notice-path">{notice.path}</code>
              </>
            ) : null}
          </span>
          {notice.actions?.map((action) => (
            <button
              key={action.label}
              type="button"
              onClick={() => {
                onDismiss(notice.id);
                action.run();
              }}
            >
              {action.label}
            </button>
          ))}
          <button type="button" className="dismiss" onClick={() => onDismiss(notice.id)} aria-label="Dismiss">
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
