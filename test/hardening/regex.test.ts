/**
 * A rule's regex cannot hang the page: patterns that backtrack catastrophically (or cost much to compile) are
 * refused when the pack is validated, with the JSON path of the pattern; and whatever pattern passes only ever sees
 * the first 2,000 characters of a value, however long the field is.
 */
import { describe, expect, it } from 'vitest';
import { compilePack, evaluateRecord } from '../../lib/rules/engine';
import { MAX_TESTED_LENGTH } from '../../lib/rules/logic/matches-operator';
import type { RulePack } from '../../lib/rules/schema';
import { validatePack } from '../../lib/rules/validate';
import { opportunity } from '../rules/pack-fixture';

function packMatching(pattern: string, flags?: string): RulePack {
  return {
    schemaVersion: 1,
    id: 'regex-pack',
    name: 'Regex pack',
    version: '1.0.0',
    description: 'One regex rule.',
    app: 'salesforce',
    object: 'Opportunity',
    rules: [
      {
        id: 'description-shape',
        title: 'Description shape',
        message: 'The description must contain the marker.',
        severity: 'warning',
        fields: ['Description'],
        check: { matches: [{ var: 'Description' }, pattern, ...(flags === undefined ? [] : [flags])] },
      },
    ],
  };
}

const HOSTILE_PATTERNS: readonly (readonly [what: string, pattern: string, reason: RegExp])[] = [
  ['nested quantifiers', '(a+)+$', /nested quantifiers/],
  ['overlapping alternation under a star', '(a|aa)*b', /alternation whose branches can match the same text/],
  ['a starred group repeated 20 times', '(.*a){20}', /nested quantifiers/],
  ['the classic e-mail ReDoS', '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}[a-z]{2,3}$', /nested quantifiers/],
  ['adjacent overlapping repeats', '^\\d+\\d+$', /same characters/],
  ['three repeats trading characters', '.*a.*a.*a', /backtracks O\(n\^/],
  ['a backreference', '^(a+)\\1$', /backreferences are not allowed/],
  ['a named backreference', '(?<x>a)\\k<x>', /backreferences are not allowed/],
  ['a lookbehind', '(?<=price: )\\d+', /lookbehind/],
  ['a negative lookbehind', '(?<!x)y', /lookbehind/],
  ['a huge counted repeat', 'a{99999}', /at most 2000/],
  ['a huge counted range', '^.{1,1000000}$', /at most 2000/],
  ['counted repeats multiplying up', '(?:ab{1000}){1000}', /counting the repeats around it/],
  ['a pattern over 300 characters', 'a'.repeat(301), /at most 300/],
];

describe('hostile patterns are refused at validation, with their path', () => {
  it.each(HOSTILE_PATTERNS)('%s: %s', (_what, pattern, reason) => {
    const result = validatePack(packMatching(pattern));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.path).toMatch(/^\$\.rules\[0\]\.check\.matches/);
    expect(result.issues[0]?.message).toMatch(reason);
  });

  it('refuses stateful or unknown flags', () => {
    for (const flags of ['g', 'y', 'x', 'ii']) expect(validatePack(packMatching('^a', flags)).ok).toBe(false);
  });

  it('accepts the patterns real rules use', () => {
    for (const pattern of ['^[A-Z]{2,4}-\\d+$', '^\\+?[0-9 ()-]{7,20}$', '^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$', 'TBD|TODO|\\?\\?\\?', '^.{1,255}$']) {
      expect(validatePack(packMatching(pattern, 'i')).ok, pattern).toBe(true);
    }
  });
});

describe('a 1 MB field reaching matches', () => {
  const MEGABYTE = 1 << 20;
  // `[a-z]*b` is accepted (one repeat), but unanchored on text without a "b" it costs O(n²): about 10^12 steps on
  // the whole megabyte, 4·10^6 on the tested prefix. Finishing at all within the test timeout shows the cap.
  const pack = compilePack(packMatching('[a-z]*b'));
  const failing = (description: string) =>
    evaluateRecord(opportunity({ Description: description }), [pack], { now: '2026-11-25T12:00:00Z' }).findings.map((finding) => finding.rule);

  it(`is tested on its first ${MAX_TESTED_LENGTH} characters, and correctly`, () => {
    const noB = 'a'.repeat(MEGABYTE);
    expect(failing(noB)).toEqual(['description-shape']);
    const bAtLastTestedCharacter = `${'a'.repeat(MAX_TESTED_LENGTH - 1)}b${noB}`;
    expect(failing(bAtLastTestedCharacter)).toEqual([]);
    const bJustBeyond = `${'a'.repeat(MAX_TESTED_LENGTH)}b${noB}`;
    expect(failing(bJustBeyond)).toEqual(['description-shape']);
  }, 5_000);

  it('does not throw on a megabyte of structured values either', () => {
    const huge = { nested: 'x'.repeat(MEGABYTE) };
    expect(() => failing(JSON.stringify(huge))).not.toThrow();
  });
});
