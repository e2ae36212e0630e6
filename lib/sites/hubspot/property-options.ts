/**
 * The labels HubSpot's dropdowns show for the internal values of its default enumeration properties. The DOM
 * shows labels ("Contract sent"); the API, and therefore the packs, use internal values (`contractsent`), so a
 * value read from the page is mapped back before rules see it. Portals can rename labels and add pipelines:
 * a label not listed here is passed through unchanged, which rules treat as an unknown stage.
 */

/** The default sales pipeline's stages (HubSpot deals guide; saas-apps.md §3.4). */
export const DEFAULT_DEAL_STAGES: readonly (readonly [id: string, label: string])[] = [
  ['appointmentscheduled', 'Appointment scheduled'],
  ['qualifiedtobuy', 'Qualified to buy'],
  ['presentationscheduled', 'Presentation scheduled'],
  ['decisionmakerboughtin', 'Decision maker bought-in'],
  ['contractsent', 'Contract sent'],
  ['closedwon', 'Closed won'],
  ['closedlost', 'Closed lost'],
];

/** The default support pipeline's ticket statuses, whose internal ids are numbers. */
export const DEFAULT_TICKET_STAGES: readonly (readonly [id: string, label: string])[] = [
  ['1', 'New'],
  ['2', 'Waiting on contact'],
  ['3', 'Waiting on us'],
  ['4', 'Closed'],
];

/** Options per property, as internal value and label. */
export const PROPERTY_OPTIONS: Readonly<Record<string, readonly (readonly [id: string, label: string])[]>> = {
  dealstage: DEFAULT_DEAL_STAGES,
  hs_pipeline_stage: DEFAULT_TICKET_STAGES,
  pipeline: [['default', 'Sales Pipeline']],
  hs_pipeline: [['0', 'Support Pipeline']],
  lifecyclestage: [
    ['subscriber', 'Subscriber'],
    ['lead', 'Lead'],
    ['marketingqualifiedlead', 'Marketing Qualified Lead'],
    ['salesqualifiedlead', 'Sales Qualified Lead'],
    ['opportunity', 'Opportunity'],
    ['customer', 'Customer'],
    ['evangelist', 'Evangelist'],
    ['other', 'Other'],
  ],
  hs_lead_status: [
    ['NEW', 'New'],
    ['OPEN', 'Open'],
    ['IN_PROGRESS', 'In Progress'],
    ['OPEN_DEAL', 'Open Deal'],
    ['UNQUALIFIED', 'Unqualified'],
    ['ATTEMPTED_TO_CONTACT', 'Attempted to Contact'],
    ['CONNECTED', 'Connected'],
    ['BAD_TIMING', 'Bad Timing'],
  ],
};

/** Labels differ in case and hyphenation between UI versions ("Decision Maker Bought-In"). */
function labelKey(label: string): string {
  return label.toLowerCase().replace(/[\s\u2010-\u2015-]+/g, ' ').trim();
}

const ID_BY_LABEL: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  Object.entries(PROPERTY_OPTIONS).map(([property, options]) => [property, new Map(options.map(([id, label]) => [labelKey(label), id]))]),
);

/** The internal value behind a dropdown label, or the label itself when the property or label is not known. */
export function optionValue(property: string, label: string): string {
  return ID_BY_LABEL.get(property)?.get(labelKey(label)) ?? label;
}

/** The label HubSpot shows for an internal value (the demo app renders with it). */
export function optionLabel(property: string, value: string): string {
  return PROPERTY_OPTIONS[property]?.find(([id]) => id === value)?.[1] ?? value;
}
