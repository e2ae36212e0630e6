// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ScoreDistribution } from '../../components/board/charts/ScoreDistribution';
import { TopRules } from '../../components/board/charts/TopRules';
import { TrendChart } from '../../components/board/charts/TrendChart';
import { SUMMARY } from './fixtures';
import { must, render, texts } from './render';

const img = (container: HTMLElement) => must(container.querySelector('svg[role="img"]'), 'chart');

describe('the charts', () => {
  it('name the score distribution by its eleven bands and draw one bar per band', () => {
    const { container } = render(<ScoreDistribution bands={SUMMARY.scoreBands} />);
    const label = img(container).getAttribute('aria-label');
    expect(label).toBe('Score distribution: 0–9: 0, 10–19: 0, 20–29: 0, 30–39: 0, 40–49: 1, 50–59: 0, 60–69: 1, 70–79: 1, 80–89: 0, 90–99: 1, 100: 1 records.');
    expect(container.querySelectorAll('rect.fg-bar')).toHaveLength(11);
    expect(texts(container.querySelectorAll('.fg-visually-hidden tbody td'))).toEqual(SUMMARY.scoreBands.map(String));
  });

  it('name the most-failed rules with their counts, longest bar for the most frequent', () => {
    const { container } = render(<TopRules rules={SUMMARY.topRules} />);
    expect(img(container).getAttribute('aria-label')).toBe('Most-failed rules: Next step missing, 3 records; Close date in the past, 2 records.');
    const widths = [...container.querySelectorAll('rect.fg-bar')].map((bar) => Number(bar.getAttribute('width')));
    expect(widths[0]).toBeGreaterThan(widths[1] ?? Infinity);
    expect(container.querySelector('rect.fg-bar-error')).not.toBeNull();
  });

  it('name the trend by its weeks and scores, one point per week', () => {
    const points = [
      { week: '2026-11-02', score: 64, records: 40 },
      { week: '2026-11-09', score: 70, records: 42 },
      { week: '2026-11-16', score: 78, records: 45 },
    ];
    const { container } = render(<TrendChart points={points} />);
    const label = img(container).getAttribute('aria-label') ?? '';
    expect(label).toMatch(/^Hygiene trend over 3 weeks: /);
    expect(label).toContain('score 64');
    expect(label).toContain('score 78');
    expect(label).toContain('Nov 16, 2026');
    expect(container.querySelectorAll('circle.fg-trend-point')).toHaveLength(3);
  });

  it('say so when there is no history yet, instead of an empty chart', () => {
    const { container } = render(<TrendChart points={[]} />);
    expect(container.querySelector('svg')).toBeNull();
    expect(container.textContent).toContain('No history yet');
  });
});
