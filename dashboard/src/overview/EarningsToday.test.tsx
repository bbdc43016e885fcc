import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { feeDay, feesAnswer, problem, provisionalAnswer, today } from '../earnings/providerFixtures';
import { container, fakeFetch, page, storeSession } from '../testing/fakes';
import { renderApp } from '../testing/renderApp';

const FEES = 'GET /api/scheduler/provider/fees';
const PROVISIONAL = 'GET /api/staking/rewards/provisional';

function routes(overrides: Record<string, unknown> = {}) {
  return {
    'GET /api/registry/containers': page([container({ status: 'SERVING' })]),
    'GET /api/checker/slashes': { status: 200, body: [] },
    [FEES]: feesAnswer([]),
    [PROVISIONAL]: provisionalAnswer(),
    ...overrides,
  } as Parameters<typeof fakeFetch>[0];
}

/** A fees answer whose one row of today carries this net amount, as given. */
function feesAnswerWithNet(netWei: string) {
  return { status: 200, body: { owner: 'x', days: [feeDay(today(), 'c1', '0', { netWei })], totalNetWei: '0' } };
}

describe('Overview earnings', () => {
  it("shows today's provider fees and the open epoch's capacity and delivery so far, exactly", async () => {
    storeSession();
    const day = today();
    const { fetch, calls } = fakeFetch(
      routes({
        [FEES]: feesAnswer([
          feeDay(day, 'c1', '1234500000000000000'),
          feeDay(day, 'c2', '2000000000000000000000', { feesWei: '2000500000000000000000', refundsWei: '500000000000000000' }),
          feeDay('2000-01-01', 'c1', '7000000000000000000'),
        ]),
      }),
    );
    renderApp(fetch);

    const earnings = await screen.findByRole('region', { name: 'Earnings' });
    expect(await within(earnings).findByTestId('today-fees')).toHaveTextContent('2,001.23 ATH');
    expect(within(earnings).getByTestId('today-fees')).toHaveAttribute('title', '2,001.2345 ATH');
    expect(earnings).toHaveTextContent(`Fees less refunds on ${day} (UTC), from 2 containers.`);
    expect(earnings).toHaveTextContent('They accrue at 00:00 UTC');
    expect(calls.some((c) => c.path === `/api/scheduler/provider/fees?from=${day}&to=${day}`)).toBe(true);

    expect(within(earnings).getByTestId('epoch-capacity')).toHaveTextContent('9,007,199.25 vATH');
    expect(within(earnings).getByTestId('epoch-delivery')).toHaveTextContent('1.50 vATH');
    expect(within(earnings).getByTestId('epoch-provisional')).toHaveTextContent(/^Provisional: epoch 12 is 42\.85 % through/);
    expect(within(earnings).getByRole('link', { name: 'Earnings' })).toHaveAttribute('href', '#/earnings');
    // The containers' part of the page is still there.
    expect(screen.getByTestId('count-SERVING')).toHaveTextContent('1');
  });

  it('shows zero fees when no work has paid today yet', async () => {
    storeSession();
    renderApp(fakeFetch(routes()).fetch);

    const earnings = await screen.findByRole('region', { name: 'Earnings' });
    expect(await within(earnings).findByTestId('today-fees')).toHaveTextContent('0.00 ATH');
    expect(earnings).toHaveTextContent('No customer work has paid fees yet');
  });

  it('keeps the epoch and the containers when the fees cannot be read', async () => {
    storeSession();
    renderApp(fakeFetch(routes({ [FEES]: problem(503, 'scheduler is not answering') })).fetch);

    const earnings = await screen.findByRole('region', { name: 'Earnings' });
    expect(await within(earnings).findByRole('alert')).toHaveTextContent('scheduler is not answering');
    expect(await within(earnings).findByTestId('epoch-capacity')).toHaveTextContent('9,007,199.25 vATH');
    expect(within(earnings).queryByTestId('today-fees')).not.toBeInTheDocument();
    expect(await screen.findByTestId('count-SERVING')).toHaveTextContent('1');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('shows an answer it cannot sum as an error of its own part, not a broken page', async () => {
    storeSession();
    renderApp(fakeFetch(routes({ [FEES]: feesAnswerWithNet('not wei') })).fetch);

    const earnings = await screen.findByRole('region', { name: 'Earnings' });
    expect(await within(earnings).findByRole('alert')).toBeInTheDocument();
    expect(await within(earnings).findByTestId('epoch-delivery')).toHaveTextContent('1.50 vATH');
    expect(await screen.findByTestId('count-SERVING')).toHaveTextContent('1');
  });

  it('keeps the fees when the provisional rewards cannot be read, and shows both when the containers cannot', async () => {
    storeSession();
    renderApp(
      fakeFetch(
        routes({
          [PROVISIONAL]: problem(503, 'staking-service is not answering'),
          'GET /api/registry/containers': problem(503, 'container-registry is not answering'),
        }),
      ).fetch,
    );

    const earnings = await screen.findByRole('region', { name: 'Earnings' });
    expect(await within(earnings).findByRole('alert')).toHaveTextContent('staking-service is not answering');
    expect(await within(earnings).findByTestId('today-fees')).toHaveTextContent('0.00 ATH');
    expect(await screen.findByText('container-registry is not answering')).toBeInTheDocument();
  });
});
