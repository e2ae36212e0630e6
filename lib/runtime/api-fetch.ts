/**
 * The background half of `api-fetch`: a GET to an app API on another host, signed by that app's auth provider.
 * Runs in the background because only it has host permissions and is not subject to the page's CORS.
 */
import type { RequestOf, ResponseOf, Sender } from '../messaging';
import { authProviderFor } from './background-auth';

/** Record payloads are a few hundred KB at most; anything far larger is not what we asked for. */
const MAX_BODY_CHARS = 8_000_000;
const TIMEOUT_MS = 20_000;

export async function apiFetch(
  request: RequestOf<'api-fetch'>,
  sender: Sender,
  fetchImpl: typeof fetch = fetch,
): Promise<ResponseOf<'api-fetch'>> {
  const url = new URL(request.url);
  const provide = authProviderFor(url);
  if (!provide) throw new Error(`FieldGuard does not call ${url.host} from the background`);
  const tab = sender.tab as { url?: string; cookieStoreId?: string } | undefined;
  // A tab's URL is only visible with host permission for it; the sending frame's URL always is.
  const auth = await provide(url, { tabUrl: tab?.url ?? sender.url, cookieStoreId: tab?.cookieStoreId });
  const response = await fetchImpl(url.href, {
    method: 'GET',
    headers: { Accept: 'application/json', ...request.headers, ...auth },
    // The provider's headers are the only credentials: no ambient cookies on a URL a content script chose.
    credentials: 'omit',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const body = await response.text();
  if (body.length > MAX_BODY_CHARS) throw new Error(`the answer from ${url.host} is too large (${body.length} characters)`);
  return { status: response.status, body };
}
