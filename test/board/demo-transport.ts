/**
 * A board transport to the in-process demo server, standing in for the two real ones: it connects to 127.0.0.1 with
 * the app's real hostname (TLS name and Host header, as Chromium's host mapping does in e2e runs) and adds the
 * session credentials the real transport would (the Salesforce bearer token, ServiceNow's `X-UserToken`).
 */
import { request as httpsRequest } from 'node:https';
import { pickHeaders, type BoardTransport } from '../../lib/board/transport';

export function demoTransport(port: number, headers: Record<string, string> = {}): BoardTransport {
  return (pageRequest, signal) =>
    new Promise((resolve, reject) => {
      const url = new URL(pageRequest.url);
      const request = httpsRequest(
        {
          host: '127.0.0.1',
          port,
          servername: url.hostname,
          rejectUnauthorized: false,
          method: pageRequest.method,
          path: `${url.pathname}${url.search}`,
          headers: { host: url.hostname, accept: 'application/json', ...headers, ...(pageRequest.body === undefined ? {} : { 'content-type': 'application/json' }) },
          signal,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') responseHeaders.set(name, value);
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: pickHeaders(responseHeaders) });
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(pageRequest.body);
    });
}
