import { sumWei } from './earningsRules';
import type { Rewards } from './stakingTypes';
import type { FeeDay, ProviderFees, ProvisionalContainer, ProvisionalRewards } from './providerTypes';

/** Net fees of the rows, exactly (BigInt). */
export function sumNetWei(rows: readonly FeeDay[]): string {
  return sumWei(rows.map((row) => row.netWei));
}

/** The rows of one UTC day. */
export function feesOnDay(fees: ProviderFees, day: string): FeeDay[] {
  return fees.days.filter((row) => row.day === day);
}

/** One container's rows, newest day first. */
export function feesOfContainer(fees: ProviderFees, containerId: string): FeeDay[] {
  const id = containerId.toLowerCase();
  return fees.days
    .filter((row) => row.containerId.toLowerCase() === id)
    .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

export interface ContainerAccruals {
  capacityWei: string;
  deliveryWei: string;
  /** Closed epochs in which the container earned capacity or delivery rewards. */
  epochs: number;
}

/**
 * One container's Proof of Capacity and Proof of Delivery rewards over the closed epochs listed: the staking
 * ledger names the container as the source of each such accrual.
 */
export function accrualsOfContainer(rewards: Rewards, containerId: string): ContainerAccruals {
  const id = containerId.toLowerCase();
  let capacity = 0n;
  let delivery = 0n;
  let epochs = 0;
  for (const epoch of rewards.epochs) {
    let earned = false;
    for (const kind of epoch.kinds) {
      if (kind.kind !== 'PROOF_OF_CAPACITY' && kind.kind !== 'PROOF_OF_DELIVERY') {
        continue;
      }
      for (const source of kind.sources) {
        if (source.source.toLowerCase() !== id) {
          continue;
        }
        const amount = BigInt(source.amountWei);
        if (kind.kind === 'PROOF_OF_CAPACITY') {
          capacity += amount;
        } else {
          delivery += amount;
        }
        earned = true;
      }
    }
    epochs += earned ? 1 : 0;
  }
  return { capacityWei: capacity.toString(), deliveryWei: delivery.toString(), epochs };
}

/** The container's provisional share of the open epoch; zero units and wei when it has none yet. */
export function provisionalOf(provisional: ProvisionalRewards, containerId: string): ProvisionalContainer {
  const id = containerId.toLowerCase();
  return (
    provisional.containers.find((c) => c.containerId.toLowerCase() === id) ?? {
      containerId,
      capacityUnits: 0,
      deliveryUnits: 0,
      capacityWei: '0',
      deliveryWei: '0',
    }
  );
}
