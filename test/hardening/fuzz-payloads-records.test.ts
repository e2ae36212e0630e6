/**
 * API payloads and records at FieldGuard's boundary: parsePayload answers any input with records or an
 * UnknownPayloadError (never a TypeError or a stack overflow), and the built-in packs evaluate any record, however
 * odd its values, without throwing and with a score in 0..100. Inputs are real payloads (the vendors' documented
 * samples and the shipped examples) with random parts broken, which reach deep into the parsers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPS, UnknownPayloadError, normalizedRecordSchema, type App, type NormalizedRecord } from '../../lib/records/model';
import { parsePayload, type ParseOptions } from '../../lib/records/parse';
import { BUILTIN_PACKS } from '../../lib/rules/builtin';
import { compilePack, evaluateAgainstStage, evaluateRecord } from '../../lib/rules/engine';
import { deepArray, deepObject, hostileLeaf, hostileValue, mutate, mutations } from './hostile-json';

const ROOT = resolve(import.meta.dirname, '../..');
const SAMPLE_DIRS = [join(ROOT, 'test/fixtures/samples'), join(ROOT, 'lib/examples')];
const SAMPLES: readonly unknown[] = SAMPLE_DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown),
);

const PAYLOAD_KEYS = [
  'id', 'Id', 'key', 'self', 'fields', 'names', 'value', 'displayValue', 'display_value', 'apiName', 'attributes', 'type',
  'url', 'records', 'result', 'sys_id', 'sys_class_name', 'ticket', 'tickets', 'results', 'custom_fields', 'properties',
  'objectTypeId', 'objectId', 'portalId', 'issues', 'status', 'statusCategory', 'priority', 'Amount', 'StageName',
];

const options: fc.Arbitrary<ParseOptions> = fc.record(
  {
    app: fc.constantFrom(...APPS),
    object: fc.constantFrom('Opportunity', 'incident', 'deal', 'ticket', 'issue', 'request', 'nonsense', ''),
    origin: fc.constantFrom('https://acme.lightning.force.com', 'not a url', ''),
    labels: fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
    objectInfo: hostileValue(PAYLOAD_KEYS),
    sysparmDisplayValue: fc.constantFrom('false', 'true', 'all'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<ParseOptions>;

/** Records that are valid, or UnknownPayloadError; any other exception fails with its own stack. */
function assertParsesOrRefuses(json: unknown, parseOptions?: ParseOptions): void {
  let records: NormalizedRecord[];
  try {
    records = parsePayload(json, parseOptions);
  } catch (error) {
    if (error instanceof UnknownPayloadError) return;
    throw error;
  }
  for (const record of records) normalizedRecordSchema.parse(record);
}

describe('parsePayload on hostile payloads', () => {
  it('refuses or parses real samples with random parts broken', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), mutations(PAYLOAD_KEYS), fc.option(options, { nil: undefined }), (sample, changes, parseOptions) =>
        assertParsesOrRefuses(mutate(sample, changes), parseOptions),
      ),
      { numRuns: 200 },
    );
  });

  it('refuses or parses random values, with and without options', () => {
    fc.assert(fc.property(hostileValue(PAYLOAD_KEYS), fc.option(options, { nil: undefined }), assertParsesOrRefuses), { numRuns: 150 });
  });

  it('survives values nested thousands deep inside otherwise real payloads', () => {
    for (const sample of SAMPLES) {
      for (const deep of [deepArray(), deepObject('value'), deepObject('fields')]) {
        assertParsesOrRefuses(mutate(sample, [[3, 'replace', deep]]));
        assertParsesOrRefuses(mutate(sample, [[17, 'replace', deep]]));
      }
    }
  });
});

const COMPILED = BUILTIN_PACKS.map(compilePack);
const NOW = { now: '2026-11-25T12:00:00Z', timeZone: 'America/New_York' };

/** Fields each app's built-in packs read, so random records hit the rules rather than missing them. */
function fieldNamesOf(app: App): string[] {
  const names = new Set<string>();
  for (const { pack } of COMPILED.filter((compiled) => compiled.pack.app === app)) {
    for (const name of Object.keys(pack.fields ?? {})) names.add(name);
    if (pack.stages) names.add(pack.stages.field);
  }
  return [...names];
}

const record: fc.Arbitrary<NormalizedRecord> = fc.constantFrom(...BUILTIN_PACKS).chain(({ app, object, stages }) => {
  const names = fieldNamesOf(app);
  const stageValues = stages?.values.map((stage) => stage.value) ?? [];
  const value = fc.oneof(hostileLeaf, hostileValue(names), ...(stageValues.length > 0 ? [fc.constantFrom(...stageValues)] : []));
  return fc.record({
    app: fc.constant(app),
    object: fc.constant(object),
    id: fc.constantFrom('1', 'x'),
    fields: fc.dictionary(fc.constantFrom(...names, 'Account.Name', '__proto__', 'constructor'), value, { maxKeys: names.length }),
    labels: fc.constant({}),
  });
});

describe('built-in packs on hostile records', () => {
  it('evaluate without throwing and score within 0..100', () => {
    fc.assert(
      fc.property(record, (candidate) => {
        const evaluation = evaluateRecord(candidate, COMPILED, NOW);
        expect(evaluation.score).toBeGreaterThanOrEqual(0);
        expect(evaluation.score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 200 },
    );
  });

  it('answer "what would the next stage need" for any record and any stage value', () => {
    fc.assert(
      fc.property(record, fc.oneof(fc.string(), fc.constantFrom(...BUILTIN_PACKS.flatMap((pack) => pack.stages?.values.map((stage) => stage.value) ?? []))), (candidate, stage) => {
        evaluateAgainstStage(candidate, COMPILED, stage, NOW);
      }),
      { numRuns: 150 },
    );
  });

  it('evaluate a stage field whose value shadows toString (found by this fuzzing: String() threw)', () => {
    const shadowing = JSON.parse('{"toString": "not a function", "valueOf": 3}') as unknown;
    for (const { app, object, stages } of BUILTIN_PACKS.filter((pack) => pack.stages)) {
      const candidate = { app, object, id: '1', fields: { [stages?.field ?? '']: shadowing }, labels: {} };
      expect(() => evaluateRecord(candidate, COMPILED, NOW)).not.toThrow();
      expect(() => evaluateAgainstStage(candidate, COMPILED, stages?.values.at(-1)?.value ?? '', NOW)).not.toThrow();
    }
  });
});
