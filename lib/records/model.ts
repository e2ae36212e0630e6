/**
 * The normalized record every adapter and parser produces and the rule engine consumes.
 * Field values are keyed by the app's API name; nested objects are kept (Jira's `status.statusCategory.key`,
 * Salesforce lookups such as `Account.Name`) so rule conditions can reach them with dotted `var` paths.
 */
import { z } from 'zod';
import { APPS } from './apps';

export { APPS, OBJECTS_BY_APP } from './apps';
export const appSchema = z.enum(APPS);
export type App = z.infer<typeof appSchema>;

export const fieldValuesSchema = z.record(z.string(), z.unknown());

export const normalizedRecordSchema = z.object({
  app: appSchema,
  object: z.string().min(1),
  id: z.string().min(1),
  url: z.string().optional(),
  /** Raw values by API name: what the app stores, not what it displays. */
  fields: fieldValuesSchema,
  /** Human labels by API name, when the payload carries them (Jira `names`, Salesforce object info). */
  labels: z.record(z.string(), z.string()),
  /** Display values by API name, when the payload carries them (picklist labels, reference names). */
  displayValues: z.record(z.string(), z.string()).optional(),
});
export type NormalizedRecord = z.infer<typeof normalizedRecordSchema>;

/** Thrown when a payload fits no known shape; the message says what was expected. */
export class UnknownPayloadError extends Error {
  override name = 'UnknownPayloadError';
}
