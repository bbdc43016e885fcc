import { describe, expect, it } from 'vitest';
import { demandRows, hint, lowestPrices, mainReason, missedDemandPath, periodOf, totals, type MissedDemandReport } from './missedDemand';

const report: MissedDemandReport = {
  from: '2026-04-11',
  to: '2026-05-10',
  items: [
    { owner: '0xa', gpuModel: 'A100', region: 'us-east', reasons: { PRICE: 0, SPEC: 0, LATENCY: 2, STATE: 1 }, total: 3 },
    { owner: '0xa', gpuModel: 'H100_SXM', region: 'eu-west', reasons: { PRICE: 5, SPEC: 1, LATENCY: 0, STATE: 5 }, total: 11 },
    { owner: '0xb', gpuModel: 'A100', region: 'us-east', reasons: { LATENCY: 1 }, total: 1 },
  ],
};

describe('missed demand', () => {
  it('covers the last 7 or 30 UTC days, today included, across a month end', () => {
    const now = new Date('2026-03-02T23:30:00Z');
    expect(periodOf(7, now)).toEqual({ from: '2026-02-24', to: '2026-03-02' });
    expect(periodOf(30, now)).toEqual({ from: '2026-02-01', to: '2026-03-02' });
    expect(missedDemandPath('0xabc', 7, now)).toBe('/api/indexer/missed-demand?owner=0xabc&from=2026-02-24&to=2026-03-02');
  });

  it('adds up rows of one GPU model and region and puts the largest first', () => {
    const rows = demandRows(report);
    expect(rows.map((r) => [r.gpuModel, r.region, r.total])).toEqual([
      ['H100_SXM', 'eu-west', 11],
      ['A100', 'us-east', 4],
    ]);
    expect(rows[1].reasons).toEqual({ PRICE: 0, SPEC: 0, LATENCY: 3, STATE: 1 });
    expect(totals(rows)).toEqual({ PRICE: 5, SPEC: 1, LATENCY: 3, STATE: 6, total: 15 });
  });

  it('names the reason that cost most, ties to the filter that runs first', () => {
    const [h100, a100] = demandRows(report);
    expect(mainReason(h100)).toBe('PRICE');
    expect(mainReason(a100)).toBe('LATENCY');
    expect(mainReason({ ...a100, reasons: { PRICE: 0, SPEC: 0, LATENCY: 0, STATE: 0 }, total: 0 })).toBeNull();
  });

  it('takes the lowest price of a GPU model over its services, compared as decimals', () => {
    const lowest = lowestPrices({
      asOf: '2026-05-10T12:00:00Z',
      offers: [
        { gpuModel: 'H100_SXM', service: 'vllm', containers: 3, standby: 1, gpus: 24, minPriceUsdPerGpuHour: '2.10' },
        { gpuModel: 'H100_SXM', service: 'comfyui', containers: 1, standby: 1, gpus: 8, minPriceUsdPerGpuHour: 1.95 },
        { gpuModel: 'A100', service: 'vllm', containers: 1, standby: 0, gpus: 8, minPriceUsdPerGpuHour: null },
      ],
    });
    expect(lowest.get('H100_SXM')).toBe('1.95');
    expect(lowest.has('A100')).toBe(false);
  });

  it('hints what to change for each reason', () => {
    const row = demandRows(report)[0];
    const only = (reason: 'PRICE' | 'SPEC' | 'LATENCY' | 'STATE') => ({
      ...row,
      reasons: { PRICE: 0, SPEC: 0, LATENCY: 0, STATE: 0, [reason]: 1 },
    });
    expect(hint(only('PRICE'), '1.95')).toMatch(/above what these customers pay.*lowest price for H100_SXM, \$1\.95/);
    expect(hint(only('PRICE'), undefined)).toMatch(/GET \/api\/indexer\/market/);
    expect(hint(only('SPEC'), undefined)).toMatch(/asked for H100_SXM.*VRAM.*bandwidth/);
    expect(hint(only('LATENCY'), undefined)).toMatch(/too far from customers in eu-west/);
    expect(hint(only('STATE'), undefined)).toMatch(/not in STANDBY.*offline, checking/);
  });
});
