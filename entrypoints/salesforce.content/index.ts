import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFieldGuardOnAnyHost } from '../../lib/runtime/custom-host';
import { SALESFORCE_MATCHES, salesforceAdapter } from '../../lib/sites/salesforce';

// Lightning renders record pages in the top document (page hosts, console tabs); Visualforce iframes are not records.
// The background also registers this bundle on custom domains an admin added (lib/custom-domains/sync.ts).
export default defineContentScript({
  matches: SALESFORCE_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => runFieldGuardOnAnyHost(ctx, salesforceAdapter, SALESFORCE_MATCHES),
});
