import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiClient, type Fetch } from '../api/client';
import { clearSession, loadSession, remainingMs, saveSession, type Session } from './session';

export const SESSION_EXPIRED_MESSAGE = 'Your session has ended. Sign in again to continue.';

interface SessionState {
  session: Session | null;
  /** Why the user is looking at the sign-in screen again, if not by choice. */
  notice: string | null;
  api: ApiClient;
  signedIn: (session: Session) => void;
  signOut: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

function initialState(): { session: Session | null; notice: string | null } {
  const stored = loadSession();
  if (stored && remainingMs(stored) <= 0) {
    clearSession();
    return { session: null, notice: SESSION_EXPIRED_MESSAGE };
  }
  return { session: stored, notice: null };
}

/** Holds the wallet session, ends it when the gateway says 401 or its expiry passes, and gives pages the API client. */
export function SessionProvider({ children, fetch }: { children: ReactNode; fetch?: Fetch }) {
  const [state, setState] = useState(initialState);
  const tokenRef = useRef<string | null>(state.session?.token ?? null);
  tokenRef.current = state.session?.token ?? null;

  const expire = useCallback(() => {
    clearSession();
    tokenRef.current = null;
    setState({ session: null, notice: SESSION_EXPIRED_MESSAGE });
  }, []);

  const signedIn = useCallback((session: Session) => {
    saveSession(session);
    tokenRef.current = session.token;
    setState({ session, notice: null });
  }, []);

  const signOut = useCallback(() => {
    clearSession();
    tokenRef.current = null;
    setState({ session: null, notice: null });
  }, []);

  const api = useMemo(
    () => new ApiClient({ token: () => tokenRef.current, onUnauthorized: expire, fetch }),
    [expire, fetch],
  );

  const session = state.session;
  useEffect(() => {
    if (!session) {
      return undefined;
    }
    // setTimeout's limit is about 24.8 days; gateway sessions last minutes.
    const timer = setTimeout(expire, Math.max(0, Math.min(remainingMs(session), 2_000_000_000)));
    return () => clearTimeout(timer);
  }, [session, expire]);

  const value = useMemo(
    () => ({ session, notice: state.notice, api, signedIn, signOut }),
    [session, state.notice, api, signedIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) {
    throw new Error('useSession outside SessionProvider');
  }
  return state;
}

/** The API client of the signed-in session. */
export function useApi(): ApiClient {
  return useSession().api;
}
