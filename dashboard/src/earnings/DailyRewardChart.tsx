import { dailyBars, dayAfter, windowLength } from './dailyRewards';
import { kindsShown } from './earningsRules';
import { KindLegend, RewardStack } from './RewardStack';
import type { DailyRewards } from './stakingTypes';

const HEIGHT = 140;
const BAR = 14;
const GAP = 4;
/** Days between labelled days, counted back from today: the same weekday as today. */
const LABEL_EVERY = 7;

/** vATH earned per UTC day of the window, one bar per day with rewards at its place (today last), stacked by kind. */
export function DailyRewardChart({ daily }: { daily: DailyRewards }) {
  const slots = windowLength(daily);
  const bars = dailyBars(daily);
  if (bars.length === 0) {
    return <p className="state state--empty">No vATH earned in the last {slots} days (UTC).</p>;
  }
  const labelled = Array.from({ length: slots }, (_, slot) => slot).filter(
    (slot) => (slots - 1 - slot) % LABEL_EVERY === 0,
  );
  const withRewards = `${bars.length} day${bars.length === 1 ? '' : 's'} with rewards`;
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={`vATH earned per day, last ${slots} days: ${withRewards}`}
        viewBox={`0 0 ${slots * (BAR + GAP)} ${HEIGHT + 16}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((bar) => (
          <RewardStack
            key={bar.day}
            label={bar.day}
            totalWei={bar.totalWei}
            segments={bar.segments}
            x={bar.slot * (BAR + GAP)}
            width={BAR}
            height={HEIGHT}
            testId={`daily-bar-${bar.day}`}
          />
        ))}
        {labelled.map((slot) => (
          <text key={slot} x={slot * (BAR + GAP) + BAR / 2} y={HEIGHT + 13} textAnchor="middle" className="chart__label">
            {dayAfter(daily.from, slot).slice(5)}
          </text>
        ))}
      </svg>
      <figcaption className="muted small">
        vATH per UTC day, {daily.from} to {daily.to} (today last):{' '}
        <KindLegend kinds={kindsShown(bars.map((b) => b.segments))} />
      </figcaption>
    </figure>
  );
}
