import type { ApiClient } from '../api/client';
import { ApiError } from '../api/problem';
import { configuredDistributor, type Distributor } from './distributorClaim';
import { payoutEpochs } from './earningsRules';
import { STAKING, type Balance, type Claim, type Contracts, type CurrentEpoch, type EpochProof, type Rewards } from './stakingTypes';

export interface EarningsData {
  balance: Balance;
  rewards: Rewards;
  claims: Claim[];
  /** The wallet's payouts with their proofs, newest epoch first. */
  proofs: EpochProof[];
  /** Where claims are sent: the deployment's distributor as staking-service names it, else this build's; null: none. */
  distributor: Distributor | null;
}

export function proofPath(epoch: number, account: string): string {
  return `${STAKING}/epochs/${epoch}/proofs/${encodeURIComponent(account)}`;
}

/** Balance, rewards and claims in parallel; then the proofs of the closed epochs the claims paid into. */
export async function loadEarnings(api: ApiClient, account: string, signal: AbortSignal): Promise<EarningsData> {
  const [balance, rewards, claims, current, contracts] = await Promise.all([
    api.get<Balance>(`${STAKING}/balance`, signal),
    api.get<Rewards>(`${STAKING}/rewards`, signal),
    api.get<Claim[]>(`${STAKING}/claims`, signal),
    api.get<CurrentEpoch>(`${STAKING}/epochs/current`, signal),
    api.get<Contracts>(`${STAKING}/contracts`, signal).catch((e: unknown) => {
      // 404: a staking-service from before it named its contracts; the build's own setting is used.
      if (e instanceof ApiError && e.status === 404) {
        return null;
      }
      throw e;
    }),
  ]);
  const answers = await Promise.all(
    payoutEpochs(claims, current).map(async (epoch) => {
      try {
        return await api.get<EpochProof>(proofPath(epoch, account), signal);
      } catch (e) {
        // 404: the epoch was empty, is not computed yet, or paid this wallet nothing.
        if (e instanceof ApiError && e.status === 404) {
          return null;
        }
        throw e;
      }
    }),
  );
  const distributor = contracts?.rewardDistributor
    ? { address: contracts.rewardDistributor, chainId: contracts.chainId }
    : configuredDistributor();
  return { balance, rewards, claims, proofs: answers.filter((p): p is EpochProof => p !== null), distributor };
}
