/**
 * A real local HTTPS server for the remote-sync tests, with a throwaway certificate made at start, and a `fetch`
 * that trusts exactly that certificate (Node's own fetch rejects self-signed ones, and product code never turns
 * TLS checks off). Each test sets `respond` to what the server should do; `requests` keeps what it was sent.
 * A plain-http server beside it is the target of the redirect-to-http case.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

export type Respond = (req: IncomingMessage, res: ServerResponse) => void;

export interface PackServer {
  /** `https://127.0.0.1:<port>` */
  readonly origin: string;
  /** `http://127.0.0.1:<port>` of the plain-http server, which answers with `respond` too. */
  readonly httpOrigin: string;
  respond: Respond;
  readonly requests: { readonly path: string; readonly headers: IncomingHttpHeaders }[];
  /** A fetch that trusts this server's certificate, follows redirects like a browser, and honours `signal`. */
  readonly fetch: typeof fetch;
  close(): Promise<void>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function startPackServer(): Promise<PackServer> {
  const { key, cert } = makeCertificate();
  const sockets = new Set<import('node:net').Socket>();
  const server: PackServer = {
    origin: '',
    httpOrigin: '',
    respond: (_req, res) => res.writeHead(404).end(),
    requests: [],
    fetch: trustingFetch(cert),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([https, http].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    server.requests.push({ path: req.url ?? '/', headers: req.headers });
    server.respond(req, res);
  };
  const https = createHttpsServer({ key, cert }, handle);
  const http = createHttpServer(handle);
  for (const s of [https, http]) s.on('connection', (socket) => sockets.add(socket));
  await Promise.all([https, http].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
  return Object.assign(server, {
    origin: `https://127.0.0.1:${(https.address() as AddressInfo).port}`,
    httpOrigin: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
  });
}

function trustingFetch(ca: string): typeof fetch {
  return async (input, init) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init?.headers);
    for (let hop = 0; hop <= 5; hop += 1) {
      const res = await requestOnce(url, headers, ca, init?.signal ?? undefined);
      const location = res.headers.location;
      if (REDIRECTS.has(res.statusCode ?? 0) && location !== undefined) {
        res.resume();
        url = new URL(location, url);
        continue;
      }
      const status = res.statusCode ?? 500;
      const body = status === 204 || status === 304 ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
      const response = new Response(body, { status, statusText: res.statusMessage ?? '', headers: toHeaders(res.headers) });
      // A Response made by hand has an empty url; a browser's says where the redirects ended.
      Object.defineProperty(response, 'url', { value: url.href });
      return response;
    }
    throw new TypeError('too many redirects');
  };
}

function requestOnce(url: URL, headers: Headers, ca: string, signal: AbortSignal | undefined): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const options = { method: 'GET', headers: Object.fromEntries(headers), signal };
    const req = url.protocol === 'https:' ? httpsRequest(url, { ...options, ca }, resolve) : httpRequest(url, options, resolve);
    req.on('error', reject);
    req.end();
  });
}

function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  return headers;
}

function makeCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fieldguard-pack-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
