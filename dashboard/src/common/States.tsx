import type { ReactNode } from 'react';
import type { Polled } from './usePolling';

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

/**
 * One independently polled part of a page: its own error (with retry) and loading state, so one failing call
 * leaves the rest of the page working; the last good data stays beside an error.
 */
export function PolledPart<T>({
  polled,
  what,
  children,
}: {
  polled: Polled<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  const { data, error, loading, refresh } = polled;
  return (
    <>
      {error && <ErrorNotice error={error} onRetry={refresh} />}
      {data === undefined && loading && <Loading what={what} />}
      {data !== undefined && children(data)}
    </>
  );
}
