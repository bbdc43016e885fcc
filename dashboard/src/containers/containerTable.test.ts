import { describe, expect, it } from 'vitest';
import { container } from '../testing/fakes';
import { filterContainers, NO_FILTERS, sortContainers } from './containerTable';

const a = container({ status: 'SERVING', gpuModel: 'H100_SXM', region: 'eu-west', priceUsdPerGpuHour: 2.5 });
const b = container({ status: 'CHECKING', gpuModel: 'A100', region: 'us-east', priceUsdPerGpuHour: 10.25 });
const c = container({ status: 'OFFLINE', gpuModel: 'H100_SXM', region: 'us-east', priceUsdPerGpuHour: 2.45 });

describe('sortContainers', () => {
  it('sorts prices as decimals, not as text', () => {
    expect(sortContainers([a, b, c], 'price', 'asc')).toEqual([c, a, b]);
    expect(sortContainers([a, b, c], 'price', 'desc')).toEqual([b, a, c]);
  });

  it('sorts states in lifecycle order', () => {
    expect(sortContainers([a, b, c], 'status', 'asc')).toEqual([b, a, c]);
  });

  it('sorts by GPU model and region', () => {
    expect(sortContainers([a, b, c], 'gpuModel', 'asc')[0]).toBe(b);
    expect(sortContainers([a, b, c], 'region', 'desc')[2]).toBe(a);
  });
});

describe('filterContainers', () => {
  it('keeps what matches every filter set', () => {
    expect(filterContainers([a, b, c], { ...NO_FILTERS, gpuModel: 'H100_SXM' })).toEqual([a, c]);
    expect(filterContainers([a, b, c], { ...NO_FILTERS, gpuModel: 'H100_SXM', region: 'us-east' })).toEqual([c]);
    expect(filterContainers([a, b, c], NO_FILTERS)).toEqual([a, b, c]);
  });
});
