import type { ReactNode } from 'react';

export interface ChartFrameProps {
  readonly title: string;
  /** What a screen reader hears instead of the picture: the data, in words. */
  readonly summary: string;
  readonly width: number;
  readonly height: number;
  readonly children: ReactNode;
  /** The same numbers as a table, visually hidden. */
  readonly table: ReactNode;
}

/** A titled SVG chart: `role="img"` named by its data, with the numbers as a hidden table beside it. */
export function ChartFrame({ title, summary, width, height, children, table }: ChartFrameProps) {
  return (
    <figure className="fg-chart">
      <figcaption className="fg-chart-title">{title}</figcaption>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} className="fg-chart-svg" preserveAspectRatio="xMidYMid meet">
        {children}
      </svg>
      <div className="fg-visually-hidden">{table}</div>
    </figure>
  );
}
