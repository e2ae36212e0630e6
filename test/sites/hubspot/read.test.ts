// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compilePack, evaluateAgainstStage, evaluateRecord } from '../../../lib/rules/engine';
import { builtinPacksFor } from '../../../lib/rules/builtin';
import { findActiveRecordRoot, displayedDate, displayedNumber, hubspotSelectorHealth, normalise, readHubSpotRecord } from '../../../lib/sites/hubspot/read';
import { hubspotAdapter } from '../../../lib/sites/hubspot';
import type { DomReading } from '../../../lib/sites/types';
import { DEMO_IDS } from '../../demo-apps/hubspot/data';
import { demoRecord, listDocument, NOW, pageOf, parse, RECORDS, recordDocument } from './demo-dom';

function read(doc: Document, id: string): DomReading {
  const root = findActiveRecordRoot(doc);
  if (!root) throw new Error('no active record root');
  return readHubSpotRecord(root, pageOf(id));
}

function findings(id: string, fields: Readonly<Record<string, unknown>>) {
  const object = pageOf(id).object ?? '';
  const packs = builtinPacksFor('hubspot', object).map(compilePack);
  return evaluateRecord({ app: 'hubspot', object, id, fields: { ...fields }, labels: {} }, packs, { now: NOW }).findings.map(
    (finding) => `${finding.rule}:${finding.fields.join(',')}`,
  );
}

describe('reading a demo deal page', () => {
  it('reads every sidebar property as the API holds it', () => {
    const reading = read(recordDocument(DEMO_IDS.cleanDeal), DEMO_IDS.cleanDeal);
    expect(reading.values).toEqual({
      dealname: 'Acme Corp - 250 seats',
      pipeline: 'default',
      dealstage: 'contractsent',
      amount: '48000',
      closedate: '2026-12-18',
      hubspot_owner_id: 'Dana Whitfield',
      hs_next_step: 'Countersignature expected by 12/3',
      notes_last_updated: '2026-11-23',
      closed_won_reason: null,
      closed_lost_reason: null,
    });
    expect(reading.object).toBeNull();
    expect(reading.editing.size).toBe(0);
    expect(reading.pendingStage).toBeNull();
  });

  it('anchors each property at its input, dropdown button or currency wrapper', () => {
    const doc = recordDocument(DEMO_IDS.cleanDeal);
    const reading = read(doc, DEMO_IDS.cleanDeal);
    expect(reading.anchors.get('dealname')?.tagName).toBe('INPUT');
    expect(reading.anchors.get('hs_next_step')?.tagName).toBe('TEXTAREA');
    expect(reading.anchors.get('dealstage')?.tagName).toBe('BUTTON');
    expect(reading.anchors.get('amount')?.getAttribute('data-selenium-test')).toBe('property-input-amount');
    expect(reading.stageAnchor).toBe(reading.anchors.get('dealstage'));
    expect(reading.header?.getAttribute('data-test-id')).toBe('record-highlight-main-content');
    expect(reading.header?.querySelector('[data-selenium-test="highlightTitle"]')?.textContent).toBe('Acme Corp - 250 seats');
  });

  it('takes labels from the labels HubSpot shows', () => {
    const reading = read(recordDocument(DEMO_IDS.cleanDeal), DEMO_IDS.cleanDeal);
    expect(reading.labels).toMatchObject({ dealname: 'Deal name', dealstage: 'Deal stage', amount: 'Amount', hubspot_owner_id: 'Deal owner' });
  });

  it('reads a dropdown with no selected option as empty', () => {
    const reading = read(recordDocument(DEMO_IDS.dealWithoutOwner), DEMO_IDS.dealWithoutOwner);
    expect(reading.values.hubspot_owner_id).toBeNull();
    expect(reading.anchors.has('hubspot_owner_id')).toBe(true);
  });

  it.each(RECORDS.map((record) => [record.objectTypeId, record.id] as const))(
    'finds on the page of %s %s what the packs find in its API record',
    (_type, id) => {
      const reading = read(recordDocument(id), id);
      expect(findings(id, reading.values)).toEqual(findings(id, demoRecord(id).properties));
    },
  );

  it('finds nothing on the clean deal and the missing amount on the dirty one', () => {
    expect(findings(DEMO_IDS.cleanDeal, read(recordDocument(DEMO_IDS.cleanDeal), DEMO_IDS.cleanDeal).values)).toEqual([]);
    expect(findings(DEMO_IDS.dealWithoutAmount, read(recordDocument(DEMO_IDS.dealWithoutAmount), DEMO_IDS.dealWithoutAmount).values)).toContain(
      'qualified-amount:amount',
    );
  });
});

describe('hostile page content', () => {
  it('reads a property whose input id holds quotes and markup (a DOM may fail to look its label up) without throwing', () => {
    const doc = recordDocument(DEMO_IDS.cleanDeal);
    const input = doc.querySelector('[data-selenium-test="property-input-amount"] input, [data-selenium-test="property-input-amount"] textarea');
    if (!input) throw new Error('no amount input in the demo page');
    input.id = 'Amount <img src=x onerror="globalThis.pwned=1"> missing';
    expect(read(doc, DEMO_IDS.cleanDeal).values.amount).toBe('48000');
  });
});

describe('unsaved edits', () => {
  it('reads what the user typed and marks the property as being edited', () => {
    const doc = recordDocument(DEMO_IDS.dealWithoutAmount);
    const amount = doc.querySelector<HTMLInputElement>('[data-selenium-test="property-input-amount"] input');
    if (!amount) throw new Error('no amount input');
    amount.value = '$95,000';
    const reading = read(doc, DEMO_IDS.dealWithoutAmount);
    expect(reading.values.amount).toBe('95000');
    expect([...reading.editing]).toEqual(['amount']);
    expect(findings(DEMO_IDS.dealWithoutAmount, reading.values)).not.toContain('qualified-amount:amount');
  });

  it('counts the focused input as being edited', () => {
    const doc = recordDocument(DEMO_IDS.cleanDeal);
    doc.querySelector<HTMLInputElement>('[data-selenium-test="property-input-dealname"]')?.focus();
    expect([...read(doc, DEMO_IDS.cleanDeal).editing]).toEqual(['dealname']);
  });
});

describe('the stage about to be picked', () => {
  function openStageMenu(doc: Document, label: string | null): void {
    const button = doc.querySelector('[data-selenium-test="property-input-dealstage"]');
    const menu = doc.getElementById(button?.getAttribute('aria-controls') ?? '');
    if (!button || !menu) throw new Error('no stage dropdown');
    button.setAttribute('aria-expanded', 'true');
    const option = [...menu.querySelectorAll('[role="option"]')].find((item) => item.textContent?.trim() === label);
    if (option) menu.setAttribute('aria-activedescendant', option.id);
  }

  it('is the option under the pointer or keyboard while the stage menu is open', () => {
    const doc = recordDocument(DEMO_IDS.cleanDeal);
    openStageMenu(doc, 'Closed won');
    const reading = read(doc, DEMO_IDS.cleanDeal);
    expect(reading.pendingStage).toBe('closedwon');
    expect(reading.values.dealstage).toBe('contractsent');

    const packs = builtinPacksFor('hubspot', 'deal').map(compilePack);
    const gates = evaluateAgainstStage({ app: 'hubspot', object: 'deal', id: DEMO_IDS.cleanDeal, fields: { ...reading.values }, labels: {} }, packs, 'closedwon', {
      now: NOW,
    });
    expect(gates.map((finding) => finding.rule).sort()).toEqual(['won-close-date-not-future', 'won-reason']);
  });

  it('is none while the menu rests on the current stage, or is closed', () => {
    const doc = recordDocument(DEMO_IDS.cleanDeal);
    openStageMenu(doc, 'Contract sent');
    expect(read(doc, DEMO_IDS.cleanDeal).pendingStage).toBeNull();
    const closed = recordDocument(DEMO_IDS.cleanDeal);
    const menu = closed.getElementById('menu-dealstage');
    menu?.setAttribute('aria-activedescendant', 'typeahead-dealstage-5');
    expect(read(closed, DEMO_IDS.cleanDeal).pendingStage).toBeNull();
  });

  it('has no stage control on a contact', () => {
    const reading = read(recordDocument(DEMO_IDS.cleanContact), DEMO_IDS.cleanContact);
    expect(reading.stageAnchor).toBeNull();
    expect(reading.pendingStage).toBeNull();
  });
});

describe('reading a demo contact page', () => {
  it('maps the lifecycle stage label back to its internal value', () => {
    const reading = read(recordDocument(DEMO_IDS.cleanContact), DEMO_IDS.cleanContact);
    expect(reading.values).toMatchObject({
      email: 'amelia.hartley@acmecorp.example',
      firstname: 'Amelia',
      lastname: 'Hartley',
      phone: '+1 617 555 0143',
      lifecyclestage: 'opportunity',
      hs_lead_status: 'OPEN_DEAL',
      hubspot_owner_id: 'Dana Whitfield',
    });
    expect(reading.header?.querySelector('[data-selenium-test="highlightTitle"]')?.textContent).toBe('Amelia Hartley');
  });

  it('finds the malformed email', () => {
    expect(findings(DEMO_IDS.contactWithBadEmail, read(recordDocument(DEMO_IDS.contactWithBadEmail), DEMO_IDS.contactWithBadEmail).values)).toEqual([
      'email-format:email',
    ]);
  });
});

describe('only the active record counts', () => {
  it('ignores an open preview panel of another record', () => {
    const doc = recordDocument(DEMO_IDS.cleanDeal);
    const preview = doc.querySelector<HTMLElement>('[data-selenium-test="sidebar-preview-panel"]');
    if (!preview) throw new Error('no preview panel');
    preview.hidden = false;
    expect(preview.querySelector('[data-selenium-test="property-input-email"]')).not.toBeNull();
    const reading = read(doc, DEMO_IDS.cleanDeal);
    expect(Object.keys(reading.values)).not.toContain('email');
    expect([...reading.anchors.values()].every((anchor) => !preview.contains(anchor))).toBe(true);
  });

  it('does not take a preview panel that copies the sidebar markup for the record', () => {
    const doc = parse(`<div data-test-id="IndexPageInlineSidebar"><div data-scroll-trackable-container="left-sidebar">
      <input data-selenium-test="property-input-dealname" value="Previewed deal"></div></div>`);
    expect(findActiveRecordRoot(doc)).toBeNull();
  });

  it('skips a hidden view left behind by navigation and a sidebar still loading', () => {
    const doc = parse(`<div hidden><div data-scroll-trackable-container="left-sidebar">
        <input data-selenium-test="property-input-dealname" value="Previous deal"></div></div>
      <div data-scroll-trackable-container="left-sidebar"><div class="skeleton"></div></div>
      <div data-scroll-trackable-container="left-sidebar" id="current">
        <input data-selenium-test="property-input-dealname" value="Current deal"></div>`);
    expect(findActiveRecordRoot(doc)?.id).toBe('current');
  });

  it('finds no record on an index page', () => {
    expect(findActiveRecordRoot(listDocument('0-3'))).toBeNull();
  });

  it('takes the first of two hooks for one property', () => {
    const doc = parse(`<div data-scroll-trackable-container="left-sidebar">
      <input data-selenium-test="property-input-dealname" value="First"><input data-selenium-test="property-input-dealname" value="Second">
      <input data-selenium-test="property-input-" value="no name"></div>`);
    const root = findActiveRecordRoot(doc);
    if (!root) throw new Error('no root');
    expect(readHubSpotRecord(root, pageOf(DEMO_IDS.cleanDeal)).values).toEqual({ dealname: 'First' });
  });
});

describe('selector health', () => {
  it('reports each anchor found on a record page', () => {
    expect(hubspotSelectorHealth(recordDocument(DEMO_IDS.cleanDeal))).toEqual([
      { name: 'left sidebar', found: 1, required: true },
      { name: 'property inputs', found: 10 + 6, required: true },
      { name: 'highlight card', found: 1, required: false },
      { name: 'highlight title', found: 1, required: false },
    ]);
  });

  it('reports the required anchors missing where HubSpot changed its markup', () => {
    expect(hubspotAdapter.selectorHealth(listDocument('0-3')).filter((health) => health.required && health.found === 0)).toHaveLength(2);
  });
});

describe('displayed values', () => {
  it.each([
    ['$48,000.00', '48000'],
    ['48,000', '48000'],
    ['48000', '48000'],
    ['1,234.5', '1234.5'],
    ['48.000,00 €', '48000'],
    ['48 000,50', '48000.5'],
    ['1.234.567', '1234567'],
    ['EUR 1.5', '1.5'],
    ['-$1,200', '-1200'],
    ['(1,200)', '-1200'],
    ['0', '0'],
  ])('reads the amount %s as %s', (text, expected) => {
    expect(displayedNumber(text)).toBe(expected);
  });

  it.each(['', 'TBD', '12 seats', '$', '1-2'])('does not read %j as an amount', (text) => {
    expect(displayedNumber(text)).toBeNull();
  });

  it.each([
    ['12/18/2026', 'en-us', '2026-12-18'],
    ['12/18/2026', '', '2026-12-18'],
    ['18/12/2026', 'en-gb', '2026-12-18'],
    ['18.12.2026', 'de', '2026-12-18'],
    ['2026-12-18', 'fr', '2026-12-18'],
    ['2026-12-18T17:00:00Z', 'en', '2026-12-18T17:00:00Z'],
  ])('reads the date %s in locale %j as %s', (text, locale, expected) => {
    expect(displayedDate(text, locale)).toBe(expected);
  });

  it.each([['13/18/2026', 'en-us'], ['2/30/2026', 'en'], ['Countersignature expected by 12/3', 'en'], ['12/3', 'en']])(
    'does not read %j as a date',
    (text, locale) => {
      expect(displayedDate(text, locale)).toBeNull();
    },
  );

  it('passes unknown dropdown labels through and empties blank values', () => {
    expect(normalise('dealstage', 'Negotiation', 'en')).toBe('Negotiation');
    expect(normalise('dealstage', '  Decision Maker Bought-In ', 'en')).toBe('decisionmakerboughtin');
    expect(normalise('hs_next_step', '   ', 'en')).toBeNull();
    expect(normalise('phone', '617 555 0143', 'en')).toBe('617 555 0143');
  });
});
