/**
 * What the options page needs from the extension, as one interface: `store-backend.ts` implements it over
 * `lib/store/` and the background, the component tests with an in-memory fake. The page's React tree only sees a
 * loaded `OptionsSnapshot` and the actions of `use-options.ts`.
 */
import type { AddCustomDomainResult, CustomDomainStatus } from '../custom-domains/manage';
import type { Acknowledgement } from '../messaging';
import type { App } from '../records/model';
import type { HistoryRow } from '../store/history';
import type { ImportResult, ManagedPolicy, PackEntry, Preferences, StorageStatus, SyncState } from '../store/types';

export type { AddCustomDomainResult, CustomDomainStatus };

export interface OptionsSnapshot {
  readonly packs: readonly PackEntry[];
  readonly prefs: Preferences;
  readonly policy: ManagedPolicy;
  readonly storage: StorageStatus;
  /** One per configured remote URL (policy's first), in that order; never-synced URLs have null times. */
  readonly syncStates: readonly SyncState[];
  readonly acks: readonly Acknowledgement[];
  readonly customDomains: readonly CustomDomainStatus[];
}

export interface OptionsBackend {
  load(): Promise<OptionsSnapshot>;
  /** Calls `onChange` whenever something the snapshot holds may have changed, in this page or elsewhere. */
  subscribe(onChange: () => void): () => void;
  setPackEnabled(id: string, enabled: boolean): Promise<void>;
  importPack(json: unknown): Promise<ImportResult>;
  removePack(id: string): Promise<void>;
  addRemoteUrl(url: string): Promise<void>;
  removeRemoteUrl(url: string): Promise<void>;
  syncNow(url: string): Promise<void>;
  /**
   * Asks for the domain's host permission and stores it. Must be called synchronously from the click handler:
   * `permissions.request` needs the user's gesture. A refused permission or an invalid origin changes nothing.
   */
  addCustomDomain(origin: string, app: App): Promise<AddCustomDomainResult>;
  removeCustomDomain(origin: string): Promise<void>;
  updatePrefs(change: (prefs: Preferences) => Preferences): Promise<Preferences>;
  /** Deletes history older than `days` days; resolves with how many entries went. */
  pruneHistory(days: number): Promise<number>;
  exportHistory(): Promise<readonly HistoryRow[]>;
  clearEverything(): Promise<void>;
}
