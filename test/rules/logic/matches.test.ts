import { describe, expect, test } from 'vitest';
import { compileLogic } from '../../../lib/rules/logic/compile';
import { MAX_TESTED_LENGTH } from '../../../lib/rules/logic/matches-operator';
import { DEFAULT_TEST_ENV } from './helpers';

const matches = (value: unknown, pattern: string, flags?: string) =>
  compileLogic({ matches: [{ var: 'v' }, pattern, ...(flags === undefined ? [] : [flags])] })({ v: value }, DEFAULT_TEST_ENV);

describe('matches', () => {
  test.each<[unknown, string, string | undefined, boolean]>([
    ['ada@example.com', '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', undefined, true],
    ['ada@example', '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', undefined, false],
    ['TBD', '^(test|asdf|n/?a|none|unknown|tbd|x+)$', 'i', true],
    ['N/A', '^(test|asdf|n/?a|none|unknown|tbd|x+)$', 'i', true],
    ['Acme', '^(test|asdf|n/?a|none|unknown|tbd|x+)$', 'i', false],
    ['line one\nURGENT', '^urgent$', 'mi', true],
    ['a\nb', '^a.b$', 's', true],
    ['a\nb', '^a.b$', undefined, false],
    [12345, '^[0-9]{5}(-[0-9]{4})?$', undefined, true],
    [true, '^true$', undefined, true],
    [null, '^$', undefined, false],
    [undefined, '^$', undefined, false],
    ['', '^\\s*$', undefined, true],
    ['😀', '^.$', 'u', true],
  ])('%j against /%s/%s is %s', (value, pattern, flags, expected) => {
    expect(matches(value, pattern, flags)).toBe(expected);
  });

  test(`tests only the first ${MAX_TESTED_LENGTH} characters`, () => {
    const long = `${'a'.repeat(MAX_TESTED_LENGTH)}TAIL`;
    expect(matches(long, 'TAIL')).toBe(false);
    expect(matches(long, `^a{${MAX_TESTED_LENGTH}}$`)).toBe(true);
  });

  test('a record object that shadows toString is tested as "[object Object]"', () => {
    expect(matches({ toString: 1 }, '^\\[object Object\\]$')).toBe(true);
  });

  test.each<[unknown[], string]>([
    [[{ var: 'v' }, { var: 'pattern' }], 'the pattern must be a string literal'],
    [[{ var: 'v' }, 5], 'the pattern must be a string literal'],
    [[{ var: 'v' }, 'a', { var: 'flags' }], 'the flags must be a string literal'],
    [[{ var: 'v' }, 'a', 'g'], 'unsupported regex flag "g"; use only i, m, s and u'],
    [[{ var: 'v' }, 'a', 'y'], 'unsupported regex flag "y"'],
    [[{ var: 'v' }, 'a', 'ii'], 'the regex flag "i" is repeated'],
    [[{ var: 'v' }, '[a-'], 'invalid regular expression: Invalid regular expression: /[a-/: Unterminated character class'],
    [[{ var: 'v' }, '\\p{Nope}', 'u'], 'invalid regular expression'],
    [[{ var: 'v' }, '(\\w+\\s?)*$'], 'unsafe regular expression: nested quantifiers'],
    [[{ var: 'v' }, '(?<=x)y'], 'unsafe regular expression: lookbehind assertions are not allowed'],
  ])('refuses %j', (args, message) => {
    expect(() => compileLogic({ matches: args })).toThrow(message);
  });
});
