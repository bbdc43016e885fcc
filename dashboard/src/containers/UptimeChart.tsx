import type { DayUptime } from '../api/types';

const MINUTES_PER_DAY = 1440;
const HEIGHT = 120;
const BAR = 14;
const GAP = 4;
/** The chart is laid out for a whole month, so early in one a few days stay a few narrow bars. */
const DAYS_IN_LONGEST_MONTH = 31;

/** One bar per UTC day: the share of the day online; a day that broke the daily SLO is drawn in the warning colour. */
export function UptimeChart({ days, month }: { days: DayUptime[]; month: string }) {
  if (days.length === 0) {
    return <p className="state state--empty">No day of {month} counted yet.</p>;
  }
  const width = Math.max(days.length, DAYS_IN_LONGEST_MONTH) * (BAR + GAP);
  const missed = days.filter((d) => !d.dailySloMet).length;
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={`Daily uptime in ${month}: ${days.length} days, ${missed} below the daily target`}
        viewBox={`0 0 ${width} ${HEIGHT + 16}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {days.map((day, i) => {
          const online = Math.max(0, MINUTES_PER_DAY - day.offlineMinutes) / MINUTES_PER_DAY;
          const h = Math.max(2, Math.round(online * HEIGHT));
          return (
            <g key={day.day} className={day.dailySloMet ? 'chart__bar' : 'chart__bar chart__bar--missed'}>
              <rect x={i * (BAR + GAP)} y={HEIGHT - h} width={BAR} height={h} rx={2}>
                <title>{`${day.day}: ${day.offlineMinutes} min offline`}</title>
              </rect>
              {(i === 0 || (i + 1) % 5 === 0) && (
                <text x={i * (BAR + GAP) + BAR / 2} y={HEIGHT + 13} textAnchor="middle" className="chart__label">
                  {Number(day.day.slice(8))}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small">
        Share of each UTC day online; {missed === 0 ? 'every day met' : `${missed} day(s) missed`} the daily target.
      </figcaption>
    </figure>
  );
}
