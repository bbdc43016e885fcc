import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { feesAnswer, provisionalAnswer } from '../earnings/providerFixtures';
import { container, fakeFetch, page, storeSession } from '../testing/fakes';
import { renderApp } from '../testing/renderApp';

/** The earnings section's calls, answered so that only the call a test fails shows an error. */
const earnings = {
  'GET /api/scheduler/provider/fees': feesAnswer([]),
  'GET /api/staking/rewards/provisional': provisionalAnswer(),
};

describe('OverviewPage', () => {
  it('shows containers by state, stake against requirement and open slashes', async () => {
    storeSession();
    const halted = container({
      status: 'HALTED',
      gpuModel: 'A100',
      bond: { state: 'ACTIVE', amountWei: '2500500000000000000000', unbondingEnd: null, coversRequirement: false },
    });
    const { fetch } = fakeFetch({
      'GET /api/registry/containers': page([
        container({ status: 'SERVING' }),
        container({ status: 'SERVING' }),
        container({ status: 'STANDBY' }),
        halted,
        container({ status: 'RETIRED' }),
      ]),
      'GET /api/checker/slashes': {
        status: 200,
        body: [
          { slashId: 's1', containerId: halted.containerId, reason: 'OFFLINE', amountWei: '1000000000000000000000', state: 'PROPOSED', proposedAt: '2026-05-09T00:00:00Z', disputeWindowEnds: '2026-05-12T00:00:00Z', owner: halted.owner, executedAt: null },
          { slashId: 's2', containerId: halted.containerId, reason: 'OFFLINE', amountWei: '1', state: 'EXECUTED', proposedAt: '2026-04-01T00:00:00Z', disputeWindowEnds: '2026-04-04T00:00:00Z', owner: halted.owner, executedAt: '2026-04-04T00:01:00Z' },
        ],
      },
      'GET /api/registry/containers/x/uptime': { status: 404 },
      ...earnings,
    });
    renderApp(fetch);

    expect(await screen.findByTestId('count-SERVING')).toHaveTextContent('2');
    expect(screen.getByTestId('count-STANDBY')).toHaveTextContent('1');
    expect(screen.getByTestId('count-HALTED')).toHaveTextContent('1');
    expect(screen.getByTestId('count-RETIRED')).toHaveTextContent('1');
    expect(screen.getByTestId('count-CHECKING')).toHaveTextContent('0');

    expect(screen.getByRole('heading', { name: /open slash proposals/i })).toHaveTextContent('1');
    expect(screen.getByText(/dispute until/i)).toBeInTheDocument();

    const haltedRow = screen.getByRole('row', { name: /A100/ });
    expect(within(haltedRow).getByText('8,000.00 ATH')).toBeInTheDocument();
    expect(within(haltedRow).getByText('2,500.50 ATH')).toBeInTheDocument();
    expect(within(haltedRow).getByText('no')).toBeInTheDocument();
    // Retired containers have no stake row.
    expect(screen.getAllByRole('row')).toHaveLength(1 + 4);
  });

  it('says when the wallet has no containers', async () => {
    storeSession();
    renderApp(
      fakeFetch({ 'GET /api/registry/containers': page([]), 'GET /api/checker/slashes': { status: 200, body: [] }, ...earnings })
        .fetch,
    );

    expect(await screen.findByText(/this wallet has no containers yet/i)).toBeInTheDocument();
  });

  it("shows the platform's problem readably when a call fails", async () => {
    storeSession();
    const { fetch } = fakeFetch({
      'GET /api/registry/containers': { status: 503, body: { title: 'Service Unavailable', status: 503, detail: 'container-registry is not answering' } },
      'GET /api/checker/slashes': { status: 200, body: [] },
      ...earnings,
    });
    renderApp(fetch);

    expect(await screen.findByRole('alert')).toHaveTextContent('container-registry is not answering');
    expect(screen.getByRole('button', { name: /try again/i })).toBeInTheDocument();
  });
});
