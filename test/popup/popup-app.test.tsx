// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/popup/PopupApp';
import type { PopupScreen } from '../../lib/popup/popup-model';
import type { PopupActions, PopupState } from '../../lib/popup/popup-state';
import type { FrameReport } from '../../lib/runtime/tab-reports';
import type { PackEntry, StorageStatus } from '../../lib/store/types';
import { entries, FORECAST, GATES, LIST_URL, QUALITY, report } from './fixtures';
import { click, render, texts } from './render';

function actions(): PopupActions {
  return { togglePack: vi.fn(), focusFinding: vi.fn(), openBoard: vi.fn(), openOptions: vi.fn(), retry: vi.fn() };
}

function ready(screen: PopupScreen, extra: { storage?: StorageStatus; pendingPack?: string | null; notice?: string | null } = {}): PopupState {
  return { status: 'ready', screen, storage: extra.storage ?? { ok: true }, pendingPack: extra.pendingPack ?? null, notice: extra.notice ?? null };
}

function recordScreen(frame: FrameReport = report(), packs: readonly PackEntry[] = entries()): PopupScreen {
  return {
    kind: 'record',
    tabId: 7,
    frameId: 0,
    report: frame,
    packs: packs.map((entry) => ({ entry, findings: frame.findings.filter((finding) => finding.pack === entry.pack.id).length })),
  };
}

const switchOf = (view: HTMLElement, pack: string) => view.querySelector<HTMLButtonElement>(`[data-pack="${pack}"] [role="switch"]`);

describe('the popup on a record', () => {
  it('shows the score as a ring with the number and a word, and the counts in words', () => {
    const view = render(<PopupApp state={ready(recordScreen())} actions={actions()} />);
    expect(view.querySelector('[data-testid="score"]')?.textContent).toBe('82');
    expect(view.querySelector('svg.fg-ring')?.getAttribute('aria-label')).toBe('Score 82 out of 100: Needs work');
    expect(texts(view, '.fg-score-word')).toEqual(['Needs work']);
    expect(texts(view, '.fg-score-counts')).toEqual(['1 error · 1 warning · 1 info']);
    expect(view.querySelector('.fg-score')?.classList.contains('fg-band-fair')).toBe(true);
    expect(texts(view, '.fg-record-title')).toEqual(['Acme - 200 Widgets | Salesforce']);
    expect(texts(view, '.fg-record-app')).toEqual(['Salesforce · Opportunity 006Dn00000A1b2cIAB']);
  });

  it('groups findings by severity with an icon and a heading each, acknowledged ones last', () => {
    const view = render(<PopupApp state={ready(recordScreen())} actions={actions()} />);
    expect(texts(view, '.fg-group-title')).toEqual(['Errors 1', 'Warnings 1', 'Info 1', 'Acknowledged 1']);
    for (const heading of view.querySelectorAll('.fg-group-title')) expect(heading.querySelector('svg.fg-icon')).not.toBeNull();
    expect(texts(view, '.fg-group-error .fg-finding-title')).toEqual(['Close date in the past']);
    expect(texts(view, '.fg-group-muted .fg-finding-title')).toEqual(['No description']);
    expect(texts(view, '.fg-finding-where')).toEqual(['Go to Close Date', 'Go to Next Step', 'Push Count: not on this page · show in list', 'Go to Description']);
  });

  it('renders rule messages as text, never as markup', () => {
    const frame = report({ findings: [{ ...(report().findings[0] as FrameReport['findings'][number]), message: 'Use <b>bold</b> words' }] });
    const view = render(<PopupApp state={ready(recordScreen(frame))} actions={actions()} />);
    expect(view.querySelector('.fg-finding-message b')).toBeNull();
    expect(texts(view, '.fg-finding-message')).toEqual(['Use <b>bold</b> words']);
  });

  it('asks to jump to a finding when it is clicked, by its key', () => {
    const handlers = actions();
    const view = render(<PopupApp state={ready(recordScreen())} actions={handlers} />);
    click(view.querySelector(`button.fg-finding[data-rule="${FORECAST}/next-step"]`));
    expect(handlers.focusFinding).toHaveBeenCalledWith(`${FORECAST}/next-step`);
  });

  it("shows the next stage's unmet requirements, or that the record is ready, or that it is at the last stage", () => {
    const view = render(<PopupApp state={ready(recordScreen())} actions={actions()} />);
    expect(texts(view, '.fg-stage-name')).toEqual(['Qualification', 'Needs Analysis']);
    expect(texts(view, '.fg-stage-note')).toEqual(['Moving to Needs Analysis needs one more thing:']);
    expect(texts(view, '.fg-stage-item-title')).toEqual(['Amount needed']);

    const readyView = render(<PopupApp state={ready(recordScreen(report({ stage: { current: 'Qualification', next: 'Needs Analysis', unmet: [] } })))} actions={actions()} />);
    expect(texts(readyView, '.fg-stage-ready')).toEqual(['Ready to move to Needs Analysis.']);

    const lastView = render(<PopupApp state={ready(recordScreen(report({ stage: { current: 'Closed Won', next: null, unmet: [] } })))} actions={actions()} />);
    expect(texts(lastView, '.fg-stage-note')).toEqual(['This is the last stage: no further gate applies.']);

    const noStages = render(<PopupApp state={ready(recordScreen(report({ stage: null })))} actions={actions()} />);
    expect(noStages.querySelector('.fg-stage')).toBeNull();
  });

  it('lists every rule set of the object with its source, its findings here and a keyboard-operable switch', () => {
    const handlers = actions();
    const view = render(<PopupApp state={ready(recordScreen())} actions={handlers} />);
    expect(texts(view, '.fg-pack-name')).toEqual(['Salesforce Opportunity: data quality', 'Salesforce Opportunity: forecast hygiene', 'Salesforce Opportunity: stage gates']);
    expect(texts(view, '.fg-tag')).toEqual(['Built-in', 'Built-in', 'Built-in']);
    expect(texts(view, '.fg-pack-count')).toEqual(['2 findings here', '2 findings here', 'No findings here']);
    const toggle = switchOf(view, QUALITY);
    expect(toggle?.tagName).toBe('BUTTON');
    expect(toggle?.getAttribute('aria-checked')).toBe('true');
    expect(toggle?.disabled).toBe(false);
    expect(toggle?.getAttribute('aria-labelledby')).toBe(`fg-pack-${QUALITY}`);
    click(toggle);
    expect(handlers.togglePack).toHaveBeenCalledWith(QUALITY, false);
  });

  it('shows a lock and "Locked by your organisation" on a locked pack, whose switch cannot be used', () => {
    const handlers = actions();
    const view = render(<PopupApp state={ready(recordScreen(report(), entries((entry) => (entry.pack.id === GATES ? { locked: true } : {}))))} actions={handlers} />);
    expect(texts(view, `[data-pack="${GATES}"] .fg-pack-lock`)).toEqual(['Locked by your organisation']);
    expect(view.querySelector(`[data-pack="${GATES}"] .fg-pack-lock svg`)).not.toBeNull();
    expect(switchOf(view, GATES)?.disabled).toBe(true);
    click(switchOf(view, GATES));
    expect(handlers.togglePack).not.toHaveBeenCalled();
    expect(view.querySelectorAll('.fg-pack-lock')).toHaveLength(1);
  });

  it('tags imported and remote packs, and marks a pack that is off', () => {
    const view = render(
      <PopupApp
        state={ready(recordScreen(report(), entries((entry) => (entry.pack.id === QUALITY ? { source: 'imported', enabled: false } : entry.pack.id === GATES ? { source: 'remote', url: 'https://packs.example.com/a.json' } : {}))))}
        actions={actions()}
      />,
    );
    expect(texts(view, '.fg-tag')).toEqual(['Imported', 'Built-in', 'Remote']);
    expect(switchOf(view, QUALITY)?.getAttribute('aria-checked')).toBe('false');
    expect(texts(view, `[data-pack="${QUALITY}"] .fg-pack-count`)).toEqual(['Off']);
  });

  it('says the values were read from the page, with the reason the API was unavailable', () => {
    const view = render(<PopupApp state={ready(recordScreen(report({ source: 'dom', sourceReason: 'the UI API answered 403' })))} actions={actions()} />);
    expect(view.querySelector('[data-testid="source-dom"]')?.textContent).toContain('The API was unavailable: the UI API answered 403');
  });

  it('says no rules are active when every pack of the object is off, and still offers the switches', () => {
    const view = render(<PopupApp state={ready(recordScreen(report({ packs: [], findings: [], score: 100, stage: null }), entries(() => ({ enabled: false }))))} actions={actions()} />);
    expect(view.querySelector('[data-testid="no-rules"] h2')?.textContent).toBe('No rules active');
    expect(view.querySelector('.fg-score')).toBeNull();
    expect(view.querySelectorAll('[role="switch"][aria-checked="false"]')).toHaveLength(3);
  });

  it('lists selector health in the diagnostics, flagging missing required anchors', () => {
    const view = render(<PopupApp state={ready(recordScreen())} actions={actions()} />);
    const details = view.querySelector('details.fg-diagnostics');
    expect(details?.querySelector('summary')?.textContent).toBe('Diagnostics · 1 required anchor missing');
    expect(texts(view, '.fg-health tbody tr')).toEqual(['record view (required) 1', 'field containers (required) missing', 'Path missing']);
    expect(view.querySelector('.fg-health-broken th')?.textContent).toBe('field containers (required)');
  });
});

describe('the popup elsewhere', () => {
  it('explains an unsupported page', () => {
    const view = render(<PopupApp state={ready({ kind: 'unsupported', url: 'https://example.com/' })} actions={actions()} />);
    expect(view.querySelector('[data-testid="unsupported"] h2')?.textContent).toBe('Nothing to check on this page');
    expect(view.textContent).toContain('Salesforce, HubSpot, ServiceNow');
  });

  it('shows a loading screen on a record page that has not reported yet', () => {
    const view = render(<PopupApp state={ready({ kind: 'loading', app: 'zendesk' })} actions={actions()} />);
    expect(view.querySelector('[data-testid="loading"] h2')?.textContent).toBe('Checking this Zendesk record…');
  });

  it('offers the forecast-hygiene board on a list page', () => {
    const handlers = actions();
    const view = render(<PopupApp state={ready({ kind: 'list', app: 'salesforce', object: 'Opportunity', tabId: 7, url: LIST_URL })} actions={handlers} />);
    expect(view.querySelector('[data-testid="list"] h2')?.textContent).toBe('Salesforce Opportunity list');
    const button = [...view.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Open forecast-hygiene board');
    click(button);
    expect(handlers.openBoard).toHaveBeenCalledOnce();
  });

  it('shows an error with a way to try again', () => {
    const handlers = actions();
    const view = render(<PopupApp state={{ status: 'error', message: 'No tab with id: 99.' }} actions={handlers} />);
    expect(view.querySelector('[data-testid="error"]')?.textContent).toContain('No tab with id: 99.');
    click(view.querySelector('[data-testid="error"] button'));
    expect(handlers.retry).toHaveBeenCalledOnce();
  });

  it('says when storage is unavailable and only the built-in packs work', () => {
    const view = render(<PopupApp state={ready(recordScreen(), { storage: { ok: false, reason: 'IndexedDB is not available in private windows' } })} actions={actions()} />);
    expect(view.querySelector('[data-testid="storage-unavailable"]')?.textContent).toContain('Storage unavailable, built-in packs only.');
    expect(view.querySelector('[data-testid="storage-unavailable"]')?.textContent).toContain('IndexedDB is not available in private windows');
  });

  it('opens the options page from the header, and announces notices', () => {
    const handlers = actions();
    const view = render(<PopupApp state={ready(recordScreen(), { notice: 'The rule set was not changed: locked' })} actions={handlers} />);
    click([...view.querySelectorAll('button')].find((button) => button.textContent === 'Options'));
    expect(handlers.openOptions).toHaveBeenCalledOnce();
    expect(view.querySelector('[role="status"]')?.textContent).toBe('The rule set was not changed: locked');
  });
});
