import type { Claim, CurrentEpoch, Rewards } from './stakingTypes';

/** The reward kinds in the order the chart stacks them (bottom first) and the legend lists them. */
export const REWARD_KINDS = ['STAKER', 'PROOF_OF_CAPACITY', 'PROOF_OF_DELIVERY', 'CHECKER', 'PROVIDER_FEE'] as const;

export interface ChartSegment {
  kind: string;
  amountWei: string;
  /** Share of the tallest bar's total, 0..1: for drawing only, never for money. */
  offset: number;
  share: number;
}

/** What a stacked bar is drawn from: a total and its amounts per kind (an epoch's or a day's rewards). */
export interface KindTotals {
  totalWei: string;
  kinds: readonly { kind: string; amountWei: string }[];
}

export interface ChartBar {
  epoch: number;
  totalWei: string;
  segments: ChartSegment[];
}

/** Sum of wei strings, exactly. */
export function sumWei(values: string[]): string {
  return values.reduce((sum, v) => sum + BigInt(v), 0n).toString();
}

/** Everything earned over the epochs listed. */
export function totalEarnedWei(rewards: Rewards): string {
  return sumWei(rewards.epochs.map((e) => e.totalWei));
}

function kindOrder(kind: string): number {
  const i = (REWARD_KINDS as readonly string[]).indexOf(kind);
  return i < 0 ? REWARD_KINDS.length : i;
}

/**
 * Each bar's kinds stacked in {@link REWARD_KINDS} order (bottom first); heights are shares of the tallest bar,
 * taken from BigInt ratios in millionths so that amounts far beyond 2^53 wei still draw in proportion.
 */
export function stackByKind(bars: readonly KindTotals[]): ChartSegment[][] {
  const max = bars.reduce((m, b) => (BigInt(b.totalWei) > m ? BigInt(b.totalWei) : m), 0n);
  const share = (wei: bigint) => (max === 0n ? 0 : Number((wei * 1_000_000n) / max) / 1_000_000);
  return bars.map((bar) => {
    let below = 0n;
    return [...bar.kinds]
      .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind))
      .map((k) => {
        const amount = BigInt(k.amountWei);
        const segment = { kind: k.kind, amountWei: k.amountWei, offset: share(below), share: share(amount) };
        below += amount;
        return segment;
      });
  });
}

/** The kinds that appear in any of the bars, in {@link REWARD_KINDS} order: what a chart's legend lists. */
export function kindsShown(segments: readonly ChartSegment[][]): string[] {
  const present = new Set(segments.flat().map((s) => s.kind));
  return REWARD_KINDS.filter((k) => present.has(k));
}

/** One bar per epoch, oldest first, stacked by kind. */
export function chartBars(rewards: Rewards): ChartBar[] {
  const epochs = [...rewards.epochs].sort((a, b) => a.epoch - b.epoch);
  const stacks = stackByKind(epochs);
  return epochs.map((e, i) => ({ epoch: e.epoch, totalWei: e.totalWei, segments: stacks[i] }));
}

/** How much of a claim has vested, in whole percent rounded down (for the schedule's bar). */
export function vestedPercent(claim: Claim): number {
  const payable = BigInt(claim.payableWei);
  return payable === 0n ? 100 : Number((BigInt(claim.vestedWei) * 100n) / payable);
}

/**
 * The epoch an instant falls in, counted back from the current epoch's bounds (so the local run's short
 * epochs count as well as the design's weeks).
 */
export function epochAt(instant: string, current: CurrentEpoch): number {
  const length = new Date(current.nextStartsAt).getTime() - new Date(current.startsAt).getTime();
  const delta = new Date(instant).getTime() - new Date(current.startsAt).getTime();
  return Math.max(0, current.epoch + Math.floor(delta / length));
}

/** The most epochs whose proofs are asked on one page load. */
export const MAX_PROOF_EPOCHS = 12;

/**
 * The closed epochs that may hold a payout of this wallet: a claim releases into the payouts of every epoch
 * closed from its vesting start on, so from the earliest releasing claim's start to the last closed epoch
 * (the newest {@link MAX_PROOF_EPOCHS}); newest first.
 */
export function payoutEpochs(claims: Claim[], current: CurrentEpoch): number[] {
  const releasing = claims.filter((c) => BigInt(c.releasedWei) > 0n);
  if (releasing.length === 0 || current.lastClosedEpoch < 0) {
    return [];
  }
  const first = Math.min(...releasing.map((c) => epochAt(c.vestsFrom, current)));
  const epochs: number[] = [];
  for (let e = current.lastClosedEpoch; e >= first && epochs.length < MAX_PROOF_EPOCHS; e -= 1) {
    epochs.push(e);
  }
  return epochs;
}
