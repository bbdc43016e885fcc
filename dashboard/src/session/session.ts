import type { SessionAnswer } from '../api/types';

/** A signed-in wallet: the gateway's session token and when it stops being accepted. */
export interface Session {
  token: string;
  expiresAt: string;
  address: string;
  roles: string[];
}

const KEY = 'athgrid.session';

/** Kept in sessionStorage so a reload keeps the sign-in but closing the tab ends it. */
export function loadSession(storage: Storage = sessionStorage): Session | null {
  const raw = storage.getItem(KEY);
  if (!raw) {
    return null;
  }
  try {
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.token !== 'string' || typeof parsed.expiresAt !== 'string' || typeof parsed.address !== 'string') {
      storage.removeItem(KEY);
      return null;
    }
    return { token: parsed.token, expiresAt: parsed.expiresAt, address: parsed.address, roles: parsed.roles ?? [] };
  } catch {
    storage.removeItem(KEY);
    return null;
  }
}

export function saveSession(session: Session, storage: Storage = sessionStorage): void {
  storage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(storage: Storage = sessionStorage): void {
  storage.removeItem(KEY);
}

export function sessionOf(answer: SessionAnswer): Session {
  return { token: answer.token, expiresAt: answer.expiresAt, address: answer.address, roles: answer.roles };
}

/** Milliseconds the session has left at {@code now}; zero or less means it is over. */
export function remainingMs(session: Session, now: number = Date.now()): number {
  const end = Date.parse(session.expiresAt);
  return Number.isNaN(end) ? 0 : end - now;
}
