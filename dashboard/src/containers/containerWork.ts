/** What checker-service and the scheduler say about one container's checks, QoS and leases; plain functions. */

export type CheckKind = 'LIVENESS' | 'QOE' | 'CAPACITY';
export type CheckOutcome = 'PASSED' | 'FAILED' | 'NO_MAJORITY';

/** A check's verdict (`GET /api/checker/containers/{id}/verdicts`), with how many reports agreed with it. */
export interface Verdict {
  jobId: string;
  kind: CheckKind;
  outcome: CheckOutcome;
  windowStart: string;
  windowEnd: string;
  reachedAt: string;
  correct: number;
  incorrect: number;
  missing: number;
}

/** The current QoS score, 0-100 (null before the first sample). */
export interface Qos {
  containerId: string;
  score: number | null;
  samples: number;
  updatedAt: string | null;
}

export interface QosPoint {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  score: number;
  samples: number;
}

/** Daily QoS, oldest day first; days without a sample are left out. */
export interface QosHistory {
  containerId: string;
  points: QosPoint[];
}

/** A customer's lease of GPUs on the container (`GET /api/scheduler/provider/leases`). */
export interface Lease {
  leaseId: string;
  jobId: string;
  containerId: string;
  gpus: number;
  priceUsdPerGpuHour: string;
  startedAt: string;
  meteredUntil: string | null;
  endedAt: string | null;
  endReason: string | null;
  gpuSeconds: number;
  providerFeeWei: string;
}

export const QOS_HISTORY_DAYS = 30;
export const RECENT_CHECKS = 20;

export function containerPaths(containerId: string) {
  const id = encodeURIComponent(containerId);
  return {
    qos: `/api/checker/containers/${id}/qos`,
    qosHistory: `/api/checker/containers/${id}/qos/history?days=${QOS_HISTORY_DAYS}`,
    verdicts: `/api/checker/containers/${id}/verdicts?limit=${RECENT_CHECKS}`,
    activeLeases: `/api/scheduler/provider/leases?containerId=${id}&active=true&limit=50`,
  };
}

export const KIND_TEXT: Record<CheckKind, string> = { LIVENESS: 'Liveness', QOE: 'QoE', CAPACITY: 'Capacity' };

/** GPU-seconds as GPU-hours with two decimals, cut off, in integer arithmetic: 12345 -> "3.42". */
export function gpuHours(gpuSeconds: number): string {
  const hundredths = Math.floor((Math.max(0, Math.trunc(gpuSeconds)) * 100) / 3600);
  return `${Math.floor(hundredths / 100).toLocaleString('en-US')}.${String(hundredths % 100).padStart(2, '0')}`;
}
