import { CONTAINER_STATUSES, type Container } from '../api/types';
import { compareDecimal } from '../common/format';

export type SortKey = 'status' | 'gpuModel' | 'region' | 'price';
export type SortDirection = 'asc' | 'desc';

export interface Filters {
  /** Empty: any. */
  status: string;
  gpuModel: string;
  region: string;
}

export const NO_FILTERS: Filters = { status: '', gpuModel: '', region: '' };

export function filterContainers(containers: Container[], filters: Filters): Container[] {
  return containers.filter(
    (c) =>
      (!filters.status || c.status === filters.status) &&
      (!filters.gpuModel || c.specs.gpuModel === filters.gpuModel) &&
      (!filters.region || c.region === filters.region),
  );
}

const COMPARATORS: Record<SortKey, (a: Container, b: Container) => number> = {
  // Lifecycle order says more than the alphabet: checking first, retired last.
  status: (a, b) => CONTAINER_STATUSES.indexOf(a.status) - CONTAINER_STATUSES.indexOf(b.status),
  gpuModel: (a, b) => a.specs.gpuModel.localeCompare(b.specs.gpuModel) || a.specs.gpuCount - b.specs.gpuCount,
  region: (a, b) => a.region.localeCompare(b.region),
  price: (a, b) => compareDecimal(a.priceUsdPerGpuHour, b.priceUsdPerGpuHour),
};

/** A sorted copy; ties keep a stable order by container id so rows do not jump between polls. */
export function sortContainers(containers: Container[], key: SortKey, direction: SortDirection): Container[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...containers].sort(
    (a, b) => sign * COMPARATORS[key](a, b) || a.containerId.localeCompare(b.containerId),
  );
}

/** The distinct values a filter can offer, sorted. */
export function distinct(containers: Container[], pick: (c: Container) => string): string[] {
  return [...new Set(containers.map(pick))].sort((a, b) => a.localeCompare(b));
}
