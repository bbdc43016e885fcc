import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, page, storeSession } from '../testing/fakes';
import { renderApp } from '../testing/renderApp';

const signedInGateway = {
  'GET /api/registry/containers': page([]),
  'GET /api/checker/slashes': { status: 200, body: [] },
};

describe('session expiry', () => {
  it('returns to sign-in with a message when the gateway answers 401', async () => {
    storeSession();
    const { fetch } = fakeFetch({
      ...signedInGateway,
      'GET /api/registry/containers': { status: 401, body: { title: 'Unauthorized', status: 401 } },
    });
    renderApp(fetch);

    expect(await screen.findByText(/your session has ended/i)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'athgrid', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /sign out/i })).not.toBeInTheDocument();
    expect(sessionStorage.getItem('athgrid.session')).toBeNull();
  });

  it('does not resume a stored session whose expiry has passed', () => {
    storeSession(new Date(Date.now() - 1000).toISOString());
    const { fetch, calls } = fakeFetch(signedInGateway);
    renderApp(fetch);

    expect(screen.getByText(/your session has ended/i)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('ends the session when its expiry passes while the page is open', async () => {
    storeSession(new Date(Date.now() + 300).toISOString());
    renderApp(fakeFetch(signedInGateway).fetch);

    expect(screen.getByRole('button', { name: /sign out/i })).toBeInTheDocument();
    expect(await screen.findByText(/your session has ended/i, {}, { timeout: 2000 })).toBeInTheDocument();
  });

  it('signs out on request, without an expiry message', async () => {
    storeSession();
    renderApp(fakeFetch(signedInGateway).fetch);

    screen.getByRole('button', { name: /sign out/i }).click();

    expect(await screen.findByRole('heading', { name: 'athgrid', level: 1 })).toBeInTheDocument();
    expect(screen.queryByText(/your session has ended/i)).not.toBeInTheDocument();
    expect(sessionStorage.getItem('athgrid.session')).toBeNull();
  });
});
