import { formatAth, formatBasisPoints, formatDateTime, formatTokenExact, utcDay, utcDayBefore } from '../common/format';
import { Empty, PolledPart } from '../common/States';
import { usePolling } from '../common/usePolling';
import { accrualsOfContainer, feesOfContainer, provisionalOf, sumNetWei } from '../earnings/providerEarnings';
import { feesPath, PROVISIONAL_PATH, type FeeDay, type ProviderFees, type ProvisionalRewards } from '../earnings/providerTypes';
import { STAKING, type Rewards } from '../earnings/stakingTypes';
import { useApi } from '../session/SessionContext';

const FEE_DAYS = 30;

function Amount({ wei, unit = 'ATH', testId }: { wei: string; unit?: string; testId?: string }) {
  return (
    <span data-testid={testId} title={formatTokenExact(wei, unit)}>
      {formatAth(wei, 2, unit)}
    </span>
  );
}

/**
 * This container's earnings: provider fees of the last 30 UTC days (scheduler), capacity and delivery rewards of
 * the closed epochs (the staking ledger's sources), and its provisional share of the open epoch. Three reads, each
 * failing on its own.
 */
export function ContainerEarningsSection({ containerId }: { containerId: string }) {
  const api = useApi();
  const now = new Date();
  const today = utcDay(now);
  const from = utcDayBefore(now, FEE_DAYS - 1);
  // Sums are taken inside the loads, so an answer that cannot be summed shows as that part's error.
  const fees = usePolling(async (signal): Promise<ContainerFees> => {
    const rows = feesOfContainer(await api.get<ProviderFees>(feesPath(from, today), signal), containerId);
    return { rows, netWei: sumNetWei(rows), todayWei: sumNetWei(rows.filter((r) => r.day === today)) };
  }, `fees:${containerId}:${today}`);
  const rewards = usePolling(
    async (signal) => accrualsOfContainer(await api.get<Rewards>(`${STAKING}/rewards`, signal), containerId),
    `rewards:${containerId}`,
  );
  const open = usePolling((signal) => api.get<ProvisionalRewards>(PROVISIONAL_PATH, signal), `provisional:${containerId}`);

  return (
    <section className="card" aria-labelledby="container-earnings-title">
      <h2 id="container-earnings-title">Earnings</h2>

      <h3 className="card__title">Provider fees, last {FEE_DAYS} UTC days</h3>
      <PolledPart polled={fees} what="the provider fees">
        {(data) => <Fees fees={data} />}
      </PolledPart>

      <h3 className="card__title">Rewards of closed epochs</h3>
      <PolledPart polled={rewards} what="the rewards">
        {(accruals) => (
          <dl className="facts">
            <dt>Capacity</dt>
            <dd>
              <Amount wei={accruals.capacityWei} unit="vATH" testId="container-capacity" />
            </dd>
            <dt>Delivery</dt>
            <dd>
              <Amount wei={accruals.deliveryWei} unit="vATH" testId="container-delivery" />
            </dd>
            <dt>Epochs with rewards</dt>
            <dd>{accruals.epochs}</dd>
          </dl>
        )}
      </PolledPart>

      <h3 className="card__title">This epoch so far (provisional)</h3>
      <PolledPart polled={open} what="this epoch's rewards">
        {(data) => {
          const share = provisionalOf(data, containerId);
          return (
            <>
              <dl className="facts">
                <dt>Capacity</dt>
                <dd>
                  <Amount wei={share.capacityWei} unit="vATH" testId="container-provisional-capacity" />{' '}
                  <span className="muted small">{String(share.capacityUnits)} units</span>
                </dd>
                <dt>Delivery</dt>
                <dd>
                  <Amount wei={share.deliveryWei} unit="vATH" testId="container-provisional-delivery" />{' '}
                  <span className="muted small">{String(share.deliveryUnits)} units</span>
                </dd>
              </dl>
              <p className="muted small">
                An estimate: epoch {data.epoch} is {formatBasisPoints(data.elapsedBasisPoints)} through (as of{' '}
                {formatDateTime(data.asOf)}), and its emission so far is split by the units so far. It changes until
                the epoch closes at {formatDateTime(data.endsAt)}.
              </p>
            </>
          );
        }}
      </PolledPart>
    </section>
  );
}

interface ContainerFees {
  /** Newest day first. */
  rows: FeeDay[];
  netWei: string;
  todayWei: string;
}

function Fees({ fees: { rows, netWei, todayWei } }: { fees: ContainerFees }) {
  if (rows.length === 0) {
    return <Empty>No provider fees on this container in the last {FEE_DAYS} days.</Empty>;
  }
  return (
    <>
      <dl className="facts">
        <dt>Net fees, {FEE_DAYS} days</dt>
        <dd>
          <Amount wei={netWei} testId="container-fees-30d" />
        </dd>
        <dt>Today so far</dt>
        <dd>
          <Amount wei={todayWei} testId="container-fees-today" />{' '}
          <span className="muted small">accrues at 00:00 UTC</span>
        </dd>
      </dl>
      <div className="table-wrap">
        <table aria-label="Provider fees per day">
          <thead>
            <tr>
              <th scope="col">Day (UTC)</th>
              <th scope="col" className="num">Fees</th>
              <th scope="col" className="num">Refunds</th>
              <th scope="col" className="num">Net</th>
              <th scope="col">Accrual</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.day}>
                <th scope="row">{r.day}</th>
                <td className="num">
                  <Amount wei={r.feesWei} />
                </td>
                <td className="num">
                  <Amount wei={r.refundsWei} />
                </td>
                <td className="num">
                  <Amount wei={r.netWei} />
                </td>
                <td>{r.accrued ? `accrued, vests ${formatDateTime(r.vestsAt)}` : 'at the next 00:00 UTC'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
