import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, storeSession } from '../testing/fakes';
import { renderApp } from '../testing/renderApp';
import { encodeClaim } from './distributorClaim';
import { ACCOUNT, balance, claims, currentEpoch, dailyRewards, proof, rewards } from './earningsFixtures';

const DISTRIBUTOR = '0x5FC8d32690cc91D4c39d9d3abcBD16989F875707';

function gateway(extra: Record<string, { status: number; body?: unknown }> = {}) {
  return fakeFetch({
    'GET /api/staking/balance': { status: 200, body: balance },
    'GET /api/staking/rewards': { status: 200, body: rewards },
    'GET /api/staking/rewards/daily?days=30': { status: 200, body: dailyRewards },
    'GET /api/staking/claims': { status: 200, body: claims },
    'GET /api/staking/epochs/current': { status: 200, body: currentEpoch },
    [`GET /api/staking/epochs/9/proofs/${ACCOUNT}`]: { status: 200, body: proof(9) },
    // Epoch 8 paid this wallet nothing: 404, left out.
    ...extra,
  });
}

/** A wallet on chain 421614 that answers every transaction with {@code txHash}; returns what it was asked to send. */
function injectWalletSending(txHash: string): unknown[] {
  const sent: unknown[] = [];
  (globalThis as { ethereum?: unknown }).ethereum = {
    async request({ method, params }: { method: string; params?: unknown[] }) {
      if (method === 'eth_requestAccounts') return [ACCOUNT];
      if (method === 'eth_chainId') return '0x66eee';
      if (method === 'eth_sendTransaction') {
        sent.push(params?.[0]);
        return txHash;
      }
      throw new Error(`unexpected ${method}`);
    },
  };
  return sent;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('EarningsPage', () => {
  it('shows the balance, the total earned and one stacked bar per epoch, amounts exact', async () => {
    storeSession();
    const { calls } = renderAppWith(gateway());

    expect(await screen.findByTestId('balance-vesting')).toHaveTextContent('700.000000000000000001 vATH');
    expect(screen.getByTestId('balance-available')).toHaveTextContent('45.123456789012345678 vATH');
    expect(screen.getByTestId('balance-claiming')).toHaveTextContent('30.00 vATH');
    expect(screen.getByTestId('balance-paid')).toHaveTextContent('2.50 vATH');
    expect(screen.getByText(/1.50 vATH claimable on chain, 1.00 vATH claimed/)).toBeInTheDocument();
    expect(screen.getByTestId('rewards-total')).toHaveTextContent('Earned in 2 epochs: 13,510,798.882111489500000003 vATH');

    const chart = screen.getByRole('img', { name: 'vATH earned in 2 epochs, epochs 8 to 9' });
    const epoch9 = within(chart).getByTestId('reward-bar-9');
    expect(epoch9.querySelectorAll('rect')).toHaveLength(2);
    expect(epoch9.querySelector('.reward--checker title')?.textContent).toBe('Epoch 9, Checker: 0.000000000000000002 vATH');
    expect(Number(within(chart).getByTestId('reward-bar-8').querySelector('rect')?.getAttribute('height'))).toBe(70);

    const claimRow = screen.getByRole('row', { name: /quick 30 days/i });
    expect(claimRow).toHaveTextContent('40.00 vATH');
    expect(claimRow).toHaveTextContent('30.00 vATH returned');
    expect(within(claimRow).getByRole('progressbar', { name: '25 % vested' })).toBeInTheDocument();

    expect(calls.map((c) => c.path)).toContain(`/api/staking/epochs/8/proofs/${ACCOUNT}`);
    const payout = screen.getByRole('row', { name: /^9 / });
    expect(payout).toHaveTextContent('1.50 ATH');
    expect(payout).toHaveTextContent('index 2, proof of 2');
    expect(screen.getAllByRole('row', { name: /^\d+ / })).toHaveLength(1);
  });

  it('without a configured distributor shows the proof and says why there is no button', async () => {
    storeSession();
    renderAppWith(gateway());

    expect(await screen.findByText(/built without the reward distributor's address/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Claim on chain' })).not.toBeInTheDocument();
  });

  it('asks the wallet to send RewardDistributor.claim with the epoch proof', async () => {
    vi.stubEnv('VITE_REWARD_DISTRIBUTOR', DISTRIBUTOR);
    vi.stubEnv('VITE_REWARD_CHAIN_ID', '421614');
    const sent = injectWalletSending(`0x${'ab'.repeat(32)}`);
    storeSession();
    renderAppWith(gateway());

    fireEvent.click(await screen.findByRole('button', { name: 'Claim on chain' }));

    expect(await screen.findByText(/Sent:/)).toHaveTextContent(`0x${'ab'.repeat(32)}`);
    expect(sent).toEqual([{ from: ACCOUNT, to: DISTRIBUTOR, data: encodeClaim(proof(9)) }]);
  });

  it('sends claims to the distributor staking-service names, without a build setting', async () => {
    const sent = injectWalletSending(`0x${'cd'.repeat(32)}`);
    storeSession();
    renderAppWith(gateway({
      'GET /api/staking/contracts': {
        status: 200,
        body: { chainId: 421614, athToken: null, stakingPools: null, containerBonds: null, rewardDistributor: DISTRIBUTOR },
      },
    }));

    fireEvent.click(await screen.findByRole('button', { name: 'Claim on chain' }));

    expect(await screen.findByText(/Sent:/)).toHaveTextContent(`0x${'cd'.repeat(32)}`);
    expect(sent).toEqual([{ from: ACCOUNT, to: DISTRIBUTOR, data: encodeClaim(proof(9)) }]);
  });

  it('refuses to send on another chain than the distributor', async () => {
    vi.stubEnv('VITE_REWARD_DISTRIBUTOR', DISTRIBUTOR);
    vi.stubEnv('VITE_REWARD_CHAIN_ID', '421614');
    (globalThis as { ethereum?: unknown }).ethereum = {
      async request({ method }: { method: string }) {
        if (method === 'eth_requestAccounts') return [ACCOUNT];
        if (method === 'eth_chainId') return '0xa4b1';
        throw new Error(`unexpected ${method}`);
      },
    };
    storeSession();
    renderAppWith(gateway());

    fireEvent.click(await screen.findByRole('button', { name: 'Claim on chain' }));

    expect(await screen.findByText(/on chain 42161; switch it to chain 421614/)).toBeInTheDocument();
  });

  it("shows staking-service's problem when a call fails", async () => {
    storeSession();
    renderAppWith(
      gateway({ 'GET /api/staking/balance': { status: 403, body: { title: 'Forbidden', status: 403, detail: 'Enterprises have no vATH balance' } } }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent('Enterprises have no vATH balance');
  });
});

function renderAppWith(gatewayFake: ReturnType<typeof gateway>) {
  renderApp(gatewayFake.fetch, '#/earnings');
  return gatewayFake;
}
