/**
 * One bounded GET of a remote rule-pack URL: https only (redirects included), a conditional request on the ETag,
 * a deadline for the whole exchange and a byte limit enforced while the body streams, so neither a slow server
 * nor a missing or lying Content-Length can hold the background worker or fill its memory.
 *
 *   const answer = await fetchLimited(url, { fetch, etag, timeoutMs: 10_000, maxBytes: 1_048_576 });
 *   if (answer.kind === 'not-modified') keepWhatWeHave(); else use(answer.text, answer.etag);
 */

export interface FetchLimits {
  readonly fetch: typeof fetch;
  /** Sent as `If-None-Match`; null for an unconditional request. */
  readonly etag: string | null;
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

export type FetchAnswer =
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'ok'; readonly text: string; readonly etag: string | null };

/** A failure worded for the admin who reads it on the options page. */
export class RemoteFetchError extends Error {
  override readonly name = 'RemoteFetchError';
}

export async function fetchLimited(url: string, limits: FetchLimits): Promise<FetchAnswer> {
  requireHttps(url, 'rule-pack URLs must use https');
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (limits.etag !== null) headers['if-none-match'] = limits.etag;
    // no-store: a cached 200 must not stand in for the server's answer, and our own If-None-Match must reach it.
    const response = await limits.fetch(url, { headers, signal: controller.signal, cache: 'no-store', redirect: 'follow', credentials: 'omit' });
    if (response.url !== '') requireHttps(response.url, `the server redirected to ${response.url}; rule packs are only accepted over https`);
    if (response.status === 304 && limits.etag !== null) {
      await response.body?.cancel();
      return { kind: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new RemoteFetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const announced = Number(response.headers.get('content-length'));
    if (Number.isFinite(announced) && announced > limits.maxBytes) {
      await response.body?.cancel();
      throw new RemoteFetchError(`too large: the server announced ${announced} bytes; the limit is ${describeBytes(limits.maxBytes)}`);
    }
    const text = await readLimited(response, limits.maxBytes);
    return { kind: 'ok', text, etag: response.headers.get('etag') };
  } catch (error) {
    if (error instanceof RemoteFetchError) throw error;
    if (timedOut) throw new RemoteFetchError(`too slow: no complete answer within ${limits.timeoutMs / 1000} s`);
    throw new RemoteFetchError(`network error: ${describeNetworkError(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Throws unless `url` is an absolute https URL; the reason says what was found instead. */
export function requireHttps(url: string, reason: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new RemoteFetchError(`not a URL: ${url}`);
  }
  if (protocol !== 'https:') throw new RemoteFetchError(`refused ${protocol.slice(0, -1)}: ${reason}`);
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  if (!response.body) return '';
  const reader = response.body.getReader();
  let received = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel();
        throw new RemoteFetchError(`too large: more than ${describeBytes(maxBytes)} received`);
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } catch (error) {
    if (error instanceof TypeError && /decode|encoded/i.test(error.message)) throw new RemoteFetchError('the body is not UTF-8 text');
    throw error;
  }
}

/**
 * Browsers give one opaque message for an unreachable server and for an answer CORS keeps from the extension (a
 * server that sends no `Access-Control-Allow-Origin`, or refuses the `If-None-Match` preflight): name both.
 */
function describeNetworkError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /^(Failed to fetch|NetworkError when attempting to fetch resource\.?)$/.test(message)
    ? `${message} (the server could not be reached, or its CORS headers do not let the extension read the answer)`
    : message;
}

function describeBytes(bytes: number): string {
  return bytes % 1_048_576 === 0 ? `${bytes / 1_048_576} MB` : bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${bytes} bytes`;
}
