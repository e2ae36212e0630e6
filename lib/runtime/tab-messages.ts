/**
 * The content script's listener for messages the popup sends to its tab (`TabProtocol` in lib/messaging.ts),
 * checked by hand: the protocol's zod schemas stay out of content scripts.
 */
import type { TabEnvelope, TabProtocol } from '../messaging';

export type FocusRequest = TabProtocol['focus-finding']['request'];
export type FocusResult = TabProtocol['focus-finding']['response']['focused'];

/** `pack/rule`, each an identifier of at most 80 characters. */
const FINDING_KEY = /^[A-Za-z0-9_.-]{1,80}\/[A-Za-z0-9_.-]{1,80}$/;

/** The request of a well-formed `focus-finding` envelope, or null for anything else (left to other listeners). */
export function focusRequestOf(message: unknown): FocusRequest | null {
  if (message === null || typeof message !== 'object') return null;
  const { tag, name, data } = message as Partial<Record<keyof TabEnvelope, unknown>>;
  // The literal is checked against MESSAGE_TAG's type; importing the constant would pull the schemas in.
  const expectedTag: TabEnvelope['tag'] = 'fieldguard/v1';
  if (tag !== expectedTag || name !== 'focus-finding' || data === null || typeof data !== 'object') return null;
  const keys = Object.keys(data);
  const { key } = data as { key?: unknown };
  if (keys.length !== 1 || typeof key !== 'string' || !FINDING_KEY.test(key)) return null;
  return { key };
}
