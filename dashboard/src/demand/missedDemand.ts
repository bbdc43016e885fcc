import { compareDecimal, formatUsd, utcDay } from '../common/format';

/** The indexer's removal reasons, in the order its filters run them and the report lists them. */
export type Reason = 'PRICE' | 'SPEC' | 'LATENCY' | 'STATE';
export const REASONS: readonly Reason[] = ['PRICE', 'SPEC', 'LATENCY', 'STATE'];

/** indexer-service's `GET /missed-demand`: removals of the owner's containers per requested GPU model and region. */
export interface MissedDemandReport {
  from: string;
  to: string;
  items: Array<{
    owner: string;
    gpuModel: string;
    region: string;
    reasons: Partial<Record<Reason, number>>;
    total: number;
  }>;
}

/** indexer-service's `GET /market`: per GPU model and service, the containers in the market and their lowest price. */
export interface Market {
  asOf: string;
  offers: Array<{
    gpuModel: string;
    service: string;
    containers: number;
    standby: number;
    gpus: number;
    minPriceUsdPerGpuHour: number | string | null;
  }>;
}

export interface DemandRow {
  gpuModel: string;
  region: string;
  reasons: Record<Reason, number>;
  total: number;
}

export const PERIODS = [7, 30] as const;
export type PeriodDays = (typeof PERIODS)[number];

/** The last {@code days} UTC days, today included, as the indexer's `from` and `to`. */
export function periodOf(days: number, now: Date): { from: string; to: string } {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)));
  return { from: utcDay(first), to: utcDay(now) };
}

export function missedDemandPath(owner: string, days: number, now: Date): string {
  const { from, to } = periodOf(days, now);
  const query = new URLSearchParams({ owner, from, to });
  return `/api/indexer/missed-demand?${query.toString()}`;
}

/**
 * One row per requested GPU model and region, most removals first; an operator's report could name several owners,
 * so rows of the same model and region are added up.
 */
export function demandRows(report: MissedDemandReport): DemandRow[] {
  const rows = new Map<string, DemandRow>();
  for (const item of report.items) {
    const key = `${item.gpuModel}\u0000${item.region}`;
    const row = rows.get(key) ?? { gpuModel: item.gpuModel, region: item.region, reasons: zeros(), total: 0 };
    for (const reason of REASONS) {
      row.reasons[reason] += item.reasons[reason] ?? 0;
    }
    row.total = REASONS.reduce((sum, reason) => sum + row.reasons[reason], 0);
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) => b.total - a.total || a.gpuModel.localeCompare(b.gpuModel) || a.region.localeCompare(b.region),
  );
}

export function totals(rows: readonly DemandRow[]): DemandRow['reasons'] & { total: number } {
  const sums = zeros();
  for (const row of rows) {
    for (const reason of REASONS) {
      sums[reason] += row.reasons[reason];
    }
  }
  return { ...sums, total: REASONS.reduce((sum, reason) => sum + sums[reason], 0) };
}

function zeros(): Record<Reason, number> {
  return { PRICE: 0, SPEC: 0, LATENCY: 0, STATE: 0 };
}

/** The reason that cost the row most; ties go to the filter that runs first, as the indexer removes by the first. */
export function mainReason(row: DemandRow): Reason | null {
  let best: Reason | null = null;
  for (const reason of REASONS) {
    if (row.reasons[reason] > 0 && (best === null || row.reasons[reason] > row.reasons[best])) {
      best = reason;
    }
  }
  return best;
}

/** GPU model -> the market's lowest price per GPU-hour over every service, as decimal text. */
export function lowestPrices(market: Market): Map<string, string> {
  const lowest = new Map<string, string>();
  for (const offer of market.offers) {
    if (offer.minPriceUsdPerGpuHour === null || offer.minPriceUsdPerGpuHour === undefined) {
      continue;
    }
    const price = String(offer.minPriceUsdPerGpuHour);
    const known = lowest.get(offer.gpuModel);
    if (known === undefined || compareDecimal(price, known) < 0) {
      lowest.set(offer.gpuModel, price);
    }
  }
  return lowest;
}

/**
 * What to change so these customers are matched next time, for the row's main reason. The region is the one the
 * customers asked from; SPEC covers every hardware or software filter (the report does not say which one failed).
 */
export function hint(row: DemandRow, lowestPrice: string | undefined): string | null {
  switch (mainReason(row)) {
    case 'PRICE':
      return (
        'Your price is above what these customers pay — compare with the market’s lowest price' +
        (lowestPrice === undefined ? ' (GET /api/indexer/market).' : ` for ${row.gpuModel}, ${formatUsd(lowestPrice)} per GPU-hour.`)
      );
    case 'SPEC':
      return (
        `These customers asked for ${row.gpuModel}: your containers had another GPU model, fewer GPUs per node, ` +
        'less VRAM per GPU, less bandwidth or not the service they wanted.'
      );
    case 'LATENCY':
      return `Your containers are too far from customers in ${row.region}: a container in or near ${row.region} would be within their latency limit.`;
    case 'STATE':
      return 'Your containers were not in STANDBY when asked (offline, checking, waiting for stake, serving or reserved): keep them online and bonded.';
    case null:
      return null;
  }
}
