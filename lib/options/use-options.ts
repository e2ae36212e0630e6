/**
 * The options page's controller: loads the snapshot, reloads it whenever the backend reports a change (this page's
 * own actions included), and turns the page's intents into backend calls and downloads.
 *
 *   const options = useOptions(backend);
 *   if (options.status === 'ready') return <OptionsApp snapshot={options.snapshot} actions={options.actions} />;
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Acknowledgement } from '../messaging';
import type { App } from '../records/model';
import type { ImportResult, PackEntry } from '../store/types';
import { acksFile, historyFile, packFile, saveFile, type DownloadFile, type ExportFormat } from './downloads';
import { parseImportText } from './import-text';
import type { AddCustomDomainResult, OptionsBackend, OptionsSnapshot } from './options-backend';

export interface OptionsActions {
  setPackEnabled(id: string, enabled: boolean): Promise<void>;
  /** The text of a file or a paste; refused imports list every issue and change nothing. */
  importPackText(text: string): Promise<ImportResult>;
  removePack(id: string): Promise<void>;
  exportPack(entry: PackEntry): void;
  addRemoteUrl(url: string): Promise<void>;
  removeRemoteUrl(url: string): Promise<void>;
  syncNow(url: string): Promise<void>;
  /** Call synchronously from the click handler (the permission prompt needs the gesture). */
  addCustomDomain(origin: string, app: App): Promise<AddCustomDomainResult>;
  removeCustomDomain(origin: string): Promise<void>;
  setDisplayName(name: string): Promise<void>;
  setHubSpotInternalApi(on: boolean): Promise<void>;
  /** Saves the retention and prunes what falls outside it; resolves with how many history entries went. */
  setHistoryDays(days: number): Promise<number>;
  /** Resolves with how many entries the file holds. */
  exportHistory(format: ExportFormat): Promise<number>;
  exportAcks(acks: readonly Acknowledgement[], format: ExportFormat): void;
  clearEverything(): Promise<void>;
}

export type OptionsView =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: string }
  | { readonly status: 'ready'; readonly snapshot: OptionsSnapshot; readonly actions: OptionsActions };

export interface OptionsEnvironment {
  readonly save: (file: DownloadFile) => void;
  readonly now: () => number;
}

const BROWSER_ENVIRONMENT: OptionsEnvironment = { save: (file) => saveFile(file), now: () => Date.now() };

export function useOptions(backend: OptionsBackend, environment: OptionsEnvironment = BROWSER_ENVIRONMENT): OptionsView {
  const [snapshot, setSnapshot] = useState<OptionsSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Bumped by every change event and after every action; each value loads a fresh snapshot.
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => backend.subscribe(reload), [backend, reload]);

  useEffect(() => {
    // Loads can overlap (several changes in a row); only the latest one's answer is kept.
    let latest = true;
    backend.load().then(
      (loaded) => {
        if (!latest) return;
        setSnapshot(loaded);
        setError(null);
      },
      (failure: unknown) => {
        if (latest) setError(messageOf(failure));
      },
    );
    return () => {
      latest = false;
    };
  }, [backend, generation]);

  const actions = useMemo<OptionsActions>(() => {
    const today = () => new Date(environment.now()).toISOString().slice(0, 10);
    // Some changes raise no event (a failed sync's error, a refused permission): every action reloads when done.
    const reloading = <A extends unknown[], R>(action: (...args: A) => Promise<R>) => (...args: A): Promise<R> =>
      action(...args).finally(reload);
    return {
      setPackEnabled: reloading((id, enabled) => backend.setPackEnabled(id, enabled)),
      importPackText: reloading(async (text: string): Promise<ImportResult> => {
        const parsed = parseImportText(text);
        return parsed.ok ? backend.importPack(parsed.json) : { ok: false, issues: [parsed.issue] };
      }),
      removePack: reloading((id) => backend.removePack(id)),
      exportPack: (entry) => environment.save(packFile(entry.pack)),
      // The background syncs a URL as soon as it is added; its result arrives through `subscribe`.
      addRemoteUrl: reloading((url: string) => backend.addRemoteUrl(url)),
      removeRemoteUrl: reloading((url) => backend.removeRemoteUrl(url)),
      syncNow: reloading((url) => backend.syncNow(url)),
      // Not wrapped in anything async before the call: the permission request must start within the click.
      addCustomDomain: (origin, app) => backend.addCustomDomain(origin, app).finally(reload),
      removeCustomDomain: reloading((origin) => backend.removeCustomDomain(origin)),
      setHubSpotInternalApi: async (on) => {
        await backend.updatePrefs((prefs) => ({ ...prefs, hubspotInternalApi: on }));
      },
      setDisplayName: async (name) => {
        await backend.updatePrefs((prefs) => ({ ...prefs, displayName: name.trim() }));
      },
      setHistoryDays: reloading(async (days: number) => {
        await backend.updatePrefs((prefs) => ({ ...prefs, historyDays: days }));
        return backend.pruneHistory(days);
      }),
      exportHistory: async (format) => {
        const rows = await backend.exportHistory();
        environment.save(historyFile(rows, format, today()));
        return rows.length;
      },
      exportAcks: (acks, format) => environment.save(acksFile(acks, format, today())),
      clearEverything: reloading(() => backend.clearEverything()),
    };
  }, [backend, environment, reload]);

  if (snapshot) return { status: 'ready', snapshot, actions };
  if (error !== null) return { status: 'error', error };
  return { status: 'loading' };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
