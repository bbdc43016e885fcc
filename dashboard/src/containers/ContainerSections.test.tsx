import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { feeDay, feesAnswer, problem, provisionalAnswer, today } from '../earnings/providerFixtures';
import { container, fakeFetch, storeSession } from '../testing/fakes';
import { renderApp } from '../testing/renderApp';

type Routes = Parameters<typeof fakeFetch>[0];

const c = container({ status: 'SERVING', gpuModel: 'H200' });
const other = '00000000-0000-4000-8000-ffffffffffff';
const base = `/api/registry/containers/${c.containerId}`;
const checker = `/api/checker/containers/${c.containerId}`;

const verdict = {
  jobId: 'job-1',
  kind: 'QOE',
  outcome: 'PASSED',
  windowStart: '2026-11-24T10:00:00Z',
  windowEnd: '2026-11-24T10:01:00Z',
  reachedAt: '2026-11-24T10:01:05Z',
  correct: 3,
  incorrect: 0,
  missing: 0,
};

const lease = {
  leaseId: 'aaaaaaaa-1111-4000-8000-000000000001',
  jobId: 'bbbbbbbb-2222-4000-8000-000000000002',
  containerId: c.containerId,
  gpus: 8,
  priceUsdPerGpuHour: '2.10',
  startedAt: '2026-11-24T08:00:00Z',
  meteredUntil: '2026-11-24T10:00:00Z',
  endedAt: null,
  endReason: null,
  gpuSeconds: 12345,
  providerFeeWei: '12345678900000000000',
};

const stakingRewards = {
  account: c.owner,
  epochs: [
    {
      epoch: 11,
      totalWei: '0',
      kinds: [
        { kind: 'PROOF_OF_CAPACITY', amountWei: '0', sources: [{ source: c.containerId, amountWei: '9007199254740993000000000' }, { source: other, amountWei: '5' }] },
        { kind: 'PROOF_OF_DELIVERY', amountWei: '0', sources: [{ source: c.containerId, amountWei: '250000000000000000' }] },
        { kind: 'PROVIDER_FEE', amountWei: '0', sources: [{ source: c.containerId, amountWei: '1' }] },
      ],
    },
    {
      epoch: 10,
      totalWei: '0',
      kinds: [{ kind: 'PROOF_OF_CAPACITY', amountWei: '0', sources: [{ source: c.containerId, amountWei: '1000000000000000000' }] }],
    },
  ],
};

/** Every call of the page answered well; a test overrides the one it fails or empties. */
function routes(overrides: Routes = {}): Routes {
  return {
    [`GET ${base}`]: { status: 200, body: c },
    [`GET ${base}/history`]: { status: 200, body: [] },
    [`GET ${base}/uptime`]: {
      status: 200,
      body: { containerId: c.containerId, month: '2026-11', days: [], uptimePercent: 100, monthlySloMet: true, everyDailySloMet: true },
    },
    [`GET ${checker}/qos`]: { status: 200, body: { containerId: c.containerId, score: 97.5, samples: 40, updatedAt: '2026-11-24T10:01:05Z' } },
    [`GET ${checker}/qos/history`]: {
      status: 200,
      body: {
        containerId: c.containerId,
        points: [
          { day: '2026-11-22', score: 99.1, samples: 30 },
          { day: '2026-11-23', score: 91.25, samples: 42 },
          { day: '2026-11-24', score: 97.5, samples: 40 },
        ],
      },
    },
    [`GET ${checker}/verdicts`]: { status: 200, body: [verdict, { ...verdict, jobId: 'job-0', kind: 'LIVENESS', outcome: 'NO_MAJORITY', correct: 0, incorrect: 2, missing: 1 }] },
    'GET /api/scheduler/provider/leases': { status: 200, body: [lease] },
    'GET /api/scheduler/provider/fees': feesAnswer([
      feeDay(today(), c.containerId, '1500000000000000000'),
      feeDay('2026-11-20', c.containerId, '2000000000000000000', {
        feesWei: '2500000000000000000',
        refundsWei: '500000000000000000',
        accrued: true,
        accruedWei: '2000000000000000000',
        vestsAt: '2027-01-04T00:00:00Z',
      }),
      feeDay(today(), other, '7000000000000000000000'),
    ]),
    'GET /api/staking/rewards': { status: 200, body: stakingRewards },
    'GET /api/staking/rewards/provisional': provisionalAnswer([
      { containerId: c.containerId, capacityUnits: 1200, deliveryUnits: 34, capacityWei: '4000000000000000000000', deliveryWei: '123456789012345678' },
    ]),
    ...overrides,
  };
}

function open(r: Routes) {
  storeSession();
  const faked = fakeFetch(r);
  renderApp(faked.fetch, `#/containers/${c.containerId}`);
  return faked;
}

describe('Container detail: QoS, checks, leases and earnings', () => {
  it('shows the QoS score and one bar per day of its history', async () => {
    const { calls } = open(routes());

    const qos = await screen.findByRole('region', { name: 'QoS' });
    expect(await within(qos).findByTestId('qos-score')).toHaveTextContent('97.5');
    expect(qos).toHaveTextContent('from 40 samples');
    expect(await within(qos).findByRole('img', { name: 'Daily QoS score, last 30 days: 3 days with samples, lowest 91.25' })).toBeInTheDocument();
    expect(within(qos).getByTestId('qos-bar-2026-11-23')).toHaveTextContent('2026-11-23: 91.25 from 42 samples');
    expect(calls.some((call) => call.path === `${checker}/qos/history?days=30`)).toBe(true);
  });

  it('says when there is no QoS sample yet', async () => {
    open(
      routes({
        [`GET ${checker}/qos`]: { status: 200, body: { containerId: c.containerId, score: null, samples: 0, updatedAt: null } },
        [`GET ${checker}/qos/history`]: { status: 200, body: { containerId: c.containerId, points: [] } },
      }),
    );

    const qos = await screen.findByRole('region', { name: 'QoS' });
    expect(await within(qos).findByText(/No QoS sample yet/)).toBeInTheDocument();
    expect(await within(qos).findByText('No QoS sample in the last 30 days.')).toBeInTheDocument();
    expect(within(qos).queryByRole('img')).not.toBeInTheDocument();
  });

  it('lists the recent checks newest first with their outcome and reports', async () => {
    const { calls } = open(routes());

    const checks = await screen.findByRole('region', { name: 'Recent checks' });
    const rows = (await within(checks).findAllByRole('row')).slice(1);
    expect(rows).toHaveLength(2);
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent(new Date('2026-11-24T10:01:05Z').toLocaleString());
    expect(cells(rows[0])).toEqual([
      'QoE',
      'passed',
      `${new Date('2026-11-24T10:00:00Z').toLocaleString()}, 60 s`,
      '3',
      '0',
      '0',
    ]);
    expect(cells(rows[1])).toEqual(['Liveness', 'no majority', expect.any(String), '0', '2', '1']);
    expect(calls.some((call) => call.path === `${checker}/verdicts?limit=20`)).toBe(true);
  });

  it('says when no check has reached a verdict', async () => {
    open(routes({ [`GET ${checker}/verdicts`]: { status: 200, body: [] } }));

    const checks = await screen.findByRole('region', { name: 'Recent checks' });
    expect(await within(checks).findByText('No check of this container has reached a verdict yet.')).toBeInTheDocument();
  });

  it("lists the container's active leases with GPU-hours and the fee so far", async () => {
    const { calls } = open(routes());

    const leases = await screen.findByRole('region', { name: 'Current leases' });
    const row = (await within(leases).findAllByRole('row'))[1];
    expect(within(row).getByRole('rowheader')).toHaveTextContent('bbbbbbbb');
    expect(within(row).getByRole('rowheader')).toHaveAttribute('title', `job ${lease.jobId}, lease ${lease.leaseId}`);
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '8',
      '$2.10',
      new Date('2026-11-24T08:00:00Z').toLocaleString(),
      new Date('2026-11-24T10:00:00Z').toLocaleString(),
      '3.42',
      '12.34 ATH',
    ]);
    expect(within(row).getByText('12.34 ATH')).toHaveAttribute('title', '12.3456789 ATH');
    expect(calls.some((call) => call.path === `/api/scheduler/provider/leases?containerId=${c.containerId}&active=true&limit=50`)).toBe(true);
  });

  it('says when no customer work runs on the container', async () => {
    open(routes({ 'GET /api/scheduler/provider/leases': { status: 200, body: [] } }));

    const leases = await screen.findByRole('region', { name: 'Current leases' });
    expect(await within(leases).findByText('No customer work on this container right now.')).toBeInTheDocument();
  });

  it("shows this container's fees, closed-epoch rewards and provisional share, exactly", async () => {
    const { calls } = open(routes());

    const earnings = await screen.findByRole('region', { name: 'Earnings' });
    expect(await within(earnings).findByTestId('container-fees-30d')).toHaveTextContent('3.50 ATH');
    expect(within(earnings).getByTestId('container-fees-today')).toHaveTextContent('1.50 ATH');
    const feeRows = within(within(earnings).getByRole('table', { name: 'Provider fees per day' })).getAllByRole('row').slice(1);
    expect(feeRows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([today(), '2026-11-20']);
    expect(within(feeRows[0]).getByText('at the next 00:00 UTC')).toBeInTheDocument();
    expect(within(feeRows[1]).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '2.50 ATH',
      '0.50 ATH',
      '2.00 ATH',
      `accrued, vests ${new Date('2027-01-04T00:00:00Z').toLocaleString()}`,
    ]);
    const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    expect(calls.some((call) => call.path === `/api/scheduler/provider/fees?from=${from}&to=${today()}`)).toBe(true);

    expect(await within(earnings).findByTestId('container-capacity')).toHaveTextContent('9,007,200.25 vATH');
    expect(within(earnings).getByTestId('container-capacity')).toHaveAttribute('title', '9,007,200.254740993 vATH');
    expect(within(earnings).getByTestId('container-delivery')).toHaveTextContent('0.25 vATH');

    expect(await within(earnings).findByTestId('container-provisional-capacity')).toHaveTextContent('4,000.00 vATH');
    expect(within(earnings).getByTestId('container-provisional-delivery')).toHaveTextContent('0.12 vATH');
    expect(earnings).toHaveTextContent('1200 units');
    expect(earnings).toHaveTextContent('An estimate: epoch 12 is 42.85 % through');
  });

  it('shows zero for a container without fees or rewards yet', async () => {
    open(
      routes({
        'GET /api/scheduler/provider/fees': feesAnswer([feeDay(today(), other, '5')]),
        'GET /api/staking/rewards': { status: 200, body: { account: c.owner, epochs: [] } },
        'GET /api/staking/rewards/provisional': provisionalAnswer([]),
      }),
    );

    const earnings = await screen.findByRole('region', { name: 'Earnings' });
    expect(await within(earnings).findByText('No provider fees on this container in the last 30 days.')).toBeInTheDocument();
    expect(await within(earnings).findByTestId('container-capacity')).toHaveTextContent('0.00 vATH');
    expect(await within(earnings).findByTestId('container-provisional-capacity')).toHaveTextContent('0.00 vATH');
  });

  it('shows each failing call in its own section and the rest of the page as usual', async () => {
    open(
      routes({
        [`GET ${checker}/verdicts`]: problem(503, 'checker-service is not answering'),
        'GET /api/staking/rewards/provisional': problem(502, 'staking-service is not answering'),
        [`GET ${checker}/qos/history`]: problem(500, 'the QoS history is unavailable'),
      }),
    );

    const checks = await screen.findByRole('region', { name: 'Recent checks' });
    expect(await within(checks).findByRole('alert')).toHaveTextContent('checker-service is not answering');
    const qos = screen.getByRole('region', { name: 'QoS' });
    expect(await within(qos).findByRole('alert')).toHaveTextContent('the QoS history is unavailable');
    expect(await within(qos).findByTestId('qos-score')).toHaveTextContent('97.5');
    const earnings = screen.getByRole('region', { name: 'Earnings' });
    expect(await within(earnings).findByRole('alert')).toHaveTextContent('staking-service is not answering');
    expect(await within(earnings).findByTestId('container-fees-30d')).toHaveTextContent('3.50 ATH');
    expect(await within(earnings).findByTestId('container-capacity')).toHaveTextContent('9,007,200.25 vATH');
    expect(await screen.findByRole('heading', { level: 2, name: 'Specs' })).toBeInTheDocument();
    expect(within(await screen.findByRole('region', { name: 'Current leases' })).getByText('3.42')).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(3);
  });

  it('shows the sections when the registry cannot be read', async () => {
    open(routes({ [`GET ${base}`]: problem(503, 'container-registry is not answering') }));

    expect(await screen.findByText('container-registry is not answering')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Specs' })).not.toBeInTheDocument();
    const leases = screen.getByRole('region', { name: 'Current leases' });
    expect(await within(leases).findByText('3.42')).toBeInTheDocument();
  });
});
