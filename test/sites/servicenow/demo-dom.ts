/** Demo instance pages as happy-dom documents, for the DOM tests (no server needed). */
import type { DemoRequest, DemoResponse, DemoState } from '../../demo-apps/server';
import { storeFor, type ServiceNowStore } from '../../demo-apps/servicenow/data';
import { formPage } from '../../demo-apps/servicenow/form-page';
import { servicenowRoutes } from '../../demo-apps/servicenow/routes';

export const ORIGIN = 'https://acme.service-now.com';

export function demoState(): DemoState {
  return { failingApis: new Set(), requests: [] };
}

/** The form page of a demo record, parsed; the page's own script is not run (happy-dom does not load it). */
export function formDocument(sysId: string, store: ServiceNowStore = storeFor(demoState())): Document {
  const record = store.records.get(sysId);
  if (!record) throw new Error(`no demo record ${sysId}`);
  // Without the stylesheet and scripts, which happy-dom would try (and fail) to load.
  const html = formPage(store, record, sysId, false).replace(/<link [^>]*>|<script [^>]*><\/script>/g, '');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // happy-dom 21 ignores `<option selected>` in a select whose first option has an empty value; browsers do not.
  for (const option of doc.querySelectorAll<HTMLOptionElement>('option[selected]')) {
    const select = option.closest('select');
    if (select) select.value = option.value;
  }
  return doc;
}

/** Calls the demo instance's routes in-process, as the browser would reach them. */
export async function callDemo(state: DemoState, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<DemoResponse> {
  const url = new URL(path, ORIGIN);
  const method = init.method ?? 'GET';
  for (const route of servicenowRoutes) {
    if ((route.method ?? 'GET') !== method || !route.host.test(url.hostname)) continue;
    const match = route.path.exec(url.pathname);
    if (!match) continue;
    const headers = Object.fromEntries(Object.entries(init.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
    const request: DemoRequest = { method, url, headers, match, body: init.body ?? '' };
    return route.handle(request, state);
  }
  return { status: 404, body: 'not found' };
}

export const INCIDENTS = {
  /** New, clean. */
  newClean: '9c27d5b2a7d68e64857b28dffefcd9de',
  /** In Progress, priority 2 where impact 3 × urgency 3 gives 5. */
  priorityMismatch: '4afa1e5dd80614bf5eac5f85131adec0',
  /** Resolved without resolution notes. */
  resolvedNoNotes: '0441bd86f9511bd72fe78e7546c22e95',
  /** On hold without a reason. */
  onHoldNoReason: 'cb7bfc05b3043ac41952370ccf0e5e87',
  /** Resolved, clean. */
  resolvedClean: '85610d316064df40be9aa4169810e9e1',
} as const;

export const CHANGES = {
  /** Scheduled, not approved, no CI, no backout or test plan. */
  scheduledWithGaps: 'd2f1c5e8a9b04c7d8e6f5a4b3c2d1e0f',
  /** Scheduled standard change, clean. */
  scheduledClean: '6bc0f3eb89f19b88dc2c1432e8ebe597',
} as const;
