import { useCallback } from 'react';
import { formatDateTime, formatTokenExact, humanize } from '../common/format';
import { Empty, ErrorNotice, Loading, PageHead } from '../common/States';
import { usePolling } from '../common/usePolling';
import { useApi, useSession } from '../session/SessionContext';
import { CopyText } from '../slashes/CopyText';
import { ClaimButton } from './ClaimButton';
import { DailyRewardsSection } from './DailyRewardsSection';
import { loadEarnings, type EarningsData } from './earningsData';
import { totalEarnedWei, vestedPercent } from './earningsRules';
import { RewardChart } from './RewardChart';

/** vATH balances, rewards per day and per epoch, claims with their vesting, and the epochs' payouts to claim on chain. */
export function EarningsPage() {
  const api = useApi();
  const account = useSession().session?.address ?? '';
  const load = useCallback((signal: AbortSignal) => loadEarnings(api, account, signal), [api, account]);
  const { data, error, loading, refresh } = usePolling(load, `earnings:${account}`);

  return (
    <section aria-labelledby="earnings-title">
      <PageHead id="earnings-title" title="Earnings" refreshing={Boolean(loading && data)} />
      {error && <ErrorNotice error={error} onRetry={refresh} />}
      {!data && loading && <Loading what="your earnings" />}
      {data && <EarningsBody data={data} />}
    </section>
  );
}

function EarningsBody({ data: { balance, rewards, claims, proofs, distributor } }: { data: EarningsData }) {
  const vath = (wei: string) => formatTokenExact(wei, 'vATH');
  return (
    <>
      <h2 className="section-title">Balance</h2>
      <ul className="tiles tiles--wide" aria-label="Balance">
        <Tile label="Vesting" value={vath(balance.vestingWei)} testId="balance-vesting" />
        <Tile label="Available to claim" value={vath(balance.availableWei)} testId="balance-available" />
        <Tile label="In claims, releasing" value={vath(balance.claimingWei)} testId="balance-claiming" />
        <Tile label="Paid" value={vath(balance.paidWei)} testId="balance-paid" />
      </ul>
      <p className="muted small">
        Paid: {vath(balance.awaitingSettlementWei)} awaiting the epoch's root on chain,{' '}
        {vath(balance.claimableOnChainWei)} claimable on chain, {vath(balance.claimedOnChainWei)} claimed.
      </p>

      <DailyRewardsSection />

      <h2 className="section-title">Rewards per epoch</h2>
      <p data-testid="rewards-total">
        Earned in {rewards.epochs.length} epoch{rewards.epochs.length === 1 ? '' : 's'}: <strong>{vath(totalEarnedWei(rewards))}</strong>
      </p>
      <RewardChart rewards={rewards} />

      <h2 className="section-title">Claims</h2>
      {claims.length === 0 ? (
        <Empty>No claim yet. Available vATH (at least 30) can be claimed through the staking API.</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Claimed</th>
                <th scope="col">Option</th>
                <th scope="col" className="num">Amount</th>
                <th scope="col" className="num">Payable</th>
                <th scope="col">Vesting</th>
                <th scope="col" className="num">Vested</th>
                <th scope="col" className="num">Released</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((c) => (
                <tr key={c.claimId}>
                  <th scope="row">{formatDateTime(c.createdAt)}</th>
                  <td>{humanize(c.option)}</td>
                  <td className="num">{vath(c.amountWei)}</td>
                  <td className="num">
                    {vath(c.payableWei)}
                    {BigInt(c.returnedWei) > 0n && <div className="muted small">{vath(c.returnedWei)} returned</div>}
                  </td>
                  <td>
                    {formatDateTime(c.vestsFrom)} – {formatDateTime(c.vestsUntil)}
                    <progress max={100} value={vestedPercent(c)} aria-label={`${vestedPercent(c)} % vested`} />
                  </td>
                  <td className="num">{vath(c.vestedWei)}</td>
                  <td className="num">{vath(c.releasedWei)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 className="section-title">Payouts to claim on chain</h2>
      {proofs.length === 0 ? (
        <Empty>No epoch has paid out to this wallet yet: what claims release is paid after each epoch closes.</Empty>
      ) : (
        <>
          {!distributor && (
            <p className="notice notice--warn small">
              The platform names no reward distributor and this dashboard was built without the reward distributor's address, so it cannot send the claim for
              you: pass the epoch, index, account, amount and proof below to{' '}
              <code>RewardDistributor.claim</code> with your wallet or <code>cast</code>.
            </p>
          )}
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Epoch</th>
                  <th scope="col" className="num">Amount</th>
                  <th scope="col">Leaf</th>
                  <th scope="col">Root</th>
                  <th scope="col">Status</th>
                  <th scope="col">Claim</th>
                </tr>
              </thead>
              <tbody>
                {proofs.map((p) => (
                  <tr key={p.epoch}>
                    <th scope="row">{p.epoch}</th>
                    <td className="num">{formatTokenExact(p.amountWei)}</td>
                    <td>
                      index {p.index}, proof of {p.proof.length}{' '}
                      <CopyText value={JSON.stringify(p.proof)} label={`proof of epoch ${p.epoch}`} />
                    </td>
                    <td>
                      <CopyText value={p.root} label={`root of epoch ${p.epoch}`} />
                    </td>
                    <td>{p.claimable ? 'claimable' : `waiting for the root (${humanize(p.status)})`}</td>
                    <td>
                      {p.claimable && distributor ? (
                        <ClaimButton proof={p} distributor={distributor} />
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted small">
            A claim already taken on chain is refused by the distributor (<code>AlreadyClaimed</code>); the balance's
            "claimed" figure says how much was.
          </p>
        </>
      )}
    </>
  );
}

function Tile({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <li className="tile">
      <span className="tile__count tile__count--amount" data-testid={testId}>
        {value}
      </span>
      <span className="tile__label">{label}</span>
    </li>
  );
}
