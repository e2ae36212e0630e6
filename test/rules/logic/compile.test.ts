import { describe, expect, test, vi } from 'vitest';
import jsonLogic from 'json-logic-js';
import { applyLogic, compileLogic } from '../../../lib/rules/logic/compile';
import { DEFAULT_TEST_ENV } from './helpers';

const run = (logic: unknown, data: unknown = {}) => compileLogic(logic)(data, DEFAULT_TEST_ENV);

describe('compileLogic: structure', () => {
  test.each([
    ['an object with two keys', { a: 1, b: 2 }],
    ['an empty object', {}],
    ['a string', 'text'],
    ['null', null],
  ])('returns %s as data', (_name, value) => {
    expect(run(value)).toBe(value);
  });

  test('compiles arrays element-wise into a fresh array per evaluation', () => {
    const compiled = compileLogic([1, { var: 'x' }]);
    const first = compiled({ x: 2 }, DEFAULT_TEST_ENV);
    expect(first).toEqual([1, 2]);
    expect(compiled({ x: 2 }, DEFAULT_TEST_ENV)).not.toBe(first);
  });

  test.each(['foo', 'method', 'constructor', 'toString', 'hasOwnProperty', 'a.b'])('throws on the unknown operator %j', (operator) => {
    expect(() => compileLogic({ [operator]: [1] })).toThrow(`Unrecognized operation ${operator}`);
  });

  test('does not treat a JSON "__proto__" key as an operator', () => {
    expect(() => compileLogic(JSON.parse('{"__proto__": [1]}'))).toThrow('Unrecognized operation __proto__');
  });

  test('resolves everything at compile time: changing the rule afterwards changes nothing', () => {
    const rule = { and: [{ '==': [{ var: 'a' }, 1] }, { '>': [{ var: 'b' }, 2] }] } as Record<string, unknown[]>;
    const compiled = compileLogic(rule);
    rule.and = [false];
    expect(compiled({ a: 1, b: 3 }, DEFAULT_TEST_ENV)).toBe(true);
  });

  test('reports unknown operators nested anywhere, at compile time', () => {
    expect(() => compileLogic({ if: [true, { map: [[1], { nope: [] }] }, 0] })).toThrow('Unrecognized operation nope');
  });
});

describe('compileLogic: json-logic-js details', () => {
  test.each<[string, unknown, unknown, unknown]>([
    ['var by array index', { var: 'items.1.name' }, { items: [{ name: 'a' }, { name: 'b' }] }, 'b'],
    ['var default', { var: ['missing', 'fallback'] }, {}, 'fallback'],
    ['var falsy value is kept', { var: ['zero', 5] }, { zero: 0 }, 0],
    ['var null value is kept', { var: ['gone', 5] }, { gone: null }, null],
    ['var computed path', { var: { cat: ['a', '.b'] } }, { a: { b: 7 } }, 7],
    ['var whole data', { var: '' }, [1, 2], [1, 2]],
    ['var on a string value', { var: 's.length' }, { s: 'abc' }, 3],
    ['== loose', { '==': [null, undefined] }, {}, true],
    ['== arity mismatch follows json-logic-js', { '==': [1] }, {}, false],
    ['and with no arguments', { and: [] }, {}, undefined],
    ['or short-circuits on the first truthy', { or: [0, '', 'x', { var: 'never' }] }, {}, 'x'],
    ['+ coerces with parseFloat', { '+': ['3px', '4'] }, {}, 7],
    ['* of one argument returns it unchanged', { '*': ['2'] }, {}, '2'],
    ['- unary', { '-': [{ var: 'n' }] }, { n: 4 }, -4],
    ['/ by zero', { '/': [1, 0] }, {}, Infinity],
    ['min of nothing', { min: [] }, {}, Infinity],
    ['in an array uses strict equality', { in: [{ var: 'n' }, ['1', 1]] }, { n: 1 }, true],
    ['in an array does not coerce', { in: ['1', [1]] }, {}, false],
    ['substr past the end', { substr: ['abc', 5] }, {}, ''],
    ['substr with a string start', { substr: ['abcdef', '1', 2] }, {}, 'bc'],
    ['substr with a negative length given as text keeps the JavaScript quirk', { substr: ['abcdef', 1, '-2'] }, {}, ''],
    ['cat skips null', { cat: ['a', null, 'b'] }, {}, 'ab'],
    ['merge of scalars and arrays', { merge: [1, [2, [3]]] }, {}, [1, 2, [3]]],
    ['map over a non-array', { map: [{ var: 'x' }, 1] }, { x: 5 }, []],
    ['reduce without an initial value starts from null', { reduce: [[1, 2], { '+': [{ var: 'current' }, { var: 'accumulator' }] }] }, {}, NaN],
    ['missing with the keys as one array', { missing: [['a', 'x']] }, { x: 1 }, ['a']],
    ['missing with a default-carrying key', { missing: [[['a', 'x']]] }, {}, []],
    ['missing_some with enough present', { missing_some: [1, ['a', 'b']] }, { b: 2 }, []],
  ])('%s', (_name, logic, data, expected) => {
    expect(run(logic, data)).toEqual(expected);
    expect(jsonLogic.apply(logic, data)).toEqual(expected);
  });

  test('log returns its argument without printing', () => {
    const print = vi.spyOn(console, 'log');
    expect(run({ log: [{ var: 'a' }] }, { a: 'x' })).toBe('x');
    expect(print).not.toHaveBeenCalled();
  });

  test('refuses "*" without arguments at compile time, where json-logic-js would throw at run time', () => {
    expect(() => compileLogic({ '*': [] })).toThrow('"*" needs at least one argument');
  });

  test('"in" only searches strings and arrays, so a record object with an indexOf key gives false', () => {
    expect(run({ in: ['a', { var: 'o' }] }, { o: { indexOf: 1 } })).toBe(false);
  });

  test('an operation over a record object that shadows toString yields null instead of throwing', () => {
    expect(run({ '>': [{ var: 'x' }, 1] }, { x: { toString: 1 } })).toBeNull();
    expect(run({ var: { var: 'p' } }, { p: { toString: 1 } })).toBeNull();
  });
});

describe('compileLogic: FieldGuard operators', () => {
  test.each<[unknown, string]>([
    [{ days_between: ['2026-01-01'] }, '"days_between" takes 2 arguments, found 1'],
    [{ today: [1] }, '"today" takes no arguments, found 1'],
    [{ is_empty: [] }, '"is_empty" takes 1 argument, found 0'],
    [{ matches: ['a'] }, '"matches" takes 2 to 3 arguments, found 1'],
    [{ matches: [{ var: 'a' }, { var: 'pattern' }] }, 'the pattern must be a string literal'],
    [{ matches: [{ var: 'a' }, '('] }, 'invalid regular expression'],
    [{ matches: [{ var: 'a' }, '(a+)+$'] }, 'unsafe regular expression: nested quantifiers'],
    [{ matches: [{ var: 'a' }, 'a', 'g'] }, 'unsupported regex flag "g"'],
    [{ stage_gte: [{ var: 'StageName' }, 'Closed Won'] }, 'stage operators need the rule pack to declare its stages'],
  ])('refuses %j', (logic, message) => {
    expect(() => compileLogic(logic)).toThrow(message);
  });

  test('a lone null is a call without arguments, as authors write it', () => {
    expect(run({ today: null })).toBe('1970-01-01');
  });

  test('applyLogic defaults to now = 0 in UTC', () => {
    expect(applyLogic({ now: [] }, {})).toBe('1970-01-01T00:00:00.000Z');
  });

  test('applyLogic passes the compile context on', () => {
    expect(applyLogic({ stage_index: 'b' }, {}, DEFAULT_TEST_ENV, { stageOrder: ['a', 'b'] })).toBe(1);
  });
});
