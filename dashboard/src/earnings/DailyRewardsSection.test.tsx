import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, storeSession } from '../testing/fakes';
import { renderApp } from '../testing/renderApp';
import { balance, claims, currentEpoch, dailyRewards, rewards } from './earningsFixtures';

const DAILY = 'GET /api/staking/rewards/daily?days=30';

type Answer = { status: number; body?: unknown };

function renderEarnings(daily: Answer | (() => Answer)) {
  storeSession();
  const gateway = fakeFetch({
    'GET /api/staking/balance': { status: 200, body: balance },
    'GET /api/staking/rewards': { status: 200, body: rewards },
    'GET /api/staking/claims': { status: 200, body: claims },
    'GET /api/staking/epochs/current': { status: 200, body: currentEpoch },
    [DAILY]: daily,
  });
  renderApp(gateway.fetch, '#/earnings');
  return gateway;
}

async function dailyRegion() {
  return screen.findByRole('region', { name: 'vATH per day' });
}

describe('vATH per day on the Earnings page', () => {
  it('draws a bar per day with rewards at its day, stacked by kind, amounts exact, above the per-epoch chart', async () => {
    const { calls } = renderEarnings({ status: 200, body: dailyRewards });

    const region = await dailyRegion();
    expect(within(region).getByRole('heading', { level: 2, name: 'vATH per day' })).toBeInTheDocument();
    expect(await within(region).findByTestId('daily-total')).toHaveTextContent(
      'Earned in the last 30 days: 13,510,798.882111489500000748 vATH',
    );
    const chart = within(region).getByRole('img', { name: 'vATH earned per day, last 30 days: 3 days with rewards' });

    const yesterday = within(chart).getByTestId('daily-bar-2026-03-11');
    expect(yesterday.querySelector(':scope > title')?.textContent).toBe('2026-03-11: 9,007,199.254740993000000002 vATH');
    const rects = yesterday.querySelectorAll('rect');
    expect([...rects].map((r) => r.getAttribute('class'))).toEqual(['reward reward--proof_of_capacity', 'reward reward--checker']);
    expect(rects[0].querySelector('title')?.textContent).toBe('2026-03-11, Proof of capacity: 9,007,199.254740993 vATH');
    expect(rects[1].querySelector('title')?.textContent).toBe('2026-03-11, Checker: 0.000000000000000002 vATH');
    expect(rects[0].getAttribute('x')).toBe(String(28 * 18));
    expect(Number(rects[0].getAttribute('height'))).toBeCloseTo(140 * 0.999999, 9);

    const half = within(chart).getByTestId('daily-bar-2026-03-05').querySelector('rect');
    expect(half?.getAttribute('height')).toBe('70');
    expect(half?.getAttribute('x')).toBe(String(22 * 18));
    const first = within(chart).getByTestId('daily-bar-2026-02-11');
    expect(first.querySelector('.reward--provider_fee title')?.textContent).toBe('2026-02-11, Provider fee: 0.000000000000000745 vATH');
    expect(first.querySelector('rect')?.getAttribute('x')).toBe('0');
    expect(chart.querySelectorAll('g[data-testid^="daily-bar-"]')).toHaveLength(3);
    expect(region).toHaveTextContent(/Proof of capacity.*Proof of delivery.*Checker.*Provider fee/);

    const perEpoch = screen.getByRole('heading', { level: 2, name: 'Rewards per epoch' });
    expect(region.compareDocumentPosition(perEpoch) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(calls.filter((c) => c.path.startsWith('/api/staking/rewards/daily')).map((c) => c.path)).toEqual([
      '/api/staking/rewards/daily?days=30',
    ]);
  });

  it('says when nothing was earned in the 30 days', async () => {
    renderEarnings({ status: 200, body: { ...dailyRewards, days: [] } });

    const region = await dailyRegion();
    expect(await within(region).findByText('No vATH earned in the last 30 days (UTC).')).toBeInTheDocument();
    expect(within(region).getByTestId('daily-total')).toHaveTextContent('Earned in the last 30 days: 0.00 vATH');
    expect(within(region).queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'vATH earned in 2 epochs, epochs 8 to 9' })).toBeInTheDocument();
  });

  it('shows its own error with a retry, and the rest of the page keeps working', async () => {
    let answers = 0;
    const gateway = renderEarnings(() => {
      answers += 1;
      return answers === 1
        ? { status: 503, body: { title: 'Service Unavailable', status: 503, detail: 'The ledger cannot be read right now' } }
        : { status: 200, body: dailyRewards };
    });

    const region = await dailyRegion();
    expect(await within(region).findByRole('alert')).toHaveTextContent('The ledger cannot be read right now');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByTestId('balance-vesting')).toHaveTextContent('700.000000000000000001 vATH');
    expect(screen.getByRole('img', { name: 'vATH earned in 2 epochs, epochs 8 to 9' })).toBeInTheDocument();

    fireEvent.click(within(region).getByRole('button', { name: 'Try again' }));

    expect(await within(region).findByRole('img', { name: 'vATH earned per day, last 30 days: 3 days with rewards' })).toBeInTheDocument();
    expect(within(region).queryByRole('alert')).not.toBeInTheDocument();
    expect(gateway.calls.filter((c) => c.path === '/api/staking/rewards/daily?days=30')).toHaveLength(2);
  });
});
