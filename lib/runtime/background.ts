/**
 * Everything the background worker does for the content scripts: packs, API calls on other hosts, parsing the
 * payloads they fetched (zod stays out of the content scripts), the badge and the tab's last evaluation,
 * acknowledgements. Listeners are added synchronously, as MV3 workers require.
 */
import { browser } from 'wxt/browser';
import { customHostApp, startCustomDomainSync } from '../custom-domains/sync';
import { createMessageRouter, type Handlers } from '../messaging';
import { parsePayload } from '../records/parse';
import { isSalesforceApiUrl, salesforceAuthHeaders } from '../sites/salesforce/session';
import { addAck, listAcks } from '../store/acks';
import { recordEvaluation } from '../store/history';
import { logStoreError, startStorageUpkeep } from '../store/maintenance';
import { activePacksFor } from '../store/registry';
import { startRemoteSync, syncRemoteNow } from '../store/remote-schedule';
import { apiFetch } from './api-fetch';
import { registerAuthProvider } from './background-auth';
import { clearFrameReport, clearStaleReports, forgetTab, setFrameReport } from './tab-reports';

export function createHandlers(now: () => number = Date.now, fetchImpl: typeof fetch = fetch): Handlers {
  return {
    'get-packs': async ({ app, object }) => ({ packs: await activePacksFor(app, object) }),
    'api-fetch': (request, sender) => apiFetch(request, sender, fetchImpl),
    'parse-record': async ({ app, json, options }) => ({ records: parsePayload(json, { ...options, app }) }),
    report: async (report, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('only a tab can report an evaluation');
      const at = now();
      await setFrameReport(tabId, sender.frameId ?? 0, report, at);
      // History is a record of hygiene, not part of the answer: a database that cannot be written must not fail the tab.
      await recordEvaluation(report, at).catch((error: unknown) => logStoreError('history not recorded', error));
      return null;
    },
    'report-clear': async (_request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await clearFrameReport(tabId, sender.frameId ?? 0);
      return null;
    },
    'ack-add': (request) => addAck(request, now()),
    'ack-list': (filter) => listAcks(filter, now()),
    // The sending frame's URL comes from the browser, so a page cannot claim another host's app.
    'custom-host-app': async (_request, sender) => ({ app: await customHostApp(sender.url) }),
    'remote-sync-now': async ({ url }) => ({ states: await syncRemoteNow(url) }),
  };
}

export function startBackground(): void {
  registerAuthProvider(isSalesforceApiUrl, salesforceAuthHeaders(browser.cookies));
  browser.runtime.onMessage.addListener(createMessageRouter(createHandlers(), browser.runtime.id));
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    if (changeInfo.status === 'loading') void clearStaleReports(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  startStorageUpkeep();
  startCustomDomainSync();
  startRemoteSync();
}
