import { CONTAINER_STATUSES, type Container, type ContainerStatus, type DayUptime, type Slash } from '../api/types';
import { utcDay, utcDayBefore } from '../common/format';

/** How many containers are in each state, every state listed (zero included) in lifecycle order. */
export function countByStatus(containers: Container[]): Array<{ status: ContainerStatus; count: number }> {
  const counts = new Map<ContainerStatus, number>(CONTAINER_STATUSES.map((s) => [s, 0]));
  for (const container of containers) {
    counts.set(container.status, (counts.get(container.status) ?? 0) + 1);
  }
  return CONTAINER_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** Containers that still take part: retired ones have no stake, uptime or future. */
export function liveContainers(containers: Container[]): Container[] {
  return containers.filter((c) => c.status !== 'RETIRED');
}

/** Slashes not yet settled either way: proposed, disputed, or upheld and waiting to execute. */
export function openSlashes(slashes: Slash[]): Slash[] {
  return slashes.filter((s) => s.state === 'PROPOSED' || s.state === 'DISPUTED' || s.state === 'UPHELD');
}

const MINUTES_PER_DAY = 24 * 60;

/** The UTC months (YYYY-MM) that the 30 days ending at {@code now} touch, oldest first. */
export function monthsOfLast30Days(now: Date): string[] {
  const first = new Date(now.getTime() - 29 * 86_400_000);
  const months = [first.toISOString().slice(0, 7), now.toISOString().slice(0, 7)];
  return months[0] === months[1] ? [months[1]] : months;
}

/**
 * Uptime over the last 30 UTC days (today included so far) from the registry's per-day offline minutes, as a
 * percent with 3 decimals rounded down like the registry's; null when no day is known (registered just now).
 * Days before registration are not in the registry's answer, so they do not count against the provider.
 */
export function thirtyDayUptimePercent(days: DayUptime[], now: Date): string | null {
  const today = utcDay(now);
  const from = utcDayBefore(now, 29);
  let total = 0;
  let offline = 0;
  for (const day of days) {
    if (day.day < from || day.day > today) {
      continue;
    }
    const minutes =
      day.day === today ? Math.max(1, now.getUTCHours() * 60 + now.getUTCMinutes()) : MINUTES_PER_DAY;
    total += minutes;
    offline += Math.min(day.offlineMinutes, minutes);
  }
  if (total === 0) {
    return null;
  }
  // Integer arithmetic in thousandths of a percent, so the figure is exact and never rounds up to 100.
  const thousandths = Math.floor(((total - offline) * 100_000) / total);
  return `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')}`;
}
