import { href } from '../app/routes';
import { formatAth, formatBasisPoints, formatDateTime, formatTokenExact, utcDay } from '../common/format';
import { PolledPart } from '../common/States';
import { usePolling } from '../common/usePolling';
import { feesOnDay, sumNetWei } from '../earnings/providerEarnings';
import { feesPath, PROVISIONAL_PATH, type ProviderFees, type ProvisionalRewards } from '../earnings/providerTypes';
import { useApi } from '../session/SessionContext';

/**
 * Today's provider fees (the UTC day's, accruing at the next 00:00 UTC) and the open epoch's capacity and
 * delivery rewards so far (a provisional estimate). Each is read on its own, so one failing leaves the other.
 */
export function EarningsToday() {
  const api = useApi();
  const today = utcDay(new Date());
  // Summed inside the load, so an answer that cannot be summed shows as this part's error, not a broken page.
  const fees = usePolling(async (signal) => {
    const rows = feesOnDay(await api.get<ProviderFees>(feesPath(today, today), signal), today);
    return { containers: rows.length, netWei: sumNetWei(rows) };
  }, `overview:fees:${today}`);
  const epoch = usePolling((signal) => api.get<ProvisionalRewards>(PROVISIONAL_PATH, signal), 'overview:provisional');

  return (
    <section aria-labelledby="overview-earnings-title">
      <h2 id="overview-earnings-title" className="section-title">
        Earnings
      </h2>
      <div className="cards">
        <article className="card">
          <h3 className="card__title">Provider fees today</h3>
          <PolledPart polled={fees} what="today's provider fees">
            {({ containers, netWei }) => (
              <>
                <p className="amount" data-testid="today-fees" title={formatTokenExact(netWei)}>
                  {formatAth(netWei)}
                </p>
                <p className="muted small">
                  {containers === 0
                    ? `No customer work has paid fees yet on ${today} (UTC).`
                    : `Fees less refunds on ${today} (UTC), from ${containers} container${containers === 1 ? '' : 's'}.`}{' '}
                  They accrue at 00:00 UTC, then vest over 45 days.
                </p>
              </>
            )}
          </PolledPart>
        </article>
        <article className="card">
          <h3 className="card__title">This epoch so far</h3>
          <PolledPart polled={epoch} what="this epoch's rewards">
            {(data) => (
              <>
                <dl className="facts">
                  <dt>Capacity</dt>
                  <dd data-testid="epoch-capacity" title={formatTokenExact(data.capacityWei, 'vATH')}>
                    {formatAth(data.capacityWei, 2, 'vATH')}
                  </dd>
                  <dt>Delivery</dt>
                  <dd data-testid="epoch-delivery" title={formatTokenExact(data.deliveryWei, 'vATH')}>
                    {formatAth(data.deliveryWei, 2, 'vATH')}
                  </dd>
                </dl>
                <p className="muted small" data-testid="epoch-provisional">
                  Provisional: epoch {data.epoch} is {formatBasisPoints(data.elapsedBasisPoints)} through (as of{' '}
                  {formatDateTime(data.asOf)}); this is the emission so far split by the units so far, and changes until
                  the epoch closes at {formatDateTime(data.endsAt)}.
                </p>
              </>
            )}
          </PolledPart>
        </article>
      </div>
      <p className="muted small">
        Rewards per epoch, claims and payouts: <a href={href.earnings}>Earnings</a>.
      </p>
    </section>
  );
}
