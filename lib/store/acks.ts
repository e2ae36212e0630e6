/**
 * Acknowledgements: a person decided a warning does not apply to one record, for a while, and said why. Kept in
 * IndexedDB (`acks` store) with who made them (`prefs.displayName`, or "this browser"), so admins see who overrode
 * which rule, when and why. Content scripts reach them through `ack-add` / `ack-list`; the options page lists them
 * all with `listAllAcks`.
 *
 * Older versions kept them in `storage.local` under `fieldguard-acks`; they move here on first use, and the old key
 * is removed only after they are stored.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Acknowledgement, AckRequest } from '../messaging';
import { appSchema } from '../records/model';
import { openFieldGuardDb } from './db';
import { readPrefs } from './prefs';

export const LEGACY_ACKS_KEY = 'fieldguard-acks';
export const UNNAMED_ACKER = 'this browser';
const DAY_MS = 24 * 60 * 60 * 1000;

const legacySchema = z.object({
  app: appSchema,
  object: z.string(),
  recordId: z.string(),
  pack: z.string(),
  rule: z.string(),
  reason: z.string(),
  createdAt: z.number(),
  expiresAt: z.number(),
});

export interface AckFilter {
  readonly app?: Acknowledgement['app'];
  readonly recordId?: string;
}

/**
 * Moves `storage.local` acknowledgements into IndexedDB. Checked before every use (one read of a key that is
 * usually absent), so acknowledgements a content script of an older version wrote late still arrive; moving twice
 * is harmless, the newer of two entries for one target wins.
 */
export async function migrateLegacyAcks(): Promise<void> {
  const stored: unknown = (await browser.storage.local.get(LEGACY_ACKS_KEY))[LEGACY_ACKS_KEY];
  if (stored === undefined) return;
  const legacy = Array.isArray(stored)
    ? stored.flatMap((entry: unknown) => {
        const parsed = legacySchema.safeParse(entry);
        return parsed.success ? [{ ...parsed.data, by: UNNAMED_ACKER }] : [];
      })
    : [];
  const db = await openFieldGuardDb();
  const tx = db.transaction('acks', 'readwrite');
  await Promise.all(
    legacy.map(async (ack) => {
      const current = await tx.store.get([ack.app, ack.recordId, ack.pack, ack.rule]);
      if (!current || current.createdAt < ack.createdAt) await tx.store.put(ack);
    }),
  );
  await tx.done;
  await browser.storage.local.remove(LEGACY_ACKS_KEY);
}

export async function addAck(request: AckRequest, now: number): Promise<Acknowledgement> {
  await migrateLegacyAcks();
  const { displayName } = await readPrefs();
  const ack: Acknowledgement = {
    app: request.app,
    object: request.object,
    recordId: request.recordId,
    pack: request.pack,
    rule: request.rule,
    reason: request.reason,
    by: displayName.trim() || UNNAMED_ACKER,
    createdAt: now,
    expiresAt: now + request.days * DAY_MS,
  };
  await (await openFieldGuardDb()).put('acks', ack);
  return ack;
}

/** Acknowledgements still in force, newest first (what a content script applies to a record). */
export async function listAcks(filter: AckFilter, now: number): Promise<Acknowledgement[]> {
  await migrateLegacyAcks();
  const all = await (await openFieldGuardDb()).getAll('acks');
  return all
    .filter((ack) => ack.expiresAt > now)
    .filter((ack) => (filter.app === undefined || ack.app === filter.app) && (filter.recordId === undefined || ack.recordId === filter.recordId))
    .sort(newestFirst);
}

export interface AllAcksFilter {
  /** A rule id (`needs-amount`) or a pack-qualified one (`salesforce-opportunity-data-quality/needs-amount`). */
  readonly rule?: string;
}

/** Every stored acknowledgement, expired ones included (until pruned), newest first: what admins review and export. */
export async function listAllAcks(filter: AllAcksFilter = {}): Promise<Acknowledgement[]> {
  await migrateLegacyAcks();
  const all = await (await openFieldGuardDb()).getAll('acks');
  const rule = filter.rule;
  return all.filter((ack) => rule === undefined || ack.rule === rule || `${ack.pack}/${ack.rule}` === rule).sort(newestFirst);
}

/** Deletes acknowledgements that expired more than `days` days ago (they no longer explain anything on a record). */
export async function pruneAcks(days: number, now: number): Promise<number> {
  const db = await openFieldGuardDb();
  const tx = db.transaction('acks', 'readwrite');
  const stale = (await tx.store.getAll()).filter((ack) => ack.expiresAt < now - days * DAY_MS);
  await Promise.all(stale.map((ack) => tx.store.delete([ack.app, ack.recordId, ack.pack, ack.rule])));
  await tx.done;
  return stale.length;
}

/** One flat row per acknowledgement, for the options page's CSV/JSON export: times as ISO strings. */
export type AckRow = Omit<Acknowledgement, 'createdAt' | 'expiresAt'> & { readonly createdAt: string; readonly expiresAt: string };

export function ackRowOf(ack: Acknowledgement): AckRow {
  return {
    app: ack.app,
    object: ack.object,
    recordId: ack.recordId,
    pack: ack.pack,
    rule: ack.rule,
    reason: ack.reason,
    by: ack.by,
    createdAt: new Date(ack.createdAt).toISOString(),
    expiresAt: new Date(ack.expiresAt).toISOString(),
  };
}

function newestFirst(a: Acknowledgement, b: Acknowledgement): number {
  return b.createdAt - a.createdAt;
}
