/**
 * What the extension keeps, and the shapes its pages and its background share. The modules beside this one own
 * each part: `db.ts` (the IndexedDB database), `prefs.ts` (small preferences in extension storage), `policy.ts`
 * (enterprise managed storage), `registry.ts` (which packs exist and which are active), `remote-sync.ts`,
 * `history.ts`, `acks.ts`.
 *
 * Only extension contexts (background, popup, options, board) use these modules: IndexedDB opened from a content
 * script would be the page's database. Content scripts get their packs by the `get-packs` message and learn of
 * changes from `PACKS_REVISION_KEY` in `storage.local`.
 */
import type { App } from '../records/model';
import type { RulePack, Severity } from '../rules/schema';

export type PackSource = 'builtin' | 'imported' | 'remote';

/** A pack kept in IndexedDB: imported from a file, or fetched from a remote URL. */
export interface StoredPack {
  readonly id: string;
  readonly source: Exclude<PackSource, 'builtin'>;
  readonly pack: RulePack;
  /** The https URL a remote pack came from. */
  readonly url: string | null;
  /** Epoch milliseconds of the import or of the sync that last changed it. */
  readonly updatedAt: number;
}

/** What the last syncs of one remote URL did; the options page shows it. */
export interface SyncState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastAttemptAt: number | null;
  readonly lastSuccessAt: number | null;
  /** The last failure (network, HTTP status, invalid JSON, invalid pack with its path, too slow, too large); null after a success. */
  readonly lastError: string | null;
  /** The ids of the packs the URL served last time it succeeded. */
  readonly packIds: readonly string[];
}

/** One pack as the popup and the options page list it. */
export interface PackEntry {
  readonly pack: RulePack;
  readonly source: PackSource;
  readonly url: string | null;
  /** Null for built-in packs (they change with the extension's version). */
  readonly updatedAt: number | null;
  readonly enabled: boolean;
  /** Locked by the organisation's policy: the user cannot switch it off (or on, for a policy-disabled built-in). */
  readonly locked: boolean;
}

/** Small settings in `storage.local` under `PREFS_KEY`; every open tab and page sees their changes. */
export interface Preferences {
  /** Pack ids the user switched off (built-in, imported or remote). */
  readonly disabledPacks: readonly string[];
  /** Remote rule-pack URLs the user added (https only); the policy's URLs come on top. */
  readonly remoteUrls: readonly string[];
  /** Custom domains the user added, each granted as an optional host permission. */
  readonly customDomains: readonly CustomDomain[];
  /** Days of hygiene history kept. */
  readonly historyDays: number;
  /** The name put on acknowledgements made in this browser. */
  readonly displayName: string;
  /** Read HubSpot records through its internal API instead of the page only. */
  readonly hubspotInternalApi: boolean;
}

export interface CustomDomain {
  /** `https://support.example.com`, no path. */
  readonly origin: string;
  readonly app: App;
}

/** What an organisation pushes through `storage.managed` (Chrome/Edge policy, Firefox policies.json). */
export interface ManagedPolicy {
  readonly remoteRulePackUrls: readonly string[];
  /** Packs that are always on and cannot be switched off. */
  readonly lockedPacks: readonly string[];
  /** Built-in packs that are off and cannot be switched on. */
  readonly disabledBuiltinPacks: readonly string[];
  readonly allowUserImports: boolean;
}

/** One record's hygiene on one day (the last evaluation of that day wins). */
export interface HistoryEntry {
  readonly app: App;
  readonly object: string;
  readonly recordId: string;
  /** `YYYY-MM-DD` in the browser's time zone. */
  readonly day: string;
  readonly score: number;
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
  /** Record owner when known (the board's trend groups by it). */
  readonly owner: string | null;
  readonly at: number;
}

/** Whether the database could be opened; when not, the built-in packs still work and the popup says so. */
export type StorageStatus = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export interface ImportIssue {
  /** JSON path of the fault, such as `rules[3].check.and[1]`; empty for the whole document. */
  readonly path: string;
  readonly message: string;
}

export type ImportResult =
  | { readonly ok: true; readonly entry: PackEntry }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

export type { Severity };

/** `storage.local` key of the preferences. */
export const PREFS_KEY = 'fieldguard-prefs';
/** `storage.local` key bumped whenever the active packs may have changed (stored packs, prefs or policy). */
export const PACKS_REVISION_KEY = 'fieldguard-packs-revision';
/**
 * `storage.local` key bumped after every remote sync attempt (its SyncState changed even when no pack did: an
 * error, a 304), so an open options page shows the new state. Open tabs ignore it.
 */
export const SYNC_STATES_REVISION_KEY = 'fieldguard-sync-states-revision';
