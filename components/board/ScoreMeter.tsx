import { scoreTone } from './format';

/** A hygiene score as a number and a short bar in its band's colour; the number carries the meaning. */
export function ScoreMeter({ score }: { readonly score: number }) {
  const tone = scoreTone(score);
  return (
    <span className={`fg-score fg-score-${tone}`}>
      <span className="fg-score-value">{score}</span>
      <span className="fg-score-track" aria-hidden="true">
        <span className="fg-score-fill" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </span>
    </span>
  );
}
