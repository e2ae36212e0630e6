import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { regexSafetyProblem } from '../../../lib/rules/logic/safe-regex';

describe('regexSafetyProblem refuses hazards', () => {
  test.each<[string, string, string?]>([
    ['(a+)+', 'nested quantifiers: "(a+)+" repeats a group containing "a+"'],
    ['(a|a)*', '"(a|a)*" repeats an alternation whose branches can match the same text'],
    ['(\\w+\\s?)*', 'nested quantifiers: "(\\w+\\s?)*" repeats a group containing "\\w+"'],
    ['(.*a){20}', 'nested quantifiers: "(.*a){20}" repeats a group containing ".*"'],
    ['^(a|ab)*c$', 'repeats an alternation whose branches can match the same text'],
    ['(x|)+y', 'repeats an alternation whose branches can match the same text'],
    ['(A|a)+$', 'repeats an alternation', 'i'],
    ['^(?:a{1,10}){10}$', 'nested quantifiers'],
    ['^(?:\\d{1,5}-?){3,}$', 'nested quantifiers'],
    ['(?=(a+)+)', 'nested quantifiers'],
    ['a*a*b', '"a*" and "a*" can match the same characters with nothing required between them'],
    ['\\d+\\d+$', '"\\d+" and "\\d+" can match the same characters'],
    ['[a-z]+[a-z]+[a-z]+!', '"[a-z]+" and "[a-z]+" can match the same characters'],
    ['.*.*=', '".*" and ".*" can match the same characters'],
    ['\\s*.*\\s*x', '"\\s*" and ".*" can match the same characters'],
    ['^a*a*b$', '"a*" and "a*" can match the same characters'],
    ['x\\w+(?:_)?\\d+y', '"\\w+" and "\\d+" can match the same characters'],
    ['a{0,50}a{0,50}b', '"a{0,50}" and "a{0,50}" can match the same characters'],
    ['[A-Z]+[a-z]+!', 'can match the same characters', 'i'],
    ['.*a.*a.*b', 'can trade the same characters in a pattern not anchored with ^, so a failing match backtracks O(n^3)'],
    ['[^@\\s]+\\.[^@\\s]+$', 'backtracks O(n^3)'],
    ['^[^@\\s]+\\.[^@\\s]+\\.[^@\\s]+$', '"[^@\\s]+", "[^@\\s]+", "[^@\\s]+" can trade the same characters, so a failing match backtracks O(n^3)'],
    ['^x(?:a+|b)y.*a.*z', 'backtracks O(n^3)', 'm'],
    ['(a)\\1', 'backreferences are not allowed'],
    ['(?<word>a)\\k<word>', 'backreferences are not allowed'],
    ['(?<=a)b', 'lookbehind assertions are not allowed'],
    ['(?<!a)b', 'lookbehind assertions are not allowed'],
    ['a'.repeat(301), 'the pattern is 301 characters long; at most 300 are allowed'],
    ['(', 'invalid regular expression'],
    ['[a]', 'the "v" flag is not supported', 'v'],
  ])('%s', (pattern, reason, flags) => {
    expect(regexSafetyProblem(pattern, flags)).toContain(reason);
  });
});

describe('regexSafetyProblem accepts realistic rule patterns', () => {
  test.each<[string, string?]>([
    ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'],
    ['^\\+?[0-9 ()\\-.]{7,20}$'],
    ['^\\d{3}-\\d{3}-\\d{4}$'],
    ['^(test|asdf|n/?a|none|unknown|tbd|x+)$', 'i'],
    ['^[A-Z]{2,10}-\\d+$'],
    ['^https?://[^\\s]+$'],
    ['^\\s*$'],
    ['\\b(urgent|asap)\\b'],
    ['^[0-9]{5}(-[0-9]{4})?$'],
    ['^.{10,}$'],
    ['^(\\d{1,3}\\.){3}\\d{1,3}$'],
    ['\\w+@\\w+\\.\\w+'],
    ['^(?=.*[A-Z])(?=.*\\d).{8,}$'],
    ['^(?:(?!lorem).)*$', 's'],
    ['^[\\p{L} \'-]+$', 'u'],
    ['^[A-Z]{3}$', 'i'],
    ['^(?:\\r\\n|\\n)*$'],
    ['^PO-\\d{4,8}$'],
    ['\\$\\{[^}]*\\}'],
    ['^[^<>]*$'],
  ])('/%s/%s', (pattern, flags) => {
    expect(regexSafetyProblem(pattern, flags)).toBeNull();
  });
});

describe('regexSafetyProblem, property', () => {
  const pieces = [
    'a', 'b', '.', '!', 'a*', 'a+', 'b*', 'a?', '.*', '.+', '[ab]+', '[^b]*', '\\d+', '\\s*', '\\w+', '(a|b)', '(a|b)*',
    '(ab)+', '(a+)+', '(a|ab)+', 'a{2,5}', 'a{0,20}', '(a+b?)*', '\\b', '(?=a)', '$',
  ];
  const pattern = fc
    .tuple(fc.boolean(), fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }))
    .map(([anchored, parts]) => `${anchored ? '^' : ''}${parts.join('')}`);
  /** Inputs that almost match, which is what makes a backtracking engine try every split. */
  const adversarial = ['a'.repeat(1500) + '!', 'ab'.repeat(750) + '!', '1'.repeat(1500) + '!', ' '.repeat(1500) + '!', 'a!'.repeat(750)];

  test('patterns it accepts finish quickly on 1,500 adversarial characters', () => {
    fc.assert(
      fc.property(pattern, (source) => {
        if (regexSafetyProblem(source) !== null) return;
        const regex = new RegExp(source);
        for (const input of adversarial) {
          const started = performance.now();
          regex.test(input);
          expect(performance.now() - started, `/${source}/ on ${input.slice(0, 10)}...`).toBeLessThan(500);
        }
      }),
      { numRuns: 300 },
    );
  });
});
