import { OWNER } from '../testing/fakes';
import type { FeeDay, ProviderFees, ProvisionalContainer, ProvisionalRewards } from './providerTypes';
import { utcDay } from '../common/format';
import { sumNetWei } from './providerEarnings';

/** Today's UTC day, as the pages compute it. */
export function today(): string {
  return utcDay(new Date());
}

export function feeDay(day: string, containerId: string, netWei: string, overrides: Partial<FeeDay> = {}): FeeDay {
  return {
    day,
    containerId,
    feesWei: netWei,
    refundsWei: '0',
    netWei,
    accrued: false,
    accruedWei: null,
    vestsAt: null,
    ...overrides,
  };
}

/** The scheduler's fees answer for these rows. */
export function feesAnswer(days: FeeDay[]): { status: number; body: ProviderFees } {
  const total = sumNetWei(days);
  return { status: 200, body: { owner: OWNER.toLowerCase(), days, totalNetWei: total } };
}

/** Epoch 12 at 42.85 %; the capacity so far is beyond what a double holds exactly. */
export function provisionalAnswer(containers: ProvisionalContainer[] = []): { status: number; body: ProvisionalRewards } {
  return {
    status: 200,
    body: {
      account: OWNER.toLowerCase(),
      epoch: 12,
      startsAt: '2026-11-19T00:01:00Z',
      endsAt: '2026-11-25T23:59:00Z',
      asOf: '2026-11-22T00:00:00Z',
      elapsedBasisPoints: 4285,
      capacityWei: '9007199254740993000000000',
      deliveryWei: '1500000000000000000',
      containers,
    },
  };
}

/** A problem+json answer, as a failing service gives it through the gateway. */
export function problem(status: number, detail: string) {
  return { status, body: { title: 'Service Unavailable', status, detail } };
}
