import { useCallback, useEffect, useRef, useState } from 'react';

export const POLL_INTERVAL_MS = 15_000;

export interface Polled<T> {
  data: T | undefined;
  /** The last failure; the last good data stays shown beside it. */
  error: Error | null;
  loading: boolean;
  refresh: () => void;
}

/**
 * Loads at once and again every {@code intervalMs} while the page is shown; a call still running is aborted when
 * the page goes away or its key changes, so a late answer never lands on the wrong page.
 */
export function usePolling<T>(
  load: (signal: AbortSignal) => Promise<T>,
  key: string,
  intervalMs: number = POLL_INTERVAL_MS,
): Polled<T> {
  const [state, setState] = useState<{ key: string; data: T | undefined; error: Error | null; loading: boolean }>({
    key,
    data: undefined,
    error: null,
    loading: true,
  });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) =>
      previous.key === key ? { ...previous, loading: true } : { key, data: undefined, error: null, loading: true },
    );
    loadRef
      .current(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) {
          setState({ key, data, error: null, loading: false });
        }
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) {
          const error = e instanceof Error ? e : new Error(String(e));
          setState((previous) => ({ ...previous, key, error, loading: false }));
        }
      });
    const timer = setTimeout(() => setTick((t) => t + 1), intervalMs);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [key, tick, intervalMs]);

  const refresh = useCallback(() => setTick((t) => t + 1), []);
  const current = state.key === key ? state : { data: undefined, error: null, loading: true };
  return { data: current.data, error: current.error, loading: current.loading, refresh };
}
