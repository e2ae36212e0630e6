/**
 * The popup's data and actions as a React hook: loads the tab, its report and the packs once, follows their
 * changes in storage (a report arriving, a pack switched in another window), and runs what the user asks for.
 * Components get the resulting state as props.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PageInfo } from '../sites/types';
import type { StorageStatus } from '../store/types';
import { screenOf, type PopupData, type PopupScreen } from './popup-model';
import type { PopupSources } from './popup-sources';

export type PopupState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly screen: PopupScreen;
      readonly storage: StorageStatus;
      /** The pack whose switch is being applied. */
      readonly pendingPack: string | null;
      /** The outcome of the last action when the user should hear of it (a refused switch, a finding gone). */
      readonly notice: string | null;
    };

export interface PopupActions {
  togglePack(id: string, enabled: boolean): void;
  focusFinding(key: string): void;
  openBoard(): void;
  openOptions(): void;
  retry(): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function usePopupState(sources: PopupSources, detect: (url: URL) => PageInfo | null): readonly [PopupState, PopupActions] {
  const [data, setData] = useState<PopupData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pendingPack, setPendingPack] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const apply = (change: (data: PopupData) => PopupData) => {
      if (!signal.aborted) setData((current) => (current ? change(current) : current));
    };
    const fail = (cause: unknown) => {
      if (!signal.aborted) setError(messageOf(cause));
    };
    const load = async () => {
      const tab = await sources.tab();
      const [reports, entries, storage] = await Promise.all([tab ? sources.reports(tab.id) : {}, sources.entries(), sources.storage()]);
      if (signal.aborted) return;
      setData({ tab, reports, entries, storage });
      if (!tab) return;
      sources.watch(
        tab.id,
        {
          reports: () => void sources.reports(tab.id).then((next) => apply((current) => ({ ...current, reports: next })), fail),
          entries: () => void sources.entries().then((next) => apply((current) => ({ ...current, entries: next })), fail),
        },
        signal,
      );
    };
    load().catch(fail);
    return () => controller.abort();
  }, [sources, attempt]);

  const screen = useMemo(() => (data ? screenOf(data, detect) : null), [data, detect]);

  const togglePack = useCallback(
    (id: string, enabled: boolean) => {
      setPendingPack(id);
      setNotice(null);
      sources
        .setPackEnabled(id, enabled)
        .then(() => sources.entries())
        .then(
          (entries) => setData((current) => (current ? { ...current, entries } : current)),
          (cause: unknown) => setNotice(`The rule set was not changed: ${messageOf(cause)}`),
        )
        .finally(() => setPendingPack(null));
    },
    [sources],
  );

  const focusFinding = useCallback(
    (key: string) => {
      if (screen?.kind !== 'record') return;
      setNotice(null);
      sources.focusFinding(screen.tabId, screen.frameId, key).then(
        (focused) => {
          if (focused === 'none') setNotice('That finding is no longer on the page: it may just have been fixed.');
        },
        () => setNotice('The page did not answer. Reload the tab and try again.'),
      );
    },
    [sources, screen],
  );

  const openBoard = useCallback(() => {
    if (screen?.kind === 'list') sources.openBoard(screen.tabId, screen.url).catch((cause: unknown) => setNotice(`The board did not open: ${messageOf(cause)}`));
  }, [sources, screen]);

  const openOptions = useCallback(() => {
    sources.openOptions().catch((cause: unknown) => setNotice(`The options page did not open: ${messageOf(cause)}`));
  }, [sources]);

  const retry = useCallback(() => {
    setError(null);
    setData(null);
    setAttempt((count) => count + 1);
  }, []);

  const state: PopupState =
    error !== null
      ? { status: 'error', message: error }
      : data && screen
        ? { status: 'ready', screen, storage: data.storage, pendingPack, notice }
        : { status: 'loading' };
  const actions = useMemo(() => ({ togglePack, focusFinding, openBoard, openOptions, retry }), [togglePack, focusFinding, openBoard, openOptions, retry]);
  return [state, actions] as const;
}
