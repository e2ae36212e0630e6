/**
 * Remote rule-pack sync against a real local HTTPS server: what the extension then applies (the active packs for
 * a Zendesk ticket, through the registry the background answers `get-packs` with) and what the options page shows
 * (the URL's SyncState), for a good answer, a 304, and every way a server can fail.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { installFakeExtensionApis, type FakeExtensionApis } from '../custom-domains/fake-extension-apis';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeFieldGuardDb } from '../../lib/store/db';
import { updatePrefs } from '../../lib/store/prefs';
import { activePacksFor, listPackEntries, getSyncState } from '../../lib/store/registry';
import { REMOTE_SYNC_ALARM, startRemoteSync, syncRemoteNow } from '../../lib/store/remote-schedule';
import { defaultRemoteSyncDeps, syncAll, syncRemoteUrl, type RemoteSyncDeps } from '../../lib/store/remote-sync';
import { PACKS_REVISION_KEY, SYNC_STATES_REVISION_KEY, type SyncState } from '../../lib/store/types';
import { acmeZendeskPack, etagOf } from '../demo-apps/rule-packs';
import { startPackServer, type PackServer } from './pack-server';

const T0 = Date.parse('2026-11-25T09:00:00Z');
const HOUR = 3_600_000;

let server: PackServer;
let url: string;
let now: number;
let deps: RemoteSyncDeps;

beforeAll(async () => {
  server = await startPackServer();
});
afterAll(() => server.close());

beforeEach(async () => {
  closeFieldGuardDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  server.requests.length = 0;
  now = T0;
  url = `${server.origin}/packs/zendesk.json`;
  deps = { ...defaultRemoteSyncDeps(), fetch: server.fetch, now: () => now, timeoutMs: 1000 };
  await updatePrefs((prefs) => ({ ...prefs, remoteUrls: [url] }));
});

/** Serves `body` as JSON with a strong ETag, and 304 when the request names that ETag. */
function serveJson(value: unknown): string {
  const body = JSON.stringify(value);
  const etag = etagOf(body);
  server.respond = (req, res) => {
    if (req.headers['if-none-match'] === etag) res.writeHead(304, { etag }).end();
    else res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), etag }).end(body);
  };
  return etag;
}

function serve(respond: (req: IncomingMessage, res: ServerResponse) => void): void {
  server.respond = respond;
}

async function activeIds(): Promise<string[]> {
  return (await activePacksFor('zendesk', 'ticket')).map((pack) => pack.id);
}

async function revision(key: string = PACKS_REVISION_KEY): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

/** A first good sync of version 1, an hour before the failure each fault case then provokes. */
async function syncedVersionOne(): Promise<SyncState> {
  const etag = serveJson(acmeZendeskPack(1));
  const state = await syncRemoteUrl(url, deps);
  expect(state).toMatchObject({ etag, lastSuccessAt: T0, lastError: null, packIds: ['acme-zendesk-ticket'] });
  now = T0 + HOUR;
  return state;
}

/** The last good copy is still in force and the state keeps its success, with the new error. */
async function expectLastGoodKept(state: SyncState, error: RegExp): Promise<void> {
  expect(state.lastError).toMatch(error);
  expect(state).toMatchObject({ lastAttemptAt: T0 + HOUR, lastSuccessAt: T0, packIds: ['acme-zendesk-ticket'] });
  expect(await getSyncState(url)).toEqual(state);
  expect(await activeIds()).toEqual(['zendesk-ticket-hygiene', 'acme-zendesk-ticket']);
  const remote = (await listPackEntries()).find((entry) => entry.pack.id === 'acme-zendesk-ticket');
  expect(remote).toMatchObject({ source: 'remote', url, updatedAt: T0, enabled: true });
  expect(remote?.pack.version).toBe('1.0.0');
}

describe('syncing a remote rule-pack URL', () => {
  it('stores the packs of a 200 with their ETag, applies them, and tells open tabs', async () => {
    const before = await revision();
    const etag = serveJson(acmeZendeskPack(1));
    const state = await syncRemoteUrl(url, deps);
    expect(state).toEqual({ url, etag, lastAttemptAt: T0, lastSuccessAt: T0, lastError: null, packIds: ['acme-zendesk-ticket'] });
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
    expect(await activeIds()).toEqual(['zendesk-ticket-hygiene', 'acme-zendesk-ticket']);
    expect(await revision()).not.toEqual(before);
  });

  it('sends If-None-Match next time; a 304 keeps the packs, records the success and leaves open tabs alone', async () => {
    const first = await syncedVersionOne();
    const before = await revision();
    const state = await syncRemoteUrl(url, deps);
    expect(server.requests.map((request) => request.headers['if-none-match'])).toEqual([undefined, first.etag]);
    expect(state).toEqual({ ...first, lastAttemptAt: T0 + HOUR, lastSuccessAt: T0 + HOUR });
    expect(await activeIds()).toEqual(['zendesk-ticket-hygiene', 'acme-zendesk-ticket']);
    expect(await revision()).toEqual(before);
  });

  it('replaces the packs when the server serves a new version, and drops the packs it no longer serves', async () => {
    const extra = { ...acmeZendeskPack(1), id: 'acme-zendesk-extra', name: 'Acme extra' };
    serveJson({ packs: [acmeZendeskPack(1), extra] });
    expect((await syncRemoteUrl(url, deps)).packIds).toEqual(['acme-zendesk-ticket', 'acme-zendesk-extra']);
    expect(await activeIds()).toEqual(['zendesk-ticket-hygiene', 'acme-zendesk-extra', 'acme-zendesk-ticket']);

    now = T0 + HOUR;
    const etag = serveJson([acmeZendeskPack(2)]);
    const state = await syncRemoteUrl(url, deps);
    expect(state).toMatchObject({ etag, lastSuccessAt: T0 + HOUR, lastError: null, packIds: ['acme-zendesk-ticket'] });
    const packs = await activePacksFor('zendesk', 'ticket');
    expect(packs.map((pack) => `${pack.id}@${pack.version}`)).toEqual(['zendesk-ticket-hygiene@1.0.0', 'acme-zendesk-ticket@2.0.0']);
  });

  it('does not tell open tabs anything when a 200 serves the same packs again (a server without ETags)', async () => {
    const body = JSON.stringify(acmeZendeskPack(1));
    serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
    await syncRemoteUrl(url, deps);
    const before = await revision();
    now = T0 + HOUR;
    const state = await syncRemoteUrl(url, deps);
    expect(state).toMatchObject({ etag: null, lastSuccessAt: T0 + HOUR, lastError: null });
    expect(server.requests[1]?.headers['if-none-match']).toBeUndefined();
    expect(await revision()).toEqual(before);
    expect((await listPackEntries()).find((entry) => entry.pack.id === 'acme-zendesk-ticket')?.updatedAt).toBe(T0);
  });
});

describe('a failing server leaves the last good copy in force and says what happened', () => {
  it.each([
    [500, 'Internal Server Error', /^HTTP 500 Internal Server Error$/],
    [503, 'Service Unavailable', /^HTTP 503 Service Unavailable$/],
    [404, 'Not Found', /^HTTP 404 Not Found$/],
    [403, 'Forbidden', /^HTTP 403 Forbidden$/],
  ])('HTTP %i', async (status, text, error) => {
    await syncedVersionOne();
    const [packsBefore, statesBefore] = [await revision(), await revision(SYNC_STATES_REVISION_KEY)];
    serve((_req, res) => res.writeHead(status, text, { 'content-type': 'text/html' }).end(`<h1>${text}</h1>`));
    await expectLastGoodKept(await syncRemoteUrl(url, deps), error);
    // Open tabs have nothing to refetch; an open options page learns of the error.
    expect(await revision()).toEqual(packsBefore);
    expect(await revision(SYNC_STATES_REVISION_KEY)).not.toEqual(statesBefore);
  });

  it('a connection the server drops', async () => {
    await syncedVersionOne();
    serve((req) => req.socket.destroy());
    await expectLastGoodKept(await syncRemoteUrl(url, deps), /^network error: /);
  });

  it('invalid JSON', async () => {
    await syncedVersionOne();
    serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"schemaVersion": 1, "id": "acme-zendesk-ticket",'));
    await expectLastGoodKept(await syncRemoteUrl(url, deps), /^not valid JSON: /);
  });

  it('a body that is not UTF-8 text', async () => {
    await syncedVersionOne();
    serve((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])));
    await expectLastGoodKept(await syncRemoteUrl(url, deps), /^the body is not UTF-8 text$/);
  });

  it('a body that is no pack at all', async () => {
    await syncedVersionOne();
    serveJson('maintenance');
    await expectLastGoodKept(await syncRemoteUrl(url, deps), /^expected a rule pack, an array of rule packs, or \{"packs": \[\.\.\.\]\}$/);
  });

  it('an invalid pack: the whole answer is refused, naming the pack and the JSON path of the fault', async () => {
    await syncedVersionOne();
    const broken = acmeZendeskPack(2);
    const rules = broken.rules as Record<string, unknown>[];
    broken.rules = [{ ...rules[0], severity: 'fatal' }];
    const other = { ...acmeZendeskPack(1), id: 'acme-zendesk-other' };
    serveJson({ packs: [other, broken] });
    const state = await syncRemoteUrl(url, deps);
    expect(state.lastError).toBe('invalid pack "acme-zendesk-ticket" ($.packs[1]): $.rules[0].severity: "fatal" is not allowed; use one of "error", "warning", "info"');
    await expectLastGoodKept(state, /^invalid pack/);
    expect((await listPackEntries()).some((entry) => entry.pack.id === 'acme-zendesk-other')).toBe(false);
  });

  it('a slow server: the timeout fires while waiting for the answer', async () => {
    await syncedVersionOne();
    deps = { ...deps, timeoutMs: 300 };
    serve(() => undefined);
    await expectLastGoodKept(await syncRemoteUrl(url, deps), /^too slow: no complete answer within 0\.3 s$/);
  });

  it('a slow server: the timeout fires while the body trickles in', async () => {
    await syncedVersionOne();
    deps = { ...deps, timeoutMs: 300 };
    serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"schemaVersion": 1,');
    });
    await expectLastGoodKept(await syncRemoteUrl(url, deps), /^too slow: /);
  });

  it('an oversized body announced by Content-Length is refused before it is read', async () => {
    await syncedVersionOne();
    let written = 0;
    serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(5 * 1_048_576) });
      written = 64 * 1024;
      res.write(Buffer.alloc(written, 0x20));
    });
    await expectLastGoodKept(await syncRemoteUrl(url, deps), /^too large: the server announced 5242880 bytes; the limit is 1 MB$/);
    expect(written).toBeLessThan(1_048_576);
  });

  it('an oversized body without Content-Length is cut off while it streams', async () => {
    await syncedVersionOne();
    let sent = 0;
    serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      // Chunked, without end: only the limit can stop the client (a 64 KB chunk every few milliseconds).
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const timer = setInterval(() => {
        if (res.destroyed || sent > 8 * 1_048_576) {
          clearInterval(timer);
          return;
        }
        sent += chunk.length;
        res.write(chunk);
      }, 2);
      res.on('close', () => clearInterval(timer));
    });
    await expectLastGoodKept(await syncRemoteUrl(url, { ...deps, timeoutMs: 5000 }), /^too large: more than 1 MB received$/);
    expect(sent).toBeLessThan(4 * 1_048_576);
  });

  it('a Content-Length under the limit that the body then exceeds is still cut at the limit', async () => {
    await syncedVersionOne();
    deps = { ...deps, maxBytes: 1000 };
    serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`[${' '.repeat(2000)}]`);
    });
    await expectLastGoodKept(await syncRemoteUrl(url, deps), /^too large: more than 1000 bytes received$/);
  });

  it('a pack with the id of a built-in pack', async () => {
    await syncedVersionOne();
    serveJson([acmeZendeskPack(2), { ...acmeZendeskPack(1), id: 'zendesk-ticket-hygiene' }]);
    const state = await syncRemoteUrl(url, deps);
    expect(state.lastError).toBe('pack id "zendesk-ticket-hygiene" ($[1]) is already used by a built-in pack; give the remote pack its own id');
    await expectLastGoodKept(state, /built-in/);
    expect((await activePacksFor('zendesk', 'ticket')).find((pack) => pack.id === 'zendesk-ticket-hygiene')?.name).toBe('Zendesk ticket: hygiene and solve requirements');
  });
});

describe('https only', () => {
  it('refuses an http URL without sending anything', async () => {
    const plain = `${server.httpOrigin}/packs/zendesk.json`;
    serveJson(acmeZendeskPack(1));
    const state = await syncRemoteUrl(plain, deps);
    expect(state).toEqual({ url: plain, etag: null, lastAttemptAt: T0, lastSuccessAt: null, packIds: [], lastError: 'refused http: rule-pack URLs must use https' });
    expect(server.requests).toEqual([]);
  });

  it('refuses what a redirect to http serves', async () => {
    await syncedVersionOne();
    const body = JSON.stringify(acmeZendeskPack(2));
    serve((req, res) => {
      if (req.socket.localPort === Number(new URL(server.origin).port)) res.writeHead(302, { location: `${server.httpOrigin}/moved.json` }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    await expectLastGoodKept(await syncRemoteUrl(url, deps), /^refused http: the server redirected to http:\/\/127\.0\.0\.1:\d+\/moved\.json; rule packs are only accepted over https$/);
  });

  it('follows a redirect to another https URL', async () => {
    const body = JSON.stringify(acmeZendeskPack(1));
    serve((req, res) => {
      if (req.url === '/packs/zendesk.json') res.writeHead(301, { location: '/packs/v2/zendesk.json' }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    expect(await syncRemoteUrl(url, deps)).toMatchObject({ lastError: null, packIds: ['acme-zendesk-ticket'] });
  });
});

describe('syncing every configured URL', () => {
  it('syncs the user\'s and the policy\'s URLs, and forgets the packs of a URL the user removed', async () => {
    const policyUrl = `${server.origin}/policy/zendesk.json`;
    await fakeBrowser.storage.managed.set({ remoteRulePackUrls: [policyUrl] });
    const other = { ...acmeZendeskPack(2), id: 'acme-policy-pack' };
    serve((req, res) => {
      const body = JSON.stringify(req.url === '/policy/zendesk.json' ? other : acmeZendeskPack(1));
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    const states = await syncAll(deps);
    expect(states.map((state) => [state.url, state.packIds, state.lastError])).toEqual([
      [policyUrl, ['acme-policy-pack'], null],
      [url, ['acme-zendesk-ticket'], null],
    ]);
    expect(await activeIds()).toEqual(['zendesk-ticket-hygiene', 'acme-policy-pack', 'acme-zendesk-ticket']);

    await updatePrefs((prefs) => ({ ...prefs, remoteUrls: [] }));
    const before = await revision();
    expect((await syncAll(deps)).map((state) => state.url)).toEqual([policyUrl]);
    expect(await getSyncState(url)).toBeNull();
    expect(await activeIds()).toEqual(['zendesk-ticket-hygiene', 'acme-policy-pack']);
    expect(await revision()).not.toEqual(before);
  });

  it('skips URLs attempted recently when asked to (a waking worker), and syncs a new one at once', async () => {
    serveJson(acmeZendeskPack(1));
    await syncAll(deps);
    const added = `${server.origin}/packs/added.json`;
    await updatePrefs((prefs) => ({ ...prefs, remoteUrls: [url, added] }));
    now = T0 + 10 * 60_000;
    await syncAll(deps, { skipAttemptedWithinMs: HOUR });
    expect(server.requests.map((request) => request.path)).toEqual(['/packs/zendesk.json', '/packs/added.json']);
  });
});

describe('scheduling in the background', () => {
  const paths = () => server.requests.map((request) => request.path);
  let apis: FakeExtensionApis;
  beforeEach(() => {
    apis = installFakeExtensionApis();
  });

  it('syncs again when host access to a rule-pack server is granted (its CORS limits no longer apply)', async () => {
    serveJson(acmeZendeskPack(1));
    startRemoteSync(() => deps);
    await expect.poll(paths).toEqual(['/packs/zendesk.json']);
    apis.grant([`${server.origin}/*`]);
    await expect.poll(paths).toEqual(['/packs/zendesk.json', '/packs/zendesk.json']);
  });

  it('syncs on start, keeps an existing hourly alarm, syncs by alarm, and at once when the user adds a URL', async () => {
    serveJson(acmeZendeskPack(1));
    await fakeBrowser.alarms.create(REMOTE_SYNC_ALARM, { when: T0 + 30 * 60_000, periodInMinutes: 60 });
    startRemoteSync(() => deps);
    await expect.poll(() => activeIds()).toEqual(['zendesk-ticket-hygiene', 'acme-zendesk-ticket']);
    // A worker waking up must not push the next run back.
    expect(await fakeBrowser.alarms.get(REMOTE_SYNC_ALARM)).toMatchObject({ scheduledTime: T0 + 30 * 60_000, periodInMinutes: 60 });

    now = T0 + HOUR;
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMOTE_SYNC_ALARM, scheduledTime: now, periodInMinutes: 60, persistAcrossSessions: true });
    await expect.poll(paths).toEqual(['/packs/zendesk.json', '/packs/zendesk.json']);
    expect(server.requests[1]?.headers['if-none-match']).toBe((await getSyncState(url))?.etag);

    const added = `${server.origin}/packs/added.json`;
    await updatePrefs((prefs) => ({ ...prefs, remoteUrls: [url, added] }));
    await expect.poll(paths).toEqual(['/packs/zendesk.json', '/packs/zendesk.json', '/packs/added.json']);
    // The same pack id from a second URL is refused; the first URL keeps it.
    await expect.poll(async () => (await getSyncState(added))?.lastError).toMatch(/^pack id "acme-zendesk-ticket" \(\$\) is already used by the remote URL https:/);
  });

  it('creates the alarm when there is none', async () => {
    serveJson(acmeZendeskPack(1));
    startRemoteSync(() => deps);
    await expect.poll(() => fakeBrowser.alarms.get(REMOTE_SYNC_ALARM)).toMatchObject({ periodInMinutes: 60 });
    await expect.poll(async () => (await getSyncState(url))?.lastSuccessAt).toBe(T0);
  });

  it('syncs on demand whatever the last attempt, one URL or all, and refuses a URL that is not configured', async () => {
    serveJson(acmeZendeskPack(1));
    await syncRemoteNow(undefined, deps);
    const states = await syncRemoteNow(url, deps);
    expect(states).toEqual([expect.objectContaining({ url, lastError: null, packIds: ['acme-zendesk-ticket'] })]);
    expect(paths()).toEqual(['/packs/zendesk.json', '/packs/zendesk.json']);
    await expect(syncRemoteNow(`${server.origin}/elsewhere.json`, deps)).rejects.toThrow(/is not one of the configured rule-pack URLs/);
  });
});
