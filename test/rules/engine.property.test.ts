import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPS, OBJECTS_BY_APP, type NormalizedRecord } from '../../lib/records/model';
import { BUILTIN_PACKS } from '../../lib/rules/builtin';
import { compilePack, evaluateAgainstStage, evaluateRecord } from '../../lib/rules/engine';
import { opportunityPack } from './pack-fixture';

const packs = [...BUILTIN_PACKS, opportunityPack].map(compilePack);
const fieldNames = [...new Set([...BUILTIN_PACKS, opportunityPack].flatMap((pack) => [
  ...pack.rules.flatMap((rule) => rule.fields),
  ...(pack.stages ? [pack.stages.field.split('.')[0] as string] : []),
]))];
const stageValues = [...new Set([...BUILTIN_PACKS, opportunityPack].flatMap((pack) => pack.stages?.values.map((s) => s.value) ?? []))];

/** Values a live record can plausibly hold, plus the odd ones no app should send but some will. */
const fieldValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(...stageValues),
  fc.constantFrom('', '   ', '2026-11-25', '2026-02-30', '2026-11-25 08:00:00', '1764000000000', 'N/A', 'NaN', '-0', '1e309'),
  fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString())),
  fc.string({ maxLength: 3000 }),
);

const record: fc.Arbitrary<NormalizedRecord> = fc
  .constantFrom(...APPS.flatMap((app) => OBJECTS_BY_APP[app].map((object) => ({ app, object }))))
  .chain(({ app, object }) =>
    fc.record({
      app: fc.constant(app),
      object: fc.constant(object),
      id: fc.string({ minLength: 1, maxLength: 20 }),
      fields: fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames), fc.string()), fieldValue, { maxKeys: 25 }),
      labels: fc.constant({}),
    }),
  );

const now = fc.integer({ min: 0, max: 4_102_444_800_000 });

describe('the engine on arbitrary records', () => {
  it('never throws, scores within 0..100 and reports only rules of applicable packs', () => {
    fc.assert(
      fc.property(record, now, (input, at) => {
        const result = evaluateRecord(input, packs, { now: at });
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(result.errors).toEqual([]);
        for (const finding of result.findings) {
          const pack = packs.find((candidate) => candidate.pack.id === finding.pack);
          expect(pack?.pack.app).toBe(input.app);
          expect(pack?.pack.object).toBe(input.object);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(record, now, (input, at) => {
        expect(evaluateRecord(input, packs, { now: at })).toEqual(evaluateRecord(structuredClone(input), packs, { now: at }));
      }),
      { numRuns: 100 },
    );
  });

  it('never throws when asked about any target stage', () => {
    fc.assert(
      fc.property(record, fc.oneof(fc.constantFrom(...stageValues), fc.string()), now, (input, target, at) => {
        expect(Array.isArray(evaluateAgainstStage(input, packs, target, { now: at }))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
