// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { jiraAdapter } from '../../../lib/sites/jira';
import { findIssueView, readIssueView } from '../../../lib/sites/jira/read';
import { forgetSiteFacts, learnFromIssuePayload } from '../../../lib/sites/jira/site-facts';
import type { DomReading } from '../../../lib/sites/types';
import { compilePack, evaluateAgainstStage, evaluateRecord } from '../../../lib/rules/engine';
import { builtinPacksFor } from '../../../lib/rules/builtin';
import type { NormalizedRecord } from '../../../lib/records/model';
import {
  openInlineEditor,
  openStatusDropdown,
  openTransitionScreen,
  recordPage,
  showIssue,
  showPage,
  showQueue,
  showQueueIssue,
} from './demo-dom';
import { browsePage } from '../../demo-apps/jira/page';
import { demoIssue } from './demo-dom';

afterEach(() => forgetSiteFacts());

function read(key: string): DomReading {
  const root = findIssueView(document, key);
  if (!root) throw new Error(`no issue view for ${key}`);
  const reading = readIssueView(root, recordPage(key));
  if (!reading) throw new Error(`unreadable issue view for ${key}`);
  return reading;
}

function testIdOf(element: Element | undefined | null): string | null {
  return element?.getAttribute('data-testid') ?? element?.getAttribute('data-test-id') ?? null;
}

function asRecord(key: string, reading: DomReading): NormalizedRecord {
  return { app: 'jira', object: reading.object ?? 'issue', id: key, fields: { ...reading.values }, labels: { ...reading.labels } };
}

const packsFor = (object: string) => builtinPacksFor('jira', object).map(compilePack);
const NOW = { now: '2026-11-25T12:00:00Z' };

describe('finding the active issue view', () => {
  it('finds the view whose breadcrumb names the page key', () => {
    showIssue('ITSD-401');
    const root = findIssueView(document, 'ITSD-401');
    expect(root?.querySelector('h1')?.textContent).toBe('Printer on the 3rd floor shows offline');
  });

  it('refuses a view that still shows the previous issue while the next one loads', () => {
    showIssue('ITSD-401');
    expect(findIssueView(document, 'ITSD-409')).toBeNull();
  });

  it('scopes a queue page to the issue view, not the queue list beside it', () => {
    showQueueIssue('ITSD-409');
    const root = findIssueView(document, 'ITSD-409');
    expect(root?.querySelector('.queue-list')).toBeNull();
    expect(root?.querySelector('h1')?.textContent).toBe('Access to the Finance shared drive');
  });

  it('finds nothing on the queue list', () => {
    showQueue();
    expect(findIssueView(document, 'ITSD-409')).toBeNull();
  });

  it('ignores a hidden cached view', () => {
    showIssue('ITSD-401');
    document.querySelector('[data-demo-main]')?.setAttribute('hidden', '');
    expect(findIssueView(document, 'ITSD-401')).toBeNull();
  });

  it('goes through the adapter', () => {
    showIssue('ITSD-405');
    expect(jiraAdapter.activeRoot(document, recordPage('ITSD-405'))).toBe(findIssueView(document, 'ITSD-405'));
  });
});

describe('reading the issue view', () => {
  it('reads a done request without a resolution in the REST v3 shapes', () => {
    showIssue('ITSD-401');
    const reading = read('ITSD-401');
    expect(reading.object).toBe('request');
    expect(reading.values).toEqual({
      summary: 'Printer on the 3rd floor shows offline',
      status: { name: 'Resolved', statusCategory: { key: 'done' } },
      assignee: { displayName: 'Fatima Zahra' },
      priority: { name: 'Low' },
      resolution: null,
      requestType: 'Report a system problem',
    });
    expect(reading.labels).toMatchObject({ assignee: 'Assignee', priority: 'Priority', resolution: 'Resolution', requestType: 'Request Type' });
    expect(reading.header?.tagName).toBe('H1');
    expect(reading.pendingStage).toBeNull();
    expect(reading.editing.size).toBe(0);
  });

  it('anchors each field at its value container', () => {
    showIssue('ITSD-401');
    const { anchors, stageAnchor } = read('ITSD-401');
    expect(Object.fromEntries([...anchors].map(([field, element]) => [field, testIdOf(element)]))).toEqual({
      status: 'issue.views.issue-base.foundation.status.status-field-wrapper',
      assignee: 'issue.views.field.user.assignee',
      priority: 'issue-field-priority-readview-full.ui.priority.wrapper',
      resolution: 'issue.views.field.select.common.select-inline-edit.resolution',
      requestType: 'issue.views.field.select.common.select-inline-edit.customfield_10010',
    });
    expect(stageAnchor).toBe(anchors.get('status'));
  });

  it('reads an unassigned request as having no assignee', () => {
    showIssue('ITSD-409');
    expect(read('ITSD-409').values).toMatchObject({
      status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } },
      assignee: null,
    });
  });

  it('reads the older data-test-id attribute as well', () => {
    showIssue('ITSD-409', true);
    expect(document.querySelector('[data-testid]')).toBeNull();
    expect(read('ITSD-409').values).toMatchObject({ assignee: null, priority: { name: 'Medium' }, requestType: 'Request access' });
  });

  it('is enough for the packs when the API is unavailable', () => {
    showIssue('ITSD-401');
    const dirty = evaluateRecord(asRecord('ITSD-401', read('ITSD-401')), packsFor('request'), NOW);
    expect(dirty.findings.map((finding) => [finding.rule, finding.fields])).toEqual([['done-resolution', ['resolution']]]);

    showIssue('ITSD-409');
    const unassigned = evaluateRecord(asRecord('ITSD-409', read('ITSD-409')), packsFor('request'), NOW);
    expect(unassigned.findings.map((finding) => finding.rule)).toEqual(['in-progress-assignee']);

    for (const key of ['ITSD-412', 'ITSD-405', 'ITSD-398', 'ITSD-391']) {
      showIssue(key);
      expect(evaluateRecord(asRecord(key, read(key)), packsFor('request'), NOW).findings).toEqual([]);
    }
  });

  it('reports an open inline editor as an edit, with the picked value', () => {
    showIssue('ITSD-409');
    openInlineEditor('assignee');
    let reading = read('ITSD-409');
    expect([...reading.editing]).toEqual(['assignee']);
    expect(reading.values.assignee).toBeNull();
    expect(testIdOf(reading.anchors.get('assignee'))).toBe('issue.views.field.user.assignee');

    const picker = document.querySelector<HTMLSelectElement>('[data-demo-edit="assignee"] select');
    if (!picker) throw new Error('no picker');
    picker.value = picker.options[2]?.value ?? '';
    reading = read('ITSD-409');
    expect(reading.values.assignee).toEqual({ displayName: 'Jonas Weber' });
  });

  it('keeps the value last shown while an editor without a readable value is open', () => {
    showIssue('ITSD-405');
    expect(read('ITSD-405').values.priority).toEqual({ name: 'High' });
    document.querySelector('[data-demo-edit="priority"]')?.replaceChildren(Object.assign(document.createElement('input'), { value: 'Hig' }));
    const reading = read('ITSD-405');
    expect(reading.values.priority).toEqual({ name: 'High' });
    expect(reading.editing.has('priority')).toBe(true);
  });

  it('takes the status category from what the API taught it for statuses it cannot guess', () => {
    const issue = demoIssue('ITSD-391');
    issue.fields.status = { ...issue.fields.status, name: 'Triage' };
    showPage(browsePage(issue));
    expect(read('ITSD-391').values.status).toEqual({ name: 'Triage' });
    learnFromIssuePayload({ fields: { status: { name: 'Triage', statusCategory: { key: 'indeterminate' } } } });
    expect(read('ITSD-391').values.status).toEqual({ name: 'Triage', statusCategory: { key: 'indeterminate' } });
  });

  it('returns null for a view without its status button', () => {
    showIssue('ITSD-401');
    const root = findIssueView(document, 'ITSD-401');
    root?.querySelector('[data-demo-part="status"] button')?.remove();
    expect(root && readIssueView(root, recordPage('ITSD-401'))).toBeNull();
  });
});

describe('the pending stage', () => {
  it('is the category of the transition the user points at in the status dropdown', () => {
    showIssue('ITSD-412');
    openStatusDropdown('Resolve');
    const reading = read('ITSD-412');
    expect(reading.pendingStage).toBe('done');
    expect(reading.stageAnchor?.getAttribute('role')).toBe('listbox');
    showIssue('ITSD-412');
    openStatusDropdown('Start work');
    expect(read('ITSD-412').pendingStage).toBe('indeterminate');
  });

  it('is null while no transition is highlighted or the target is in the current category', () => {
    showIssue('ITSD-412');
    openStatusDropdown();
    expect(read('ITSD-412').pendingStage).toBeNull();
    showIssue('ITSD-405');
    openStatusDropdown('Start work');
    expect(read('ITSD-405').pendingStage).toBeNull();
  });

  it('ignores a highlighted option once the dropdown has closed', () => {
    showIssue('ITSD-412');
    openStatusDropdown('Resolve');
    document.querySelector('[data-demo-part="status"] button')?.setAttribute('aria-expanded', 'false');
    expect(read('ITSD-412').pendingStage).toBeNull();
  });

  it('is the transition screen target while the screen is open, with its fields as unsaved edits', () => {
    showIssue('ITSD-412');
    const resolution = openTransitionScreen('41');
    let reading = read('ITSD-412');
    expect(reading.pendingStage).toBe('done');
    expect(reading.stageAnchor?.tagName).toBe('HEADER');
    expect(reading.values.resolution).toBeNull();
    expect(reading.values.status).toEqual({ name: 'Resolved', statusCategory: { key: 'done' } });
    expect([...reading.editing].sort()).toEqual(['resolution', 'status']);
    expect(reading.anchors.get('resolution')).toBe(resolution);

    const gates = (values: DomReading) => evaluateAgainstStage(asRecord('ITSD-412', values), packsFor('request'), 'done', NOW).map((finding) => finding.rule);
    expect(gates(reading)).toEqual(['in-progress-assignee', 'done-resolution']);

    resolution.value = '10000';
    reading = read('ITSD-412');
    expect(reading.values.resolution).toEqual({ id: '10000', name: 'Done' });
    expect(gates(reading)).toEqual(['in-progress-assignee']);
    // Judged as it will be once submitted: done, so a chosen resolution is no "open request with a resolution".
    const now = evaluateRecord(asRecord('ITSD-412', reading), packsFor('request'), NOW).findings.map((finding) => finding.rule);
    expect(now).toEqual(['in-progress-assignee']);
  });
});

describe('selector health', () => {
  it('reports the anchors found on an issue page', () => {
    showIssue('ITSD-401');
    const health = Object.fromEntries(jiraAdapter.selectorHealth(document).map((entry) => [entry.name, entry.found]));
    expect(health).toMatchObject({
      'summary heading': 1,
      'current issue breadcrumb': 1,
      'status button': 1,
      'assignee field': 1,
      'priority field': 1,
      'resolution field': 1,
      'request type field': 1,
      'transition options (open status dropdown)': 0,
    });
  });

  it('shows the required anchors missing on a page without an issue', () => {
    showQueue();
    const missing = jiraAdapter.selectorHealth(document).filter((entry) => entry.required && entry.found === 0);
    expect(missing.map((entry) => entry.name)).toEqual(['summary heading', 'current issue breadcrumb', 'status button']);
  });
});
