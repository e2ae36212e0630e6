/**
 * The demo apps' HTTPS server: one server answers for every app host (Chromium's host resolver maps the real
 * hostnames to it), and routes pick a handler by Host header, method and path, as the real apps' URLs are laid out.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DemoRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingMessage['headers'];
  readonly match: RegExpExecArray;
  readonly body: string;
}

export interface DemoResponse {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body: string;
}

export interface DemoRoute {
  readonly host: RegExp;
  readonly method?: string;
  readonly path: RegExp;
  readonly handle: (request: DemoRequest, state: DemoState) => DemoResponse | Promise<DemoResponse>;
}

/** Switches tests flip to reproduce what real orgs do (an API disabled or failing). */
export interface DemoState {
  readonly failingApis: Set<string>;
  /** Every request the server received, in order: every hostname the browser asks for ends up here. */
  readonly requests: RecordedRequest[];
}

export interface RecordedRequest {
  readonly host: string;
  readonly method: string;
  readonly path: string;
  /** Who asked: a page of the app, or the extension (`chrome-extension://…`), when the browser says. */
  readonly origin: string | null;
  /** The page that asked (`Referer`), when the browser says. */
  readonly referer: string | null;
}

export interface DemoServer {
  readonly port: number;
  readonly state: DemoState;
  close(): Promise<void>;
}

export const DEMO_HOSTS = [
  '*.lightning.force.com',
  '*.my.salesforce.com',
  '*.service-now.com',
  'app.hubspot.com',
  'app-eu1.hubspot.com',
  '*.atlassian.net',
  '*.zendesk.com',
] as const;

export async function startDemoServer(routes: readonly DemoRoute[], port = 0): Promise<DemoServer> {
  const certificate = makeCertificate();
  const state: DemoState = { failingApis: new Set(), requests: [] };
  const server: Server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    handle(routes, state, req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    state,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function handle(routes: readonly DemoRoute[], state: DemoState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  const url = new URL(req.url ?? '/', `https://${host}`);
  const method = req.method ?? 'GET';
  state.requests.push({ host, method, path: url.pathname, origin: header(req, 'origin'), referer: header(req, 'referer') });
  const body = await readBody(req);
  for (const route of routes) {
    if (!route.host.test(host) || (route.method ?? 'GET') !== method) continue;
    const match = route.path.exec(url.pathname);
    if (!match) continue;
    const response = await route.handle({ method, url, headers: req.headers, match, body }, state);
    res.writeHead(response.status ?? 200, { 'cache-control': 'no-store', ...response.headers });
    res.end(response.body);
    return;
  }
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><title>Not found</title><h1>Not found</h1><p>${escapeHtml(host + url.pathname)}</p>`);
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A throwaway self-signed certificate made at start: no private key is ever committed. */
function makeCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fieldguard-cert-'));
  try {
    const san = [...DEMO_HOSTS.map((host) => `DNS:${host}`), 'DNS:localhost', 'IP:127.0.0.1'].join(',');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=FieldGuard demo apps',
      '-addext', `subjectAltName=${san}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function html(body: string, status = 200): DemoResponse {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}

export function json(value: unknown, status = 200): DemoResponse {
  return { status, headers: { 'content-type': 'application/json;charset=UTF-8' }, body: JSON.stringify(value) };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
