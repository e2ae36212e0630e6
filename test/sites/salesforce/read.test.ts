// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { salesforceAdapter } from '../../../lib/sites/salesforce';
import type { DomReading } from '../../../lib/sites/types';
import type { NormalizedRecord } from '../../../lib/records/model';
import { builtinPacksFor } from '../../../lib/rules/builtin';
import { compilePack, evaluateAgainstStage, evaluateRecord } from '../../../lib/rules/engine';
import { LEAD_ID, OPPORTUNITY_IDS } from '../../demo-apps/salesforce/data';
import {
  activeHost,
  choose,
  NOW,
  recordPageOf,
  recordUrl,
  selectPathStage,
  showRecord,
  startInlineEdit,
  typeInto,
} from './demo-dom';

// The fake browser's chrome.dom throws "not implemented"; the real one returns open and closed roots alike.
beforeEach(() => {
  vi.spyOn(fakeBrowser.dom, 'openOrClosedShadowRoot').mockImplementation((element) => element.shadowRoot);
});

function read(url: string): DomReading {
  const root = salesforceAdapter.activeRoot(document, recordPageOf(url));
  if (!root) throw new Error('no active record view');
  const reading = salesforceAdapter.read(root, recordPageOf(url));
  if (!reading) throw new Error('unreadable record view');
  return reading;
}

function asRecord(id: string, reading: DomReading): NormalizedRecord {
  return { app: 'salesforce', object: reading.object ?? '', id, fields: { ...reading.values }, labels: { ...reading.labels } };
}

const packsFor = (object: string) => builtinPacksFor('salesforce', object).map(compilePack);

/**
 * Findings on the fields the page shows: a field off the layout (LastActivityDate) or a compound's part in view
 * mode (LastName) is not shown, which is not the same as empty.
 */
function rulesOf(id: string, reading: DomReading): string[] {
  return evaluateRecord(asRecord(id, reading), packsFor(reading.object ?? ''), NOW)
    .findings.filter((finding) => finding.fields.every((field) => field in reading.values))
    .map((finding) => finding.rule);
}

describe('the active view', () => {
  it('is the active page host, not the cached host of the record seen before', () => {
    const record = showRecord(OPPORTUNITY_IDS.noNextStep);
    const root = salesforceAdapter.activeRoot(document, recordPageOf(recordUrl(record)));
    expect(root).toBe(activeHost());
    expect(document.querySelectorAll('.lafPageHost')).toHaveLength(2);
  });

  it('is the maximized active host of the focused console tab', () => {
    const record = showRecord(OPPORTUNITY_IDS.noNextStep, { console: true });
    const root = salesforceAdapter.activeRoot(document, recordPageOf(recordUrl(record)));
    expect(root?.matches('section.oneConsoleTab div.windowViewMode-maximized.active.lafPageHost')).toBe(true);
    expect(read(recordUrl(record)).values.Name).toBe('Umbrella Health - Patient Portal');
  });

  it('is not there while the host still shows a loading placeholder', () => {
    const record = showRecord(OPPORTUNITY_IDS.noNextStep, { content: '<div class="demo-loading">Loading…</div>' });
    expect(salesforceAdapter.activeRoot(document, recordPageOf(recordUrl(record)))).toBeNull();
  });

  it('is not there while the active host still shows a record of another object', () => {
    showRecord(LEAD_ID);
    expect(salesforceAdapter.activeRoot(document, recordPageOf(`https://acme.lightning.force.com/lightning/r/Opportunity/${OPPORTUNITY_IDS.clean}/view`))).toBeNull();
    const unknownObject = recordPageOf(`https://acme.lightning.force.com/lightning/r/a0BHs00000Qw3eRMAR/view`);
    expect(salesforceAdapter.activeRoot(document, unknownObject)).toBe(activeHost());
  });

  it('ignores every field of the cached host, even of the same object', () => {
    const reading = read(recordUrl(showRecord(OPPORTUNITY_IDS.noNextStep, { cachedId: OPPORTUNITY_IDS.pastCloseDate })));
    const root = activeHost();
    for (const anchor of reading.anchors.values()) expect(root.contains(anchor)).toBe(true);
    expect(reading.values.Name).toBe('Umbrella Health - Patient Portal');
  });
});

describe('reading an opportunity in view mode', () => {
  const record = () => showRecord(OPPORTUNITY_IDS.noNextStep);

  it('reads the values as the API stores them', () => {
    const reading = read(recordUrl(record()));
    expect(reading.object).toBe('Opportunity');
    expect(reading.values).toEqual({
      OwnerId: '005Hs00000F3kS4IAJ',
      Name: 'Umbrella Health - Patient Portal',
      AccountId: '001Hs00001aTnXqIAK',
      Type: 'New Customer',
      LeadSource: 'Web',
      CloseDate: '2026-12-31',
      NextStep: null,
      StageName: 'Value Proposition',
      Probability: 50,
      ForecastCategoryName: 'Best Case',
      Amount: 142000,
      Description: 'Portal for 14 clinics; HIPAA review pending.',
    });
    expect(reading.editing.size).toBe(0);
  });

  it('anchors each field at the label inside its data-target-selection-name box and takes the labels', () => {
    const reading = read(recordUrl(record()));
    const anchor = reading.anchors.get('NextStep');
    expect(anchor?.className).toBe('test-id__field-label');
    expect(anchor?.closest('[data-target-selection-name]')?.getAttribute('data-target-selection-name')).toBe('sfdc:RecordField.Opportunity.NextStep');
    expect(reading.labels).toMatchObject({ NextStep: 'Next Step', CloseDate: 'Close Date', AccountId: 'Account Name', Probability: 'Probability (%)' });
  });

  it('finds the highlights header and the Path', () => {
    const reading = read(recordUrl(record()));
    expect(reading.header?.tagName.toLowerCase()).toBe('records-highlights2');
    expect(reading.stageAnchor?.getAttribute('data-aura-class')).toBe('runtime_sales_pathassistantPathAssistant');
    expect(reading.pendingStage).toBeNull();
  });

  it('gives the engine what it needs to flag the missing next step', () => {
    expect(rulesOf(OPPORTUNITY_IDS.noNextStep, read(recordUrl(record())))).toEqual(['next-step-missing']);
  });

  it('flags a past close date and a Commit deal without amount, and nothing on the clean deal', () => {
    expect(rulesOf(OPPORTUNITY_IDS.pastCloseDate, read(recordUrl(showRecord(OPPORTUNITY_IDS.pastCloseDate))))).toContain('close-date-in-past');
    expect(rulesOf(OPPORTUNITY_IDS.noAmount, read(recordUrl(showRecord(OPPORTUNITY_IDS.noAmount))))).toEqual(
      expect.arrayContaining(['committed-without-amount', 'needs-analysis-amount']),
    );
    expect(rulesOf(OPPORTUNITY_IDS.clean, read(recordUrl(showRecord(OPPORTUNITY_IDS.clean))))).toEqual([]);
  });

  it('takes the object from the fields when the URL has none', () => {
    const page = { ...recordPageOf(recordUrl(showRecord(OPPORTUNITY_IDS.noNextStep))), object: null };
    expect(salesforceAdapter.read(activeHost(), page)?.object).toBe('Opportunity');
  });

  it('does not read a record of an object FieldGuard has no packs for', () => {
    const page = { ...recordPageOf(recordUrl(showRecord(OPPORTUNITY_IDS.noNextStep))), object: null };
    for (const box of activeHost().querySelectorAll('[data-target-selection-name]')) {
      box.setAttribute('data-target-selection-name', box.getAttribute('data-target-selection-name')?.replace('Opportunity', 'Invoice__c') ?? '');
    }
    expect(salesforceAdapter.read(activeHost(), page)).toBeNull();
  });
});

describe('fields that are not rendered', () => {
  it('are absent, not empty, while the Details tab has not been rendered', () => {
    const record = showRecord(OPPORTUNITY_IDS.noNextStep);
    activeHost().querySelector('[data-tab-panel="details"]')?.replaceChildren();
    const reading = read(recordUrl(record));
    expect(reading.anchors.size).toBe(0);
    expect(reading.values).toEqual({});
    expect(reading.header).not.toBeNull();
  });
});

describe('inline edit', () => {
  it('reads the unsaved values from the inputs and says which fields are being edited', () => {
    const record = showRecord(OPPORTUNITY_IDS.noNextStep);
    startInlineEdit(record);
    typeInto('NextStep', 'Send revised quote to CFO by Friday');
    typeInto('CloseDate', '1/15/2027');
    typeInto('Amount', '');
    const reading = read(recordUrl(record));
    expect(reading.values).toMatchObject({
      NextStep: 'Send revised quote to CFO by Friday',
      CloseDate: '2027-01-15',
      Amount: null,
      Probability: 50,
      StageName: 'Value Proposition',
      AccountId: 'Umbrella Health',
      OwnerId: '005Hs00000F3kS4IAJ',
    });
    expect(reading.editing.has('NextStep')).toBe(true);
    expect(reading.editing.has('OwnerId')).toBe(false);
    expect(rulesOf(record.id, reading)).not.toContain('next-step-missing');
  });

  it('reports a stage picked in the picklist as the pending stage', () => {
    const record = showRecord(OPPORTUNITY_IDS.noNextStep);
    startInlineEdit(record);
    choose('StageName', 'Proposal/Price Quote');
    const reading = read(recordUrl(record));
    expect(reading.values.StageName).toBe('Proposal/Price Quote');
    expect(reading.pendingStage).toBe('Proposal/Price Quote');
  });

  it('reads the full edit dialog of an /edit URL over the page', () => {
    const record = showRecord(OPPORTUNITY_IDS.noNextStep, { modal: true });
    typeInto('NextStep', 'Call the CIO', document.querySelector('.slds-modal') ?? document);
    const reading = read(recordUrl(record, 'edit'));
    expect(reading.values.NextStep).toBe('Call the CIO');
    expect(reading.editing.has('NextStep')).toBe(true);
    expect(document.querySelector('.slds-modal')?.contains(reading.anchors.get('NextStep') ?? null)).toBe(true);
  });
});

describe('the Path', () => {
  it('reports a later stage selected before "Mark as Current Stage" as pending', () => {
    const record = showRecord(OPPORTUNITY_IDS.clean);
    selectPathStage('Negotiation/Review');
    const reading = read(recordUrl(record));
    expect(reading.pendingStage).toBe('Negotiation/Review');
    expect(reading.values.StageName).toBe('Prospecting');
    const unmet = evaluateAgainstStage(asRecord(record.id, reading), packsFor('Opportunity'), 'Negotiation/Review', NOW);
    expect(unmet.map((finding) => finding.rule)).toEqual(['negotiation-description']);
  });

  it('has no pending stage when the current stage is selected again', () => {
    const record = showRecord(OPPORTUNITY_IDS.clean);
    selectPathStage('Prospecting');
    expect(read(recordUrl(record)).pendingStage).toBeNull();
  });
});

describe('a lead', () => {
  it('anchors the parts of the compound Name at its box, with values only while editing', () => {
    const record = showRecord(LEAD_ID);
    const reading = read(recordUrl(record));
    expect(reading.object).toBe('Lead');
    expect(reading.anchors.get('LastName')).toBe(reading.anchors.get('FirstName'));
    expect(reading.anchors.get('LastName')?.closest('[data-target-selection-name]')?.getAttribute('data-target-selection-name')).toBe('sfdc:RecordField.Lead.Name');
    expect(reading.values).not.toHaveProperty('LastName');
    expect(reading.values).toMatchObject({ Company: 'N/A', Email: 'tbecker@gmail.com', Phone: '+1 312 555 0187', Status: 'Working - Contacted' });
    expect(rulesOf(record.id, reading)).toEqual(['company-not-placeholder']);

    startInlineEdit(record);
    const name = activeHost().querySelector<HTMLInputElement>('input[name="lastName"]');
    if (name) name.value = 'Unknown';
    const editing = read(recordUrl(record));
    expect(editing.values).toMatchObject({ FirstName: 'Tom', LastName: 'Unknown' });
    expect(rulesOf(record.id, editing)).toContain('last-name-not-placeholder');
  });
});

describe('native shadow DOM', () => {
  it('still finds fields whose boxes moved into open shadow roots', () => {
    const record = showRecord(OPPORTUNITY_IDS.noNextStep);
    for (const item of activeHost().querySelectorAll('records-record-layout-item')) {
      const shadow = item.attachShadow({ mode: 'open' });
      shadow.append(...item.childNodes);
    }
    const reading = read(recordUrl(record));
    expect(reading.values.NextStep).toBeNull();
    expect(reading.values.Amount).toBe(142000);
    expect(reading.anchors.get('NextStep')?.textContent).toBe('Next Step');
  });
});

describe('a page in another language', () => {
  it('reads numbers and dates in the user locale', () => {
    const record = showRecord(OPPORTUNITY_IDS.noNextStep, { lang: 'de-DE' });
    const amount = activeHost().querySelector('[data-target-selection-name$=".Amount"] lightning-formatted-number');
    if (amount) amount.textContent = '142.000,00 $';
    const close = activeHost().querySelector('[data-target-selection-name$=".CloseDate"] lightning-formatted-text');
    if (close) close.textContent = '31.12.2026';
    expect(read(recordUrl(record)).values).toMatchObject({ Amount: 142000, CloseDate: '2026-12-31' });
  });
});

describe('selector health', () => {
  it('counts what it found in the active view', () => {
    showRecord(OPPORTUNITY_IDS.noNextStep);
    const health = Object.fromEntries(salesforceAdapter.selectorHealth(document).map((entry) => [entry.name, entry.found]));
    expect(health).toMatchObject({ ACTIVE_PAGE_HOST: 1, RECORD_HOME: 1, FIELD_CONTAINER: 12, FIELD_ANCHOR: 12, HIGHLIGHTS: 1, PATH_STAGE: 9 });
    expect(health.INLINE_EDIT_BUTTON).toBe(11);
  });

  it('reports the required anchors missing on a page that is not Lightning', () => {
    document.open();
    document.write('<html><body><p>Maintenance</p></body></html>');
    document.close();
    const missing = salesforceAdapter.selectorHealth(document).filter((entry) => entry.required && entry.found === 0);
    expect(missing.map((entry) => entry.name)).toEqual(['ACTIVE_PAGE_HOST', 'FIELD_CONTAINER', 'FIELD_ANCHOR']);
  });
});
