import { useEffect, useRef, type ReactNode } from 'react';
import { shortAddress } from '../common/format';
import { useSession } from '../session/SessionContext';
import { href, type Route } from './routes';

const LATER_PAGES = ['Slashes', 'Earnings'];

/** Header with the signed-in wallet and sign-out, the navigation, and the page. */
export function Shell({ route, children }: { route: Route; children: ReactNode }) {
  const { session, signOut } = useSession();
  const mainRef = useRef<HTMLElement>(null);
  const section = route.page === 'container' ? 'containers' : route.page;

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
          <a href={href.overview} aria-current={section === 'overview' ? 'page' : undefined}>
            Overview
          </a>
          <a href={href.containers} aria-current={section === 'containers' ? 'page' : undefined}>
            Containers
          </a>
          <a href={href.missedDemand} aria-current={section === 'missed-demand' ? 'page' : undefined}>
            Missed demand
          </a>
          <a href={href.checkers} aria-current={section === 'checkers' ? 'page' : undefined}>
            Checkers
          </a>
          {LATER_PAGES.map((name) => (
            <span key={name} className="shell__nav-later" aria-disabled="true" title="Coming in a later release">
              {name} <small>soon</small>
            </span>
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
