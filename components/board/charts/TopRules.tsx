import type { RuleCount } from '../../../lib/board/types';
import { formatCount } from '../format';
import { ChartFrame } from './ChartFrame';

const WIDTH = 440;
/** Each rule takes a label line with its bar underneath, so long rule titles are not cut to a few words. */
const ROW_HEIGHT = 32;
const BAR_THICKNESS = 10;
const COUNT_WIDTH = 44;

const MARK = 12;
const GLYPH: Record<RuleCount['severity'], string> = { error: '!', warning: '!', info: 'i' };

/** The severity's shape (octagon, triangle, circle) and glyph before the label, so colour is not the only sign. */
function SeverityMark({ severity, x, y }: { readonly severity: RuleCount['severity']; readonly x: number; readonly y: number }) {
  const className = `fg-bar-${severity}`;
  const p = (dx: number, dy: number) => `${x + dx * MARK},${y + dy * MARK}`;
  const shape =
    severity === 'info' ? (
      <circle className={className} cx={x + MARK / 2} cy={y + MARK / 2} r={MARK / 2} />
    ) : severity === 'warning' ? (
      <polygon className={className} points={[p(0.5, 0), p(1, 1), p(0, 1)].join(' ')} />
    ) : (
      <polygon className={className} points={[p(0.3, 0), p(0.7, 0), p(1, 0.3), p(1, 0.7), p(0.7, 1), p(0.3, 1), p(0, 0.7), p(0, 0.3)].join(' ')} />
    );
  return (
    <g aria-hidden="true">
      {shape}
      <text className={`fg-mark-glyph fg-mark-${severity}`} x={x + MARK / 2} y={y + MARK - 2.5} textAnchor="middle">
        {GLYPH[severity]}
      </text>
    </g>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** The rules failed by most records, as horizontal bars with their counts. */
export function TopRules({ rules }: { readonly rules: readonly RuleCount[] }) {
  if (rules.length === 0) {
    return (
      <figure className="fg-chart">
        <figcaption className="fg-chart-title">Most-failed rules</figcaption>
        <p className="fg-chart-empty">No rule failed on these records.</p>
      </figure>
    );
  }
  const height = rules.length * ROW_HEIGHT + 4;
  const max = Math.max(1, ...rules.map((rule) => rule.count));
  const barSpace = WIDTH - COUNT_WIDTH;
  const summary = `Most-failed rules: ${rules.map((rule) => `${rule.title}, ${formatCount(rule.count)} records`).join('; ')}.`;
  return (
    <ChartFrame
      title="Most-failed rules"
      summary={summary}
      width={WIDTH}
      height={height}
      table={
        <table>
          <caption>Records failing each rule</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Severity</th>
              <th scope="col">Records</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={`${rule.pack}/${rule.rule}`}>
                <th scope="row">{rule.title}</th>
                <td>{rule.severity}</td>
                <td>{rule.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {rules.map((rule, index) => {
        const y = index * ROW_HEIGHT;
        const width = Math.max(2, (rule.count / max) * barSpace);
        return (
          <g key={`${rule.pack}/${rule.rule}`}>
            <title>{`${rule.title} (${rule.severity}): ${rule.count}`}</title>
            <SeverityMark severity={rule.severity} x={0} y={y + 2} />
            <text className="fg-chart-label fg-rule-label" x={18} y={y + 12}>
              {truncate(rule.title, 64)}
            </text>
            <rect className={`fg-bar fg-bar-${rule.severity}`} x={0} y={y + 17} width={width} height={BAR_THICKNESS} rx={2} />
            <text className="fg-chart-value" x={width + 6} y={y + 26}>
              {formatCount(rule.count)}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
