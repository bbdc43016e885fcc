import { describe, expect, it } from 'vitest';
import { containerPaths, gpuHours } from './containerWork';

describe('gpuHours', () => {
  it('shows GPU-seconds as GPU-hours with two decimals, cut off', () => {
    expect(gpuHours(12345)).toBe('3.42');
    expect(gpuHours(0)).toBe('0.00');
    expect(gpuHours(35)).toBe('0.00');
    expect(gpuHours(36)).toBe('0.01');
    expect(gpuHours(3600 * 12_345)).toBe('12,345.00');
  });
});

describe('containerPaths', () => {
  it('asks for 30 days of QoS, 20 verdicts and the active leases of the container', () => {
    expect(containerPaths('c-1')).toEqual({
      qos: '/api/checker/containers/c-1/qos',
      qosHistory: '/api/checker/containers/c-1/qos/history?days=30',
      verdicts: '/api/checker/containers/c-1/verdicts?limit=20',
      activeLeases: '/api/scheduler/provider/leases?containerId=c-1&active=true&limit=50',
    });
  });
});
