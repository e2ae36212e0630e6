import { describe, expect, it } from 'vitest';
import { UnknownPayloadError } from '../../lib/records/model';
import { parsePayload } from '../../lib/records/parse';
import { loadSample, loadSampleObject, without } from './load';

const TICKET = 'zendesk-ticket-show-official-example.json';

function ticket(): Record<string, unknown> {
  return { ...(loadSampleObject(TICKET).ticket as Record<string, unknown>) };
}

describe('Zendesk Show Ticket (official example)', () => {
  const [record] = parsePayload(loadSample(TICKET));

  it('uses the ticket id and the agent URL on the subdomain from the API url', () => {
    expect(record).toMatchObject({ app: 'zendesk', object: 'ticket', id: '35436' });
    expect(record?.url).toBe('https://company.zendesk.com/agent/tickets/35436');
  });

  it('keeps ticket keys as fields and maps custom_fields by id', () => {
    expect(record?.fields).toMatchObject({
      id: 35436,
      status: 'open',
      priority: 'high',
      type: 'incident',
      group_id: 98738,
      assignee_id: 235323,
      tags: ['enterprise', 'other_tag'],
      via: { channel: 'web' },
      satisfaction_rating: { score: 'good' },
    });
    expect(record?.fields.custom_fields).toEqual({ '27642': '745', '27648': 'yes' });
  });

  it('has no labels or display values', () => {
    expect(record?.labels).toEqual({});
    expect(record?.displayValues).toBeUndefined();
  });
});

describe('Zendesk lists and search results', () => {
  it('parses List Tickets', () => {
    const withoutUrl = without(ticket(), 'url');
    const records = parsePayload({ tickets: [ticket(), { ...withoutUrl, id: 35437, custom_fields: [] }], next_page: null, count: 2 });
    expect(records.map((r) => r.id)).toEqual(['35436', '35437']);
    expect(records[1]?.url).toBe('/agent/tickets/35437');
    expect(records[1]?.fields.custom_fields).toEqual({});
  });

  it('keeps only tickets from search results', () => {
    const records = parsePayload({
      results: [{ ...ticket(), result_type: 'ticket' }, { id: 9, name: 'Ann', result_type: 'user' }],
      facets: null,
      count: 2,
    });
    expect(records).toHaveLength(1);
    expect(records[0]?.id).toBe('35436');
  });

  it('says so when search results hold no tickets', () => {
    expect(() => parsePayload({ results: [{ id: 9, result_type: 'user' }], count: 1 })).toThrow(/no tickets \(result types: user\)/);
  });

  it('uses the origin option over the API url', () => {
    const [record] = parsePayload(loadSample(TICKET), { origin: 'https://help.acme.example' });
    expect(record?.url).toBe('https://help.acme.example/agent/tickets/35436');
  });

  it('rejects a ticket without id', () => {
    const withoutId = without(ticket(), 'id');
    expect(() => parsePayload({ ticket: withoutId })).toThrow(UnknownPayloadError);
    expect(() => parsePayload({ ticket: withoutId })).toThrow(/Zendesk ticket.*ticket\.id is missing/);
  });

  it('rejects malformed custom_fields', () => {
    expect(() => parsePayload({ ticket: { ...ticket(), custom_fields: [{ value: 'x' }] } })).toThrow(/custom_fields\.0\.id is missing/);
  });
});
