/**
 * Zendesk Support URL shapes (saas-apps.md §5.1, the OAS ticket `url`, and links public agent tools build) with
 * what the detector must make of them. A cross-app matrix test asserts every other app's detector rejects them.
 */
import type { ListPage, RecordPage } from '../../../lib/sites/types';

const ticket = (subdomain: string, recordId: string): RecordPage => ({
  kind: 'record', app: 'zendesk', object: 'ticket', recordId, context: { subdomain },
});
const view = (subdomain: string, listId: string): ListPage => ({
  kind: 'list', app: 'zendesk', object: 'ticket', listId, context: { subdomain },
});

export const ZENDESK_URLS: {
  records: [string, RecordPage][];
  lists: [string, ListPage][];
  others: string[];
} = {
  records: [
    ['https://acme.zendesk.com/agent/tickets/48213', ticket('acme', '48213')],
    ['https://company.zendesk.com/agent/tickets/35436', ticket('company', '35436')],
    ['https://acme.zendesk.com/agent/tickets/48213/', ticket('acme', '48213')],
    // Notifications and macros link with a query or a comment anchor.
    ['https://acme.zendesk.com/agent/tickets/1?ref=email', ticket('acme', '1')],
    ['https://acme-help.zendesk.com/agent/tickets/48225#comment-1208', ticket('acme-help', '48225')],
    // Sandboxes get a numeric suffix, and hosts are case-insensitive.
    ['https://acme1700000000.zendesk.com/agent/tickets/7', ticket('acme1700000000', '7')],
    ['https://ACME.Zendesk.com/agent/tickets/12', ticket('acme', '12')],
  ],
  lists: [
    ['https://acme.zendesk.com/agent/filters/360001234567', view('acme', '360001234567')],
    ['https://acme.zendesk.com/agent/filters/360001234567/', view('acme', '360001234567')],
    ['https://company.zendesk.com/agent/filters/114094817451?sort=updated_at', view('company', '114094817451')],
  ],
  others: [
    'https://acme.zendesk.com/agent/tickets/new/1',
    'https://acme.zendesk.com/agent/tickets/new/3',
    'https://acme.zendesk.com/agent/dashboard',
    'https://acme.zendesk.com/agent/home/tickets',
    'https://acme.zendesk.com/agent',
    'https://acme.zendesk.com/agent/users/26871044512/requested_tickets',
    'https://acme.zendesk.com/agent/users/26871044512',
    'https://acme.zendesk.com/agent/organizations/8841027',
    'https://acme.zendesk.com/agent/organizations/8841027/tickets',
    'https://acme.zendesk.com/agent/search/1?q=printer',
    'https://acme.zendesk.com/agent/search/1?type=organization&q=country%3A%22Qatar%22',
    'https://acme.zendesk.com/agent/admin/overview',
    'https://acme.zendesk.com/hc/en-us',
    'https://acme.zendesk.com/hc/en-us/articles/360012345678-Exporting-invoices',
    // The end user's view of a ticket is a Help Center page, not the agent's ticket.
    'https://acme.zendesk.com/hc/en-us/requests/48213',
    'https://acme.zendesk.com/api/v2/tickets/48213.json',
  ],
};
