/** What the platform's services answer, as the dashboard reads it. Wei amounts are decimal strings. */

export type ContainerStatus =
  | 'CHECKING'
  | 'WAITING_FOR_STAKE'
  | 'STANDBY'
  | 'SERVING'
  | 'OFFLINE'
  | 'HALTED'
  | 'DISSOLVING'
  | 'RETIRED';

export const CONTAINER_STATUSES: readonly ContainerStatus[] = [
  'CHECKING',
  'WAITING_FOR_STAKE',
  'STANDBY',
  'SERVING',
  'OFFLINE',
  'HALTED',
  'DISSOLVING',
  'RETIRED',
];

export interface ContainerSpecs {
  gpuModel: string;
  gpuCount: number;
  vramGbPerGpu: number;
  cpuCores: number;
  ramGb: number;
  diskGb: number;
  bandwidthMbps: number;
  services: string[];
}

export interface StakeRequirement {
  month: string;
  kValueWei: string;
  stakingCoefficient: number | string;
  amountWei: string;
}

export interface Bond {
  state: 'NONE' | 'ACTIVE' | 'UNBONDING' | 'WITHDRAWN';
  amountWei: string;
  unbondingEnd: string | null;
  coversRequirement: boolean;
}

/** container-registry's container view. */
export interface Container {
  containerId: string;
  owner: string;
  fingerprint: string;
  nodeKey: string;
  specs: ContainerSpecs;
  region: string;
  latitude: number | string | null;
  longitude: number | string | null;
  endpoint: string;
  /** A JSON number from a BigDecimal: shown and compared as its decimal text, never computed with. */
  priceUsdPerGpuHour: number | string;
  status: ContainerStatus;
  stakeRequirement: StakeRequirement;
  bond: Bond;
  heartbeatIntervalSeconds: number;
  lastHeartbeatAt: string | null;
  registeredAt: string;
  statusChangedAt: string;
  unbondsAt: string | null;
}

export interface ContainerPage {
  items: Container[];
  page: number;
  size: number;
  total: number;
}

export interface StatusChange {
  previousStatus: ContainerStatus | null;
  status: ContainerStatus;
  resumeStatus: ContainerStatus | null;
  reason: string;
  note: string | null;
  changedAt: string;
}

export interface DayUptime {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  offlineMinutes: number;
  dailySloMet: boolean;
  monthToDateUptimePercent: number | string;
  monthlySloMet: boolean;
}

export interface MonthUptime {
  containerId: string;
  month: string;
  days: DayUptime[];
  uptimePercent: number | string;
  monthlySloMet: boolean;
  everyDailySloMet: boolean;
}

export type SlashState = 'PROPOSED' | 'DISPUTED' | 'UPHELD' | 'REJECTED' | 'EXECUTED';

/** checker-service's slash view, without the evidence this slice does not show. */
export interface Slash {
  slashId: string;
  containerId: string;
  owner: string;
  reason: string;
  amountWei: string;
  proposedAt: string;
  disputeWindowEnds: string;
  state: SlashState;
  executedAt: string | null;
}

export interface SessionAnswer {
  token: string;
  expiresAt: string;
  address: string;
  roles: string[];
}

export interface NonceAnswer {
  nonce: string;
  expiresAt: string;
  /** The chains a sign-in message may name. */
  chainIds: number[];
}
