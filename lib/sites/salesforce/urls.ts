/**
 * Salesforce Lightning Experience URLs: which pages are records or list views FieldGuard lints, as pure
 * functions of the URL (saas-apps.md §1.1; SIR's popup.js parses the same shapes).
 *
 *   detectSalesforcePage(new URL('https://acme.lightning.force.com/lightning/r/Opportunity/006.../view'))
 *   // → { kind: 'record', app: 'salesforce', object: 'Opportunity', recordId: '006...', context: {...} }
 *
 * Only the objects FieldGuard has packs for count; any other object's page gets nothing. Related-list pages
 * (`/lightning/r/{SObject}/{id}/related/{Rel}/view`) show child rows, not the record's fields, and their
 * relationship name does not reliably name an object, so they are left alone too.
 */
import { OBJECTS_BY_APP } from '../../records/apps';
import type { ListPage, PageInfo, RecordPage } from '../types';

export type SalesforceObject = (typeof OBJECTS_BY_APP.salesforce)[number];

const KNOWN_OBJECTS: readonly SalesforceObject[] = OBJECTS_BY_APP.salesforce;

/** The first three characters of an id name its object (developer.salesforce.com, "Standard Field Record Id Prefix Decoder"). */
const OBJECT_BY_KEY_PREFIX: Readonly<Record<string, SalesforceObject>> = {
  '006': 'Opportunity',
  '00Q': 'Lead',
  '001': 'Account',
  '003': 'Contact',
  '500': 'Case',
};

// `{MyDomain}.lightning.force.com`, and the partitioned forms of sandboxes (`x--sbx.sandbox.`), Developer
// Edition (`x.develop.`) and the other org types Salesforce lists (scratch, demo, trailblaze, patch, free).
// Government Cloud Plus serves Lightning on `.lightning.crmforce.mil` (older orgs: `.lightning.force.mil`) with the
// API on `.my.salesforce.mil`; Salesforce on Alibaba Cloud (China) on `.lightning.sfcrmapps.cn` with the API on
// `.my.sfcrmproducts.cn` (sfdx-core's SfdcUrl, SIR's manifest). Those hosts are not in the manifest: an admin adds
// the org as a custom domain (lib/custom-domains/), which grants them.
const LIGHTNING_HOST = /^([a-z0-9-]+)(?:\.(sandbox|develop|scratch|demo|trailblaze|patch|free))?\.lightning\.(force\.com|crmforce\.mil|force\.mil|sfcrmapps\.cn)$/i;
const API_DOMAIN_BY_LIGHTNING_DOMAIN: Readonly<Record<string, string>> = {
  'force.com': 'salesforce.com',
  'crmforce.mil': 'salesforce.mil',
  'force.mil': 'salesforce.mil',
  'sfcrmapps.cn': 'sfcrmproducts.cn',
};

/** 15- or 18-character ids; requiring a digit keeps object names such as `AccountContactRole` from passing as ids. */
const RECORD_ID = /^(?=[a-z]*[0-9])[a-z0-9]{15}(?:[a-z0-9]{3})?$/i;

const RECORD_PATH = /^\/lightning\/r\/(?:([A-Za-z][A-Za-z0-9_]*)\/)?([A-Za-z0-9]+)\/(view|edit)\/?$/;
const LIST_PATH = /^\/lightning\/o\/([A-Za-z][A-Za-z0-9_]*)\/list\/?$/;
// Before the `/lightning/` routes, LEX kept its state in the hash of `/one/one.app`.
const LEGACY_RECORD_HASH = /^#\/sObject\/([A-Za-z0-9]+)(?:\/(view|edit))?\/?(?:\?.*)?$/;
const LEGACY_LIST_HASH = /^#\/sObject\/([A-Za-z][A-Za-z0-9_]*)\/list\/?(?:\?(.*))?$/;

export function isLightningHost(host: string): boolean {
  return LIGHTNING_HOST.test(host);
}

/**
 * The My Domain API host that serves `/services/data` for a Lightning host: `.lightning.force.com` becomes
 * `.my.salesforce.com` (`.lightning.crmforce.mil` → `.my.salesforce.mil`, `.lightning.sfcrmapps.cn` → `.my.sfcrmproducts.cn`), keeping the partition (`x--sbx.sandbox.lightning.force.com` → `x--sbx.sandbox.my.salesforce.com`),
 * as SIR's `getMyDomain` does. Null for hosts that are not Lightning hosts.
 */
export function apiHostFor(lightningHost: string): string | null {
  const match = LIGHTNING_HOST.exec(lightningHost);
  if (!match) return null;
  const [, myDomain, partition, lightningDomain = ''] = match;
  const apiDomain = API_DOMAIN_BY_LIGHTNING_DOMAIN[lightningDomain.toLowerCase()] ?? 'salesforce.com';
  return `${myDomain}.${partition ? `${partition}.` : ''}my.${apiDomain}`.toLowerCase();
}

/** The object an id belongs to, from its key prefix, when it is one FieldGuard knows. */
export function objectFromId(id: string): SalesforceObject | null {
  return OBJECT_BY_KEY_PREFIX[id.slice(0, 3)] ?? null;
}

/** Object names in URLs are matched without case, as Lightning resolves them, and reported in their API spelling. */
export function knownObject(name: string): SalesforceObject | null {
  const lower = name.toLowerCase();
  return KNOWN_OBJECTS.find((object) => object.toLowerCase() === lower) ?? null;
}

export function detectSalesforcePage(url: URL): PageInfo | null {
  if (url.protocol !== 'https:' || !isLightningHost(url.hostname)) return null;
  const context = { host: url.hostname.toLowerCase() };

  const record = RECORD_PATH.exec(url.pathname);
  if (record) return recordPage(record[1] ?? null, record[2] ?? '', record[3] ?? 'view', context);

  const list = LIST_PATH.exec(url.pathname);
  if (list) return listPage(list[1] ?? '', url.searchParams.get('filterName'), context);

  if (url.pathname === '/one/one.app') {
    const legacyRecord = LEGACY_RECORD_HASH.exec(url.hash);
    if (legacyRecord) return recordPage(null, legacyRecord[1] ?? '', legacyRecord[2] ?? 'view', context);
    const legacyList = LEGACY_LIST_HASH.exec(url.hash);
    if (legacyList) return listPage(legacyList[1] ?? '', new URLSearchParams(legacyList[2] ?? '').get('filterName'), context);
  }
  return null;
}

function recordPage(objectInUrl: string | null, id: string, mode: string, context: { host: string }): RecordPage | null {
  if (!RECORD_ID.test(id)) return null;
  // A URL that names its object is believed; without one, the key prefix tells, or the DOM and the API will.
  const object = objectInUrl === null ? objectFromId(id) : knownObject(objectInUrl);
  if (objectInUrl !== null && object === null) return null;
  return { kind: 'record', app: 'salesforce', object, recordId: id, context: { ...context, mode } };
}

function listPage(objectInUrl: string, filterName: string | null, context: { host: string }): ListPage | null {
  const object = knownObject(objectInUrl);
  if (object === null) return null;
  return { kind: 'list', app: 'salesforce', object, listId: filterName || null, context };
}
