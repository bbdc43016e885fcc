import type { ReactNode } from 'react';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state state--loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorNotice({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state--empty">{children}</p>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge--${status.toLowerCase()}`}>{status.replace(/_/g, ' ').toLowerCase()}</span>;
}

/** A page's title, with a quiet "Refreshing…" while a poll runs over data already shown. */
export function PageHead({ id, title, refreshing }: { id: string; title: string; refreshing: boolean }) {
  return (
    <div className="page-head">
      <h1 id={id}>{title}</h1>
      {refreshing && <span className="muted small" role="status">Refreshing…</span>}
    </div>
  );
}
