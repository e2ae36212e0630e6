/**
 * What the board needs from each app: how to ask for the first page (after any look-ups, such as a list view's
 * SOQL or a queue's JQL), and how to read a page: its records, validated by the app's parser (zod), the total the
 * API announced, and where the next page is.
 */
import type { NormalizedRecord } from '../../records/model';
import type { PageRequest } from '../transport';

export interface SourcePage {
  readonly records: readonly NormalizedRecord[];
  /** The total the API announced for the whole query, when it does. */
  readonly total: number | null;
  readonly next: PageRequest | null;
  /** Owner names the page carried beside its records (Zendesk sideloaded users), by id. */
  readonly ownerNames?: ReadonlyMap<string, string>;
}

/** A GET or POST whose JSON answer is returned; a non-2xx answer rejects with a `BoardFailure`. */
export type FetchJson = (request: PageRequest) => Promise<unknown>;

export interface BoardSourceClient {
  /** Look-ups made once, then the first page's request. */
  firstRequest(fetchJson: FetchJson): Promise<PageRequest>;
  /** Owner names looked up once before paging (HubSpot owners), by id; empty when the app has none to look up. */
  ownerNames?(fetchJson: FetchJson): Promise<ReadonlyMap<string, string>>;
  /** Throws `UnknownPayloadError` when the page is not what the API documents. */
  readPage(json: unknown, headers: Readonly<Record<string, string>>): SourcePage;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A next-page URL the API gave, accepted only on the API's own origin. */
export function sameOriginUrl(candidate: unknown, origin: string): string | null {
  if (typeof candidate !== 'string' || candidate === '') return null;
  try {
    const url = new URL(candidate, origin);
    return url.origin === origin ? url.href : null;
  } catch {
    return null;
  }
}
