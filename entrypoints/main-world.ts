/**
 * Runs in the page's own JavaScript world (injected by `lib/runtime/page-bridge.ts` as a web-accessible script):
 * answers requests for the whitelisted page values of `lib/runtime/page-values.ts` and carries out its whitelisted
 * page calls (ServiceNow `g_form` field messages, text only). Nothing else.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answerPageValueRequests } from '../lib/runtime/page-values';

export default defineUnlistedScript(() => {
  // The channel the injecting content script chose; a script loaded any other way has none and does nothing.
  const channel = (document.currentScript as HTMLScriptElement | null)?.dataset.fieldguardChannel;
  if (channel) answerPageValueRequests(document, window, channel);
});
