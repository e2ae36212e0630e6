import type { TrendPoint } from '../../../lib/board/types';
import { formatDay } from '../format';
import { ChartFrame } from './ChartFrame';

const WIDTH = 440;
const HEIGHT = 200;
const PLOT = { left: 34, right: 14, top: 22, bottom: 30 };
const GRID = [0, 50, 80, 100];

export interface TrendChartProps {
  /** Oldest week first; null while the history is still being read. */
  readonly points: readonly TrendPoint[] | null;
}

/** The mean hygiene score per week from the stored history, as a line with points. */
export function TrendChart({ points }: TrendChartProps) {
  if (points === null || points.length === 0) {
    return (
      <figure className="fg-chart">
        <figcaption className="fg-chart-title">Hygiene trend</figcaption>
        <p className="fg-chart-empty">
          {points === null
            ? 'Reading the stored history…'
            : 'No history yet. FieldGuard keeps each record’s score as you and your team open records; the weekly trend appears here after the first week.'}
        </p>
      </figure>
    );
  }
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const x = (index: number) => PLOT.left + (points.length === 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const y = (score: number) => PLOT.top + (1 - score / 100) * plotHeight;
  const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${y(point.score).toFixed(1)}`).join(' ');
  const labelEvery = Math.ceil(points.length / 6);
  const summary = `Hygiene trend over ${points.length} ${points.length === 1 ? 'week' : 'weeks'}: ${points
    .map((point) => `week of ${formatDay(point.week)}, score ${point.score}`)
    .join('; ')}.`;
  return (
    <ChartFrame
      title="Hygiene trend"
      summary={summary}
      width={WIDTH}
      height={HEIGHT}
      table={
        <table>
          <caption>Mean hygiene score per week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Score</th>
              <th scope="col">Records</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.week}>
                <th scope="row">{point.week}</th>
                <td>{point.score}</td>
                <td>{point.records}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {GRID.map((score) => (
        <g key={score}>
          <line className="fg-grid" x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(score)} y2={y(score)} />
          <text className="fg-chart-label" x={PLOT.left - 6} y={y(score) + 4} textAnchor="end">
            {score}
          </text>
        </g>
      ))}
      <path className="fg-trend-line" d={path} />
      {points.map((point, index) => (
        <g key={point.week}>
          <circle className="fg-trend-point" cx={x(index)} cy={y(point.score)} r={4}>
            <title>{`Week of ${formatDay(point.week)}: ${point.score} (${point.records} records)`}</title>
          </circle>
          <text className="fg-chart-value" x={x(index)} y={y(point.score) - 9} textAnchor="middle">
            {point.score}
          </text>
          {(index % labelEvery === 0 || index === points.length - 1) && (
            <text className="fg-chart-label" x={x(index)} y={HEIGHT - PLOT.bottom + 18} textAnchor="middle">
              {formatDay(point.week).replace(/,? \d{4}$/, '')}
            </text>
          )}
        </g>
      ))}
    </ChartFrame>
  );
}
