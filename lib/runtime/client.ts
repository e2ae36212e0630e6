/**
 * The content script's side of `lib/messaging.ts`: typed requests to the background worker. Only types are
 * imported from the protocol, so none of its zod schemas end up in the content-script bundle.
 */
import { browser } from 'wxt/browser';
import type { Answer, Envelope, MessageName, RequestOf, ResponseOf } from '../messaging';

export async function sendToBackground<N extends MessageName>(name: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  // The literal is checked against MESSAGE_TAG's type; importing the constant would pull the schemas in.
  const envelope: Envelope<N> = { tag: 'fieldguard/v1', name, data };
  const answer = (await browser.runtime.sendMessage(envelope)) as Answer<ResponseOf<N>> | undefined;
  if (!answer) throw new Error(`the background did not answer "${name}"`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}
