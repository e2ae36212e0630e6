/**
 * In-memory `permissions` and `scripting` for the fake browser, which does not implement them: granted origins,
 * registered scripts, and the permission events, with Chrome's refusals (a duplicate or unknown script id, removing
 * a required permission).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { RegisteredScript } from '../../lib/custom-domains/sync';

type Listener = (permissions: { origins?: string[] }) => void;

function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    removeListener: (listener: Listener) => void listeners.splice(listeners.indexOf(listener), 1),
    hasListener: (listener: Listener) => listeners.includes(listener),
    trigger: (permissions: { origins?: string[] }) => listeners.forEach((listener) => listener(permissions)),
  };
}

export interface FakeExtensionApis {
  /** Optional origin patterns the "user" accepted (the required ones are covered on their own). */
  readonly granted: Set<string>;
  readonly scripts: Map<string, RegisteredScript>;
  /** What the next permission prompt answers. */
  answer: boolean;
  /** Origin patterns each prompt asked for. */
  readonly prompts: string[][];
  /** Revokes origins as a user would in the browser's extension settings (fires onRemoved). */
  revoke(origins: string[]): void;
  /** Grants origins as the browser's site-access menu would (fires onAdded). */
  grant(origins: string[]): void;
}

export function installFakeExtensionApis(required: readonly string[] = []): FakeExtensionApis {
  // A required pattern such as `https://*.my.salesforce.com/*` covers every origin under it, as in Chrome.
  const isRequired = (origin: string) => required.some((pattern) => new MatchPattern(pattern).includes(origin.replace(/\*$/, '')));
  const onAdded = fakeEvent();
  const onRemoved = fakeEvent();
  const state: FakeExtensionApis = {
    granted: new Set(),
    scripts: new Map(),
    answer: true,
    prompts: [],
    revoke(origins) {
      origins.forEach((origin) => state.granted.delete(origin));
      onRemoved.trigger({ origins });
    },
    grant(origins) {
      origins.forEach((origin) => state.granted.add(origin));
      onAdded.trigger({ origins });
    },
  };
  Object.assign(fakeBrowser.permissions, {
    onAdded,
    onRemoved,
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((origin) => state.granted.has(origin) || isRequired(origin)),
    request: async ({ origins = [] }: { origins?: string[] }) => {
      state.prompts.push(origins);
      if (!state.answer) return false;
      state.grant(origins);
      return true;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      if (origins.some(isRequired)) throw new Error('You cannot remove required permissions.');
      state.revoke(origins);
      return true;
    },
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
      [...state.scripts.values()].filter((script) => ids === undefined || ids.includes(script.id)).map((script) => structuredClone(script)),
    registerContentScripts: async (scripts: RegisteredScript[]) => {
      const duplicate = scripts.find((script) => state.scripts.has(script.id));
      if (duplicate) throw new Error(`Duplicate script ID '${duplicate.id}'`);
      scripts.forEach((script) => state.scripts.set(script.id, structuredClone(script)));
    },
    unregisterContentScripts: async ({ ids }: { ids?: string[] } = {}) => {
      const unknown = ids?.find((id) => !state.scripts.has(id));
      if (unknown) throw new Error(`Nonexistent script ID '${unknown}'`);
      (ids ?? [...state.scripts.keys()]).forEach((id) => state.scripts.delete(id));
    },
  });
  return state;
}
