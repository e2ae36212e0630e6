/**
 * The demo portal's records: the example deals and contacts of lib/examples (CRM v3 shapes), with their dates
 * moved so they keep the same distance from today as from the day the examples were written; otherwise a clean
 * deal's close date would drift into the past and the demo would rot.
 */
import dealsExample from '../../../lib/examples/hubspot-deals.json';
import contactsExample from '../../../lib/examples/hubspot-contacts.json';

export const DEMO_PORTAL_ID = '123456';
export type DemoObjectTypeId = '0-1' | '0-3';

export interface DemoRecord {
  readonly objectTypeId: DemoObjectTypeId;
  readonly id: string;
  /** Internal values, as HubSpot's API holds them (null = no value). */
  readonly properties: Readonly<Record<string, string | null>>;
  /** Ids of associated records of the other type (deal ↔ contact), matched by company. */
  readonly associations: readonly string[];
}

/** The day the examples describe as "today" (their newest record was created the day before). */
const EXAMPLES_WRITTEN = Date.UTC(2026, 10, 25);
const DAY = 86_400_000;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

export const DEMO_OWNERS: Readonly<Record<string, string>> = {
  '84512093': 'Dana Whitfield',
  '84512107': 'Luis Ortega',
  '84512115': 'Priya Raman',
};

interface ExampleObject {
  readonly id: string;
  readonly properties: Readonly<Record<string, string | null>>;
}

export function demoRecords(now: number = Date.now()): readonly DemoRecord[] {
  // Whole days since the examples' day, so times of day (close dates at 17:00Z) stay as the examples have them.
  const shift = Math.floor((now - EXAMPLES_WRITTEN) / DAY) * DAY;
  const moved = (properties: Readonly<Record<string, string | null>>) =>
    Object.fromEntries(
      Object.entries(properties).map(([name, value]) => [
        name,
        value !== null && ISO_INSTANT.test(value) ? new Date(Date.parse(value) + shift).toISOString() : value,
      ]),
    );
  const deals = (dealsExample.results as ExampleObject[]).map((deal) => {
    const properties = moved(deal.properties);
    // The examples carry no Last Activity Date; the last modification stands in for it.
    return { id: deal.id, properties: { ...properties, notes_last_updated: properties.hs_lastmodifieddate ?? null } };
  });
  const contacts = (contactsExample.results as ExampleObject[]).map((contact) => ({ id: contact.id, properties: moved(contact.properties) }));
  const companyOfDeal = (deal: ExampleObject) => (deal.properties.dealname ?? '').split(' - ')[0];

  return [
    ...deals.map((deal) => ({
      objectTypeId: '0-3' as const,
      id: deal.id,
      properties: deal.properties,
      associations: contacts.filter((contact) => contact.properties.company === companyOfDeal(deal)).map((contact) => contact.id),
    })),
    ...contacts.map((contact) => ({
      objectTypeId: '0-1' as const,
      id: contact.id,
      properties: contact.properties,
      associations: deals.filter((deal) => companyOfDeal(deal) === contact.properties.company).map((deal) => deal.id),
    })),
  ];
}

/** Deals and contacts the tests name by what they show. */
export const DEMO_IDS = {
  /** Contract sent, every field filled: no findings. */
  cleanDeal: '18220945831',
  /** Decision maker bought-in with no amount. */
  dealWithoutAmount: '18220946015',
  /** Presentation scheduled with an empty next step. */
  dealWithoutNextStep: '18220946120',
  /** Appointment scheduled with no owner. */
  dealWithoutOwner: '18220946458',
  /** Complete contact at opportunity stage. */
  cleanContact: '95107331201',
  /** Contact whose email has a double @. */
  contactWithBadEmail: '95107331288',
} as const;
