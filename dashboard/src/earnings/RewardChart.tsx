import { formatTokenExact, humanize } from '../common/format';
import { chartBars, REWARD_KINDS } from './earningsRules';
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
  const kinds = REWARD_KINDS.filter((k) => bars.some((b) => b.segments.some((s) => s.kind === k)));
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={`vATH earned in ${bars.length} epochs, epochs ${bars[0].epoch} to ${bars[bars.length - 1].epoch}`}
        viewBox={`0 0 ${width} ${HEIGHT + 16}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((bar, i) => (
          <g key={bar.epoch} data-testid={`reward-bar-${bar.epoch}`}>
            <title>{`Epoch ${bar.epoch}: ${formatTokenExact(bar.totalWei, 'vATH')}`}</title>
            {bar.segments.map((s) => {
              const h = s.share * HEIGHT;
              return (
                <rect
                  key={s.kind}
                  className={`reward reward--${s.kind.toLowerCase()}`}
                  x={i * (BAR + GAP)}
                  y={HEIGHT - s.offset * HEIGHT - h}
                  width={BAR}
                  height={h}
                >
                  <title>{`Epoch ${bar.epoch}, ${humanize(s.kind)}: ${formatTokenExact(s.amountWei, 'vATH')}`}</title>
                </rect>
              );
            })}
            <text x={i * (BAR + GAP) + BAR / 2} y={HEIGHT + 13} textAnchor="middle" className="chart__label">
              {bar.epoch}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="muted small">
        vATH per epoch (numbered under each bar):{' '}
        {kinds.map((k) => (
          <span key={k} className="legend">
            <span className={`legend__swatch reward--${k.toLowerCase()}`} aria-hidden="true" /> {humanize(k)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
