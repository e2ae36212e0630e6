import { describe, expect, test } from 'vitest';
import { describePackTable, jiraRecord, lint, lintAgainst, sorted, summarize } from './helpers';

type Fields = Record<string, unknown>;
const SITE = 'https://acme.atlassian.net/rest/api/3';

// Status objects as GET /rest/api/3/issue returns them; the category ids and colours are Jira's fixed ones.
const status = (id: string, name: string, category: 'new' | 'indeterminate' | 'done') => ({
  self: `${SITE}/status/${id}`,
  description: '',
  iconUrl: 'https://acme.atlassian.net/',
  name,
  id,
  statusCategory: {
    new: { self: `${SITE}/statuscategory/2`, id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
    indeterminate: { self: `${SITE}/statuscategory/4`, id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
    done: { self: `${SITE}/statuscategory/3`, id: 3, key: 'done', colorName: 'green', name: 'Done' },
  }[category],
});
const WAITING_FOR_SUPPORT = status('10001', 'Waiting for support', 'new');
const IN_PROGRESS = status('10004', 'In progress', 'indeterminate');
const RESOLVED = status('10005', 'Resolved', 'done');
const UNDEFINED_CATEGORY = { ...status('10009', 'Legacy', 'new'), statusCategory: { id: 1, key: 'undefined', colorName: 'medium-gray', name: 'No Category' } };
const DONE_RESOLUTION = { self: `${SITE}/resolution/10000`, id: '10000', description: 'Work has been completed on this issue.', name: 'Done' };
const AGENT = { self: `${SITE}/user?accountId=5b10ac8d82e05b22cc7d4ef5`, accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Sam Okafor', active: true };
const HIGH = { self: `${SITE}/priority/2`, iconUrl: 'https://acme.atlassian.net/images/icons/priorities/high.svg', name: 'High', id: '2' };

// The JSM request type field holds {requestType, currentStatus}; its id (customfield_10010 here) differs per site.
const REQUEST_TYPE_FIELD = {
  _links: { jiraRest: `${SITE}/issue/10231` },
  requestType: { id: '12', name: 'Get IT help', description: 'Get assistance for general IT problems and questions.', issueTypeId: '10003', serviceDeskId: '1', groupIds: ['1'] },
  currentStatus: { status: 'In progress', statusCategory: 'INDETERMINATE', statusDate: { iso8601: '2026-11-25T08:01:10+0000' } },
};
const NAMES = { summary: 'Summary', status: 'Status', priority: 'Priority', assignee: 'Assignee', resolution: 'Resolution', customfield_10010: 'Request Type' };

const REQUEST: Fields = {
  summary: 'Laptop will not boot after BIOS update',
  issuetype: { id: '10003', name: '[System] Service request', subtask: false },
  project: { id: '10001', key: 'ITSM', name: 'IT Service Desk' },
  status: IN_PROGRESS,
  priority: HIGH,
  assignee: AGENT,
  reporter: { accountId: 'qm:7c1d5a0e-5f2b-4b8e-9d7a-1a2b3c4d5e6f:0c7a9d1e', displayName: 'Lena Fischer', active: true },
  resolution: null,
  resolutiondate: null,
  customfield_10010: REQUEST_TYPE_FIELD,
  created: '2026-11-24T09:12:44.120+0000',
  updated: '2026-11-25T08:01:10.331+0000',
};
const request = (overrides: Fields = {}) => () => jiraRecord('ITSM-231', { ...REQUEST, ...overrides }, NAMES, { object: 'request' });

describePackTable('jira-request-status-hygiene', request(), [
  {
    name: 'a request without a request type (raised in Jira, not the portal)',
    record: request({ customfield_10010: null }),
    expected: [{ rule: 'request-type-set', severity: 'warning' }],
  },
  { name: 'no priority', record: request({ priority: null }), expected: [{ rule: 'priority-set', severity: 'warning' }] },
  {
    name: 'in progress without an assignee',
    record: request({ assignee: null }),
    expected: [{ rule: 'in-progress-assignee', severity: 'error', gate: 'indeterminate', targetStage: 'indeterminate' }],
  },
  { name: 'waiting for support without an assignee is fine', record: request({ status: WAITING_FOR_SUPPORT, assignee: null }), expected: [] },
  {
    name: 'resolved without a resolution',
    record: request({ status: RESOLVED }),
    expected: [{ rule: 'done-resolution', severity: 'error', gate: 'done', targetStage: 'done' }],
  },
  {
    name: 'resolved but never assigned',
    record: request({ status: RESOLVED, resolution: DONE_RESOLUTION, assignee: null }),
    expected: [{ rule: 'in-progress-assignee', severity: 'error', gate: 'indeterminate', targetStage: 'done' }],
  },
  { name: 'properly resolved', record: request({ status: RESOLVED, resolution: DONE_RESOLUTION, resolutiondate: '2026-11-25T10:00:00.000+0000' }), expected: [] },
  {
    name: 'reopened but still carrying a resolution',
    record: request({ status: WAITING_FOR_SUPPORT, resolution: DONE_RESOLUTION }),
    expected: [{ rule: 'open-without-resolution', severity: 'warning' }],
  },
  { name: 'a status without a known category is not gated', record: request({ status: UNDEFINED_CATEGORY, assignee: null }), expected: [] },
]);

describe('Jira request: moving and parsing', () => {
  test('resolving an unassigned new request lists both requirements', () => {
    const fresh = request({ status: WAITING_FOR_SUPPORT, assignee: null });
    expect(summarize(lintAgainst(fresh(), 'done', ['jira-request-status-hygiene']))).toEqual(
      sorted([
        { rule: 'in-progress-assignee', severity: 'error', gate: 'indeterminate', targetStage: 'done' },
        { rule: 'done-resolution', severity: 'error', gate: 'done', targetStage: 'done' },
      ]),
    );
  });

  test('the parser recognises a request by its request type field, and only the request pack applies', () => {
    const record = jiraRecord('ITSM-231', { ...REQUEST, assignee: null }, NAMES);
    expect(record.object).toBe('request');
    expect(record.fields.requestType).toBe('Get IT help');
    expect(lint(record).findings.map((finding) => `${finding.pack}/${finding.rule}`)).toEqual(['jira-request-status-hygiene/in-progress-assignee']);
  });
});

const ISSUE: Fields = {
  summary: 'Checkout button stays disabled after address change',
  issuetype: { id: '10004', name: 'Bug', subtask: false },
  project: { id: '10000', key: 'SHOP', name: 'Web shop' },
  status: IN_PROGRESS,
  priority: HIGH,
  assignee: AGENT,
  resolution: null,
  created: '2026-11-20T14:02:11.000+0000',
  updated: '2026-11-25T07:45:39.000+0000',
};
const issue = (overrides: Fields = {}) => () => jiraRecord('SHOP-88', { ...ISSUE, ...overrides }, { summary: 'Summary', status: 'Status', resolution: 'Resolution' });

describePackTable('jira-issue-status-hygiene', issue(), [
  {
    name: 'in progress without an assignee',
    record: issue({ assignee: null }),
    expected: [{ rule: 'in-progress-assignee', severity: 'error', gate: 'indeterminate', targetStage: 'indeterminate' }],
  },
  {
    name: 'done without a resolution',
    record: issue({ status: status('10002', 'Done', 'done') }),
    expected: [{ rule: 'done-resolution', severity: 'error', gate: 'done', targetStage: 'done' }],
  },
  {
    name: 'back in To Do with a resolution',
    record: issue({ status: status('10000', 'To Do', 'new'), resolution: DONE_RESOLUTION }),
    expected: [{ rule: 'open-without-resolution', severity: 'warning' }],
  },
  { name: 'an issue without priority is not the issue pack\'s concern', record: issue({ priority: null }), expected: [] },
]);

test('a plain Jira issue gets the issue pack, not the request pack', () => {
  const record = issue({ assignee: null })();
  expect(record.object).toBe('issue');
  expect(lint(record).findings.map((finding) => `${finding.pack}/${finding.rule}`)).toEqual(['jira-issue-status-hygiene/in-progress-assignee']);
});
