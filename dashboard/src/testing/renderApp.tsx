import { render } from '@testing-library/react';
import type { Fetch } from '../api/client';
import { App } from '../app/App';
import { SessionProvider } from '../session/SessionContext';

/** The whole app, as main.tsx mounts it, talking to a fake gateway. */
export function renderApp(fetch: Fetch, hash = '#/') {
  window.location.hash = hash;
  return render(
    <SessionProvider fetch={fetch}>
      <App />
    </SessionProvider>,
  );
}
