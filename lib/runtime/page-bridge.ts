/**
 * The content script's side of the main-world bridge (`ApiAccess.pageValue`, the app's field messages). The
 * main-world script is injected lazily, on the first request, so apps that never ask for a page value or a page
 * call never get a script in their page.
 */
import { BRIDGE_EVENT_PREFIX, COMMAND_DONE, isPageValueName, parseBridgeResponse, type PageCommand } from './page-values';

export type InjectMainWorld = (channel: string) => Promise<void>;

export interface PageBridge {
  /** A whitelisted page value (`page-values.ts`), or null when the page has none or does not answer. */
  readonly value: (name: string) => Promise<string | null>;
  /** Runs a whitelisted page call; true when the page carried it out. */
  readonly command: (command: PageCommand) => Promise<boolean>;
}

const ANSWER_TIMEOUT_MS = 2_000;

export function createPageBridge(doc: Document, inject: InjectMainWorld, signal: AbortSignal): PageBridge {
  const channel = Math.random().toString(36).slice(2);
  const pending = new Map<number, (value: string | null) => void>();
  let nextId = 1;
  let injected: Promise<void> | null = null;

  doc.addEventListener(
    `${BRIDGE_EVENT_PREFIX}:${channel}:response`,
    (event) => {
      const response = parseBridgeResponse((event as CustomEvent<unknown>).detail);
      const resolve = response ? pending.get(response.id) : undefined;
      if (!response || !resolve) return;
      pending.delete(response.id);
      resolve(response.value);
    },
    { signal },
  );

  const ask = async (request: { readonly name: string } | PageCommand): Promise<string | null> => {
    injected ??= inject(channel);
    await injected;
    const id = nextId++;
    return new Promise<string | null>((resolve) => {
      const timer = setTimeout(() => settle(null), ANSWER_TIMEOUT_MS);
      const settle = (value: string | null) => {
        clearTimeout(timer);
        pending.delete(id);
        resolve(value);
      };
      pending.set(id, settle);
      doc.dispatchEvent(new CustomEvent(`${BRIDGE_EVENT_PREFIX}:${channel}:request`, { detail: JSON.stringify({ ...request, id }) }));
    });
  };

  return {
    value: (name) => {
      if (!isPageValueName(name)) return Promise.reject(new Error(`"${name}" is not a page value FieldGuard reads`));
      return ask({ name });
    },
    command: async (command) => (await ask(command)) === COMMAND_DONE,
  };
}
