// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findActiveTicketRoot, readZendeskTicket } from '../../../lib/sites/zendesk/read';
import { zendeskAdapter } from '../../../lib/sites/zendesk';
import { compilePack, evaluateAgainstStage, evaluateRecord } from '../../../lib/rules/engine';
import { builtinPacksFor } from '../../../lib/rules/builtin';
import type { DomReading } from '../../../lib/sites/types';
import type { NormalizedRecord } from '../../../lib/records/model';
import { parsePayload } from '../../../lib/records/parse';
import { mergeRecord } from '../../../lib/runtime/merge';
import { DEMO_TICKETS } from '../../demo-apps/zendesk/data';
import { $, mountAgentPage, showValue } from './demo-dom';

const NOW = '2026-11-25T12:00:00Z';
const packs = builtinPacksFor('zendesk', 'ticket').map(compilePack);

function readActive(ticketId: string): DomReading {
  const root = findActiveTicketRoot(document, ticketId);
  if (!root) throw new Error(`ticket ${ticketId} is not the active one`);
  const reading = readZendeskTicket(root);
  if (!reading) throw new Error('nothing read');
  return reading;
}

/** The record the runtime evaluates: the API's ticket with the page's edits on top, or the page alone. */
function asRecord(reading: DomReading, id: string, api: NormalizedRecord | null = null) {
  return mergeRecord({ app: 'zendesk', object: 'ticket', recordId: id, url: `https://acme.zendesk.com/agent/tickets/${id}`, api, reading });
}

function apiRecord(id: string): NormalizedRecord {
  const ticket = DEMO_TICKETS.find((candidate) => String(candidate.id) === id);
  const [record] = parsePayload({ ticket }, { app: 'zendesk' });
  if (!record) throw new Error(`no demo ticket ${id}`);
  return record;
}

describe('the active ticket among the mounted tabs', () => {
  beforeEach(() => mountAgentPage({ kind: 'ticket', id: '48231' }));

  it('is the wrapper of the grid marked data-is-active for the ticket in the URL', () => {
    const root = findActiveTicketRoot(document, '48231');
    expect(root?.getAttribute('data-ticket-id')).toBe('48231');
    expect(root?.querySelector('[data-test-id="ticket-48231-custom-layout"]')?.getAttribute('data-is-active')).toBe('true');
    expect(root?.querySelector('[data-test-id="ticket-footer"]')).not.toBeNull();
    expect(document.querySelectorAll('.ticket-panes-grid-layout')).toHaveLength(2);
  });

  it('is not there yet when the URL already names the other, still inactive, ticket', () => {
    expect(findActiveTicketRoot(document, '48213')).toBeNull();
  });

  it('follows data-is-active, not the class, once the grids carry it', () => {
    $('[data-test-id="ticket-48213-custom-layout"]').classList.add('active');
    expect(findActiveTicketRoot(document, '48213')).toBeNull();
  });

  it('falls back to the class on builds without data-is-active', () => {
    for (const layout of document.querySelectorAll('.ticket-panes-grid-layout')) layout.removeAttribute('data-is-active');
    expect(findActiveTicketRoot(document, '48231')?.getAttribute('data-ticket-id')).toBe('48231');
  });

  it('is nothing on the dashboard, where no ticket is active', () => {
    mountAgentPage({ kind: 'dashboard' });
    expect(findActiveTicketRoot(document, '48231')).toBeNull();
  });
});

describe('older layouts without the pane grid', () => {
  it('take the ticket wrapper of the selected tab', () => {
    document.body.innerHTML = `<header><div data-selected="true" data-entity-id="7"></div><div data-selected="false" data-entity-id="8"></div></header>
      <div data-ticket-id="8"><input data-test-id="ticket-pane-subject" value="Other"></div>
      <div data-ticket-id="7"><input data-test-id="ticket-pane-subject" value="Printer on fire"></div>`;
    expect(findActiveTicketRoot(document, '8')).toBeNull();
    const root = findActiveTicketRoot(document, '7');
    expect(root && readZendeskTicket(root)?.values.subject).toBe('Printer on fire');
  });

  it('take the one visible Garden pane that holds a ticket', () => {
    document.body.innerHTML = `<div data-garden-id="pane" hidden><input data-test-id="omni-header-subject" value="Hidden"></div>
      <div data-garden-id="pane"><input data-test-id="omni-header-subject" value="Shown"></div>`;
    const root = findActiveTicketRoot(document, '7');
    expect(root && readZendeskTicket(root)?.values.subject).toBe('Shown');
  });
});

describe('reading a ticket', () => {
  beforeEach(() => mountAgentPage({ kind: 'ticket', id: '48231' }));

  it('reads the sidebar, header and footer of the active ticket in API form', () => {
    const reading = readActive('48231');
    expect(reading.object).toBe('ticket');
    expect(reading.values).toEqual({
      subject: 'Help',
      requester_id: 'Sam Whitfield',
      assignee_id: null,
      group_id: null,
      type: null,
      priority: 'urgent',
      status: 'open',
      'custom_fields.360012345678': null,
      'custom_fields.360012345679': 'Enterprise',
    });
    expect(reading.editing.size).toBe(0);
    expect(reading.pendingStage).toBeNull();
  });

  it('never reads the inactive ticket mounted beside it', () => {
    const reading = readActive('48231');
    const inactive = $('[data-ticket-id="48213"]');
    for (const anchor of reading.anchors.values()) expect(inactive.contains(anchor)).toBe(false);
  });

  it('anchors each field right after its label, the subject at its input and the chip after the subject header', () => {
    const reading = readActive('48231');
    const labelOf = (field: string) => {
      const anchor = reading.anchors.get(field);
      return anchor?.tagName === 'LABEL' ? anchor.textContent : null;
    };
    expect(reading.anchors.get('subject')?.getAttribute('data-test-id')).toBe('omni-header-subject');
    expect(reading.header?.getAttribute('data-test-id')).toBe('omni-header');
    expect([labelOf('priority'), labelOf('type'), labelOf('requester_id'), labelOf('custom_fields.360012345678')]).toEqual(['Priority', 'Type', 'Requester', 'Product area']);
    expect(labelOf('status')).toBe('Status');
    expect(reading.anchors.get('status')?.closest('[data-test-id="ticket-footer"]')).not.toBeNull();
    expect(reading.anchors.has('updated_at')).toBe(false);
    expect(reading.labels).toMatchObject({ subject: 'Subject', priority: 'Priority', type: 'Type', status: 'Status', assignee_id: 'Assignee', group_id: 'Group' });
    expect(reading.labels['custom_fields.360012345678']).toBe('Product area');
  });

  it('opens the gate panel just above the footer that holds the status control and Submit', () => {
    const reading = readActive('48231');
    expect(reading.stageAnchor?.nextElementSibling?.getAttribute('data-test-id')).toBe('ticket-footer');
    // A FieldGuard host already placed there does not move the anchor.
    const host = document.createElement('fieldguard-gate');
    host.setAttribute('data-fieldguard', 'gate');
    reading.stageAnchor?.after(host);
    expect(readActive('48231').stageAnchor).toBe(reading.stageAnchor);
  });

  it('models the group inside "Group/Agent": both fields anchored at the Assignee field', () => {
    const reading = readActive('48231');
    const assignee = $('[data-ticket-id="48231"] [data-test-id="assignee-field"] > label');
    expect(reading.anchors.get('assignee_id')).toBe(assignee);
    expect(reading.anchors.get('group_id')).toBe(assignee);
  });

  it('gives the same findings on the dirty ticket whether the API answers or not', () => {
    const reading = readActive('48231');
    for (const api of [apiRecord('48231'), null]) {
      const rules = evaluateRecord(asRecord(reading, '48231', api), packs, { now: NOW }).findings.map((finding) => finding.rule);
      expect(rules.sort()).toEqual(['subject-meaningful', 'urgent-needs-group']);
    }
  });

  it('edits a custom field into the custom_fields of the API record, by id', () => {
    readActive('48231');
    const shown = $('[data-ticket-id="48231"] [data-test-id="ticket-form-field-dropdown-field-360012345678"] [title]');
    shown.setAttribute('title', 'Payments');
    const record = asRecord(readActive('48231'), '48231', apiRecord('48231'));
    expect(record.fields.custom_fields).toEqual({ '360012345678': 'Payments', '360012345679': 'enterprise' });
  });
});

describe('the assignee field', () => {
  const assigneeOf = (html: string) => {
    mountAgentPage({ kind: 'ticket', id: '48231' });
    $('[data-ticket-id="48231"] [data-test-id="assignee-field"] [role="combobox"]').innerHTML = html;
    const { values } = readActive('48231');
    return { group: values.group_id, agent: values.assignee_id };
  };

  it('reads group and agent from the titled parts of the agent tag', () => {
    expect(assigneeOf('<div data-test-id="assignee-field-selected-agent-tag"><span title="Tier 2 Support">Tier 2 Support</span>/<span title="Maya Lindqvist">Maya Lindqvist</span></div>'))
      .toEqual({ group: 'Tier 2 Support', agent: 'Maya Lindqvist' });
  });

  it('reads "Group/Agent" text when the parts carry no titles', () => {
    expect(assigneeOf('<div data-test-id="assignee-field-selected-agent-tag">Accounts/Priya Raman</div>')).toEqual({ group: 'Accounts', agent: 'Priya Raman' });
  });

  it('reads a group with nobody assigned yet', () => {
    expect(assigneeOf('<div data-test-id="assignee-field-selected-group-tag" title="Accounts">Accounts</div>')).toEqual({ group: 'Accounts', agent: null });
  });

  it('reads a ticket assigned to nobody as both empty', () => {
    expect(assigneeOf('<span data-garden-id="dropdowns.combobox.value">-</span>')).toEqual({ group: null, agent: null });
  });
});

describe('unsaved changes in the sidebar', () => {
  beforeEach(() => mountAgentPage({ kind: 'ticket', id: '48231' }));

  it('are the values that differ from the first reading, read as now shown', () => {
    readActive('48231');
    showValue('48231', 'ticket-fields-priority-select', 'High');
    ($('[data-ticket-id="48231"] [data-test-id="omni-header-subject"]') as HTMLInputElement).value = 'Checkout fails for every customer';
    const reading = readActive('48231');
    expect([...reading.editing].sort()).toEqual(['priority', 'subject']);
    expect(reading.values).toMatchObject({ priority: 'high', subject: 'Checkout fails for every customer' });
    expect(evaluateRecord(asRecord(reading, '48231'), packs, { now: NOW }).findings).toEqual([]);
    expect(evaluateRecord(asRecord(reading, '48231', apiRecord('48231')), packs, { now: NOW }).findings).toEqual([]);
  });

  it('stop being edits when set back', () => {
    readActive('48231');
    showValue('48231', 'ticket-fields-priority-select', 'Low');
    expect(readActive('48231').editing.has('priority')).toBe(true);
    showValue('48231', 'ticket-fields-priority-select', 'Urgent');
    expect(readActive('48231').editing.size).toBe(0);
  });

  it('make a status picked in the footer the pending stage, with the gate panel at the status field', () => {
    readActive('48231');
    showValue('48231', 'ticket-fields-status-view', 'Solved');
    const reading = readActive('48231');
    expect(reading.pendingStage).toBe('solved');
    const unmet = evaluateAgainstStage(asRecord(reading, '48231', apiRecord('48231')), packs, 'solved', { now: NOW }).map((finding) => finding.rule);
    expect(unmet.sort()).toEqual(['solved-assignee', 'solved-group', 'solved-type']);
  });

  it('map "On-hold" to the API status and "-" to no value', () => {
    readActive('48231');
    showValue('48231', 'ticket-fields-status-view', 'On-hold');
    showValue('48231', 'ticket-fields-priority-select', '-');
    expect(readActive('48231').values).toMatchObject({ status: 'hold', priority: null });
  });

  it('keep labels of other UI languages, lowercased, rather than guess', () => {
    readActive('48231');
    showValue('48231', 'ticket-fields-priority-select', 'Dringend');
    expect(readActive('48231').values.priority).toBe('dringend');
  });
});

describe('custom fields', () => {
  it('read text, numeric, checkbox and multiselect fields by field id', () => {
    document.body.innerHTML = `<div class="ticket-panes-grid-layout" data-is-active="true" data-test-id="ticket-9-custom-layout">
      <div data-test-id="ticket-form-field-text-field-1" data-garden-id="forms.field"><label>Order</label><input value=" A-17 "></div>
      <div data-test-id="ticket-form-field-numeric-field-2" data-garden-id="forms.field"><label>Seats</label><input value="12"></div>
      <div data-test-id="ticket-form-field-checkbox-field-3"><input type="checkbox" checked></div>
      <div data-test-id="ticket-form-field-multiselect-field-4"><span title="EU"></span><span title="US"></span></div>
      <div data-test-id="ticket-form-field-multiline-field-5"><textarea></textarea></div>
    </div>`;
    const root = findActiveTicketRoot(document, '9');
    const reading = root && readZendeskTicket(root);
    expect(reading?.values).toEqual({
      'custom_fields.1': 'A-17', 'custom_fields.2': 12, 'custom_fields.3': true, 'custom_fields.4': ['EU', 'US'], 'custom_fields.5': null,
    });
    expect(reading?.labels['custom_fields.2']).toBe('Seats');
  });
});

describe('a view that has not rendered', () => {
  it('reads as nothing', () => {
    document.body.innerHTML = '<div class="ticket-panes-grid-layout" data-is-active="true" data-test-id="ticket-9-custom-layout"><div>Loading…</div></div>';
    const root = findActiveTicketRoot(document, '9');
    expect(root && readZendeskTicket(root)).toBeNull();
  });
});

describe('selector health', () => {
  it('counts the hooks of the active ticket, so a renamed one shows as 0', () => {
    mountAgentPage({ kind: 'ticket', id: '48231' });
    const health = Object.fromEntries(zendeskAdapter.selectorHealth(document).map((entry) => [entry.name, entry.found]));
    expect(health).toEqual({
      ticketLayout: 2, activeTicketLayout: 1, selectedTab: 1, subject: 1, status: 1, priority: 1, type: 1, assigneeField: 1, requester: 1, customFields: 2,
    });
  });
});
