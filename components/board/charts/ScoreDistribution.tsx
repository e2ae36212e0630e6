import { formatCount } from '../format';
import { ChartFrame } from './ChartFrame';

/** The 11 bands of `BoardSummary.scoreBands`: 0-9 ... 90-99, then 100 alone. */
export const SCORE_BAND_LABELS = ['0–9', '10–19', '20–29', '30–39', '40–49', '50–59', '60–69', '70–79', '80–89', '90–99', '100'];

const WIDTH = 440;
const HEIGHT = 200;
const PLOT = { left: 8, right: 8, top: 18, bottom: 28 };

/** Bands below 50 read as errors, below 80 as warnings: the same cut as the score meters. */
function bandTone(index: number): string {
  if (index >= 8) return 'ok';
  if (index >= 5) return 'warning';
  return 'error';
}

export function ScoreDistribution({ bands }: { readonly bands: readonly number[] }) {
  const max = Math.max(1, ...bands);
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / SCORE_BAND_LABELS.length;
  const summary = `Score distribution: ${SCORE_BAND_LABELS.map((label, index) => `${label}: ${formatCount(bands[index] ?? 0)}`).join(', ')} records.`;
  return (
    <ChartFrame
      title="Score distribution"
      summary={summary}
      width={WIDTH}
      height={HEIGHT}
      table={
        <table>
          <caption>Records per score band</caption>
          <thead>
            <tr>
              <th scope="col">Score</th>
              <th scope="col">Records</th>
            </tr>
          </thead>
          <tbody>
            {SCORE_BAND_LABELS.map((label, index) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{bands[index] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <line className="fg-axis" x1={PLOT.left} x2={WIDTH - PLOT.right} y1={HEIGHT - PLOT.bottom} y2={HEIGHT - PLOT.bottom} />
      {SCORE_BAND_LABELS.map((label, index) => {
        const count = bands[index] ?? 0;
        const barHeight = (count / max) * plotHeight;
        const x = PLOT.left + index * slot + slot * 0.15;
        const y = HEIGHT - PLOT.bottom - barHeight;
        return (
          <g key={label}>
            <rect className={`fg-bar fg-bar-${bandTone(index)}`} x={x} y={y} width={slot * 0.7} height={barHeight} rx={2} />
            {count > 0 && (
              <text className="fg-chart-value" x={x + slot * 0.35} y={y - 4} textAnchor="middle">
                {formatCount(count)}
              </text>
            )}
            <text className="fg-chart-label" x={x + slot * 0.35} y={HEIGHT - PLOT.bottom + 16} textAnchor="middle">
              {index === 10 ? '100' : String(index * 10)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
