import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSING_PACK, runCli, SALESFORCE_SAMPLE, SAMPLES, scratchDirectory, TEST_PACK, ZENDESK_SAMPLE } from './run-cli';

const NOW = ['--now', '2025-01-15'];
let scratch: Awaited<ReturnType<typeof scratchDirectory>>;
let testPack: string;
let passingPack: string;

beforeAll(async () => {
  scratch = await scratchDirectory();
  testPack = await scratch.write('test-pack.json', TEST_PACK);
  passingPack = await scratch.write('passing-pack.json', PASSING_PACK);
});
afterAll(() => scratch.remove());

interface JsonReport {
  records: { app: string; object: string; id: string; score: number; url?: string; findings: Record<string, unknown>[] }[];
}

function report(stdout: string): JsonReport {
  expect(stdout.endsWith('}\n')).toBe(true);
  return JSON.parse(stdout) as JsonReport;
}

describe('fieldguard check --json', () => {
  it('reports findings in the documented shape and exits 1 on an error finding', async () => {
    const result = await runCli(['check', '--pack', testPack, '--json', ...NOW, SALESFORCE_SAMPLE]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const { records } = report(result.stdout);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({ app: 'salesforce', object: 'Opportunity', id: '006xx000001aAskAAE', score: 86 });
    for (const key of ['app', 'object', 'id', 'score', 'findings']) expect(record).toHaveProperty(key);
    expect(record?.findings).toEqual([
      { rule: 'big-deal', fields: ['Amount'], severity: 'error', message: 'Only deals above one million belong here.', pack: 'cli-test-opportunity' },
      { rule: 'next-step', fields: ['NextStep'], severity: 'warning', message: 'Fill in the next step.', pack: 'cli-test-opportunity' },
    ]);
  });

  it('exits 0 when nothing fails at severity error', async () => {
    const result = await runCli(['check', '--pack', passingPack, '--json', ...NOW, SALESFORCE_SAMPLE]);
    expect(result.code).toBe(0);
    expect(report(result.stdout).records[0]).toMatchObject({ score: 100, findings: [] });
  });

  it('applies the built-in packs of the record when no --pack is given', async () => {
    const result = await runCli(['check', '--json', ...NOW, SALESFORCE_SAMPLE]);
    expect([0, 1]).toContain(result.code);
    expect(result.stderr).not.toContain('no pack');
    const [record] = report(result.stdout).records;
    expect(record?.id).toBe('006xx000001aAskAAE');
    for (const finding of record?.findings ?? []) expect(String(finding.pack)).toMatch(/^salesforce-opportunity-/);
  });

  it('accepts a built-in pack id for --pack', async () => {
    const result = await runCli(['check', '--pack', 'salesforce-opportunity-forecast-hygiene', '--json', ...NOW, SALESFORCE_SAMPLE]);
    expect([0, 1]).toContain(result.code);
    for (const finding of report(result.stdout).records[0]?.findings ?? []) {
      expect(finding.pack).toBe('salesforce-opportunity-forecast-hygiene');
    }
  });

  it('scores records no pack covers 100 and says so on stderr', async () => {
    const result = await runCli(['check', '--pack', testPack, '--json', ...NOW, ZENDESK_SAMPLE]);
    expect(result.code).toBe(0);
    expect(report(result.stdout).records).toEqual([
      { app: 'zendesk', object: 'ticket', id: '35436', url: expect.any(String), score: 100, findings: [] },
    ]);
    expect(result.stderr).toContain('fieldguard: no pack for zendesk/ticket');
  });

  it('evaluates as of --now, so date rules are reproducible', async () => {
    const pack = await scratch.write('dates.json', {
      ...PASSING_PACK,
      id: 'cli-test-dates',
      rules: [
        {
          id: 'close-date-ahead',
          title: 'Close date ahead',
          message: 'The close date has passed.',
          severity: 'error',
          fields: ['CloseDate'],
          check: { '>=': [{ days_until: [{ var: 'CloseDate' }] }, 0] },
        },
      ],
      fields: { CloseDate: { type: 'date' } },
    });
    // The sample closes on 2019-07-22.
    const before = await runCli(['check', '--pack', pack, '--json', '--now', '2019-07-22T23:30:00', SALESFORCE_SAMPLE]);
    const after = await runCli(['check', '--pack', pack, '--json', '--now', '2019-07-23', SALESFORCE_SAMPLE]);
    expect([before.code, after.code]).toEqual([0, 1]);
    // "Today" follows --time-zone: 03:00 UTC on the 23rd is still the 22nd in Los Angeles.
    const losAngeles = await runCli(['check', '--pack', pack, '--now', '2019-07-23T03:00:00Z', '--time-zone', 'America/Los_Angeles', SALESFORCE_SAMPLE]);
    expect(losAngeles.code).toBe(0);
    // A time without an offset is wall-clock time in that zone, not UTC (20:00 UTC would be the 23rd in Tokyo).
    const tokyo = await runCli(['check', '--pack', pack, '--now', '2019-07-22T20:00', '--time-zone', 'Asia/Tokyo', SALESFORCE_SAMPLE]);
    expect(tokyo.code).toBe(0);
  });
});

describe('fieldguard check (table)', () => {
  it('prints a header per record, aligned findings and a summary, without colours when not a TTY', async () => {
    const result = await runCli(['check', '--pack', testPack, ...NOW, SALESFORCE_SAMPLE, ZENDESK_SAMPLE]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('salesforce Opportunity 006xx000001aAskAAE  score 86  /lightning/r/Opportunity/006xx000001aAskAAE/view');
    expect(lines[1]).toBe('  error    big-deal   Amount    Only deals above one million belong here.');
    expect(lines[2]).toBe('  warning  next-step  NextStep  Fill in the next step.');
    expect(lines[4]).toMatch(/^zendesk ticket 35436 {2}score 100/);
    expect(lines[5]).toBe('  no findings');
    expect(lines.at(-1)).toBe('2 records, 1 error, 1 warning, 0 info');
    expect(result.stdout).not.toContain('\u001b[');
  });
});

describe('fieldguard check inputs', () => {
  it('reads CSV with --app and --object, nesting dotted columns and coercing declared types', async () => {
    const csv = await scratch.write(
      'opportunities.csv',
      '\uFEFFId,Name,Amount,NextStep,Account.Name\n006A,Acme renewal,"2,500,000",Call the CFO,Acme\n006B,Beta,,,\n',
    );
    const result = await runCli(['check', '--pack', testPack, '--json', '--app', 'salesforce', '--object', 'Opportunity', csv]);
    expect(result.code).toBe(1);
    const { records } = report(result.stdout);
    expect(records.map((record) => [record.id, record.score, record.findings.map((finding) => finding.rule)])).toEqual([
      ['006A', 100, []],
      ['006B', 86, ['big-deal', 'next-step']],
    ]);
  });

  it('refuses CSV without --app and --object', async () => {
    const csv = await scratch.write('rows.csv', 'Id,Name\n006A,Acme\n');
    const result = await runCli(['check', '--pack', testPack, csv]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^fieldguard: .*rows\.csv: .*--app and --object/m);
    expect(result.stdout).not.toContain('score');
  });

  it('reads NDJSON of native payloads and flat rows, and names the line of a broken one', async () => {
    const sample = JSON.stringify(JSON.parse(await readFile(SALESFORCE_SAMPLE, 'utf8')));
    const ndjson = await scratch.write('mixed.ndjson', `${sample}\n\n{"Id":"006C","Name":"Row","Amount":"2000000","NextStep":"x"}\n`);
    const ok = await runCli(['check', '--pack', testPack, '--json', '--app', 'salesforce', '--object', 'Opportunity', ndjson]);
    expect(report(ok.stdout).records.map((record) => [record.id, record.score])).toEqual([
      ['006xx000001aAskAAE', 86],
      ['006C', 100],
    ]);

    const broken = await scratch.write('broken.jsonl', `${sample}\n{"Id": \n`);
    const result = await runCli(['check', '--pack', testPack, '--json', broken]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/broken\.jsonl:2: not valid JSON/);
    expect(report(result.stdout).records).toHaveLength(1);
  });

  it('reads a JSON array of flat objects with --app and --object', async () => {
    const rows = await scratch.write('rows.json', [{ Id: '006D', Name: 'A', Amount: 5, NextStep: 'Call' }]);
    const result = await runCli(['check', '--pack', testPack, '--json', '--app', 'salesforce', '--object', 'Opportunity', rows]);
    expect(result.code).toBe(1);
    expect(report(result.stdout).records.map((record) => record.findings.map((finding) => finding.rule))).toEqual([['big-deal']]);
  });

  it('reads stdin for -', async () => {
    const input = await readFile(SALESFORCE_SAMPLE, 'utf8');
    const result = await runCli(['check', '--pack', testPack, '--json', '-'], { input });
    expect(result.code).toBe(1);
    expect(report(result.stdout).records[0]?.id).toBe('006xx000001aAskAAE');
  });

  it('checks every record file of a directory in name order and reports the unusable ones (exit 2)', async () => {
    const result = await runCli(['check', '--json', ...NOW, `${SAMPLES}/`]);
    expect(result.code).toBe(2);
    const ids = report(result.stdout).records.map((record) => `${record.app}/${record.id}`);
    expect(ids).toEqual([
      'hubspot/87654321098',
      'jira/ED-1',
      'salesforce/006xx000001aAskAAE',
      'servicenow/a9e30c7dc61122760116894de7bcc7bd',
      'servicenow/a9e30c7dc61122760116894de7bcc7bd',
      'zendesk/35436',
    ]);
    expect(result.stderr).toMatch(/salesforce-uiapi-object-info-opportunity-trimmed\.json: .*not a record/);
    expect(result.stderr).not.toContain('README');
  });

  it('reports invalid JSON with its line and column', async () => {
    const bad = await scratch.write('bad.json', '{\n  "ticket": {\n    "id": 1,\n  }\n}\n');
    const result = await runCli(['check', bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^fieldguard: .*bad\.json: not valid JSON: .* at line 4 column 3$/m);
  });

  it('reports payloads of no known format', async () => {
    const unknown = await scratch.write('unknown.json', { hello: 'world' });
    const result = await runCli(['check', unknown]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown\.json: not a record payload FieldGuard knows/);
  });

  it('reports files that cannot be read', async () => {
    const result = await runCli(['check', 'no/such/file.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('fieldguard: no/such/file.json: cannot read: no such file or directory\n');
  });
});

describe('fieldguard check packs and options', () => {
  it('prints every issue of an invalid pack with its path and evaluates nothing', async () => {
    const invalid = await scratch.write('invalid-pack.json', {
      ...TEST_PACK,
      rules: [{ ...TEST_PACK.rules[0], severity: 'fatal', check: { frobnicate: [{ var: 'Amount' }] } }],
    });
    const result = await runCli(['check', '--pack', invalid, SALESFORCE_SAMPLE]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/invalid-pack\.json: \$\.rules\[0\]\.severity: "fatal" is not allowed/);
    expect(result.stderr).toMatch(/invalid-pack\.json: \$\.rules\[0\]\.check\S*: .*frobnicate/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown pack id and lists the built-in ones', async () => {
    const result = await runCli(['check', '--pack', 'no-such-pack', SALESFORCE_SAMPLE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^fieldguard: --pack: "no-such-pack" is neither a built-in pack nor a file; built-in packs: .*salesforce-opportunity-forecast-hygiene/);
  });

  it.each([
    [['--now', 'yesterday'], /--now: "yesterday" is not an ISO 8601 date/],
    [['--now', '2025-02-30'], /--now: "2025-02-30"/],
    [['--time-zone', 'Mars/Olympus'], /--time-zone: unknown time zone "Mars\/Olympus"/],
    [['--app', 'sap', '--object', 'order'], /--app: unknown app "sap"; use one of salesforce, hubspot/],
    [['--app', 'jira', '--object', 'epic'], /--object: unknown jira object "epic"; use one of issue, request/],
    [['--app', 'jira'], /--app and --object go together/],
    [['--colour'], /check: unknown option "--colour"/],
  ])('exits 2 on %j', async (options, reason) => {
    const result = await runCli(['check', ...options, SALESFORCE_SAMPLE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).toMatch(/^fieldguard: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when an option lacks its value', async () => {
    const result = await runCli(['check', SALESFORCE_SAMPLE, '--pack']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('fieldguard: check: option "--pack" needs a value\n');
  });

  it('needs at least one input', async () => {
    const result = await runCli(['check', '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('check needs at least one FILE');
  });
});
