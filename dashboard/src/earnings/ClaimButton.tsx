import { useState } from 'react';
import { sendClaim, type ClaimSent } from './claimOnChain';
import type { Distributor } from './distributorClaim';
import type { EpochProof } from './stakingTypes';

/** "Claim on chain": the wallet sends RewardDistributor.claim with this epoch's proof. */
export function ClaimButton({ proof, distributor }: { proof: EpochProof; distributor: Distributor }) {
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<ClaimSent | null>(null);
  const claim = async () => {
    setSending(true);
    setOutcome(null);
    setOutcome(await sendClaim(proof, distributor));
    setSending(false);
  };
  return (
    <>
      <button type="button" className="button button--small" onClick={claim} disabled={sending}>
        {sending ? 'Waiting for the wallet…' : 'Claim on chain'}
      </button>
      {outcome && (
        <p className={outcome.ok ? 'small' : 'small warn-text'} role="status">
          {outcome.ok ? (
            <>
              Sent: <code title={outcome.txHash}>{outcome.txHash}</code>. The ATH arrives once it is mined; the
              balance counts it as claimed after the platform sees it confirmed.
            </>
          ) : (
            outcome.message
          )}
        </p>
      )}
    </>
  );
}
