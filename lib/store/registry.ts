/**
 * Which rule packs exist (built-in, imported, remote) and which are active, from the stored packs, the user's
 * preferences and the organisation's policy. The background answers `get-packs` with `activePacksFor`; the popup
 * and the options page list and change packs with the rest.
 *
 * For the remote-sync module (`remote-sync.ts`): store what a URL served with `putRemotePacks(url, packs, at)` (it
 * replaces that URL's packs; an id already taken by a built-in or another source is refused with an Error before
 * anything is written), record each attempt with `putSyncState`, read the ETag with `getSyncState(url)`, list
 * `listSyncStates()`, and `forgetRemoteUrl(url)` when a URL is removed. `remoteUrlsOf(prefs, policy)` lists the URLs
 * to sync. Every change to stored packs bumps `PACKS_REVISION_KEY` so open tabs refetch their packs.
 *
 * When IndexedDB is unavailable, the built-in packs still resolve (with prefs and policy), writes fail with the
 * reason, `storageStatus()` says why, and nothing stored is touched.
 */
import type { App } from '../records/model';
import { BUILTIN_PACKS } from '../rules/builtin';
import type { RulePack } from '../rules/schema';
import { parsePackJson, validatePack, type PackIssue } from '../rules/validate';
import { describeStorageError, openFieldGuardDb } from './db';
import { readPolicy } from './policy';
import { readPrefs, updatePrefs } from './prefs';
import { bumpPacksRevision } from './revision';
import type { ImportIssue, ImportResult, ManagedPolicy, PackEntry, Preferences, StorageStatus, StoredPack, SyncState } from './types';

export interface RegistryInputs {
  readonly builtin: readonly RulePack[];
  readonly stored: readonly StoredPack[];
  readonly prefs: Pick<Preferences, 'disabledPacks' | 'remoteUrls'>;
  readonly policy: ManagedPolicy;
}

/** The remote URLs in force: the policy's first, then the user's, each once. */
export function remoteUrlsOf(prefs: Pick<Preferences, 'remoteUrls'>, policy: Pick<ManagedPolicy, 'remoteRulePackUrls'>): string[] {
  return [...new Set([...policy.remoteRulePackUrls, ...prefs.remoteUrls])];
}

/**
 * Every pack with its state. Built-in packs come first (their order), then imported, then remote packs (in the
 * order of their URLs). A pack id appears once: a built-in id wins over a stored pack of the same id, and a remote
 * pack whose URL is no longer configured is left out. A pack the policy locks is on whatever the user chose; a
 * built-in the policy disables is off; when the policy names a pack in both lists, locked on wins, since the
 * organisation asked for that pack explicitly.
 */
export function resolvePackEntries({ builtin, stored, prefs, policy }: RegistryInputs): PackEntry[] {
  const locked = new Set(policy.lockedPacks);
  const policyOff = new Set(policy.disabledBuiltinPacks);
  const userOff = new Set(prefs.disabledPacks);
  const urls = remoteUrlsOf(prefs, policy);
  const seen = new Set<string>();
  const entries: PackEntry[] = [];
  const add = (pack: RulePack, source: PackEntry['source'], url: string | null, updatedAt: number | null) => {
    if (seen.has(pack.id)) return;
    seen.add(pack.id);
    if (locked.has(pack.id)) entries.push({ pack, source, url, updatedAt, enabled: true, locked: true });
    else if (source === 'builtin' && policyOff.has(pack.id)) entries.push({ pack, source, url, updatedAt, enabled: false, locked: true });
    else entries.push({ pack, source, url, updatedAt, enabled: !userOff.has(pack.id), locked: false });
  };
  for (const pack of builtin) add(pack, 'builtin', null, null);
  const imported = stored.filter((entry) => entry.source === 'imported').sort((a, b) => a.updatedAt - b.updatedAt || a.id.localeCompare(b.id));
  for (const entry of imported) add(entry.pack, 'imported', null, entry.updatedAt);
  for (const url of urls) {
    const fromUrl = stored.filter((entry) => entry.source === 'remote' && entry.url === url).sort((a, b) => a.id.localeCompare(b.id));
    for (const entry of fromUrl) add(entry.pack, 'remote', url, entry.updatedAt);
  }
  return entries;
}

/** Stored packs, re-validated: storage is a trust boundary, and a pack saved by an older version may not parse. */
async function readStoredPacks(): Promise<StoredPack[]> {
  const db = await openFieldGuardDb();
  const all = await db.getAll('packs');
  return all.flatMap((entry) => {
    const checked = validatePack(entry.pack);
    if (checked.ok) return [{ ...entry, pack: checked.pack }];
    console.warn(`[FieldGuard] stored rule pack "${entry.id}" skipped: it no longer validates`);
    return [];
  });
}

/** The stored packs, or none when the database cannot be opened (the built-in packs keep working). */
async function storedPacksOrNone(): Promise<StoredPack[]> {
  try {
    return await readStoredPacks();
  } catch (error) {
    console.warn(`[FieldGuard] stored rule packs unavailable: ${describeStorageError(error)}`);
    return [];
  }
}

export async function listPackEntries(): Promise<PackEntry[]> {
  const [stored, prefs, policy] = await Promise.all([storedPacksOrNone(), readPrefs(), readPolicy()]);
  return resolvePackEntries({ builtin: BUILTIN_PACKS, stored, prefs, policy });
}

export async function getPack(id: string): Promise<PackEntry | null> {
  return (await listPackEntries()).find((entry) => entry.pack.id === id) ?? null;
}

export async function activePacksFor(app: App, object: string): Promise<RulePack[]> {
  return (await listPackEntries())
    .filter((entry) => entry.enabled && entry.pack.app === app && entry.pack.object === object)
    .map((entry) => entry.pack);
}

export async function storageStatus(): Promise<StorageStatus> {
  try {
    await openFieldGuardDb();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: describeStorageError(error) };
  }
}

/** Switches a pack on or off for this browser. Throws for an unknown pack and for one the policy locks. */
export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  const entry = await getPack(id);
  if (!entry) throw new Error(`there is no rule pack "${id}"`);
  if (entry.locked) {
    throw new Error(`rule pack "${id}" is ${entry.enabled ? 'locked on' : 'switched off'} by your organisation's policy`);
  }
  await updatePrefs((prefs) => {
    const others = prefs.disabledPacks.filter((disabled) => disabled !== id);
    return { ...prefs, disabledPacks: enabled ? others : [...others, id] };
  });
}

/** `$.rules[3].check` (validatePack's form) → `rules[3].check`; the whole document is ``. */
export function importPathOf(path: string): string {
  return path.replace(/^\$\.?/, '');
}

const toImportIssues = (issues: readonly PackIssue[]): ImportIssue[] =>
  issues.map((issue) => ({ path: importPathOf(issue.path), message: issue.message }));

/**
 * Imports a pack a user chose (the parsed JSON, or the file's text). A refused import reports every issue with its
 * JSON path and changes nothing. Refused: an invalid pack, imports forbidden by policy, an id of a built-in or remote
 * pack. Importing an id that is already imported replaces that pack (a newer version of it).
 */
export async function importPack(json: unknown, now: number = Date.now()): Promise<ImportResult> {
  const policy = await readPolicy();
  if (!policy.allowUserImports) {
    return { ok: false, issues: [{ path: '', message: "your organisation's policy does not allow importing rule packs" }] };
  }
  const checked = typeof json === 'string' ? parsePackJson(json) : validatePack(json);
  if (!checked.ok) return { ok: false, issues: toImportIssues(checked.issues) };
  const pack = checked.pack;
  if (BUILTIN_PACKS.some((builtin) => builtin.id === pack.id)) {
    return { ok: false, issues: [{ path: 'id', message: `"${pack.id}" is the id of a built-in pack; give the imported pack its own id` }] };
  }
  let db;
  try {
    db = await openFieldGuardDb();
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `rule packs cannot be stored: ${describeStorageError(error)}` }] };
  }
  const tx = db.transaction('packs', 'readwrite');
  const existing = await tx.store.get(pack.id);
  if (existing && existing.source !== 'imported') {
    tx.abort();
    await tx.done.catch(() => undefined);
    return { ok: false, issues: [{ path: 'id', message: `"${pack.id}" is the id of a remote pack from ${existing.url ?? 'a remote URL'}; give the imported pack its own id` }] };
  }
  const stored: StoredPack = { id: pack.id, source: 'imported', pack, url: null, updatedAt: now };
  await tx.store.put(stored);
  await tx.done;
  await bumpPacksRevision();
  const entry = await getPack(pack.id);
  if (!entry) throw new Error(`rule pack "${pack.id}" was stored but cannot be read back`);
  return { ok: true, entry };
}

/** Removes an imported pack. Built-in packs can only be switched off; remote packs go with their URL. */
export async function removePack(id: string): Promise<void> {
  if (BUILTIN_PACKS.some((pack) => pack.id === id)) throw new Error(`"${id}" is a built-in pack: switch it off instead`);
  const db = await openFieldGuardDb();
  const stored = await db.get('packs', id);
  if (!stored) throw new Error(`there is no imported rule pack "${id}"`);
  if (stored.source === 'remote') throw new Error(`"${id}" comes from ${stored.url ?? 'a remote URL'}: remove that URL instead`);
  await db.delete('packs', id);
  await bumpPacksRevision();
}

/**
 * Replaces the packs stored for `url` with `packs` (validated by the caller), in one transaction. Throws, writing
 * nothing, when one of the ids belongs to a built-in pack, an imported pack or another URL's pack.
 */
export async function putRemotePacks(url: string, packs: readonly RulePack[], at: number): Promise<void> {
  const clash = packs.find((pack) => BUILTIN_PACKS.some((builtin) => builtin.id === pack.id));
  if (clash) throw new Error(`${url} serves "${clash.id}", the id of a built-in pack`);
  const db = await openFieldGuardDb();
  const tx = db.transaction('packs', 'readwrite');
  const all = await tx.store.getAll();
  const taken = all.find((entry) => (entry.source !== 'remote' || entry.url !== url) && packs.some((pack) => pack.id === entry.id));
  if (taken) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error(`${url} serves "${taken.id}", already the id of ${taken.source === 'imported' ? 'an imported pack' : `a pack from ${taken.url ?? 'another URL'}`}`);
  }
  const ids = new Set(packs.map((pack) => pack.id));
  await Promise.all([
    ...all.filter((entry) => entry.source === 'remote' && entry.url === url && !ids.has(entry.id)).map((entry) => tx.store.delete(entry.id)),
    ...packs.map((pack) => tx.store.put({ id: pack.id, source: 'remote', pack, url, updatedAt: at })),
  ]);
  await tx.done;
  await bumpPacksRevision();
}

/** Drops a remote URL's packs and sync state (its URL was removed from the preferences). */
export async function forgetRemoteUrl(url: string): Promise<void> {
  const db = await openFieldGuardDb();
  const tx = db.transaction(['packs', 'sync'], 'readwrite');
  const packs = tx.objectStore('packs');
  const fromUrl = (await packs.getAll()).filter((entry) => entry.source === 'remote' && entry.url === url);
  await Promise.all([...fromUrl.map((entry) => packs.delete(entry.id)), tx.objectStore('sync').delete(url)]);
  await tx.done;
  if (fromUrl.length > 0) await bumpPacksRevision();
}

export async function getSyncState(url: string): Promise<SyncState | null> {
  return (await (await openFieldGuardDb()).get('sync', url)) ?? null;
}

export async function putSyncState(state: SyncState): Promise<void> {
  await (await openFieldGuardDb()).put('sync', state);
}

export async function listSyncStates(): Promise<SyncState[]> {
  return (await openFieldGuardDb()).getAll('sync');
}
