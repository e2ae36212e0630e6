/**
 * The organisation's policy, from `browser.storage.managed` (Chrome/Edge enterprise policy under
 * `3rdparty.extensions.<id>`, Firefox `policies.json` under `3rdparty.Extensions.<id>`); the keys are described in
 * `public/managed-schema.json` and docs/enterprise-deployment.md.
 *
 * No policy is the common case, and browsers say it in different ways: Chrome answers `{}`, Firefox rejects when no
 * policy names the extension, some contexts lack `storage.managed` entirely. All of them mean the empty policy.
 * Each key is parsed on its own: a mistyped key is ignored (and logged) rather than voiding the rest of the policy.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { bumpPacksRevision } from './revision';
import type { ManagedPolicy } from './types';

export const EMPTY_POLICY: ManagedPolicy = {
  remoteRulePackUrls: [],
  lockedPacks: [],
  disabledBuiltinPacks: [],
  allowUserImports: true,
};

const ids = z.array(z.string().min(1).max(200));

const KEY_SCHEMAS = {
  remoteRulePackUrls: z.array(z.string()),
  lockedPacks: ids,
  disabledBuiltinPacks: ids,
  allowUserImports: z.boolean(),
} as const;

const isHttps = (url: string) => z.url({ protocol: /^https$/ }).safeParse(url).success;

/** The policy a managed-storage object describes; `warn` hears about each ignored key or URL. */
export function parsePolicy(stored: unknown, warn: (message: string) => void = () => undefined): ManagedPolicy {
  if (stored === null || typeof stored !== 'object') return EMPTY_POLICY;
  const source = stored as Record<string, unknown>;
  const value = <K extends keyof typeof KEY_SCHEMAS>(key: K): z.infer<(typeof KEY_SCHEMAS)[K]> | undefined => {
    if (source[key] === undefined) return undefined;
    const parsed = KEY_SCHEMAS[key].safeParse(source[key]);
    if (parsed.success) return parsed.data as z.infer<(typeof KEY_SCHEMAS)[K]>;
    warn(`managed policy key "${key}" ignored: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return undefined;
  };
  const urls = value('remoteRulePackUrls') ?? [];
  for (const url of urls.filter((candidate) => !isHttps(candidate))) warn(`managed policy URL ignored (https only): ${url}`);
  return {
    remoteRulePackUrls: [...new Set(urls.filter(isHttps))],
    lockedPacks: value('lockedPacks') ?? [],
    disabledBuiltinPacks: value('disabledBuiltinPacks') ?? [],
    allowUserImports: value('allowUserImports') ?? true,
  };
}

/**
 * How long a read waits for the browser's policy service. Chromium answers the first `storage.managed.get()` of a
 * browser session only once its policy service has loaded (over 2 s on a cold start, measured), and every tab's
 * first hints wait for the active packs: past this deadline the policy last seen stands in, and if the real one
 * differs when it arrives, the packs revision is bumped so open tabs re-evaluate.
 */
export const POLICY_WAIT_MS = 100;
const SNAPSHOT_KEY = 'fieldguard-policy-snapshot';

let pending: Promise<ManagedPolicy> | null = null;
/** Set while a read that already missed the deadline is still out: later callers take the stand-in at once. */
let slow = false;
let lastSnapshot: ManagedPolicy | null = null;

export async function readPolicy(): Promise<ManagedPolicy> {
  if (pending !== null && slow) return readSnapshot();
  const fresh = readManagedPolicy();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), POLICY_WAIT_MS);
  });
  const first = await Promise.race([fresh, late]);
  clearTimeout(timer);
  if (first !== null) return first;
  slow = true;
  const standIn = await readSnapshot();
  void fresh.then((policy) => {
    if (!samePolicy(policy, standIn)) void bumpPacksRevision().catch(() => undefined);
  });
  return standIn;
}

/** The managed policy itself, however long the browser takes; concurrent callers share one read. */
function readManagedPolicy(): Promise<ManagedPolicy> {
  pending ??= (async () => {
    try {
      const managed = (browser.storage as Partial<typeof browser.storage>).managed;
      let stored: unknown = undefined;
      if (managed) stored = await managed.get().catch(() => undefined);
      const policy = parsePolicy(stored, (message) => console.warn(`[FieldGuard] ${message}`));
      // Written only when it changed: every write wakes the storage listeners of every open tab.
      if (!samePolicy(policy, lastSnapshot ?? (await readSnapshot()))) await browser.storage.local.set({ [SNAPSHOT_KEY]: policy }).catch(() => undefined);
      lastSnapshot = policy;
      return policy;
    } finally {
      pending = null;
      slow = false;
    }
  })();
  return pending;
}

async function readSnapshot(): Promise<ManagedPolicy> {
  const stored: unknown = (await browser.storage.local.get(SNAPSHOT_KEY).catch(() => ({})) as Record<string, unknown>)[SNAPSHOT_KEY];
  return stored === undefined ? EMPTY_POLICY : parsePolicy(stored);
}

function samePolicy(a: ManagedPolicy, b: ManagedPolicy): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Calls `listener` after the organisation changes the policy (Chrome applies policy changes while running). */
export function onPolicyChanged(listener: () => void): () => void {
  const handle = (_changes: unknown, area: string) => {
    if (area === 'managed') listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
