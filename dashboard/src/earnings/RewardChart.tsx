import { chartBars, kindsShown } from './earningsRules';
import { KindLegend, RewardStack } from './RewardStack';
import type { Rewards } from './stakingTypes';

const HEIGHT = 140;
const BAR = 22;
const GAP = 10;

/** vATH earned per epoch, one bar per epoch stacked by kind. */
export function RewardChart({ rewards }: { rewards: Rewards }) {
  const bars = chartBars(rewards);
  if (bars.length === 0) {
    return <p className="state state--empty">Nothing earned yet: rewards appear after the first epoch closes.</p>;
  }
  const width = bars.length * (BAR + GAP);
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={`vATH earned in ${bars.length} epochs, epochs ${bars[0].epoch} to ${bars[bars.length - 1].epoch}`}
        viewBox={`0 0 ${width} ${HEIGHT + 16}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((bar, i) => (
          <RewardStack
            key={bar.epoch}
            label={`Epoch ${bar.epoch}`}
            totalWei={bar.totalWei}
            segments={bar.segments}
            x={i * (BAR + GAP)}
            width={BAR}
            height={HEIGHT}
            testId={`reward-bar-${bar.epoch}`}
          >
            <text x={i * (BAR + GAP) + BAR / 2} y={HEIGHT + 13} textAnchor="middle" className="chart__label">
              {bar.epoch}
            </text>
          </RewardStack>
        ))}
      </svg>
      <figcaption className="muted small">
        vATH per epoch (numbered under each bar): <KindLegend kinds={kindsShown(bars.map((b) => b.segments))} />
      </figcaption>
    </figure>
  );
}
