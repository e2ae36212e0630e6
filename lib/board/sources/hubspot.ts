/**
 * HubSpot deals of a pipeline through the CRM search (`POST /crm/v3/objects/deals/search`: `filterGroups`,
 * `properties`, `limit` up to 100, `after` from `paging.next.after`; HubSpot stops a search at 10,000 results).
 * HubSpot has no supported session API (saas-apps.md §3.2): the request goes to the app's own origin
 * (`/api/crm/v3/...?portalId=`) from the tab, with the CSRF header the responder adds, the way its own pages call
 * it. The saved view's own filters live in HubSpot's private view store, so the board loads the view's pipeline.
 * Owner names come from the owners list (`/crm/v3/owners`), best effort.
 */
import { parsePayload } from '../../records/parse';
import { hubspotRecordUrl } from '../../records/urls';
import type { BoardQuery } from '../types';
import type { PageRequest } from '../transport';
import { isObject, sameOriginUrl, type BoardSourceClient, type SourcePage } from './source';

export const HUBSPOT_PAGE_SIZE = 100;

/** Deal properties the built-in packs and the board read. */
export const HUBSPOT_DEAL_PROPERTIES = [
  'dealname', 'dealstage', 'pipeline', 'amount', 'closedate', 'hubspot_owner_id', 'hs_next_step', 'hs_is_closed',
  'notes_last_updated', 'closed_lost_reason', 'closed_won_reason', 'hs_manual_forecast_category', 'hs_forecast_category',
] as const;

export function hubspotSearchRequest(origin: string, portalId: string, pipelineId: string | null, after: string | null): PageRequest {
  const body = {
    filterGroups: pipelineId === null ? [] : [{ filters: [{ propertyName: 'pipeline', operator: 'EQ', value: pipelineId }] }],
    properties: HUBSPOT_DEAL_PROPERTIES,
    sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }],
    limit: HUBSPOT_PAGE_SIZE,
    ...(after === null ? {} : { after }),
  };
  return { method: 'POST', url: `${origin}/api/crm/v3/objects/deals/search?portalId=${encodeURIComponent(portalId)}`, body: JSON.stringify(body) };
}

export function hubspotSource(query: BoardQuery): BoardSourceClient {
  const source = query.source;
  if (source.kind !== 'hubspot-view') throw new Error(`not a HubSpot source: ${source.kind}`);
  return {
    firstRequest: () => Promise.resolve(hubspotSearchRequest(query.origin, source.portalId, source.pipelineId, null)),
    async ownerNames(fetchJson) {
      const names = new Map<string, string>();
      let url: string | null = `${query.origin}/api/crm/v3/owners?portalId=${encodeURIComponent(source.portalId)}&limit=500`;
      try {
        while (url !== null) {
          const page = await fetchJson({ method: 'GET', url });
          for (const owner of isObject(page) && Array.isArray(page.results) ? page.results : []) {
            if (!isObject(owner) || (typeof owner.id !== 'string' && typeof owner.id !== 'number')) continue;
            const name = [owner.firstName, owner.lastName].filter((part) => typeof part === 'string' && part !== '').join(' ');
            names.set(String(owner.id), name || (typeof owner.email === 'string' ? owner.email : `Owner ${String(owner.id)}`));
          }
          const after = afterOf(page);
          url = after === null ? null : sameOriginUrl(`/api/crm/v3/owners?portalId=${encodeURIComponent(source.portalId)}&limit=500&after=${encodeURIComponent(after)}`, query.origin);
        }
      } catch {
        // Names are a nicety: without the owners list the board shows owner ids.
      }
      return names;
    },
    readPage(json): SourcePage {
      const records = parsePayload(json, { app: 'hubspot', object: 'deal', origin: query.origin }).map((record) => ({
        ...record,
        url: hubspotRecordUrl(source.portalId, '0-3', record.id, query.origin),
      }));
      const after = afterOf(json);
      const total = isObject(json) && typeof json.total === 'number' ? json.total : null;
      const next = after === null || records.length === 0 ? null : hubspotSearchRequest(query.origin, source.portalId, source.pipelineId, after);
      return { records, total, next };
    },
  };
}

function afterOf(json: unknown): string | null {
  const paging = isObject(json) ? json.paging : undefined;
  const next = isObject(paging) ? paging.next : undefined;
  const after = isObject(next) ? next.after : undefined;
  return typeof after === 'string' && after !== '' ? after : typeof after === 'number' ? String(after) : null;
}
