// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compilePack, evaluateAgainstStage, evaluateRecord } from '../../../lib/rules/engine';
import { builtinPacksFor } from '../../../lib/rules/builtin';
import { readServiceNow, serviceNowActiveRoot, serviceNowSelectorHealth } from '../../../lib/sites/servicenow/read';
import { detectServiceNowPage } from '../../../lib/sites/servicenow/urls';
import type { DomReading, RecordPage } from '../../../lib/sites/types';
import { CHANGES, formDocument, INCIDENTS, ORIGIN } from './demo-dom';

const NOW = { now: '2026-11-25T12:00:00Z' };

function pageOf(path: string): RecordPage {
  const page = detectServiceNowPage(new URL(path, ORIGIN));
  if (page?.kind !== 'record') throw new Error(`not a record page: ${path}`);
  return page;
}

function open(table: string, sysId: string): { doc: Document; page: RecordPage; root: Element; read: () => DomReading } {
  const doc = formDocument(sysId);
  const page = pageOf(`/${table}.do?sys_id=${sysId}`);
  const root = serviceNowActiveRoot(doc, page);
  if (!root) throw new Error('no active root');
  return {
    doc,
    page,
    root,
    read: () => {
      const reading = readServiceNow(root, page);
      if (!reading) throw new Error('no reading');
      return reading;
    },
  };
}

function input<T extends HTMLElement = HTMLInputElement>(doc: Document, id: string): T {
  const element = doc.getElementById(id);
  if (!element) throw new Error(`no #${id}`);
  return element as T;
}

function findingsOf(table: string, sysId: string, reading: DomReading) {
  const packs = builtinPacksFor('servicenow', table).map(compilePack);
  return evaluateRecord({ app: 'servicenow', object: table, id: sysId, fields: { ...reading.values }, labels: {} }, packs, NOW).findings;
}

describe('serviceNowActiveRoot', () => {
  it('is the form named after the table', () => {
    const { root } = open('incident', INCIDENTS.priorityMismatch);
    expect(root.getAttribute('name')).toBe('incident.do');
  });

  it('is null when the form shows another record than the URL names', () => {
    const doc = formDocument(INCIDENTS.priorityMismatch);
    expect(serviceNowActiveRoot(doc, pageOf(`/incident.do?sys_id=${INCIDENTS.newClean}`))).toBeNull();
  });

  it('accepts a new record, whose form already carries a fresh sys_id', () => {
    const doc = formDocument(INCIDENTS.priorityMismatch);
    expect(serviceNowActiveRoot(doc, pageOf('/incident.do?sys_id=-1'))).not.toBeNull();
  });

  it('is null while the form is not there (a wrapper, a loading frame)', () => {
    const doc = new DOMParser().parseFromString('<nav id="gsft_nav"></nav><main class="navpage-main"></main>', 'text/html');
    expect(serviceNowActiveRoot(doc, pageOf(`/incident.do?sys_id=${INCIDENTS.newClean}`))).toBeNull();
  });
});

describe('readServiceNow on a classic incident form', () => {
  it('reads database values: choices, references as sys_ids, read-only fields', () => {
    const { read } = open('incident', INCIDENTS.priorityMismatch);
    expect(read().values).toMatchObject({
      number: 'INC0010187',
      state: '2',
      impact: '3',
      urgency: '3',
      priority: '2',
      category: 'hardware',
      caller_id: '4e5c5eb06bc3b64d9b7f614badf83e96',
      assignment_group: '3c02a379965ab0dfcd77b1c484450433',
      short_description: 'Conference room B display flickers during calls',
      close_notes: '',
      hold_reason: '',
    });
  });

  it('reads labels from label[for] span.label-text', () => {
    const { read } = open('incident', INCIDENTS.priorityMismatch);
    expect(read().labels).toMatchObject({ priority: 'Priority', close_notes: 'Resolution notes', caller_id: 'Caller' });
  });

  it('anchors hints at the labels of shown fields, not at fields a UI policy hides', () => {
    const { read } = open('incident', INCIDENTS.priorityMismatch);
    const { anchors } = read();
    expect(anchors.get('priority')?.getAttribute('for')).toBe('incident.priority');
    expect(anchors.get('priority')?.parentElement?.id).toBe('label.incident.priority');
    expect(anchors.get('close_notes')?.getAttribute('for')).toBe('incident.close_notes');
    expect(anchors.has('hold_reason')).toBe(false);
  });

  it('shows the on-hold reason field, and anchors it, on an on-hold incident', () => {
    const { read } = open('incident', INCIDENTS.onHoldNoReason);
    expect(read().anchors.get('hold_reason')?.getAttribute('for')).toBe('incident.hold_reason');
  });

  it('finds the header actions and the record table', () => {
    const { read } = open('incident', INCIDENTS.priorityMismatch);
    const reading = read();
    expect(reading.header?.classList.contains('navbar_ui_actions')).toBe(true);
    expect(reading.object).toBe('incident');
  });

  it('reports no edits and no pending state at load', () => {
    const { read } = open('incident', INCIDENTS.priorityMismatch);
    expect([...read().editing]).toEqual([]);
    expect(read().pendingStage).toBeNull();
  });

  it('reads unsaved edits from the inputs and marks them as editing', () => {
    const { doc, read } = open('incident', INCIDENTS.resolvedNoNotes);
    input<HTMLTextAreaElement>(doc, 'incident.close_notes').value = 'Rebuilt the undo tablespace and re-ran the export.';
    const reading = read();
    expect(reading.values.close_notes).toBe('Rebuilt the undo tablespace and re-ran the export.');
    expect([...reading.editing]).toEqual(['close_notes']);
  });

  it('treats an emptied reference box as an empty reference, before the platform clears the sys_id', () => {
    const { doc, read } = open('incident', INCIDENTS.priorityMismatch);
    input(doc, 'sys_display.incident.assignment_group').value = '';
    const reading = read();
    expect(reading.values.assignment_group).toBe('');
    expect(reading.editing.has('assignment_group')).toBe(true);
  });

  it('treats a typed, not yet resolved reference name as filled', () => {
    const { doc, read } = open('incident', INCIDENTS.priorityMismatch);
    input(doc, 'sys_display.incident.assigned_to').value = 'Beth Ang';
    input(doc, 'incident.assigned_to').value = '';
    expect(read().values.assigned_to).toBe('Beth Ang');
  });

  it('gives the engine what it needs: the planted problems are found, the clean record has none', () => {
    expect(findingsOf('incident', INCIDENTS.priorityMismatch, open('incident', INCIDENTS.priorityMismatch).read()).map((f) => f.rule))
      .toEqual(['priority-matches-impact-urgency']);
    expect(findingsOf('incident', INCIDENTS.resolvedNoNotes, open('incident', INCIDENTS.resolvedNoNotes).read()).map((f) => f.rule))
      .toEqual(['resolution-notes']);
    expect(findingsOf('incident', INCIDENTS.newClean, open('incident', INCIDENTS.newClean).read())).toEqual([]);
    expect(findingsOf('incident', INCIDENTS.resolvedClean, open('incident', INCIDENTS.resolvedClean).read())).toEqual([]);
  });

  it('lets a fix typed into the form clear the finding before save', () => {
    const { doc, read } = open('incident', INCIDENTS.resolvedNoNotes);
    input<HTMLTextAreaElement>(doc, 'incident.close_notes').value = 'Rebuilt the undo tablespace and re-ran the export.';
    expect(findingsOf('incident', INCIDENTS.resolvedNoNotes, read())).toEqual([]);
  });
});

describe('readServiceNow on a classic change request form', () => {
  it('reports a state picked but not saved as the pending stage, anchored at the state field', () => {
    const { doc, read } = open('change_request', CHANGES.scheduledWithGaps);
    const state = input<HTMLSelectElement>(doc, 'change_request.state');
    expect([...state.options].map((option) => option.value)).toEqual(['-2', '-1', '4']);
    state.value = '-1';
    const reading = read();
    expect(reading.pendingStage).toBe('-1');
    expect(reading.values.state).toBe('-1');
    expect(reading.stageAnchor?.id).toBe('element.change_request.state');
  });

  it('gives the gate evaluation the unmet Implement requirements', () => {
    const { doc, read } = open('change_request', CHANGES.scheduledWithGaps);
    input<HTMLSelectElement>(doc, 'change_request.state').value = '-1';
    const reading = read();
    const packs = builtinPacksFor('servicenow', 'change_request').map(compilePack);
    const record = { app: 'servicenow' as const, object: 'change_request', id: CHANGES.scheduledWithGaps, fields: { ...reading.values }, labels: {} };
    expect(evaluateAgainstStage(record, packs, reading.pendingStage ?? '', NOW).map((f) => f.rule).sort()).toEqual(
      ['approved-before-implement', 'backout-plan-set', 'configuration-item-set', 'test-plan-set'],
    );
  });

  it('reads textareas, datetimes and read-only choices', () => {
    const { read } = open('change_request', CHANGES.scheduledClean);
    expect(read().values).toMatchObject({
      approval: 'approved',
      type: 'standard',
      start_date: '2026-11-28 22:00:00',
      backout_plan: 'Uninstall the cumulative update through WSUS and reboot.',
    });
  });
});

describe('workspace records', () => {
  function workspaceDocument(): Document {
    const doc = new DOMParser().parseFromString('<sn-canvas-appshell-root></sn-canvas-appshell-root>', 'text/html');
    const shell = doc.querySelector('sn-canvas-appshell-root')?.attachShadow({ mode: 'open' });
    const tab = doc.createElement('sn-workspace-tab');
    shell?.append(tab);
    tab.attachShadow({ mode: 'open' }).append(doc.createElement('sn-form-data-connected'));
    return doc;
  }

  it('finds the form deep inside open shadow roots and reads no fields from the isolated world', () => {
    const doc = workspaceDocument();
    const page = pageOf(`/now/sow/record/incident/${INCIDENTS.priorityMismatch}`);
    const root = serviceNowActiveRoot(doc, page);
    expect(root?.localName).toBe('sn-form-data-connected');
    const reading = root && readServiceNow(root, page);
    expect(reading).toMatchObject({ object: 'incident', values: {}, header: null, pendingStage: null });
    expect(reading?.anchors.size).toBe(0);
  });
});

describe('serviceNowSelectorHealth', () => {
  it('finds every anchor it names on the demo form', () => {
    const health = serviceNowSelectorHealth(formDocument(INCIDENTS.priorityMismatch));
    expect(health.filter((entry) => entry.required).every((entry) => entry.found > 0)).toBe(true);
    expect(health.every((entry) => entry.found > 0)).toBe(true);
  });

  it('reports the missing form on a page without one', () => {
    const doc = new DOMParser().parseFromString('<input type="hidden" id="sys_target" value="incident">', 'text/html');
    const health = serviceNowSelectorHealth(doc);
    expect(health.find((entry) => entry.required && entry.found === 0)).toBeDefined();
  });
});
