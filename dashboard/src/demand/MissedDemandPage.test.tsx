import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, OWNER, storeSession } from '../testing/fakes';
import { renderApp } from '../testing/renderApp';
import { missedDemandPath } from './missedDemand';

const owner = OWNER.toLowerCase();

function report(items: unknown[], from = '2026-04-11', to = '2026-05-10') {
  return { status: 200, body: { from, to, items } };
}

const market = {
  status: 200,
  body: {
    asOf: '2026-05-10T12:00:00Z',
    offers: [
      { gpuModel: 'H100_SXM', service: 'vllm', containers: 4, standby: 2, gpus: 32, minPriceUsdPerGpuHour: 1.95 },
      { gpuModel: 'H100_SXM', service: 'comfyui', containers: 1, standby: 1, gpus: 8, minPriceUsdPerGpuHour: 2.4 },
    ],
  },
};

const items = [
  { owner, gpuModel: 'H100_SXM', region: 'eu-west', reasons: { PRICE: 6, SPEC: 0, LATENCY: 0, STATE: 2 }, total: 8 },
  { owner, gpuModel: 'A100', region: 'us-east', reasons: { PRICE: 0, SPEC: 3, LATENCY: 0, STATE: 0 }, total: 3 },
  { owner, gpuModel: 'H100_SXM', region: 'ap-southeast', reasons: { PRICE: 0, SPEC: 0, LATENCY: 2, STATE: 1 }, total: 3 },
  { owner, gpuModel: 'L40S', region: 'eu-west', reasons: { PRICE: 0, SPEC: 0, LATENCY: 0, STATE: 1 }, total: 1 },
];

describe('MissedDemandPage', () => {
  it('shows removals by GPU model and region with totals, a hint per reason and the market price by PRICE rows', async () => {
    storeSession();
    const { fetch, calls } = fakeFetch({
      'GET /api/indexer/missed-demand': report(items),
      'GET /api/indexer/market': market,
    });
    renderApp(fetch, '#/missed-demand');

    const priceRow = await screen.findByRole('row', { name: /H100_SXM eu-west/ });
    expect(within(priceRow).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'eu-west',
      '6',
      '0',
      '0',
      '2',
      '8',
      '$1.95',
      expect.stringMatching(/above what these customers pay — compare with the market’s lowest price for H100_SXM, \$1\.95/),
    ]);
    expect(within(screen.getByRole('row', { name: /A100 us-east/ })).getByText(/asked for A100.*VRAM.*bandwidth/)).toBeInTheDocument();
    const latencyRow = screen.getByRole('row', { name: /H100_SXM ap-southeast/ });
    expect(within(latencyRow).getByText(/too far from customers in ap-southeast/)).toBeInTheDocument();
    // The market price stands only beside rows that lost requests on price.
    expect(within(latencyRow).queryByText('$1.95')).not.toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /L40S eu-west/ })).getByText(/not in STANDBY.*\(offline, checking/)).toBeInTheDocument();

    expect(screen.getByTestId('total-PRICE')).toHaveTextContent('6');
    expect(screen.getByTestId('total-SPEC')).toHaveTextContent('3');
    expect(screen.getByTestId('total-LATENCY')).toHaveTextContent('2');
    expect(screen.getByTestId('total-STATE')).toHaveTextContent('4');
    expect(screen.getByTestId('total-all')).toHaveTextContent('15');

    expect(calls.find((c) => c.path.startsWith('/api/indexer/missed-demand'))?.path).toBe(
      missedDemandPath(owner, 30, new Date()),
    );
    expect(screen.getByRole('link', { name: 'Missed demand' })).toHaveAttribute('aria-current', 'page');
  });

  it('asks for the last 7 days when the period is switched', async () => {
    storeSession();
    const lastWeek = missedDemandPath(owner, 7, new Date());
    const { fetch, calls } = fakeFetch({
      'GET /api/indexer/missed-demand': (call) =>
        call.path === lastWeek ? report([items[3]], '2026-05-04', '2026-05-10') : report(items),
      'GET /api/indexer/market': market,
    });
    renderApp(fetch, '#/missed-demand');
    await screen.findByRole('row', { name: /A100 us-east/ });
    expect(screen.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');

    fireEvent.click(screen.getByRole('button', { name: 'Last 7 days' }));

    expect(await screen.findByText(/From 2026-05-04 to 2026-05-10/)).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /A100 us-east/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'true');
    expect(calls.map((c) => c.path)).toContain(lastWeek);
  });

  it('says when nothing was missed', async () => {
    storeSession();
    const { fetch } = fakeFetch({
      'GET /api/indexer/missed-demand': report([]),
      'GET /api/indexer/market': market,
    });
    renderApp(fetch, '#/missed-demand');

    expect(await screen.findByText(/no missed demand from 2026-04-11 to 2026-05-10/i)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('still shows the report when the market cannot be read, with the hint pointing at the market', async () => {
    storeSession();
    const { fetch } = fakeFetch({
      'GET /api/indexer/missed-demand': report(items.slice(0, 1)),
      'GET /api/indexer/market': { status: 403, body: { title: 'Forbidden', status: 403 } },
    });
    renderApp(fetch, '#/missed-demand');

    const row = await screen.findByRole('row', { name: /H100_SXM eu-west/ });
    expect(within(row).getByText(/GET \/api\/indexer\/market/)).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: /market’s lowest/i })).not.toBeInTheDocument();
    expect(screen.getByText(/lowest prices could not be read/)).toBeInTheDocument();
  });

  it("shows the indexer's problem when the report fails", async () => {
    storeSession();
    const { fetch } = fakeFetch({
      'GET /api/indexer/missed-demand': {
        status: 400,
        body: { title: 'Bad Request', status: 400, detail: 'Invalid request', errors: { from: 'must be on or before to' } },
      },
      'GET /api/indexer/market': market,
    });
    renderApp(fetch, '#/missed-demand');

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid request: from must be on or before to');
  });
});
