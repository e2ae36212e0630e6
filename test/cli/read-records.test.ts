import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOf, readRecords } from '../../lib/cli/read-records';
import { REPO_ROOT, SALESFORCE_SAMPLE, ZENDESK_SAMPLE } from './run-cli';

const salesforce = readFileSync(join(REPO_ROOT, SALESFORCE_SAMPLE), 'utf8');
const zendesk = readFileSync(join(REPO_ROOT, ZENDESK_SAMPLE), 'utf8');
const OPPORTUNITY = { app: 'salesforce', object: 'Opportunity' } as const;

describe('formatOf', () => {
  it('goes by extension, then sniffs', () => {
    expect(formatOf('a.JSON', 'x')).toBe('json');
    expect(formatOf('a.jsonl', '{}')).toBe('ndjson');
    expect(formatOf('a.ndjson', '{}')).toBe('ndjson');
    expect(formatOf('a.csv', '{}')).toBe('csv');
    expect(formatOf('stdin', '  {"a": 1}\n')).toBe('json');
    expect(formatOf('stdin', '{"a": 1}\n{"a": 2}\n')).toBe('ndjson');
    expect(formatOf('stdin', '[1, 2')).toBe('json');
    expect(formatOf('stdin', 'Id,Name\n1,x\n')).toBe('csv');
  });
});

describe('readRecords', () => {
  it('parses native payloads and arrays of them', () => {
    const single = readRecords({ name: 'one.json', text: salesforce });
    expect(single.problems).toEqual([]);
    expect(single.records.map((record) => record.id)).toEqual(['006xx000001aAskAAE']);

    const array = readRecords({ name: 'two.json', text: `[${salesforce}, ${zendesk}]` });
    expect(array.records.map((record) => `${record.app}/${record.object}`)).toEqual(['salesforce/Opportunity', 'zendesk/ticket']);
  });

  it('mixes payloads and flat rows when the target is known', () => {
    const text = `[${zendesk}, {"Id": "006Z", "Amount": 1}]`;
    const result = readRecords({ name: 'mixed.json', text }, OPPORTUNITY);
    expect(result.problems).toEqual([]);
    expect(result.records.map((record) => `${record.app}/${record.id}`)).toEqual(['zendesk/35436', 'salesforce/006Z']);
  });

  it('suggests --app and --object for flat rows without a target', () => {
    const result = readRecords({ name: 'rows.json', text: '[{"Id": "006Z"}]' });
    expect(result.records).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/^rows\.json: .*flat rows of field values need --app and --object\)$/)]);
  });

  it('turns empty CSV cells into missing values and nests dotted columns', () => {
    const result = readRecords({ name: 'x.csv', text: 'Id,NextStep,Account.Name\r\n006A,,Acme\r\n\r\n' }, OPPORTUNITY);
    expect(result.problems).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]?.fields).toEqual({ Id: '006A', NextStep: null, Account: { Name: 'Acme' } });
  });

  it('reports malformed CSV with its line', () => {
    const result = readRecords({ name: 'x.csv', text: 'Id,Name\n006A,"unterminated\n' }, OPPORTUNITY);
    expect(result.records).toEqual([]);
    expect(result.problems[0]).toMatch(/^x\.csv:2: /);
    const ragged = readRecords({ name: 'y.csv', text: 'Id,Name\n006A,x\n006B,y,z\n' }, OPPORTUNITY);
    expect(ragged.problems).toEqual(['y.csv: data row 2: Too many fields: expected 2 fields but parsed 3']);
  });

  it('reads a one-column CSV, which has no delimiter to detect', () => {
    const result = readRecords({ name: 'ids.csv', text: 'Id\n006A\n006B\n' }, OPPORTUNITY);
    expect(result.problems).toEqual([]);
    expect(result.records.map((record) => record.id)).toEqual(['006A', '006B']);
  });

  it('keeps the good lines of NDJSON and names the bad ones', () => {
    const text = `${JSON.stringify(JSON.parse(zendesk))}\nnot json\n{"nothing": "known"}\n`;
    const result = readRecords({ name: 'in.ndjson', text });
    expect(result.records.map((record) => record.id)).toEqual(['35436']);
    expect(result.problems).toEqual([
      expect.stringMatching(/^in\.ndjson:2: not valid JSON: /),
      expect.stringMatching(/^in\.ndjson:3: not a record payload FieldGuard knows/),
    ]);
  });

  it('calls empty input a problem rather than "no records"', () => {
    expect(readRecords({ name: 'stdin', text: ' \n' }).problems).toEqual(['stdin: is empty']);
  });
});
