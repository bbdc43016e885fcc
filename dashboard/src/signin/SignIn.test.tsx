import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, OWNER, page } from '../testing/fakes';
import { renderApp } from '../testing/renderApp';
import type { Eip1193Provider } from './eip1193';
import { utf8Hex } from './eip55';


interface WalletCall {
  method: string;
  params?: unknown[];
}

/** An injected wallet that shares one lower-case account on Arbitrum Sepolia and signs whatever it is asked to. */
function fakeWallet(overrides: Partial<Record<string, () => unknown>> = {}): Eip1193Provider & { calls: WalletCall[] } {
  const calls: WalletCall[] = [];
  return {
    calls,
    async request({ method, params }) {
      calls.push({ method, params });
      const override = overrides[method];
      if (override) {
        return override();
      }
      switch (method) {
        case 'eth_requestAccounts':
          return [OWNER.toLowerCase()];
        case 'eth_chainId':
          return '0x66eee';
        case 'personal_sign':
          return `0x${'1b'.repeat(65)}`;
        default:
          throw new Error(`unexpected ${method}`);
      }
    },
  };
}

function gateway() {
  return fakeFetch({
    'GET /api/identity/siwe/nonce': { status: 200, body: { nonce: 'n0nce1234567', expiresAt: '2099-01-01T00:00:00Z', chainIds: [42161, 421614] } },
    'POST /api/identity/siwe/login': {
      status: 200,
      body: { token: 'jwt-1', expiresAt: new Date(Date.now() + 900_000).toISOString(), address: OWNER.toLowerCase(), roles: [] },
    },
    'GET /api/registry/containers': page([]),
    'GET /api/checker/slashes': { status: 200, body: [] },
  });
}

describe('sign-in', () => {
  it('signs an EIP-4361 message with the wallet, logs in and shows the signed-in address', async () => {
    const wallet = fakeWallet();
    (globalThis as { ethereum?: unknown }).ethereum = wallet;
    const { fetch, calls } = gateway();
    renderApp(fetch);

    screen.getByRole('button', { name: /sign in with your wallet/i }).click();

    expect(await screen.findByRole('button', { name: /sign out/i })).toBeInTheDocument();
    expect(screen.getByTitle(OWNER.toLowerCase())).toHaveTextContent('0xf39f…2266');

    const login = calls.find((c) => c.path === '/api/identity/siwe/login');
    const { message, signature } = login?.body as { message: string; signature: string };
    expect(message).toContain(`${window.location.host} wants you to sign in with your Ethereum account:\n${OWNER}\n`);
    expect(message).toContain(`URI: ${window.location.origin}\n`);
    expect(message).toContain('Chain ID: 421614\n');
    expect(message).toContain('Nonce: n0nce1234567\n');
    expect(signature).toBe(`0x${'1b'.repeat(65)}`);
    expect(wallet.calls.find((c) => c.method === 'personal_sign')?.params).toEqual([utf8Hex(message), OWNER]);

    expect(JSON.parse(sessionStorage.getItem('athgrid.session') ?? '{}').token).toBe('jwt-1');
    await waitFor(() =>
      expect(calls.find((c) => c.path.startsWith('/api/registry/containers'))?.headers.Authorization).toBe('Bearer jwt-1'),
    );
  });

  it('explains how to get a wallet when the browser has none', () => {
    renderApp(gateway().fetch);

    expect(screen.getByRole('heading', { name: /no wallet found/i })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /metamask/i })).toHaveAttribute('href', 'https://metamask.io/download/');
    expect(screen.queryByRole('button', { name: /sign in/i })).not.toBeInTheDocument();
  });

  it('says so when the user declines to sign, and sends no login', async () => {
    (globalThis as { ethereum?: unknown }).ethereum = fakeWallet({
      personal_sign: () => {
        throw Object.assign(new Error('User rejected the request.'), { code: 4001 });
      },
    });
    const { fetch, calls } = gateway();
    renderApp(fetch);

    screen.getByRole('button', { name: /sign in with your wallet/i }).click();

    expect(await screen.findByRole('alert')).toHaveTextContent(/declined in your wallet/i);
    expect(calls.some((c) => c.path === '/api/identity/siwe/login')).toBe(false);
    expect(sessionStorage.getItem('athgrid.session')).toBeNull();
  });

  it('asks to switch to an accepted chain before anything is signed when the wallet is on another chain', async () => {
    const wallet = fakeWallet({ eth_chainId: () => '0x1' });
    (globalThis as { ethereum?: unknown }).ethereum = wallet;
    const { fetch, calls } = gateway();
    renderApp(fetch);

    screen.getByRole('button', { name: /sign in with your wallet/i }).click();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Your wallet is on chain 1, which athgrid does not accept; switch it to Arbitrum One or Arbitrum Sepolia and try again.',
    );
    expect(wallet.calls.map((c) => c.method)).not.toContain('personal_sign');
    expect(calls.some((c) => c.path === '/api/identity/siwe/login')).toBe(false);
  });
});
