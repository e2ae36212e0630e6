/**
 * The example records are what the CLI's run command and the demo lint, so beyond parsing they must keep the
 * problems they were written to show.
 */
import { describe, expect, it } from 'vitest';
import { APPS, normalizedRecordSchema, type NormalizedRecord } from '../../lib/records/model';
import { detectPayloadApp, parsePayload } from '../../lib/records/parse';
import { EXAMPLE_FILES } from '../../lib/examples';
import { EXAMPLE_JSON_FILES, loadExample } from './load';

const parsed = (name: string): NormalizedRecord[] => parsePayload(loadExample(name));
const byField = (records: NormalizedRecord[], name: string, value: unknown) => records.filter((r) => r.fields[name] === value);

describe('example files', () => {
  it('are exactly the files the manifest lists', () => {
    expect([...EXAMPLE_JSON_FILES].sort()).toEqual(EXAMPLE_FILES.map((example) => example.file).sort());
  });

  it.each(EXAMPLE_FILES)('$file holds $app $object records, as the manifest says', ({ file, app, object }) => {
    expect(parsed(file).every((record) => record.app === app && record.object === object)).toBe(true);
  });

  it.each(EXAMPLE_JSON_FILES)('%s parses into valid records of its app with unique ids', (name) => {
    const app = APPS.find((candidate) => name.startsWith(candidate));
    expect(detectPayloadApp(loadExample(name))).toBe(app);
    const records = parsed(name);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(normalizedRecordSchema.parse(record)).toEqual(record);
      expect(record.app).toBe(app);
    }
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('have ids unique across all files', () => {
    const ids = EXAMPLE_JSON_FILES.flatMap((name) => parsed(name).map((r) => `${r.app}:${r.object}:${r.id}`));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('example content', () => {
  it('Salesforce opportunities cover every standard stage and the intended problems', () => {
    const records = parsed('salesforce-opportunities.json');
    expect(new Set(records.map((r) => r.fields.StageName))).toEqual(
      new Set(['Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers', 'Perception Analysis', 'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost']),
    );
    const open = records.filter((r) => r.fields.IsClosed === false);
    expect(open.some((r) => String(r.fields.CloseDate) < '2026-11-25')).toBe(true);
    expect(open.some((r) => r.fields.NextStep === null)).toBe(true);
    expect(records.some((r) => r.fields.ForecastCategoryName === 'Commit' && r.fields.Amount === null)).toBe(true);
    expect(byField(records, 'StageName', 'Qualification')[0]?.fields.Probability).toBe(80);
    expect(open.some((r) => String(r.fields.LastActivityDate) < '2026-09-01')).toBe(true);
    expect(records[0]?.fields.Account).toEqual({ Name: 'Northwind Traders' });
    expect(records[0]?.fields.Owner).toEqual({ Name: 'Priya Raman' });
  });

  it('the UI API opportunity has nested lookups and display values', () => {
    const [record] = parsed('salesforce-opportunity-uiapi.json');
    expect(record?.fields.Account).toMatchObject({ Name: 'Contoso Pharmaceuticals' });
    expect(record?.displayValues?.Amount).toBe('$235,000.00');
  });

  it('Salesforce leads include a placeholder company, a bad email and a bad phone', () => {
    const records = parsed('salesforce-leads.json');
    expect(records.every((r) => r.object === 'Lead')).toBe(true);
    expect(byField(records, 'Company', 'N/A')).toHaveLength(1);
    expect(records.some((r) => typeof r.fields.Email === 'string' && !/^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(r.fields.Email))).toBe(true);
    expect(records.some((r) => typeof r.fields.Phone === 'string' && /[A-Z]{3,}/.test(r.fields.Phone))).toBe(true);
  });

  it('ServiceNow incidents include each intended inconsistency', () => {
    const records = parsed('servicenow-incidents.json');
    expect(records.every((r) => r.object === 'incident' && r.url?.startsWith('https://acme.service-now.com/incident.do?sys_id='))).toBe(true);
    expect(records.some((r) => r.fields.impact === '3' && r.fields.urgency === '3' && r.fields.priority !== '5')).toBe(true);
    expect(records.some((r) => r.fields.state === '6' && r.fields.close_notes === '')).toBe(true);
    expect(records.some((r) => r.fields.state === '3' && r.fields.hold_reason === '')).toBe(true);
    expect(byField(records, 'short_description', 'issue')).toHaveLength(1);
  });

  it('ServiceNow changes cover every state and one Implement change lacks a backout plan', () => {
    const records = parsed('servicenow-change-requests.json');
    expect(new Set(records.map((r) => r.fields.state))).toEqual(new Set(['-5', '-4', '-3', '-2', '-1', '0', '3', '4']));
    expect(records.filter((r) => r.fields.state === '-1' && r.fields.backout_plan === '')).toHaveLength(1);
  });

  it('Jira requests expose the request type and include the two intended problems', () => {
    const records = parsed('jira-requests.json');
    expect(records.every((r) => r.object === 'request' && typeof r.fields.requestType === 'string')).toBe(true);
    const category = (r: NormalizedRecord) => (r.fields.status as { statusCategory: { key: string } }).statusCategory.key;
    expect(new Set(records.map(category))).toEqual(new Set(['new', 'indeterminate', 'done']));
    expect(records.some((r) => category(r) === 'done' && r.fields.resolution === null)).toBe(true);
    expect(records.some((r) => category(r) === 'indeterminate' && r.fields.assignee === null)).toBe(true);
    expect(records[0]?.labels.customfield_10010).toBe('Request Type');
  });

  it('Zendesk tickets include a solved ticket without group and a stale pending one', () => {
    const records = parsed('zendesk-tickets.json');
    expect(records.some((r) => r.fields.status === 'solved' && r.fields.group_id === null)).toBe(true);
    expect(records.some((r) => r.fields.status === 'pending' && String(r.fields.updated_at) < '2026-10-01')).toBe(true);
    expect(records[0]?.fields.custom_fields).toEqual({ '360012345678': 'billing', '360012345679': 'team' });
  });

  it('HubSpot deals use default pipeline stage ids and are inferred as deals', () => {
    const records = parsed('hubspot-deals.json');
    expect(records.every((r) => r.object === 'deal' && r.fields.pipeline === 'default')).toBe(true);
    expect(records.every((r) => r.fields.hs_object_id === r.id)).toBe(true);
    const stages = ['appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent', 'closedwon', 'closedlost'];
    expect(records.every((r) => stages.includes(String(r.fields.dealstage)))).toBe(true);
  });

  it('HubSpot contacts are inferred as contacts', () => {
    expect(parsed('hubspot-contacts.json').every((r) => r.object === 'contact')).toBe(true);
  });
});
