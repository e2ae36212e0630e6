/**
 * Runs an app's adapter on a custom domain as well as on the app's own hosts. The same content-script bundle is
 * loaded on both: by the manifest's matches on the app's hosts, and by the background's registration
 * (lib/custom-domains/sync.ts) on the custom domains an admin added. On a host outside the manifest's matches the
 * script asks the background which app the host was added for, and runs only if it is its own app.
 *
 *   main: (ctx) => runFieldGuardOnAnyHost(ctx, zendeskAdapter, ZENDESK_MATCHES)
 *
 * Detection stays a pure function of the URL (lib/custom-domains/detect.ts). API calls are same-origin from the page
 * (ServiceNow, Zendesk) or, for Salesforce, go to the API host the background derives from the Lightning host.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { customHostAdapter } from '../custom-domains/detect';
import type { App } from '../records/model';
import type { SiteAdapter } from '../sites/types';
import { sendToBackground } from './client';
import { logError } from './log';
import { runFieldGuard, type RunOptions, type RuntimeContext } from './run';

export interface AnyHostOptions extends RunOptions {
  /** Which app the background says this page's custom host was added for. */
  readonly customHostApp?: () => Promise<App | null>;
}

/**
 * The content script's main: the adapter as is on the app's own hosts (no message, no delay), and on another host
 * the custom-host adapter once the background confirms the host was added for this app.
 */
export function runFieldGuardOnAnyHost(ctx: RuntimeContext, adapter: SiteAdapter, nativeMatches: readonly string[], options: AnyHostOptions = {}): void {
  const location = new URL((options.doc ?? document).location.href);
  if (nativeMatches.some((pattern) => new MatchPattern(pattern).includes(location))) {
    runFieldGuard(ctx, adapter, options);
    return;
  }
  const ask = options.customHostApp ?? (async () => (await sendToBackground('custom-host-app', {})).app);
  void ask().then(
    (app) => {
      if (app === adapter.app && !ctx.signal.aborted) runFieldGuard(ctx, customHostAdapter(adapter), options);
    },
    (error: unknown) => logError('asking which app this custom domain serves failed', error),
  );
}
