import type { Slash } from '../api/types';

/** One signed check report in a slash's evidence, as checker-service serves it. */
export interface EvidenceReport {
  licenseId: string;
  /** The wallet that signed (recovered from the signature by checker-service). */
  signer: string;
  resultHash: string;
  /** Unix seconds, as the checker signed them. */
  submittedAt: number;
  signature: string;
}

/** One failed verdict in the evidence: the majority's canonical result and every counted report. */
export interface EvidenceVerdict {
  jobId: string;
  kind: string;
  outcome: string;
  windowStart: string;
  windowEnd: string;
  seatsWanted: number;
  majorityResult: string | null;
  majorityResultHash: string | null;
  reports: EvidenceReport[];
}

export interface Evidence {
  hash: string;
  containerId: string;
  reason: string;
  amountWei: string;
  verdicts: EvidenceVerdict[];
}

export interface SlashDispute {
  by: string;
  at: string;
  statement: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
  resolution: string | null;
}

/** checker-service's full slash view (`GET /slashes`, `GET /slashes/{id}`, the dispute's answer). */
export interface SlashDetail extends Slash {
  evidenceHash: string;
  affectedFrom: string | null;
  affectedTo: string | null;
  dispute: SlashDispute | null;
  evidence: Evidence | null;
  evidenceCanonical: string;
}

export const SLASHES_PATH = '/api/checker/slashes';

export function slashPath(slashId: string): string {
  return `${SLASHES_PATH}/${encodeURIComponent(slashId)}`;
}
