/**
 * The board page's address: `board.html?tab=<tabId>&url=<encoded list page URL>` when the popup opens it on an
 * app tab, plain `board.html` when opened directly.
 */
export interface BoardParams {
  readonly tabId: number | null;
  /** The page the board was opened on; null when absent or not an https URL. */
  readonly url: URL | null;
  /** Whether a `url` was given at all (to tell "opened directly" from "opened on a page we cannot read"). */
  readonly hadUrl: boolean;
}

export function parseBoardParams(search: string): BoardParams {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const rawUrl = params.get('url');
  const tabId = tab !== null && /^\d+$/.test(tab) ? Number(tab) : null;
  let url: URL | null = null;
  if (rawUrl !== null) {
    try {
      const parsed = new URL(rawUrl);
      url = parsed.protocol === 'https:' ? parsed : null;
    } catch {
      url = null;
    }
  }
  return { tabId, url, hadUrl: rawUrl !== null && rawUrl !== '' };
}

/** The address of the board for a tab and its page, as the popup opens it. */
export function boardPageSearch(tabId: number, url: string): string {
  return `?${new URLSearchParams({ tab: String(tabId), url }).toString()}`;
}
