// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BoardApp } from '../../components/board/BoardApp';
import { boardProps } from './board-props';
import { byText, click, must, render, texts } from './render';

const ownerOrder = (container: HTMLElement) => texts(container.querySelectorAll('.fg-owner-table tbody th'));
const recordTitles = (container: HTMLElement) => texts(container.querySelectorAll('.fg-records .fg-cell-title'));

describe('the per-owner table', () => {
  it('lists the owners with the most money at risk first, with their numbers formatted', () => {
    const { container } = render(<BoardApp {...boardProps()} />);
    expect(ownerOrder(container)).toEqual(['Dana Ruiz', 'Lee Chen', 'Sam Okafor']);
    const dana = must(container.querySelector('tr[data-owner="Dana Ruiz"]'), 'Dana row');
    expect(texts(dana.querySelectorAll('td')).slice(0, 5)).toEqual(['2', '$150,000', '$120,000', '70', '$120,000']);
    expect(dana.textContent).toContain('Close date in the past');
  });

  it('sorts by a column when its header is clicked, and reverses on a second click', () => {
    const { container } = render(<BoardApp {...boardProps()} />);
    const amount = byText(container, '.fg-owner-table thead button', /^Amount/);
    click(amount);
    expect(ownerOrder(container)).toEqual(['Lee Chen', 'Dana Ruiz', 'Sam Okafor']);
    expect(amount.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    click(amount);
    expect(ownerOrder(container)).toEqual(['Sam Okafor', 'Dana Ruiz', 'Lee Chen']);
    expect(amount.closest('th')?.getAttribute('aria-sort')).toBe('ascending');

    click(byText(container, '.fg-owner-table thead button', /^Owner/));
    expect(ownerOrder(container)).toEqual(['Dana Ruiz', 'Lee Chen', 'Sam Okafor']);
    click(byText(container, '.fg-owner-table thead button', /^Hygiene/));
    // Worst first; Dana and Sam tie at 70 and keep their order.
    expect(ownerOrder(container)).toEqual(['Dana Ruiz', 'Sam Okafor', 'Lee Chen']);
  });

  it('drills down to one owner’s records and back to everyone’s', () => {
    const { container } = render(<BoardApp {...boardProps()} />);
    expect(recordTitles(container)).toHaveLength(5);
    const lee = byText<HTMLButtonElement>(container, '.fg-owner-button', 'Lee Chen');
    click(lee);
    expect(lee.getAttribute('aria-pressed')).toBe('true');
    expect(must(container.querySelector('#fg-records-title'), 'records heading').textContent).toBe('Records of Lee Chen2');
    expect(recordTitles(container).sort()).toEqual(['Hooli platform', 'Umbrella pilot']);

    click(byText(container, 'button', 'Show every owner'));
    expect(recordTitles(container)).toHaveLength(5);
    expect(lee.getAttribute('aria-pressed')).toBe('false');

    click(lee);
    click(lee);
    expect(recordTitles(container)).toHaveLength(5);
  });

  it('leaves the money columns out for tickets', () => {
    const { container } = render(
      <BoardApp
        {...boardProps({
          query: { app: 'servicenow', object: 'incident', origin: 'https://acme.service-now.com', source: { kind: 'servicenow-query', table: 'incident', sysparmQuery: '' }, label: 'incident: all records' },
        })}
      />,
    );
    expect(texts(container.querySelectorAll('.fg-owner-table thead th'))).toEqual(['Owner↕', 'Records↕', 'Hygiene▲', 'Top problems']);
    expect(texts(container.querySelectorAll('.fg-headline dt'))).toEqual(['Records', 'With errors', 'Owners', 'Mean hygiene']);
  });
});
