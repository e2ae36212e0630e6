/**
 * Real HubSpot URL shapes (saas-apps.md §3.1 and public code linking to HubSpot) with what the detector must
 * make of them. A cross-app matrix test asserts every other app's detector rejects all of them.
 */
import type { ListPage, RecordPage } from '../../../lib/sites/types';

const deal = (portalId: string, objectId: string): RecordPage => ({
  kind: 'record', app: 'hubspot', object: 'deal', recordId: objectId, context: { portalId, objectTypeId: '0-3' },
});

export const HUBSPOT_URLS: {
  records: [string, RecordPage][];
  lists: [string, ListPage][];
  others: string[];
} = {
  records: [
    ['https://app.hubspot.com/contacts/48628516/record/0-3/9162434779', deal('48628516', '9162434779')],
    ['https://app.hubspot.com/contacts/46319964/record/0-3/306004595439/', deal('46319964', '306004595439')],
    // SPA navigation appends the portal id and a client timeout (Portal Peeker tests).
    ['https://app.hubspot.com/contacts/123456/record/0-3/18220945831?portalId=123456&clienttimeout=60000', deal('123456', '18220945831')],
    ['https://app-eu1.hubspot.com/contacts/143644884/record/0-3/56153985026', deal('143644884', '56153985026')],
    [
      'https://app-na2.hubspot.com/contacts/246777241/record/0-1/523828708059',
      { kind: 'record', app: 'hubspot', object: 'contact', recordId: '523828708059', context: { portalId: '246777241', objectTypeId: '0-1' } },
    ],
    [
      'https://app.hubspot.com/contacts/51393541/record/0-1/218011238955',
      { kind: 'record', app: 'hubspot', object: 'contact', recordId: '218011238955', context: { portalId: '51393541', objectTypeId: '0-1' } },
    ],
    [
      'https://app.hubspot.com/contacts/3819073/record/0-2/1001',
      { kind: 'record', app: 'hubspot', object: 'company', recordId: '1001', context: { portalId: '3819073', objectTypeId: '0-2' } },
    ],
    [
      'https://app.hubspot.com/contacts/3819073/record/0-5/4471',
      { kind: 'record', app: 'hubspot', object: 'ticket', recordId: '4471', context: { portalId: '3819073', objectTypeId: '0-5' } },
    ],
    // Legacy record URLs, still produced by integrations (`/contacts/{portalId}/deal/{id}`).
    ['https://app.hubspot.com/contacts/8229364/deal/1234567890', deal('8229364', '1234567890')],
    [
      'https://app.hubspot.com/contacts/8229364/contact/951',
      { kind: 'record', app: 'hubspot', object: 'contact', recordId: '951', context: { portalId: '8229364', objectTypeId: '0-1' } },
    ],
    [
      'https://app.hubspot.com/contacts/8229364/company/77/',
      { kind: 'record', app: 'hubspot', object: 'company', recordId: '77', context: { portalId: '8229364', objectTypeId: '0-2' } },
    ],
    [
      'https://app.hubspot.com/contacts/8229364/ticket/5120',
      { kind: 'record', app: 'hubspot', object: 'ticket', recordId: '5120', context: { portalId: '8229364', objectTypeId: '0-5' } },
    ],
  ],
  lists: [
    [
      'https://app.hubspot.com/contacts/123456/objects/0-3/views/all/list',
      { kind: 'list', app: 'hubspot', object: 'deal', listId: 'all', context: { portalId: '123456', objectTypeId: '0-3', layout: 'list' } },
    ],
    [
      'https://app.hubspot.com/contacts/123456/objects/0-3/views/18734561/board',
      { kind: 'list', app: 'hubspot', object: 'deal', listId: '18734561', context: { portalId: '123456', objectTypeId: '0-3', layout: 'board' } },
    ],
    [
      'https://app-eu1.hubspot.com/contacts/143644884/objects/0-1/views/all/list',
      { kind: 'list', app: 'hubspot', object: 'contact', listId: 'all', context: { portalId: '143644884', objectTypeId: '0-1', layout: 'list' } },
    ],
    [
      'https://app.hubspot.com/contacts/2762526/deals/board/view/all/',
      { kind: 'list', app: 'hubspot', object: 'deal', listId: 'all', context: { portalId: '2762526', objectTypeId: '0-3', layout: 'board' } },
    ],
    [
      'https://app.hubspot.com/sales/51393541/deals/board/view/all/?pipeline=893842217',
      { kind: 'list', app: 'hubspot', object: 'deal', listId: 'all', context: { portalId: '51393541', objectTypeId: '0-3', layout: 'board' } },
    ],
    [
      'https://app.hubspot.com/contacts/246549280/contacts/list/view/all',
      { kind: 'list', app: 'hubspot', object: 'contact', listId: 'all', context: { portalId: '246549280', objectTypeId: '0-1', layout: 'list' } },
    ],
    [
      'https://app.hubspot.com/contacts/8112310/objectLists/28908',
      { kind: 'list', app: 'hubspot', object: null, listId: '28908', context: { portalId: '8112310' } },
    ],
  ],
  others: [
    // Custom objects: HubSpot record pages, but of objects FieldGuard has no packs for.
    'https://app.hubspot.com/contacts/51393541/record/2-61481665/9001',
    'https://app.hubspot.com/contacts/51393541/objects/2-61481665',
    'https://app.hubspot.com/contacts/51393541/objects/2-61481665/views/all/list',
    'https://app.hubspot.com/contacts/8112310/objectLists/28908/filters',
    'https://app.hubspot.com/settings/123456',
    'https://app.hubspot.com/global-home/246549280',
    'https://app.hubspot.com/reports-dashboard/123456/view/8675309',
    'https://app.hubspot.com/pricing/8079994/sales?upgradeSource=deals-create-deal',
    'https://app-na2.hubspot.com/private-apps/246777241/47406981/edit',
    'https://app.hubspot.com/contacts/123456/record/0-3/',
    'https://app.hubspot.com/contacts/123456/record/0-3/new',
    'https://app.hubspot.com/',
  ],
};
