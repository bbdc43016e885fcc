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
