import type { ReactNode } from 'react';
import { formatTokenExact, humanize } from '../common/format';
import type { ChartSegment } from './earningsRules';

/**
 * One bar of a reward chart (an epoch, a day): its kinds stacked bottom up in the kind classes' colours, each
 * titled with its exact amount, the bar titled with its total. {@code height} is the tallest bar's.
 */
export function RewardStack({
  label,
  totalWei,
  segments,
  x,
  width,
  height,
  testId,
  children,
}: {
  label: string;
  totalWei: string;
  segments: readonly ChartSegment[];
  x: number;
  width: number;
  height: number;
  testId: string;
  children?: ReactNode;
}) {
  return (
    <g data-testid={testId}>
      <title>{`${label}: ${formatTokenExact(totalWei, 'vATH')}`}</title>
      {segments.map((s) => {
        const h = s.share * height;
        return (
          <rect
            key={s.kind}
            className={`reward reward--${s.kind.toLowerCase()}`}
            x={x}
            y={height - s.offset * height - h}
            width={width}
            height={h}
          >
            <title>{`${label}, ${humanize(s.kind)}: ${formatTokenExact(s.amountWei, 'vATH')}`}</title>
          </rect>
        );
      })}
      {children}
    </g>
  );
}

/** The colour of each kind shown, for a chart's caption. */
export function KindLegend({ kinds }: { kinds: readonly string[] }) {
  return (
    <>
      {kinds.map((k) => (
        <span key={k} className="legend">
          <span className={`legend__swatch reward--${k.toLowerCase()}`} aria-hidden="true" /> {humanize(k)}
        </span>
      ))}
    </>
  );
}
