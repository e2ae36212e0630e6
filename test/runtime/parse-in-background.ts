/**
 * `ApiAccess.parse` as a content script gets it, for adapter tests: the `parse-record` request goes through the
 * background's router (zod validation included) and handler, and both ways through JSON, as runtime messaging does.
 */
import { createMessageRouter, MESSAGE_TAG, type Answer } from '../../lib/messaging';
import type { NormalizedRecord } from '../../lib/records/model';
import { createHandlers } from '../../lib/runtime/background';
import type { PayloadFacts } from '../../lib/sites/types';

const EXTENSION_ID = 'fieldguard-test';
const route = createMessageRouter(createHandlers(), EXTENSION_ID);

export async function parseInBackground(json: unknown, { app, ...options }: PayloadFacts): Promise<NormalizedRecord[]> {
  const message: unknown = JSON.parse(JSON.stringify({ tag: MESSAGE_TAG, name: 'parse-record', data: { app, json, options } }));
  const answer = JSON.parse(JSON.stringify(await route(message, { id: EXTENSION_ID }))) as Answer<{ records: NormalizedRecord[] }>;
  if (!answer.ok) throw new Error(answer.error);
  return answer.value.records;
}
