import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { container, fakeFetch, storeSession } from '../testing/fakes';
import { renderApp } from '../testing/renderApp';

describe('ContainerDetailPage', () => {
  it('shows specs, stake, one uptime bar per day and the history newest first', async () => {
    storeSession();
    const c = container({ status: 'SERVING', gpuModel: 'H200' });
    const base = `/api/registry/containers/${c.containerId}`;
    const { fetch } = fakeFetch({
      [`GET ${base}`]: { status: 200, body: c },
      [`GET ${base}/history`]: {
        status: 200,
        body: [
          { previousStatus: null, status: 'CHECKING', resumeStatus: null, reason: 'REGISTERED', note: null, changedAt: '2026-04-01T00:00:00Z' },
          { previousStatus: 'STANDBY', status: 'SERVING', resumeStatus: null, reason: 'LEASE_STARTED', note: 'job 42', changedAt: '2026-05-02T00:00:00Z' },
        ],
      },
      [`GET ${base}/uptime`]: {
        status: 200,
        body: {
          containerId: c.containerId,
          month: '2026-05',
          days: [
            { day: '2026-05-01', offlineMinutes: 0, dailySloMet: true, monthToDateUptimePercent: 100, monthlySloMet: true },
            { day: '2026-05-02', offlineMinutes: 45, dailySloMet: false, monthToDateUptimePercent: 98.437, monthlySloMet: false },
          ],
          uptimePercent: 98.437,
          monthlySloMet: false,
          everyDailySloMet: false,
        },
      },
    });
    renderApp(fetch, `#/containers/${c.containerId}`);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('8× H200');
    expect(screen.getByText('8,000.00 ATH')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /uptime in 2026-05: 98.437 %/i })).toHaveTextContent('below target');
    expect(screen.getByRole('img', { name: /2 days, 1 below the daily target/ })).toBeInTheDocument();
    const history = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(history[0]).toContain('Lease started');
    expect(history[0]).toContain('job 42');
    expect(history[1]).toContain('Registered');
  });
});
