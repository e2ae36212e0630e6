import { describe, expect, test } from 'vitest';
import { describePackTable, hubspotRecord, lint, lintAgainst, sampleRecord, sorted, summarize, without } from './helpers';

type Properties = Record<string, string | null>;

// CRM v3 deal properties as HubSpot sends them (strings or null) for an open deal that meets every rule on 2026-11-25.
const DEAL: Properties = {
  dealname: 'Globex - Marketing Hub Pro annual',
  pipeline: 'default',
  dealstage: 'presentationscheduled',
  amount: '18000.00',
  closedate: '2026-12-15T17:00:00Z',
  hubspot_owner_id: '71839245',
  hs_next_step: 'Demo for their CMO on 1 Dec',
  hs_is_closed: 'false',
  notes_last_updated: '2026-11-18T10:20:00.000Z',
  closed_won_reason: null,
  closed_lost_reason: null,
  createdate: '2026-09-02T08:14:31.512Z',
  hs_lastmodifieddate: '2026-11-20T16:03:11.204Z',
  hs_object_id: '16318745123',
};
const deal = (overrides: Record<string, unknown> = {}, base: Record<string, unknown> = DEAL) => () => hubspotRecord('deal', '16318745123', { ...base, ...overrides });
const WON: Properties = { dealstage: 'closedwon', hs_is_closed: 'true', closedate: '2026-11-20T15:00:00Z', closed_won_reason: 'Best fit for their multi-brand setup' };
const LOST: Properties = { dealstage: 'closedlost', hs_is_closed: 'true', closedate: '2026-11-20T15:00:00Z' };

describePackTable('hubspot-deal-hygiene', deal(), [
  { name: 'deal name "New deal"', record: deal({ dealname: 'New deal' }), expected: [{ rule: 'deal-name-not-placeholder', severity: 'error' }] },
  { name: 'no owner (cleared to "")', record: deal({ hubspot_owner_id: '' }), expected: [{ rule: 'owner-set', severity: 'error' }] },
  { name: 'negative amount', record: deal({ amount: '-1200' }), expected: [{ rule: 'amount-not-negative', severity: 'error' }] },
  { name: 'an empty amount string is no amount, not a negative one', record: deal({ amount: '' }), expected: [] },
  { name: 'open deal without a close date', record: deal({ closedate: null }), expected: [{ rule: 'close-date-set', severity: 'warning' }] },
  {
    name: 'open deal whose close date has passed',
    record: deal({ closedate: '2026-11-01T17:00:00Z' }),
    expected: [{ rule: 'close-date-in-past', severity: 'error' }],
  },
  {
    name: 'close date as epoch milliseconds, as the record page API sends it',
    record: deal({ closedate: '1761930000000' }),
    expected: [{ rule: 'close-date-in-past', severity: 'error' }],
  },
  { name: 'open deal without a next step', record: deal({ hs_next_step: null }), expected: [{ rule: 'next-step-set', severity: 'warning' }] },
  {
    name: 'last activity 55 days ago',
    record: deal({ notes_last_updated: '2026-10-01T09:00:00Z' }),
    expected: [{ rule: 'activity-stale', severity: 'warning' }],
  },
  {
    name: 'no activity yet at the first stage is fine',
    record: deal({ dealstage: 'appointmentscheduled', notes_last_updated: null }),
    expected: [],
  },
  {
    name: 'won deal with a past close date and no next step',
    record: deal({ ...WON, closedate: '2026-10-02T15:00:00Z', hs_next_step: null, notes_last_updated: '2026-08-01T09:00:00Z' }),
    expected: [],
  },
  {
    name: 'hs_is_closed not fetched: a closed-lost stage counts as closed',
    record: deal({ ...without(LOST, 'hs_is_closed'), closedate: '2026-10-02T15:00:00Z', hs_next_step: null }, without(DEAL, 'hs_is_closed')),
    expected: [],
  },
  {
    name: 'hs_is_closed not fetched: an open stage counts as open',
    record: deal({ dealstage: 'contractsent', closedate: '2026-10-02T15:00:00Z' }, without(DEAL, 'hs_is_closed')),
    expected: [{ rule: 'close-date-in-past', severity: 'error' }],
  },
  {
    name: 'a deal in another pipeline without hs_is_closed is not judged open',
    record: deal({ pipeline: '8472910', dealstage: '15478921', closedate: '2026-10-02T15:00:00Z', hs_next_step: null }, without(DEAL, 'hs_is_closed')),
    expected: [],
  },
]);

describePackTable('hubspot-deal-stage-gates', deal(), [
  {
    name: 'presentation scheduled without an amount',
    record: deal({ amount: null }),
    expected: [{ rule: 'qualified-amount', severity: 'error', gate: 'qualifiedtobuy', targetStage: 'presentationscheduled' }],
  },
  {
    name: 'presentation scheduled without a close date',
    record: deal({ closedate: '' }),
    expected: [{ rule: 'qualified-close-date', severity: 'error', gate: 'qualifiedtobuy', targetStage: 'presentationscheduled' }],
  },
  {
    name: 'decision maker bought in at a zero amount',
    record: deal({ dealstage: 'decisionmakerboughtin', amount: '0' }),
    expected: [{ rule: 'decision-maker-amount-positive', severity: 'error', gate: 'decisionmakerboughtin', targetStage: 'decisionmakerboughtin' }],
  },
  {
    name: 'won deal dated in the future without a win reason',
    record: deal({ ...WON, closedate: '2026-12-31T17:00:00Z', closed_won_reason: null }),
    expected: [
      { rule: 'won-close-date-not-future', severity: 'warning', gate: 'closedwon', targetStage: 'closedwon' },
      { rule: 'won-reason', severity: 'info', gate: 'closedwon', targetStage: 'closedwon' },
    ],
  },
  {
    name: 'lost deal without a reason needs nothing else',
    record: deal({ ...LOST, amount: null, closedate: null }),
    expected: [{ rule: 'lost-reason', severity: 'error', gate: 'closedlost', targetStage: 'closedlost' }],
  },
  { name: 'lost deal with a reason', record: deal({ ...LOST, closed_lost_reason: 'Chose a competitor bundled with their CMS' }), expected: [] },
  { name: 'first-stage deal without amount or close date', record: deal({ dealstage: 'appointmentscheduled', amount: null, closedate: null }), expected: [] },
]);

describe('HubSpot deal packs together', () => {
  const GATES = ['hubspot-deal-stage-gates'];
  const early = deal({ dealstage: 'appointmentscheduled', amount: null, closedate: '2026-11-20T17:00:00Z' });

  test('moving a first-stage deal to contract sent lists the unmet requirements', () => {
    expect(summarize(lintAgainst(early(), 'contractsent', GATES))).toEqual(
      sorted([
        { rule: 'qualified-amount', severity: 'error', gate: 'qualifiedtobuy', targetStage: 'contractsent' },
      ]),
    );
  });

  test('closing it as lost needs only the loss reason', () => {
    expect(summarize(lintAgainst(early(), 'closedlost', GATES))).toEqual([
      { rule: 'lost-reason', severity: 'error', gate: 'closedlost', targetStage: 'closedlost' },
    ]);
  });

  test('the documented example deal ("New deal", contract sent, closing in 2019) fails hygiene', () => {
    const result = lint(sampleRecord('hubspot-crm-v3-deal.ILLUSTRATIVE.json', { object: 'deal' }));
    expect(result.errors).toEqual([]);
    expect(summarize(result.findings)).toEqual(
      sorted([
        { rule: 'deal-name-not-placeholder', severity: 'error' },
        { rule: 'close-date-in-past', severity: 'error' },
        { rule: 'next-step-set', severity: 'warning' },
        { rule: 'activity-stale', severity: 'warning' },
      ]),
    );
  });
});

const CONTACT: Properties = {
  email: 'dana.whitfield@globex-industries.com',
  firstname: 'Dana',
  lastname: 'Whitfield',
  phone: '+1 617 555 0134',
  mobilephone: null,
  lifecyclestage: 'salesqualifiedlead',
  hubspot_owner_id: '71839245',
  createdate: '2026-10-12T13:40:02.118Z',
  lastmodifieddate: '2026-11-21T09:12:45.876Z',
  hs_object_id: '51',
};
const contact = (overrides: Properties = {}) => () => hubspotRecord('contact', '51', { ...CONTACT, ...overrides });

describePackTable('hubspot-contact-basics', contact(), [
  { name: 'no email', record: contact({ email: null }), expected: [{ rule: 'email-set', severity: 'warning' }] },
  { name: 'email without a domain suffix', record: contact({ email: 'dana.whitfield@globex' }), expected: [{ rule: 'email-format', severity: 'error' }] },
  { name: 'no-reply address', record: contact({ email: 'noreply@globex-industries.com' }), expected: [{ rule: 'email-not-placeholder', severity: 'warning' }] },
  { name: 'no first name', record: contact({ firstname: null }), expected: [{ rule: 'first-name-set', severity: 'warning' }] },
  { name: 'empty last name', record: contact({ lastname: '' }), expected: [{ rule: 'last-name-set', severity: 'info' }] },
  { name: 'first name "Unknown"', record: contact({ firstname: 'Unknown' }), expected: [{ rule: 'name-not-placeholder', severity: 'warning' }] },
  { name: 'phone with a letter O for a zero', record: contact({ phone: '617-555-O134' }), expected: [{ rule: 'phone-format', severity: 'warning' }] },
  { name: 'mobile "---"', record: contact({ mobilephone: '---' }), expected: [{ rule: 'mobile-phone-format', severity: 'warning' }] },
  { name: 'no lifecycle stage', record: contact({ lifecyclestage: '', hubspot_owner_id: null }), expected: [{ rule: 'lifecycle-stage-set', severity: 'warning' }] },
  { name: 'sales-qualified contact without an owner', record: contact({ hubspot_owner_id: null }), expected: [{ rule: 'owner-set-when-sales-ready', severity: 'warning' }] },
  { name: 'a marketing lead may be unowned', record: contact({ lifecyclestage: 'lead', hubspot_owner_id: null }), expected: [] },
]);
