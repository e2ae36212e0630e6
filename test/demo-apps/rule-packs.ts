/**
 * An organisation's own rule-pack server, as an admin would host it at `https://packs.example-corp.test/`: it
 * serves whatever pack the test puts in `served`, with a strong ETag of the body, answers `If-None-Match` with
 * 304, and sends the CORS headers a server needs for the extension's background worker to read it (the request
 * carries `If-None-Match`, so Chromium sends a preflight first). `seen` keeps the conditional headers it got.
 */
import { createHash } from 'node:crypto';
import type { DemoRoute } from './server';

export const RULE_PACKS_HOST = 'packs.example-corp.test';
export const ZENDESK_PACK_URL = `https://${RULE_PACKS_HOST}/fieldguard/zendesk-ticket.json`;

export interface RulePackServing {
  /** The JSON body the URL serves. */
  served: unknown;
  /** When set, the URL answers this HTTP status (an outage) instead of the pack. */
  failWith: number | null;
  readonly seen: { readonly ifNoneMatch: string | null; readonly status: number }[];
}

/**
 * Acme's own Zendesk ticket pack. Version 1 asks for a ticket type; version 2 drops that rule and flags urgent
 * tickets instead, so a tab showing the hints of one version visibly changes to the other.
 */
export function acmeZendeskPack(version: 1 | 2): Record<string, unknown> {
  const rules = version === 1
    ? [{
        id: 'type-set',
        title: 'Acme: ticket type missing',
        message: 'Acme reports by ticket type: pick question, incident, problem or task.',
        severity: 'warning',
        fields: ['type'],
        check: { '!': { is_empty: [{ var: 'type' }] } },
      }]
    : [{
        id: 'urgent-review',
        title: 'Acme: urgent tickets go to the duty manager',
        message: 'Tell the duty manager about every urgent ticket.',
        severity: 'info',
        fields: ['priority'],
        check: { '!=': [{ var: 'priority' }, 'urgent'] },
      }];
  return {
    schemaVersion: 1,
    id: 'acme-zendesk-ticket',
    name: 'Acme Zendesk ticket rules',
    version: `${version}.0.0`,
    description: 'What Acme support operations asks of every ticket.',
    app: 'zendesk',
    object: 'ticket',
    fields: {
      type: { type: 'picklist', label: 'Type' },
      priority: { type: 'picklist', label: 'Priority' },
    },
    rules,
  };
}

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"`;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'If-None-Match',
  'access-control-expose-headers': 'ETag',
  'access-control-max-age': '600',
};

export function rulePackRoutes(serving: RulePackServing): DemoRoute[] {
  const host = new RegExp(`^${RULE_PACKS_HOST.replaceAll('.', '\\.')}$`);
  const path = /^\/fieldguard\/zendesk-ticket\.json$/;
  return [
    { host, method: 'OPTIONS', path, handle: () => ({ status: 204, headers: CORS, body: '' }) },
    {
      host,
      path,
      handle: ({ headers }) => {
        const ifNoneMatch = typeof headers['if-none-match'] === 'string' ? headers['if-none-match'] : null;
        if (serving.failWith !== null) {
          serving.seen.push({ ifNoneMatch, status: serving.failWith });
          return { status: serving.failWith, headers: { ...CORS, 'content-type': 'text/html' }, body: '<h1>Service Unavailable</h1>' };
        }
        const body = JSON.stringify(serving.served);
        const etag = etagOf(body);
        const status = ifNoneMatch === etag ? 304 : 200;
        serving.seen.push({ ifNoneMatch, status });
        return status === 304
          ? { status, headers: { ...CORS, etag }, body: '' }
          : { status, headers: { ...CORS, etag, 'content-type': 'application/json' }, body };
      },
    },
  ];
}
