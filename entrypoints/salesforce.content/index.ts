import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFieldGuard } from '../../lib/runtime/run';
import { SALESFORCE_MATCHES, salesforceAdapter } from '../../lib/sites/salesforce';

// Lightning renders record pages in the top document (page hosts, console tabs); Visualforce iframes are not records.
export default defineContentScript({
  matches: SALESFORCE_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => runFieldGuard(ctx, salesforceAdapter),
});
