/**
 * Acknowledgements: a person decided a warning does not apply to one record, for a while, and said why. Kept in
 * `storage.local` for now (issue #4 moves them to IndexedDB); listed for admins to see which rules get overridden.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Acknowledgement, AckRequest } from '../messaging';
import { appSchema } from '../records/model';

const KEY = 'fieldguard-acks';
const DAY_MS = 24 * 60 * 60 * 1000;

const storedSchema = z.object({
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

/** Storage is a trust boundary too: entries that do not parse (an older format, a manual edit) are skipped. */
async function readAll(): Promise<Acknowledgement[]> {
  const stored: unknown = (await browser.storage.local.get(KEY))[KEY];
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry: unknown) => {
    const parsed = storedSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

let writing: Promise<unknown> = Promise.resolve();

export function addAck(request: AckRequest, now: number): Promise<Acknowledgement> {
  const ack: Acknowledgement = {
    app: request.app,
    object: request.object,
    recordId: request.recordId,
    pack: request.pack,
    rule: request.rule,
    reason: request.reason,
    createdAt: now,
    expiresAt: now + request.days * DAY_MS,
  };
  const done = writing.catch(() => undefined).then(async () => {
    const kept = (await readAll()).filter((entry) => entry.expiresAt > now && !sameTarget(entry, ack));
    await browser.storage.local.set({ [KEY]: [...kept, ack] });
    return ack;
  });
  writing = done;
  return done;
}

/** Acknowledgements still in force, newest first. */
export async function listAcks(filter: AckFilter, now: number): Promise<Acknowledgement[]> {
  return (await readAll())
    .filter((entry) => entry.expiresAt > now)
    .filter((entry) => (filter.app === undefined || entry.app === filter.app) && (filter.recordId === undefined || entry.recordId === filter.recordId))
    .sort((a, b) => b.createdAt - a.createdAt);
}

function sameTarget(a: Acknowledgement, b: Acknowledgement): boolean {
  return a.app === b.app && a.recordId === b.recordId && a.pack === b.pack && a.rule === b.rule;
}
