import { OWNER } from '../testing/fakes';
import type { SlashDetail } from './slashTypes';

export const SLASH_ID = '3f2b8c1e-5d6a-3b7c-9e0f-1a2b3c4d5e6f';
export const CONTAINER_ID = '00000000-0000-4000-8000-000000000042';
export const SIGNATURE = `0x${'5c'.repeat(64)}1b`;

/** A capacity-fraud proposal with one failed verdict signed by three checkers, one of whom saw otherwise. */
export function slash(overrides: Partial<SlashDetail> = {}): SlashDetail {
  const majority = `0x${'aa'.repeat(32)}`;
  return {
    slashId: SLASH_ID,
    containerId: CONTAINER_ID,
    owner: OWNER.toLowerCase(),
    reason: 'CAPACITY_FRAUD',
    amountWei: '8000000000000000000001',
    evidenceHash: `0x${'e1'.repeat(32)}`,
    affectedFrom: '2026-05-09T10:00:00Z',
    affectedTo: '2026-05-09T10:01:00Z',
    proposedAt: '2026-05-09T10:02:00Z',
    disputeWindowEnds: new Date(Date.now() + 2 * 86_400_000 + 3_600_000).toISOString(),
    state: 'PROPOSED',
    dispute: null,
    executedAt: null,
    evidence: {
      hash: `0x${'e1'.repeat(32)}`,
      containerId: CONTAINER_ID,
      reason: 'CAPACITY_FRAUD',
      amountWei: '8000000000000000000001',
      verdicts: [
        {
          jobId: 'job-1',
          kind: 'CAPACITY',
          outcome: 'FAILED',
          windowStart: '2026-05-09T10:00:00Z',
          windowEnd: '2026-05-09T10:01:00Z',
          seatsWanted: 3,
          majorityResult: 'athgrid-check/1;kind=CAPACITY;qualified=false;gpuModel=RTX_4090',
          majorityResultHash: majority,
          reports: [
            { licenseId: '11', signer: '0x90F79bf6EB2c4f870365E785982E1f101E93b906', resultHash: majority, submittedAt: 1778320830, signature: SIGNATURE },
            { licenseId: '12', signer: '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65', resultHash: majority, submittedAt: 1778320831, signature: `0x${'6d'.repeat(65)}` },
            { licenseId: '13', signer: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc', resultHash: `0x${'bb'.repeat(32)}`, submittedAt: 1778320832, signature: `0x${'7e'.repeat(65)}` },
          ],
        },
      ],
    },
    evidenceCanonical: 'athgrid-evidence/1;...',
    ...overrides,
  };
}
