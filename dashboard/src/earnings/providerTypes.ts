/** scheduler's provider fees and staking-service's provisional rewards, as the overview and container page read them. */

/** One container's provider fees of one UTC day (`GET /api/scheduler/provider/fees`). */
export interface FeeDay {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  containerId: string;
  feesWei: string;
  refundsWei: string;
  /** Fees less refunds: what accrues to the provider at the next 00:00 UTC. */
  netWei: string;
  /** False until the day's 00:00 UTC accrual (always false for today). */
  accrued: boolean;
  accruedWei: string | null;
  vestsAt: string | null;
}

export interface ProviderFees {
  owner: string;
  days: FeeDay[];
  totalNetWei: string;
}

export interface ProvisionalContainer {
  containerId: string;
  capacityUnits: number | string;
  deliveryUnits: number | string;
  capacityWei: string;
  deliveryWei: string;
}

/**
 * `GET /api/staking/rewards/provisional`: an estimate for the open epoch, the emission so far split by the units
 * so far. It changes until the epoch closes; only closed epochs' accruals are booked.
 */
export interface ProvisionalRewards {
  account: string;
  epoch: number;
  startsAt: string;
  endsAt: string;
  asOf: string;
  /** Share of the epoch elapsed at `asOf`, 0-10,000. */
  elapsedBasisPoints: number;
  capacityWei: string;
  deliveryWei: string;
  containers: ProvisionalContainer[];
}

export const PROVISIONAL_PATH = '/api/staking/rewards/provisional';

/** The provider's fees from the first to the last UTC day given, both included (the scheduler allows 92 days). */
export function feesPath(from: string, to: string): string {
  return `/api/scheduler/provider/fees?from=${from}&to=${to}`;
}
