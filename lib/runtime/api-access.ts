/** The content script's implementation of `ApiAccess` (lib/sites/types.ts) for adapters. */
import type { ApiAccess } from '../sites/types';
import { sendToBackground } from './client';
import type { PageBridge } from './page-bridge';

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Firefox runs content-script fetches with the extension's privileges, without the page's Origin and sometimes
 * without its SameSite cookies; `content.fetch` is the page's own fetch. Chromium has no `content` and its
 * content-script fetches already act as the page.
 */
function pageOwnFetch(): FetchLike {
  const content = (globalThis as { content?: { fetch?: FetchLike } }).content;
  const firefoxFetch = content?.fetch;
  return firefoxFetch ? (input, init) => firefoxFetch.call(content, input, init) : (input, init) => fetch(input, init);
}

export function createApiAccess(doc: Document, bridge: PageBridge): ApiAccess {
  const fetchAsPage = pageOwnFetch();
  return {
    pageFetch: (path, init) => {
      const url = new URL(path, doc.location.href);
      if (url.origin !== doc.location.origin) return Promise.reject(new Error(`pageFetch is same-origin only, not ${url.origin}`));
      return fetchAsPage(url.href, { credentials: 'same-origin', ...init });
    },
    backgroundFetch: (url, init) => sendToBackground('api-fetch', init?.headers ? { url, headers: init.headers } : { url }),
    pageValue: (name) => bridge.value(name),
    parse: async (json, { app, ...options }) => (await sendToBackground('parse-record', { app, json, options })).records,
  };
}
