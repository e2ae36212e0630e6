import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFieldGuardOnAnyHost } from '../../lib/runtime/custom-host';
import { ZENDESK_MATCHES, zendeskAdapter } from '../../lib/sites/zendesk';

// The agent UI is one top-level document (no frames hold tickets); the overlay brings its CSS inside its shadow roots.
// The background also registers this bundle on custom domains an admin added (lib/custom-domains/sync.ts).
export default defineContentScript({
  matches: ZENDESK_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => runFieldGuardOnAnyHost(ctx, zendeskAdapter, ZENDESK_MATCHES),
});
