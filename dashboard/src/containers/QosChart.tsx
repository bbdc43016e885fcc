import type { QosPoint } from './containerWork';

const HEIGHT = 120;
const BAR = 14;
const GAP = 4;

/** One bar per UTC day with samples, its height the day's QoS score out of 100 (laid out for {@code days} days). */
export function QosChart({ points, days }: { points: QosPoint[]; days: number }) {
  if (points.length === 0) {
    return <p className="state state--empty">No QoS sample in the last {days} days.</p>;
  }
  const width = Math.max(points.length, days) * (BAR + GAP);
  const scores = points.map((p) => p.score);
  const lowest = Math.min(...scores);
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={`Daily QoS score, last ${days} days: ${points.length} days with samples, lowest ${lowest}`}
        viewBox={`0 0 ${width + 12} ${HEIGHT + 16}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {points.map((point, i) => {
          const h = Math.max(2, Math.round((Math.min(100, Math.max(0, point.score)) / 100) * HEIGHT));
          return (
            <g key={point.day} className="chart__bar" data-testid={`qos-bar-${point.day}`}>
              <rect x={i * (BAR + GAP)} y={HEIGHT - h} width={BAR} height={h} rx={2}>
                <title>{`${point.day}: ${point.score} from ${point.samples} sample${point.samples === 1 ? '' : 's'}`}</title>
              </rect>
              {(i === 0 || (i + 1) % 5 === 0) && (
                <text
                  x={i === 0 ? 0 : i * (BAR + GAP) + BAR / 2}
                  y={HEIGHT + 13}
                  textAnchor={i === 0 ? 'start' : 'middle'}
                  className="chart__label"
                >
                  {point.day.slice(5)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small">
        QoS score (0-100) per UTC day with samples; the lowest was {lowest}.
      </figcaption>
    </figure>
  );
}
