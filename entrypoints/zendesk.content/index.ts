import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFieldGuard } from '../../lib/runtime/run';
import { ZENDESK_MATCHES, zendeskAdapter } from '../../lib/sites/zendesk';

// The agent UI is one top-level document (no frames hold tickets); the overlay brings its CSS inside its shadow roots.
export default defineContentScript({
  matches: ZENDESK_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => runFieldGuard(ctx, zendeskAdapter),
});
