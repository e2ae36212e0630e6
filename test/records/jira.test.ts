import { describe, expect, it } from 'vitest';
import { UnknownPayloadError } from '../../lib/records/model';
import { parsePayload } from '../../lib/records/parse';
import { loadSample, loadSampleObject } from './load';

const ISSUE = 'jira-cloud-v3-get-issue-official-example.json';
const STATUS = 'jira-cloud-v3-status-official-example.json';

/** The shape JSM puts in its request type field (customfield_10010 on most sites). */
const requestTypeValue = {
  _links: { self: 'https://your-domain.atlassian.net/rest/servicedeskapi/request/10002' },
  requestType: { id: '12', name: 'Request new hardware', serviceDeskId: '1', issueTypeId: '10004' },
  currentStatus: { status: 'Waiting for support', statusCategory: 'NEW' },
};

function issueWith(fields: Record<string, unknown>, names?: Record<string, string>): Record<string, unknown> {
  const issue = loadSampleObject(ISSUE);
  issue.fields = { ...(issue.fields as Record<string, unknown>), ...fields };
  if (names) issue.names = names;
  return issue;
}

describe('Jira issue (Atlassian OpenAPI example)', () => {
  const [record] = parsePayload(loadSample(ISSUE));

  it('uses the key as id and builds the browse URL from self', () => {
    expect(record).toMatchObject({ app: 'jira', object: 'issue', id: 'ED-1' });
    expect(record?.url).toBe('https://your-domain.atlassian.net/browse/ED-1');
  });

  it('keeps fields as they come, nested objects included', () => {
    expect(record?.fields).toMatchObject({
      project: { key: 'EX', name: 'Example' },
      watcher: { watchCount: 1 },
      description: { type: 'doc' },
      timetracking: { originalEstimateSeconds: 600 },
    });
    // The example is sloppy here: a real `updated` is a date-time string.
    expect(record?.fields.updated).toBe(1);
    expect(record?.fields).not.toHaveProperty('requestType');
  });

  it('has no labels without expand=names', () => {
    expect(record?.labels).toEqual({});
  });

  it('prefers the origin option', () => {
    const [withOrigin] = parsePayload(loadSample(ISSUE), { origin: 'https://acme.atlassian.net' });
    expect(withOrigin?.url).toBe('https://acme.atlassian.net/browse/ED-1');
  });
});

describe('Jira Service Management requests', () => {
  it('is a request when a field holds a requestType object, and exposes its name as requestType', () => {
    const [record] = parsePayload(issueWith({ customfield_10010: requestTypeValue }, { customfield_10010: 'Request Type', summary: 'Summary' }));
    expect(record?.object).toBe('request');
    expect(record?.fields.requestType).toBe('Request new hardware');
    expect(record?.fields.customfield_10010).toEqual(requestTypeValue);
    expect(record?.labels).toMatchObject({ customfield_10010: 'Request Type', summary: 'Summary', requestType: 'Request Type' });
  });

  it('finds the request type field by its label in names', () => {
    const [record] = parsePayload(issueWith({ customfield_10200: 'Get IT help' }, { customfield_10200: 'Customer Request Type' }));
    expect(record?.object).toBe('request');
    expect(record?.fields.requestType).toBe('Get IT help');
  });

  it('is an issue when the request type field is empty', () => {
    const [record] = parsePayload(issueWith({ customfield_10010: null }, { customfield_10010: 'Request Type' }));
    expect(record?.object).toBe('issue');
    expect(record?.fields).not.toHaveProperty('requestType');
  });

  it('follows an explicit object option', () => {
    const [record] = parsePayload(issueWith({ customfield_10010: requestTypeValue }), { object: 'issue' });
    expect(record?.object).toBe('issue');
    expect(() => parsePayload(loadSample(ISSUE), { object: 'ticket' })).toThrow(/use one of: issue, request/);
  });
});

describe('Jira search results', () => {
  const search = {
    startAt: 0,
    maxResults: 50,
    total: 2,
    names: { status: 'Status', customfield_10010: 'Request Type' },
    issues: [
      {
        id: '10412',
        key: 'ITSD-412',
        self: 'https://acme-it.atlassian.net/rest/api/3/issue/10412',
        fields: { status: { name: 'Resolved', statusCategory: { id: 3, key: 'done' } }, resolution: null, customfield_10010: requestTypeValue },
      },
      { id: '10413', key: 'OPS-7', self: 'https://acme-it.atlassian.net/rest/api/3/issue/10413', fields: { status: { name: 'To Do', statusCategory: { key: 'new' } } } },
    ],
  };

  it('parses every issue and shares the top-level names', () => {
    const records = parsePayload(search);
    expect(records.map((r) => [r.id, r.object])).toEqual([
      ['ITSD-412', 'request'],
      ['OPS-7', 'issue'],
    ]);
    expect(records[0]?.fields).toMatchObject({ status: { statusCategory: { key: 'done' } }, resolution: null });
    expect(records[1]?.labels.status).toBe('Status');
    expect(records[0]?.url).toBe('https://acme-it.atlassian.net/browse/ITSD-412');
  });

  it('names the broken issue', () => {
    const broken = { ...search, issues: [...search.issues, { id: '1', self: 'x', fields: {} }] };
    expect(() => parsePayload(broken)).toThrow(/Jira search results.*issues\.2\.key is missing/);
  });
});

describe('Jira resources that are not issues', () => {
  it('explains that a status is not an issue', () => {
    expect(() => parsePayload(loadSample(STATUS))).toThrow(UnknownPayloadError);
    expect(() => parsePayload(loadSample(STATUS))).toThrow(/Jira REST resource.*not an issue/);
  });

  it('asks for the key of an issue-looking payload without one', () => {
    expect(() => parsePayload({ self: 'https://a.atlassian.net/rest/api/3/issue/1', fields: {} })).toThrow(/Jira issue.*key is missing/);
  });
});
