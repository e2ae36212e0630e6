/**
 * Zendesk Support ticket payloads: Show Ticket `{ticket}`, List Tickets `{tickets}` and Search
 * `{results: [{result_type: "ticket", ...}]}`.
 */
import { z } from 'zod';
import { UnknownPayloadError, type NormalizedRecord } from '../model';
import { entriesInPayloadOrder, isPlainObject, type JsonObject } from '../json';
import type { ParseOptions } from '../options';
import { makeRecord } from '../record';
import { zendeskTicketUrl } from '../urls';
import { validatePayload } from '../validate';

const ticketSchema = z.looseObject({
  id: z.union([z.number().int(), z.string().min(1)]),
  url: z.string().optional(),
  custom_fields: z
    .array(z.looseObject({ id: z.union([z.number(), z.string().min(1)]), value: z.unknown().optional() }))
    .nullable()
    .optional(),
});
type Ticket = z.output<typeof ticketSchema>;

const showSchema = z.looseObject({ ticket: ticketSchema });
const listSchema = z.looseObject({ tickets: z.array(ticketSchema) });
const searchSchema = z.looseObject({ results: z.array(z.looseObject({ result_type: z.string() })) });

const looksLikeSearch = (json: JsonObject) =>
  Array.isArray(json.results) &&
  (json.results.some((item) => isPlainObject(item) && typeof item.result_type === 'string') ||
    (json.results.length === 0 && 'facets' in json));

export function isZendeskPayload(json: unknown): boolean {
  return isPlainObject(json) && (isPlainObject(json.ticket) || Array.isArray(json.tickets) || looksLikeSearch(json));
}

export function parseZendeskPayload(json: unknown, options: ParseOptions = {}): NormalizedRecord[] {
  if (!isPlainObject(json)) throw new UnknownPayloadError('a Zendesk payload must be a JSON object');
  if (isPlainObject(json.ticket)) {
    return [fromTicket(validatePayload(showSchema, json, 'a Zendesk ticket').ticket, json.ticket, options)];
  }
  if (Array.isArray(json.tickets)) {
    const list = validatePayload(listSchema, json, 'a Zendesk ticket list');
    return list.tickets.map((ticket, index) => fromTicket(ticket, (json.tickets as unknown[])[index], options));
  }
  const search = validatePayload(searchSchema, json, 'Zendesk search results');
  // Search can return users and organizations too; only tickets are records FieldGuard lints.
  const tickets = search.results.filter((item) => item.result_type === 'ticket');
  if (tickets.length === 0 && search.results.length > 0) {
    const found = [...new Set(search.results.map((item) => item.result_type))].join(', ');
    throw new UnknownPayloadError(`these Zendesk search results contain no tickets (result types: ${found}); search with type:ticket`);
  }
  return tickets.map((item, index) =>
    fromTicket(validatePayload(ticketSchema, item, `a Zendesk ticket in search results (ticket ${index + 1})`), item, options),
  );
}

function fromTicket(ticket: Ticket, raw: unknown, options: ParseOptions): NormalizedRecord {
  const id = String(ticket.id);
  const fields = Object.fromEntries(entriesInPayloadOrder(isPlainObject(raw) ? raw : {}, ticket));
  if (ticket.custom_fields) {
    // Keyed by field id so rules can write {"var":"custom_fields.360012345"} instead of searching an array.
    fields.custom_fields = Object.fromEntries(ticket.custom_fields.map((field) => [String(field.id), field.value ?? null]));
  }
  return makeRecord(
    { app: 'zendesk', object: 'ticket', id, url: zendeskTicketUrl(id, options.origin ?? agentOrigin(ticket.url)), fields },
    options,
  );
}

/** The API `url` is on `{subdomain}.zendesk.com`, which also serves the agent UI. */
function agentOrigin(apiUrl: string | undefined): string | undefined {
  if (apiUrl === undefined) return undefined;
  try {
    const url = new URL(apiUrl);
    return url.protocol === 'https:' && url.hostname.endsWith('.zendesk.com') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
