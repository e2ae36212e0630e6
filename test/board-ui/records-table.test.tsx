// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { RecordsTable } from '../../components/board/RecordsTable';
import { CLOSE_DATE_PAST, opportunity, ROWS } from './fixtures';
import { byText, click, must, render, texts } from './render';

const titles = (container: HTMLElement) => texts(container.querySelectorAll('.fg-cell-title'));

describe('the records table', () => {
  it('lists the worst records first, each linking to the record in a new tab', () => {
    const { container } = render(<RecordsTable rows={ROWS} currency="USD" hasAmounts caption="All records" />);
    expect(titles(container)).toEqual(['Globex renewal', 'Umbrella pilot', 'Vandelay imports', 'Hooli platform', 'Initech expansion']);
    const link = must(container.querySelector<HTMLAnchorElement>('a[href$="/006Ho0000000001AAA/view"]'), 'record link');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    const globex = must(container.querySelector('[data-record-id="006Ho0000000001AAA"] [role="row"]'), 'Globex row');
    expect(texts(globex.querySelectorAll('[role="cell"]')).slice(1)).toEqual(['Globex renewal', 'Dana Ruiz', 'Negotiation', 'Dec 15, 2026', '$120,000', '40', '1', '1']);
    click(byText(container, '[role="columnheader"] button', /^Amount/));
    expect(titles(container)[0]).toBe('Hooli platform');
    // An empty amount sorts last whichever way.
    expect(titles(container).at(-1)).toBe('Vandelay imports');
  });

  it('expands a record to its findings, rendered as text even when they hold markup', () => {
    const hostile = {
      ...CLOSE_DATE_PAST,
      rule: 'hostile',
      title: '<script>alert(1)</script> title',
      message: 'Write the <b>next</b> action <img src=x onerror=alert(1)>.',
    };
    const { container } = render(<RecordsTable rows={[opportunity(9, { title: 'Acme <i>deal</i>', score: 30, errors: 1, findings: [hostile] })]} currency="USD" hasAmounts caption="All records" />);
    const expand = must(container.querySelector<HTMLButtonElement>('button.fg-expand'), 'expand button');
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    click(expand);
    expect(expand.getAttribute('aria-expanded')).toBe('true');
    const finding = must(container.querySelector('li.fg-finding[data-rule="salesforce-forecast/hostile"]'), 'finding');
    expect(finding.querySelector('img, b, script')).toBeNull();
    expect(finding.textContent).toContain('Error');
    expect(finding.textContent).toContain('<script>alert(1)</script> title');
    expect(finding.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('.fg-cell-title i')).toBeNull();
    click(expand);
    expect(container.querySelector('li.fg-finding')).toBeNull();
  });

  it('keeps only a window of ten thousand records in the page', () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => opportunity(index, { score: index % 101 }));
    const { container } = render(<RecordsTable rows={rows} currency="USD" hasAmounts caption="All records" />);
    const rendered = container.querySelectorAll('[data-record-id]').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(must(container.querySelector('[role="table"]'), 'table').getAttribute('aria-rowcount')).toBe('10001');
  });
});
