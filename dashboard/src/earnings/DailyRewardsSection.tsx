import { formatTokenExact } from '../common/format';
import { PolledPart } from '../common/States';
import { usePolling } from '../common/usePolling';
import { useApi, useSession } from '../session/SessionContext';
import { DailyRewardChart } from './DailyRewardChart';
import { DAILY_REWARD_DAYS, dailyRewardsPath, dailyTotalWei } from './dailyRewards';
import type { DailyRewards } from './stakingTypes';

/**
 * The vATH the ledger booked to the wallet per UTC day of the last 30, read on its own: when it fails, only this
 * section says so and the rest of the Earnings page works.
 */
export function DailyRewardsSection() {
  const api = useApi();
  const account = useSession().session?.address ?? '';
  const daily = usePolling(
    (signal) => api.get<DailyRewards>(dailyRewardsPath(DAILY_REWARD_DAYS), signal),
    `earnings:daily:${account}`,
  );

  return (
    <section aria-labelledby="daily-rewards-title">
      <h2 id="daily-rewards-title" className="section-title">
        vATH per day
      </h2>
      <PolledPart polled={daily} what="your vATH per day">
        {(data) => (
          <>
            <p data-testid="daily-total">
              Earned in the last {DAILY_REWARD_DAYS} days: <strong>{formatTokenExact(dailyTotalWei(data), 'vATH')}</strong>
            </p>
            <DailyRewardChart daily={data} />
            <p className="muted small">
              Each day shows what the ledger booked on it (UTC): capacity, delivery and staker rewards when their epoch
              closes, checker rewards and provider fees when they reach it (a day's fees at the next 00:00 UTC).
            </p>
          </>
        )}
      </PolledPart>
    </section>
  );
}
