/**
 * Rule packs from anywhere (an admin's file, a sync URL, storage) only ever produce issues: validatePack never
 * throws, and whatever it accepts compiles and evaluates without throwing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../lib/rules/builtin';
import { compilePack, evaluateRecord } from '../../lib/rules/engine';
import { parsePackJson, validatePack } from '../../lib/rules/validate';
import { deepObject, hostileValue, mutate, mutations } from './hostile-json';

const PACK_KEYS = [
  'schemaVersion', 'id', 'name', 'version', 'description', 'app', 'object', 'fields', 'type', 'label', 'stages', 'field',
  'values', 'value', 'outcome', 'probability', 'rules', 'title', 'message', 'severity', 'weight', 'gate', 'when', 'check',
  'var', 'matches', 'and', 'or', '!', 'if', '==', 'in', 'stage_lt', 'days_since', 'is_empty', 'enforcement', 'control', 'advice',
];

const NOW = { now: '2026-11-25T12:00:00Z', timeZone: 'Europe/Berlin' };

/** validatePack's contract: a verdict, issues with a path and a message when refused, a usable pack when accepted. */
function assertVerdict(input: unknown): void {
  const result = validatePack(input);
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(issue.path).toMatch(/^\$/);
      expect(issue.message.length).toBeGreaterThan(0);
    }
    return;
  }
  const compiled = compilePack(result.pack);
  evaluateRecord({ app: result.pack.app, object: result.pack.object, id: '1', fields: {}, labels: {} }, [compiled], NOW);
}

describe('validatePack on random and hostile input', () => {
  it('never throws on random values', () => {
    fc.assert(fc.property(hostileValue(PACK_KEYS), assertVerdict), { numRuns: 200 });
  });

  it('never throws on built-in packs with random parts broken', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BUILTIN_PACKS), mutations(PACK_KEYS), (pack, changes) => assertVerdict(mutate(pack, changes))),
      { numRuns: 200 },
    );
  });

  it('refuses conditions nested thousands deep instead of overflowing the stack', () => {
    const [pack] = BUILTIN_PACKS;
    if (!pack) throw new Error('no built-in pack');
    const [rule] = pack.rules;
    for (const check of [deepObject('!'), deepObject('and'), deepObject('var')]) {
      const result = validatePack({ ...pack, rules: [{ ...rule, check }] });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues[0]?.path).toMatch(/^\$\.rules\[0\]\.check/);
      expect(result.issues[0]?.message).toMatch(/nested more than \d+ levels deep/);
    }
  });

  it('answers malformed JSON text with an issue, not an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('{', '{"rules": [', '\u0000', '[]', 'null', '{"__proto__": 1}')), (text) => {
        const result = parsePackJson(text);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
