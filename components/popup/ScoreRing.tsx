import { scoreBand } from '../../lib/popup/popup-model';

const RADIUS = 30;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export interface ScoreRingProps {
  readonly score: number;
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The hygiene score as a ring filled to the score, the number inside and its band in words beside it. */
export function ScoreRing({ score, errors, warnings, info }: ScoreRingProps) {
  const { band, word } = scoreBand(score);
  const filled = (Math.max(0, Math.min(100, score)) / 100) * CIRCUMFERENCE;
  return (
    <section className={`fg-score fg-band-${band}`} aria-label="Hygiene score">
      <svg className="fg-ring" viewBox="0 0 72 72" width="72" height="72" role="img" aria-label={`Score ${score} out of 100: ${word}`}>
        <circle className="fg-ring-track" cx="36" cy="36" r={RADIUS} />
        <circle className="fg-ring-fill" cx="36" cy="36" r={RADIUS} strokeDasharray={`${filled} ${CIRCUMFERENCE}`} transform="rotate(-90 36 36)" />
        <text className="fg-ring-number" x="36" y="36" dy="0.35em" textAnchor="middle" data-testid="score">
          {score}
        </text>
      </svg>
      <div className="fg-score-text">
        <p className="fg-score-word">{word}</p>
        <p className="fg-score-counts">
          {plural(errors, 'error', 'errors')} · {plural(warnings, 'warning', 'warnings')} · {info} info
        </p>
      </div>
    </section>
  );
}
