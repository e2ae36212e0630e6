import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFieldGuardOnAnyHost } from '../../lib/runtime/custom-host';
import { SERVICENOW_MATCHES, servicenowAdapter } from '../../lib/sites/servicenow';

// UI16 shows the form in iframe#gsft_main (also inside Next Experience's shadow root) and reloads that frame to
// navigate, so the script runs in every frame; the wrappers' top frame is not a record page and gets nothing.
// The background also registers this bundle on custom domains an admin added (lib/custom-domains/sync.ts).
export default defineContentScript({
  matches: SERVICENOW_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => runFieldGuardOnAnyHost(ctx, servicenowAdapter, SERVICENOW_MATCHES),
});
