import { defineContentScript } from 'wxt/utils/define-content-script';
import { readHubSpotInternalApi } from '../../lib/runtime/hubspot-setting';
import { runFieldGuard } from '../../lib/runtime/run';
import { createHubSpotAdapter, HUBSPOT_MATCHES } from '../../lib/sites/hubspot';

// HubSpot's record page is one top-level document; the overlay brings its CSS inside its shadow roots. Its internal
// API is used only when the user turned it on in the options (it is not a supported API); the setting applies to
// pages loaded after the change.
export default defineContentScript({
  matches: HUBSPOT_MATCHES,
  runAt: 'document_idle',
  main: async (ctx) => runFieldGuard(ctx, createHubSpotAdapter({ internalApi: await readHubSpotInternalApi() })),
});
