import type { Container, ContainerStatus } from '../api/types';
import type { Fetch } from '../api/client';

export interface Call {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

type Answer = { status: number; body?: unknown } | ((call: Call) => { status: number; body?: unknown });

/**
 * A stand-in for the gateway: answers by "METHOD path" (path without query first, then with it) and records every
 * call; anything unrouted is a 404 problem, as the gateway would answer.
 */
export function fakeFetch(routes: Record<string, Answer>): { fetch: Fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetch: Fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    const call: Call = {
      method,
      path: url,
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const route = routes[`${method} ${url}`] ?? routes[`${method} ${url.split('?')[0]}`];
    const answer = typeof route === 'function' ? route(call) : route ?? { status: 404, body: { title: 'Not Found', status: 404 } };
    const problem = answer.status >= 400;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': problem ? 'application/problem+json' : 'application/json' },
    });
  };
  return { fetch, calls };
}

export const OWNER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';

let next = 0;

export function container(overrides: Partial<Container> & { gpuModel?: string } = {}): Container {
  next += 1;
  const { gpuModel = 'H100_SXM', ...rest } = overrides;
  return {
    containerId: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    owner: OWNER.toLowerCase(),
    fingerprint: `0x${'ab'.repeat(32)}`,
    nodeKey: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
    specs: {
      gpuModel,
      gpuCount: 8,
      vramGbPerGpu: 80,
      cpuCores: 96,
      ramGb: 1024,
      diskGb: 4000,
      bandwidthMbps: 10000,
      services: ['VLLM'],
    },
    region: 'eu-west',
    latitude: 50.1,
    longitude: 8.7,
    endpoint: 'https://node.example:8443',
    priceUsdPerGpuHour: 2.5,
    status: 'STANDBY' as ContainerStatus,
    stakeRequirement: { month: '2026-05', kValueWei: '1000000000000000000000', stakingCoefficient: 1, amountWei: '8000000000000000000000' },
    bond: { state: 'ACTIVE', amountWei: '8000000000000000000000', unbondingEnd: null, coversRequirement: true },
    heartbeatIntervalSeconds: 60,
    lastHeartbeatAt: '2026-05-10T11:59:00Z',
    registeredAt: '2026-04-01T00:00:00Z',
    statusChangedAt: '2026-04-02T00:00:00Z',
    unbondsAt: null,
    ...rest,
  };
}

export function page(items: Container[]) {
  return { status: 200, body: { items, page: 0, size: 500, total: items.length } };
}

/** A signed-in session in sessionStorage, as a sign-in leaves it. */
export function storeSession(expiresAt: string = new Date(Date.now() + 15 * 60_000).toISOString()): void {
  sessionStorage.setItem(
    'athgrid.session',
    JSON.stringify({ token: 'session-token', expiresAt, address: OWNER.toLowerCase(), roles: [] }),
  );
}
