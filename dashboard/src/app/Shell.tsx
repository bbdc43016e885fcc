import { useEffect, useRef, type ReactNode } from 'react';
import { shortAddress } from '../common/format';
import { useSession } from '../session/SessionContext';
import { href, type Route } from './routes';

/** The main navigation: the section's key (as {@link sectionOf} names it), where it leads, its label. */
const NAVIGATION: readonly (readonly [string, string, string])[] = [
  ['overview', href.overview, 'Overview'],
  ['containers', href.containers, 'Containers'],
  ['slashes', href.slashes, 'Slashes'],
  ['earnings', href.earnings, 'Earnings'],
  ['missed-demand', href.missedDemand, 'Missed demand'],
  ['checkers', href.checkers, 'Checkers'],
];

/** The navigation entry a page belongs to. */
function sectionOf(route: Route): string | null {
  switch (route.page) {
    case 'overview':
      return 'overview';
    case 'containers':
    case 'container':
      return 'containers';
    case 'slashes':
    case 'slash':
      return 'slashes';
    case 'earnings':
      return 'earnings';
    case 'missed-demand':
      return 'missed-demand';
    case 'checkers':
      return 'checkers';
    case 'not-found':
      return null;
  }
}

/** Header with the signed-in wallet and sign-out, the navigation, and the page. */
export function Shell({ route, children }: { route: Route; children: ReactNode }) {
  const { session, signOut } = useSession();
  const mainRef = useRef<HTMLElement>(null);
  const section = sectionOf(route);

  // Moving focus to the new page tells keyboard and screen-reader users that the page changed.
  const routeKey = JSON.stringify(route);
  useEffect(() => {
    mainRef.current?.focus();
  }, [routeKey]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        Skip to content
      </a>
      <header className="shell__header">
        <a className="shell__brand" href={href.overview}>
          athgrid <span className="muted">provider</span>
        </a>
        <nav className="shell__nav" aria-label="Main">
          {NAVIGATION.map(([key, link, label]) => (
            <a key={key} href={link} aria-current={section === key ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        {session && (
          <div className="shell__account">
            <span className="shell__address" title={session.address}>
              {shortAddress(session.address)}
            </span>
            <button type="button" className="button button--quiet" onClick={signOut}>
              Sign out
            </button>
          </div>
        )}
      </header>
      <main id="main" className="shell__main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
