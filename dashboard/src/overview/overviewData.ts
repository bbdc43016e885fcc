import type { ApiClient } from '../api/client';
import type { ContainerPage, MonthUptime, Slash } from '../api/types';
import { liveContainers, monthsOfLast30Days, thirtyDayUptimePercent } from './summary';

export interface OverviewData {
  containers: ContainerPage;
  slashes: Slash[];
  /** containerId -> 30-day uptime percent (null: no day counted yet, undefined: could not be read). */
  uptime: Map<string, string | null>;
}

/** The registry's largest page: a provider's containers in one call. */
export const CONTAINERS_PATH = '/api/registry/containers?size=500';
export const SLASHES_PATH = '/api/checker/slashes';

/** Everything the overview shows, read in parallel; one container's missing uptime does not fail the page. */
export async function loadOverview(api: ApiClient, signal: AbortSignal, now: Date = new Date()): Promise<OverviewData> {
  const [containers, slashes] = await Promise.all([
    api.get<ContainerPage>(CONTAINERS_PATH, signal),
    api.get<Slash[]>(SLASHES_PATH, signal),
  ]);
  const months = monthsOfLast30Days(now);
  const uptime = new Map<string, string | null>();
  await Promise.all(
    liveContainers(containers.items).map(async (container) => {
      try {
        const answers = await Promise.all(
          months.map((month) =>
            api.get<MonthUptime>(`/api/registry/containers/${container.containerId}/uptime?month=${month}`, signal),
          ),
        );
        uptime.set(container.containerId, thirtyDayUptimePercent(answers.flatMap((a) => a.days), now));
      } catch (e) {
        if (signal.aborted) {
          throw e;
        }
      }
    }),
  );
  return { containers, slashes, uptime };
}
