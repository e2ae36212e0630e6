import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFieldGuard } from '../../lib/runtime/run';
import { HUBSPOT_MATCHES, hubspotAdapter } from '../../lib/sites/hubspot';

// HubSpot's record page is one top-level document; the overlay brings its CSS inside its shadow roots.
export default defineContentScript({
  matches: HUBSPOT_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => runFieldGuard(ctx, hubspotAdapter),
});
