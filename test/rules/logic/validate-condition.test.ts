import { describe, expect, test } from 'vitest';
import { OPERATORS, validateCondition } from '../../../lib/rules/logic/validate-condition';
import type { CompileContext, LogicIssue } from '../../../lib/rules/logic/types';

const STAGES: CompileContext = { stageOrder: ['Prospecting', 'Qualification', 'Negotiation', 'Closed Won'] };
const ROOT = '$.rules[2].check';

describe('validateCondition', () => {
  test.each<[string, unknown, LogicIssue[], CompileContext?]>([
    [
      'an unknown operator, with a suggestion',
      { and: [{ '!': [{ is_emtpy: [{ var: 'Name' }] }] }] },
      [{ path: `${ROOT}.and[0]["!"][0]`, message: 'unknown operator "is_emtpy" (did you mean "is_empty"?)' }],
    ],
    ['an unknown operator in another case', { AND: [true] }, [{ path: ROOT, message: 'unknown operator "AND" (did you mean "and"?)' }]],
    ['an unknown operator with nothing close', { frobnicate: [1] }, [{ path: ROOT, message: 'unknown operator "frobnicate"' }]],
    ['method, which is not supported', { method: ['a', 'toUpperCase'] }, [{ path: ROOT, message: 'unknown operator "method"' }]],
    [
      'an object with two keys',
      { and: [{ var: 'a', '==': 1 }] },
      [{ path: `${ROOT}.and[0]`, message: 'an operation must be an object with exactly one key, found 2: "var", "=="' }],
    ],
    ['an empty object', { or: [{}, true] }, [{ path: `${ROOT}.or[0]`, message: 'an operation must be an object with exactly one key, found 0' }]],
    ['a wrong argument count', { days_between: [{ var: 'CloseDate' }] }, [{ path: ROOT, message: '"days_between" takes 2 arguments, found 1' }]],
    ['too many arguments', { is_empty: [1, 2] }, [{ path: ROOT, message: '"is_empty" takes 1 argument, found 2' }]],
    ['arguments to a nullary operator', { '<=': [{ today: [1] }, '2026-01-01'] }, [{ path: `${ROOT}["<="][0]`, message: '"today" takes no arguments, found 1' }]],
    ['a standard operator with an odd count', { '==': [1] }, [{ path: ROOT, message: '"==" takes 2 arguments, found 1' }]],
    ['matches with a computed pattern', { matches: [{ var: 'Email' }, { var: 'Pattern' }] }, [{ path: `${ROOT}.matches[1]`, message: 'the pattern must be a string literal' }]],
    ['matches with computed flags', { matches: [{ var: 'Email' }, 'a', { var: 'f' }] }, [{ path: `${ROOT}.matches[2]`, message: 'the flags must be a string literal' }]],
    ['matches with bad flags', { matches: [{ var: 'Email' }, 'a', 'gi'] }, [{ path: `${ROOT}.matches[2]`, message: 'unsupported regex flag "g"; use only i, m, s and u' }]],
    [
      'matches with an invalid pattern',
      { matches: [{ var: 'Email' }, '(unclosed'] },
      [{ path: `${ROOT}.matches[1]`, message: 'invalid regular expression: Invalid regular expression: /(unclosed/: Unterminated group' }],
    ],
    [
      'matches with an unsafe pattern',
      { and: [true, { matches: [{ var: 'Email' }, '^(a+)+$'] }] },
      [{ path: `${ROOT}.and[1].matches[1]`, message: 'unsafe regular expression: nested quantifiers: "(a+)+" repeats a group containing "a+", so it backtracks exponentially' }],
    ],
    ['a stage operator without stages', { stage_gte: [{ var: 'StageName' }, 'Negotiation'] }, [{ path: ROOT, message: 'stage operators need the rule pack to declare its stages ("stages.values")' }]],
    [
      'an unknown literal stage',
      { stage_gte: [{ var: 'StageName' }, 'Negotation'] },
      [{ path: `${ROOT}.stage_gte[1]`, message: 'unknown stage "Negotation"; stages are: "Prospecting", "Qualification", "Negotiation", "Closed Won"' }],
      STAGES,
    ],
    ['a non-stage literal', { stage_index: true }, [{ path: `${ROOT}.stage_index`, message: 'a stage must be a string or a number, found true' }], STAGES],
    ['a var path that is not a string or number', { '==': [{ var: [true] }, 1] }, [{ path: `${ROOT}["=="][0].var[0]`, message: 'a "var" path must be a string or a number, found true' }]],
    ['a var path written without an array', { var: { a: 1, b: 2 } }, [{ path: `${ROOT}.var`, message: 'a "var" path must be a string or a number, found {"a":1,"b":2}' }]],
    ['a problem inside a map', { some: [{ var: 'items' }, { matches: [{ var: 'sku' }, 'a*a*b'] }] }, [{ path: `${ROOT}.some[1].matches[1]`, message: 'unsafe regular expression: "a*" and "a*" can match the same characters with nothing required between them, so a failing match retries every split' }]],
  ])('reports %s', (_name, logic, expected, ctx) => {
    expect(validateCondition(logic, ROOT, ctx)).toEqual(expected);
  });

  test('reports every problem at once', () => {
    const condition = {
      and: [
        { is_emtpy: [{ var: 'Name' }] },
        { matches: [{ var: 'Email' }, '(a|a)*'] },
        { stage_gt: [{ var: 'StageName' }, 'Won'] },
        { days_since: [] },
      ],
    };
    expect(validateCondition(condition, '$.check', STAGES).map((issue) => issue.path)).toEqual([
      '$.check.and[0]',
      '$.check.and[1].matches[1]',
      '$.check.and[2].stage_gt[1]',
      '$.check.and[3]',
    ]);
  });

  test.each<[string, unknown, CompileContext?]>([
    ['a realistic condition', {
      if: [
        { stage_gte: [{ var: 'StageName' }, 'Negotiation'] },
        { and: [{ '!': { is_empty: { var: 'NextStep' } } }, { '<=': [{ days_since: { var: 'LastActivityDate' } }, 14] }] },
        true,
      ],
    }, STAGES],
    ['literal data', [1, 'two', null]],
    ['a numeric var path', { var: 1 }],
    ['a computed var path', { var: { cat: ['a', '.b'] } }],
    ['var of the whole data', { var: [] }],
    ['a nullary operator written with null', { '==': [{ today: null }, { date: { var: 'd' } }] }],
    ['a stage compared to a number', { stage_gte: [{ var: 'state' }, 6] }, { stageOrder: ['1', '6'] }],
    ['matches with flags', { matches: [{ var: 'Subject' }, '\\b(urgent|asap)\\b', 'i'] }],
  ])('accepts %s', (_name, logic, ctx) => {
    expect(validateCondition(logic, ROOT, ctx)).toEqual([]);
  });

  test('OPERATORS lists the standard and the FieldGuard operators, and not "method"', () => {
    for (const name of ['var', 'missing', 'missing_some', 'if', '?:', '==', '===', '!=', '!==', '>', '>=', '<', '<=', '!', '!!', 'or', 'and',
      '+', '-', '*', '/', '%', 'min', 'max', 'in', 'cat', 'substr', 'merge', 'map', 'filter', 'reduce', 'all', 'none', 'some', 'log',
      'today', 'now', 'date', 'days_between', 'days_since', 'days_until', 'matches', 'is_empty', 'length', 'lower', 'upper', 'trim',
      'abs', 'round', 'stage_index', 'stage_gte', 'stage_gt', 'stage_lte', 'stage_lt', 'stage_probability']) {
      expect(OPERATORS).toContain(name);
    }
    expect(OPERATORS).not.toContain('method');
    expect(new Set(OPERATORS).size).toBe(OPERATORS.length);
  });
});
