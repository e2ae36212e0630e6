import { describe, expect, it } from 'vitest';
import { boardUrl, chosenFrame, scoreBand, screenOf, type PopupData } from '../../lib/popup/popup-model';
import { adapterForUrl } from '../../lib/sites';
import { entries, LIST_URL, OPPORTUNITY_URL, QUALITY, report } from './fixtures';

const detect = (url: URL) => adapterForUrl(url)?.detect(url) ?? null;
const data = (overrides: Partial<PopupData> = {}): PopupData => ({ tab: { id: 7, url: OPPORTUNITY_URL }, reports: {}, entries: entries(), storage: { ok: true }, ...overrides });

describe('screenOf', () => {
  it("shows a report with the object's packs and their findings on the page", () => {
    const screen = screenOf(data({ reports: { '0': report() }, entries: [...entries(), ...entries().map((entry) => ({ ...entry, pack: { ...entry.pack, object: 'Lead', id: `${entry.pack.id}-lead` } }))] }), detect);
    expect(screen.kind).toBe('record');
    if (screen.kind !== 'record') return;
    expect(screen.packs.map(({ entry, findings }) => [entry.pack.id, findings])).toEqual([
      [QUALITY, 2],
      ['salesforce-opportunity-forecast-hygiene', 2],
      ['salesforce-opportunity-stage-gates', 0],
    ]);
  });

  it('uses the report even when the URL is not visible (no activeTab grant)', () => {
    expect(screenOf(data({ tab: { id: 7, url: null }, reports: { '0': report() } }), detect).kind).toBe('record');
  });

  it('tells a record page still loading, a list page, and pages FieldGuard does not handle', () => {
    expect(screenOf(data(), detect)).toEqual({ kind: 'loading', app: 'salesforce' });
    expect(screenOf(data({ tab: { id: 7, url: LIST_URL } }), detect)).toEqual({ kind: 'list', app: 'salesforce', object: 'Opportunity', tabId: 7, url: LIST_URL });
    expect(screenOf(data({ tab: { id: 7, url: 'https://example.com/' } }), detect)).toEqual({ kind: 'unsupported', url: 'https://example.com/' });
    expect(screenOf(data({ tab: { id: 7, url: 'chrome://extensions' } }), detect).kind).toBe('unsupported');
    expect(screenOf(data({ tab: { id: 7, url: null } }), detect)).toEqual({ kind: 'unsupported', url: null });
    expect(screenOf(data({ tab: null }), detect)).toEqual({ kind: 'unsupported', url: null });
  });
});

describe('chosenFrame', () => {
  it('prefers the top frame, else the first subframe', () => {
    expect(chosenFrame({ '5': report({ recordId: 'b' }), '0': report({ recordId: 'a' }) })?.report.recordId).toBe('a');
    expect(chosenFrame({ '12': report({ recordId: 'c' }), '5': report({ recordId: 'b' }) })).toMatchObject({ frameId: 5, report: { recordId: 'b' } });
    expect(chosenFrame({})).toBeNull();
  });
});

describe('scoreBand and boardUrl', () => {
  it('names every band in words', () => {
    expect([100, 95, 90, 89, 70, 69, 0].map((score) => scoreBand(score).word)).toEqual(['Clean', 'Good', 'Good', 'Needs work', 'Needs work', 'Poor', 'Poor']);
  });

  it('passes the tab and the encoded list URL to the board', () => {
    expect(boardUrl('chrome-extension://abc/board.html', 7, LIST_URL)).toBe(`chrome-extension://abc/board.html?tab=7&url=${encodeURIComponent(LIST_URL)}`);
  });
});
