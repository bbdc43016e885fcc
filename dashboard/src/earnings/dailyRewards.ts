import { utcDay } from '../common/format';
import { stackByKind, sumWei, type ChartSegment } from './earningsRules';
import { STAKING, type DailyRewards } from './stakingTypes';

/** The days the Earnings page charts, today included. */
export const DAILY_REWARD_DAYS = 30;

const DAY_MS = 86_400_000;

export function dailyRewardsPath(days: number = DAILY_REWARD_DAYS): string {
  return `${STAKING}/rewards/daily?days=${days}`;
}

export interface DailyBar {
  day: string;
  /** The day's place in the window: 0 for its first day. */
  slot: number;
  totalWei: string;
  segments: ChartSegment[];
}

function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The UTC day {@code offset} days after {@code day} (YYYY-MM-DD). */
export function dayAfter(day: string, offset: number): string {
  return utcDay(new Date(dayStart(day) + offset * DAY_MS));
}

/** How many days the answer's window spans, its first and last included. */
export function windowLength(daily: DailyRewards): number {
  return Math.round((dayStart(daily.to) - dayStart(daily.from)) / DAY_MS) + 1;
}

/** One bar per day with rewards at its day's place in the window (days without any stay gaps), stacked by kind. */
export function dailyBars(daily: DailyRewards): DailyBar[] {
  const days = [...daily.days].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const stacks = stackByKind(days);
  return days.map((d, i) => ({
    day: d.day,
    slot: Math.round((dayStart(d.day) - dayStart(daily.from)) / DAY_MS),
    totalWei: d.totalWei,
    segments: stacks[i],
  }));
}

/** Everything earned over the window, exactly. */
export function dailyTotalWei(daily: DailyRewards): string {
  return sumWei(daily.days.map((d) => d.totalWei));
}
