import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFieldGuard } from '../../lib/runtime/run';
import { SERVICENOW_MATCHES, servicenowAdapter } from '../../lib/sites/servicenow';

// UI16 shows the form in iframe#gsft_main (also inside Next Experience's shadow root) and reloads that frame to
// navigate, so the script runs in every frame; the wrappers' top frame is not a record page and gets nothing.
export default defineContentScript({
  matches: SERVICENOW_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main: (ctx) => runFieldGuard(ctx, servicenowAdapter),
});
