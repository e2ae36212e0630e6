// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/popup/PopupApp';
import type { PopupSources } from '../../lib/popup/popup-sources';
import { usePopupState } from '../../lib/popup/popup-state';
import type { TabReport } from '../../lib/runtime/tab-reports';
import { adapterForUrl } from '../../lib/sites';
import type { PackEntry } from '../../lib/store/types';
import { entries, FORECAST, LIST_URL, OPPORTUNITY_URL, QUALITY, report } from './fixtures';
import { click, render, texts, unmount } from './render';

const detect = (url: URL) => adapterForUrl(url)?.detect(url) ?? null;

interface Fake extends PopupSources {
  tabUrl: string | null;
  stored: TabReport;
  packs: PackEntry[];
  notifyReports(): Promise<void>;
}

function fakeSources(): Fake {
  let listeners: { reports: () => void; entries: () => void } | null = null;
  const fake: Fake = {
    tabUrl: OPPORTUNITY_URL,
    stored: { '0': report() },
    packs: entries(),
    tab: vi.fn(async () => ({ id: 7, url: fake.tabUrl })),
    reports: vi.fn(async () => fake.stored),
    entries: vi.fn(async () => fake.packs),
    storage: vi.fn(async () => ({ ok: true as const })),
    setPackEnabled: vi.fn(async (id: string, enabled: boolean) => {
      if (id === 'locked-pack') throw new Error('rule pack "locked-pack" is locked on by your organisation\'s policy');
      fake.packs = fake.packs.map((entry) => (entry.pack.id === id ? { ...entry, enabled } : entry));
    }),
    focusFinding: vi.fn(async () => 'marker' as const),
    openBoard: vi.fn(async () => undefined),
    openOptions: vi.fn(async () => undefined),
    watch: vi.fn((_tabId, on, signal: AbortSignal) => {
      listeners = on;
      signal.addEventListener('abort', () => (listeners = null));
    }),
    async notifyReports() {
      await act(async () => listeners?.reports());
    },
  };
  return fake;
}

function Harness({ sources }: { readonly sources: PopupSources }) {
  const [state, actions] = usePopupState(sources, detect);
  return <PopupApp state={state} actions={actions} />;
}

async function mount(sources: PopupSources): Promise<HTMLElement> {
  let view: HTMLElement | undefined;
  await act(async () => {
    view = render(<Harness sources={sources} />);
  });
  if (!view) throw new Error('not rendered');
  return view;
}

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

let sources: Fake;

beforeEach(() => {
  sources = fakeSources();
});

describe('usePopupState', () => {
  it("shows the tab's report with the rule sets of its object, and follows new reports", async () => {
    const view = await mount(sources);
    await vi.waitFor(() => expect(view.querySelector('[data-testid="score"]')?.textContent).toBe('82'));
    expect(sources.reports).toHaveBeenCalledWith(7);
    expect(texts(view, '.fg-pack-count')).toEqual(['2 findings here', '2 findings here', 'No findings here']);
    sources.stored = { '0': report({ score: 96, errors: 0, findings: [] }) };
    await sources.notifyReports();
    await vi.waitFor(() => expect(view.querySelector('[data-testid="score"]')?.textContent).toBe('96'));
  });

  it('shows the loading screen on a record page without a report, then the report once it arrives', async () => {
    sources.stored = {};
    const view = await mount(sources);
    await vi.waitFor(() => expect(view.querySelector('[data-testid="loading"] h2')?.textContent).toBe('Checking this Salesforce record…'));
    sources.stored = { '0': report() };
    await sources.notifyReports();
    await vi.waitFor(() => expect(view.querySelector('[data-testid="score"]')).not.toBeNull());
  });

  it('switches a pack and shows the new state; a refused switch is explained', async () => {
    const view = await mount(sources);
    await vi.waitFor(() => expect(view.querySelector(`[data-pack="${QUALITY}"] [role="switch"]`)).not.toBeNull());
    click(view.querySelector(`[data-pack="${QUALITY}"] [role="switch"]`));
    await vi.waitFor(() => expect(view.querySelector(`[data-pack="${QUALITY}"] [role="switch"]`)?.getAttribute('aria-checked')).toBe('false'));
    expect(sources.setPackEnabled).toHaveBeenCalledWith(QUALITY, false);

    sources.packs = [...sources.packs, { ...(sources.packs[0] as PackEntry), pack: { ...(sources.packs[0] as PackEntry).pack, id: 'locked-pack', name: 'Locked' } }];
    sources.stored = { '0': report() };
    await act(async () => (sources.watch as ReturnType<typeof vi.fn>).mock.calls[0]?.[1].entries());
    await vi.waitFor(() => expect(view.querySelector('[data-pack="locked-pack"] [role="switch"]')).not.toBeNull());
    click(view.querySelector('[data-pack="locked-pack"] [role="switch"]'));
    await vi.waitFor(() => expect(view.querySelector('[role="status"]')?.textContent).toContain('The rule set was not changed: rule pack "locked-pack" is locked on'));
  });

  it('sends a jump to the frame that reported, and says so when the finding is gone', async () => {
    sources.stored = { '3': report({ inFrame: true }) };
    const view = await mount(sources);
    await vi.waitFor(() => expect(view.querySelector('button.fg-finding')).not.toBeNull());
    click(view.querySelector(`button.fg-finding[data-rule="${FORECAST}/next-step"]`));
    await settle();
    expect(sources.focusFinding).toHaveBeenCalledWith(7, 3, `${FORECAST}/next-step`);
    expect(view.querySelector('[role="status"]')?.textContent).toBe('');
    vi.mocked(sources.focusFinding).mockResolvedValueOnce('none');
    click(view.querySelector(`button.fg-finding[data-rule="${FORECAST}/next-step"]`));
    await vi.waitFor(() => expect(view.querySelector('[role="status"]')?.textContent).toContain('no longer on the page'));
  });

  it('offers the board on a list page, with the tab and its URL', async () => {
    sources.stored = {};
    sources.tabUrl = LIST_URL;
    const view = await mount(sources);
    await vi.waitFor(() => expect(view.querySelector('[data-testid="list"]')).not.toBeNull());
    click(view.querySelector('[data-testid="list"] button'));
    expect(sources.openBoard).toHaveBeenCalledWith(7, LIST_URL);
  });

  it('shows an error when the tab cannot be read, and loads again on "Try again"', async () => {
    vi.mocked(sources.tab).mockRejectedValueOnce(new Error('No tab with id: 99.'));
    const view = await mount(sources);
    await vi.waitFor(() => expect(view.querySelector('[data-testid="error"]')?.textContent).toContain('No tab with id: 99.'));
    click(view.querySelector('[data-testid="error"] button'));
    await vi.waitFor(() => expect(view.querySelector('[data-testid="score"]')).not.toBeNull());
  });

  it('stops following storage when the popup goes away', async () => {
    await mount(sources);
    await vi.waitFor(() => expect(sources.watch).toHaveBeenCalled());
    const signal = vi.mocked(sources.watch).mock.calls[0]?.[2];
    expect(signal?.aborted).toBe(false);
    unmount();
    expect(signal?.aborted).toBe(true);
  });
});
