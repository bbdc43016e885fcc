/** staking-service's answers as the earnings page reads them; wei are decimal strings. */

export interface Balance {
  account: string;
  vestingWei: string;
  availableWei: string;
  claimingWei: string;
  /** awaitingSettlementWei + claimableOnChainWei + claimedOnChainWei. */
  paidWei: string;
  awaitingSettlementWei: string;
  claimableOnChainWei: string;
  claimedOnChainWei: string;
  vestingByOrigin: Record<string, string>;
  availableByOrigin: Record<string, string>;
}

export interface SourceReward {
  source: string;
  amountWei: string;
}

export interface KindRewards {
  kind: string;
  amountWei: string;
  sources: SourceReward[];
}

export interface EpochRewards {
  epoch: number;
  totalWei: string;
  kinds: KindRewards[];
}

export interface Rewards {
  account: string;
  /** Newest epoch first. */
  epochs: EpochRewards[];
}

/** `GET /rewards/daily`: what the wallet accrued per UTC day of the window ({@code from}..{@code to}) and kind. */
export interface DailyRewards {
  account: string;
  from: string;
  to: string;
  /** Oldest first; days without accruals are left out. */
  days: DayRewards[];
}

export interface DayRewards {
  /** The UTC day (YYYY-MM-DD) the ledger booked the accruals on. */
  day: string;
  totalWei: string;
  kinds: { kind: string; amountWei: string }[];
}

export type ClaimOption = 'VEST_180_DAYS' | 'QUICK_30_DAYS';

export interface Claim {
  claimId: string;
  account: string;
  option: ClaimOption;
  amountWei: string;
  payableWei: string;
  returnedWei: string;
  vestedWei: string;
  releasedWei: string;
  createdAt: string;
  vestsFrom: string;
  vestsUntil: string;
}

export interface CurrentEpoch {
  epoch: number;
  startsAt: string;
  endsAt: string;
  nextStartsAt: string;
  closesAt: string;
  started: boolean;
  lastClosedEpoch: number;
}

/** Exactly what RewardDistributor.claim(epoch, index, account, amount, proof) takes. */
export interface EpochProof {
  epoch: number;
  index: number;
  account: string;
  amountWei: string;
  proof: string[];
  root: string;
  status: string;
  claimable: boolean;
}

/** `GET /api/staking/contracts`: the chain and contract addresses the deployment settles on (null: not configured). */
export interface Contracts {
  chainId: number;
  athToken: string | null;
  stakingPools: string | null;
  containerBonds: string | null;
  rewardDistributor: string | null;
}

export const STAKING = '/api/staking';
